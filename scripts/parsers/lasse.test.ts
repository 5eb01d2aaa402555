import { describe, expect, it } from 'vitest';
import { parseLasse } from './lasse.ts';
import type { SourceText } from '../lib/document.ts';
import type { MunicipalityRef } from './geoCsv.ts';

const places: Array<[string, string, string]> = [
  ['837', 'Tampere', 'Pirkanmaa'],
  ['562', 'Orivesi', 'Pirkanmaa'],
  ['604', 'Pirkkala', 'Pirkanmaa'],
  ['922', 'Vesilahti', 'Pirkanmaa'],
  ['536', 'Nokia', 'Pirkanmaa'],
  ['908', 'Valkeakoski', 'Pirkanmaa'],
  ['061', 'Forssa', 'Kanta-Häme'],
  ['981', 'Ypäjä', 'Kanta-Häme'],
  ['834', 'Tammela', 'Kanta-Häme'],
  ['398', 'Lahti', 'Päijät-Häme'],
  ['111', 'Heinola', 'Päijät-Häme'],
  ['504', 'Myrskylä', 'Uusimaa'],
];
const refs: MunicipalityRef[] = places.map(([code, nameFi, provinceFi], i) => ({
  code,
  nameFi,
  nameSv: nameFi,
  provinceFi,
  lon: 24,
  lat: 61,
  line: i + 2,
}));
const opts = {
  refs,
  variants: { Myrkylä: 'Myrskylä' },
  separatorFixes: [],
  provinceNames: ['Pirkanmaa', 'Kanta-Häme', 'Päijät-Häme', 'Uusimaa'],
};

const text = [
  'LasSe- Lastensuojelutarpeen selvityksen kehittäminen Väli- Suomessa-hanke',
  '',
  '4 Kanta-Hämeestä ja Pirkanmaalta hankkeeseen osallistuvat Tampereen, Oriveden, Nokian ja Forssan kaupungit sekä Pirkkalan, Vesilahden, Tammelan ja Ypäjän( alkaen) kunnat. Kuntien kehittämistyötä tukee sosiaalialan osaamiskeskus Pikassos. Päijät-Hämeen hankekuntia ovat Lahden, Heinolan ja Heinolan kaupungit sekä Myrskylän kunnat. Kunnasta 4(5) kuuluu. MAA- KUNTA YTA/KY KUNNAT ITSELLISET KUNNAT Pirkan maa Pirkkala-Vesilahti yhteistoiminta-alue Tampere-Orivesi yhteistoiminta-alue Pirkkala, Vesilahti Tampere, Orivesi Nokia, Valkeakoski 4',
  '',
  '5 Päijät- Häme Peruspalvelukeskus Aava Myrkylä, Heinola Lahti Kanta- Häme Forssa, Tammela (Ypäjä ) yht. 12 (13) kuntaa 5',
  '',
  'Tammikuusta 2014 alkaen Forssa, Tammela ja Ypäjä muodostavat Forssan seudun hyvinvointikuntayhtymän, minkä seurauksena',
  'Hankeaika 1.4.2013 31.10.2015 Hallinnoija: Tampereen kaupunki Hankkeessa mukana:14 kuntaa',
  'Kimmo Välittäjä 2009 Hankkeessa mukana: Tampereen kaupunki(40%) Vaasan sairaanhoitopiiri (60%) Kustannusarvio',
  'Kunnista 12:stä(13) kunnasta 4(5) kuuluu alueisiin, yhteensä yhdeksän (3) aluetta. Pirkanmaa (6 kuntaa) Kanta-Häme (3 kuntaa) Päijät-Häme (3 kuntaa)',
  '16 valinnat: MAAKUNTA Pirkanmaa (6 kuntaa) Kanta-Häme (3 kuntaa) A moduuli (Kuuleminen) B moduuli (Menettelytavat) C moduuli (Verkosto) x B - moduuli C moduulista erityisesti x, A-moduulin painotus B moduuli tarkemmin C- moduuli 16',
  '17 Päijät-Häme (3 kuntaa) x B moduuli C moduuli Tampere (1/5 mukana hankkeessa) x B moduuli pääpainotus Edellä olevassa matriisissa on yleisin valinta. 17',
];
const src: SourceText = { file: 'lasse.txt', lines: text };

