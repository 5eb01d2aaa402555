import { describe, expect, it } from 'vitest';
import { buildProjectRows, lookups } from '../data/rows';
import { realDataset } from '../../test/unit/fixtures';
import { projectsCsv, projectsJson } from './exportRows';

const d = realDataset();
const rows = buildProjectRows(d).filter((r) => r.project.planYear === 2008);
const l = lookups(d);

describe('CSV export', () => {
  it('writes Finnish CSV with a BOM, semicolons, CRLF and plain whole euros', () => {
    const csv = projectsCsv(rows, 'fi', l);
    expect(csv.startsWith('\ufefftunniste;hanke;kieli;suunnitelmavuosi;teema;hallinnoija;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(16);
    expect(lines).toContain(
      '2008-proomu-hanke;Proomu-hanke;fi;2008;Lasten, nuorten ja perheiden palvelut;Heinola;stated;Päijät-Häme;180100;;;minutes-2008:108-110',
    );
    expect(lines.find((x) => x.startsWith('2008-sairauksien'))).toContain(';PSHP;stated;Pirkanmaa;;;;');
  });

  it('writes English CSV with a BOM and commas, quoting fields that contain them', () => {
    const csv = projectsCsv(rows, 'en', l);
    expect(csv.startsWith('\ufeffid,project,language,plan year,theme,lead organisation,')).toBe(true);
    expect(csv).toContain(
      '2008-kanta-hameen-vanhustenhuollon-kehittamisen,Kanta-Hämeen vanhustenhuollon kehittämisen ”sateenvarjohanke” (3 osahanketta),fi,2008,Services for older people,"Hämeenlinna, Forssa, Riihimäki",stated,Kanta-Häme,1000000,,,',
    );
  });

  it('exports JSON with the cost beside each project', () => {
    const json = JSON.parse(projectsJson(rows)) as Array<{ id: string; costEur: number | null }>;
    expect(json).toHaveLength(14);
    expect(json.find((p) => p.id === '2008-proomu-hanke')?.costEur).toBe(180100);
  });
});
