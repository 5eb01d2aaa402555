import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { dataTables, TABLE_IDS, tableCsv } from './tables';

const d = realDataset();

describe('the data tables', () => {
  it('has one table per published CSV, each row as wide as its fields', () => {
    const tables = dataTables(d, 'fi');
    expect(tables.map((t) => t.id)).toEqual([...TABLE_IDS]);
    for (const t of tables) {
      expect(t.rows, t.id).toHaveLength(t.count);
      for (const row of t.rows) expect(row, t.id).toHaveLength(t.fields.length);
    }
    expect(tables.find((t) => t.id === 'projects')!.rows).toHaveLength(d.projects.length);
    expect(tables.find((t) => t.id === 'municipalities')!.rows).toHaveLength(88);
    expect(tables.find((t) => t.id === 'quality')!.rows).toHaveLength(d.quality.length);
  });

  it("writes the Finnish-Excel CSV with titles in the reader's language and the texts translated", () => {
    const projects = dataTables(d, 'fi').find((t) => t.id === 'projects')!;
    const csv = tableCsv(projects, 'excel', 'fi');
    const lines = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\ufefftunniste;hanke;nimen kieli;suunnitelmavuosi;')).toBe(true);
    expect(lines.find((l) => l.startsWith('2008-proomu-hanke;'))).toBe(
      '2008-proomu-hanke;Proomu-hanke;suomi;2008;plan-2008-2;Lasten, nuorten ja perheiden palvelut;Heinola;heinola;ilmoitettu;Heinola;paijat-hame;180100;;;;minutes-2008:108-110',
    );
    // The published machine CSV keeps the codes.
    expect(
      tableCsv(
        dataTables(d, 'en').find((t) => t.id === 'projects')!,
        'en',
        'names',
      ),
    ).toContain('2008-proomu-hanke,Proomu-hanke,fi,2008,plan-2008-2,');
    const sv = tableCsv(
      dataTables(d, 'sv').find((t) => t.id === 'municipalities')!,
      'excel',
      'sv',
    );
    expect(sv.split('\r\n')[0]).toBe(
      '\ufeffkommunnummer;namn på finska;namn på svenska;landskapets id;landskap;longitud;latitud;med i LasSe från',
    );
    expect(sv).toMatch(/\r\n499;Mustasaari;Korsholm;pohjanmaa;Österbotten;21,\d+;63,\d+;/);
  });

  it('writes the quality notes as sentences in the language asked for', () => {
    const fi = dataTables(d, 'fi').find((t) => t.id === 'quality')!;
    const en = dataTables(d, 'en').find((t) => t.id === 'quality')!;
    const row = (t: typeof fi) => t.rows.find((r) => r[0] === 'total-mismatch-2008')!;
    expect(row(fi)[4]).toContain('yhteensä-rivi');
    expect(row(en)[4]).toContain('total row');
  });
});
