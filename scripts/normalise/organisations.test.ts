import { describe, expect, it } from 'vitest';
import { parseAdministratorCell } from './organisations.ts';

describe('parseAdministratorCell', () => {
  it('tells blank, unknown, stated and uncertain cells apart', () => {
    expect(parseAdministratorCell('')).toEqual({ status: 'blank', names: [] });
    expect(parseAdministratorCell('?')).toEqual({ status: 'unknown', names: [] });
    expect(parseAdministratorCell('PSHP')).toEqual({
      status: 'stated',
      names: [{ name: 'PSHP', certainty: 'stated' }],
    });
    expect(parseAdministratorCell('Kauhajoki ?')).toEqual({
      status: 'uncertain',
      names: [{ name: 'Kauhajoki', certainty: 'uncertain' }],
    });
  });
  it('splits joint administrators and alternatives', () => {
    expect(parseAdministratorCell('Tampere ja Vaasa').names.map((n) => n.name)).toEqual(['Tampere', 'Vaasa']);
    expect(parseAdministratorCell('Hämeenlinna, Forssa, Riihimäki').names).toHaveLength(3);
    const alt = parseAdministratorCell('Seinäjoki tai Vaasa?');
    expect(alt.status).toBe('uncertain');
    expect(alt.names).toEqual([
      { name: 'Seinäjoki', certainty: 'uncertain' },
      { name: 'Vaasa', certainty: 'uncertain' },
    ]);
  });
  it('keeps a qualified name whole', () => {
    expect(parseAdministratorCell('Tampere (Stakes alueyksikkö)').names).toEqual([
      { name: 'Tampere (Stakes alueyksikkö)', certainty: 'stated' },
    ]);
  });
});