describe('parseLasse', () => {
  const d = parseLasse(src, opts);
  it('reads the project, its period and administrator', () => {
    expect(d.project).toMatchObject({
      start: '2013-04-01',
      end: '2015-10-31',
      administratorRaw: 'Tampereen kaupunki',
      line: 8,
    });
  });
  it("reads each group's competence centre from the sentence after its list, and none where no sentence names one", () => {
    expect(d.competenceCentres).toEqual([
      {
        provinces: ['Pirkanmaa', 'Kanta-Häme'],
        centre: 'Pikassos',
        line: 3,
        excerpt: 'Kuntien kehittämistyötä tukee sosiaalialan osaamiskeskus Pikassos.',
      },
    ]);
  });
  it('reads genitive participant lists, later joiners and duplicates', () => {
    expect(d.listed.map((l) => l.code)).toEqual([
      '837',
      '562',
      '536',
      '061',
      '604',
      '922',
      '834',
      '981',
      '398',
      '111',
      '504',
    ]);
    expect(d.listed.find((l) => l.code === '981')?.joinedLater).toBe(true);
    expect(d.duplicates).toEqual([expect.objectContaining({ code: '111', written: 'Heinolan' })]);
  });
  it('reads the matrix: areas in column order, independents, parenthesised later joiners, variants', () => {
    const pirkanmaa = d.matrix.find((p) => p.province === 'Pirkanmaa')!;
    expect(pirkanmaa.areas).toEqual([
      { name: 'Pirkkala-Vesilahti yhteistoiminta-alue', members: ['604', '922'] },
      { name: 'Tampere-Orivesi yhteistoiminta-alue', members: ['837', '562'] },
    ]);
    expect(pirkanmaa.independent).toEqual(['536', '908']);
    const ph = d.matrix.find((p) => p.province === 'Päijät-Häme')!;
    expect(ph.areas).toEqual([{ name: 'Peruspalvelukeskus Aava', members: ['504', '111'] }]);
    expect(ph.independent).toEqual(['398']);
    expect(d.matrix.find((p) => p.province === 'Kanta-Häme')).toMatchObject({
      independent: ['061', '834'],
      later: ['981'],
    });
    expect(d.variantsUsed).toEqual([expect.objectContaining({ written: 'Myrkylä', code: '504' })]);
  });
  it('reads the later cooperation area, stated counts and funding shares', () => {
    expect(d.laterArea).toMatchObject({
      year: 2014,
      name: 'Forssan seudun hyvinvointikuntayhtymä',
      members: ['061', '834', '981'],
      line: 7,
    });
    expect(d.statedCounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ what: 'participants', value: 12, line: 5 }),
        expect.objectContaining({ what: 'participants-later', value: 14, line: 8 }),
      ]),
    );
    expect(d.shares?.items).toEqual([
      { organisation: 'Tampereen kaupunki', percent: 40 },
      { organisation: 'Vaasan sairaanhoitopiiri', percent: 60 },
    ]);
  });
  it('reads a marker with changed punctuation, and names what is missing when a statement is gone', () => {
    const semicolon = {
      ...src,
      lines: text.map((l) => l.replace('Hankkeessa mukana: Tampereen', 'Hankkeessa mukana; Tampereen')),
    };
    expect(parseLasse(semicolon, opts).shares?.items).toHaveLength(2);
    const noShares = { ...src, lines: text.filter((l) => !l.includes('Välittäjä')) };
    expect(() => parseLasse(noShares, opts)).toThrow(
      /^lasse\.txt:\d+: cannot find the organisation shares of the Välittäjä project/,
    );
    const mangled = { ...src, lines: text.map((l) => l.replace('(60%)', '(6O%)')) };
    expect(() => parseLasse(mangled, opts)).toThrow(/^lasse\.txt:9: unreadable organisation share/);
    const noRow = { ...src, lines: text.map((l) => l.replace('Kanta-Häme (3 kuntaa)', '')) };
    expect(() => parseLasse(noRow, opts)).toThrow(/^lasse\.txt:\d+: cannot find the module matrix row of Kanta-Häme/);
  });
  it('reads the module matrix: rows side by side, a municipality row, and the modules each marks', () => {
    expect(d.moduleChoices).toEqual([
      {
        written: 'Pirkanmaa (6 kuntaa)',
        province: 'Pirkanmaa',
        municipalityCode: null,
        modules: ['A', 'B', 'C'],
        line: 11,
      },
      {
        written: 'Kanta-Häme (3 kuntaa)',
        province: 'Kanta-Häme',
        municipalityCode: null,
        modules: ['A', 'B', 'C'],
        line: 11,
      },
      {
        written: 'Päijät-Häme (3 kuntaa)',
        province: 'Päijät-Häme',
        municipalityCode: null,
        modules: ['A', 'B', 'C'],
        line: 12,
      },
      {
        written: 'Tampere (1/5 mukana hankkeessa)',
        province: null,
        municipalityCode: '837',
        modules: ['A', 'B'],
        line: 12,
      },
    ]);
  });
  it('refuses to guess which of two side-by-side rows a mark belongs to', () => {
    const ambiguous = { ...src, lines: text.map((l) => l.replace('C- moduuli 16', '16')) };
    expect(() => parseLasse(ambiguous, opts)).toThrow('lasse.txt:11: module C is marked 1 times for the 2 rows');
  });
  it('names file and line for a participant that is no municipality', () => {
    const bad = { ...src, lines: text.map((l) => l.replace('Nokian', 'Atlantiksen')) };
    expect(() => parseLasse(bad, opts)).toThrow(
      'lasse.txt:3: "Atlantiksen" in the list of participants is no municipality',
    );
  });
});
