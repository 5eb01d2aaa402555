import { beforeAll, describe, expect, it } from 'vitest';
import { readSource, type SourceText } from '../lib/document.ts';
import { parsePlanDetails, readPost } from './projectPlan.ts';
import { seedsDir, withSources } from '../../test/unit/sources.ts';

const real = () => readSource(seedsDir, '002_8693d7b1f13daa76.txt');
const without = (src: SourceText, pattern: RegExp): SourceText => ({
  ...src,
  lines: src.lines.map((l) => (pattern.test(l) ? '' : l)),
});

withSources('the Vaasa family centre plan', () => {
  let d: ReturnType<typeof parsePlanDetails>;
  beforeAll(() => {
    d = parsePlanDetails(real());
  });

  it('reads the three numbered goals and the ages the third names', () => {
    expect(d.goals.map((g) => g.line)).toEqual([18, 20, 22]);
    expect(d.goals[1]!.text).toBe('Kehittää moniammatillinen yhteistyöverkosto ja toimintamalli perheiden tukemiseksi');
    expect(d.ages).toEqual({ from: 0, to: 18, line: 22 });
    expect(d.targetGroup[0]!.text).toBe('lapsiperheille tukea 0-18 ikävuoteen');
  });

  it("reads the methods, the open day-care centres and the posts (one new, the rest the city's own)", () => {
    expect(d.methods).toHaveLength(6);
    expect(d.methods.map((m) => m.line)).toEqual([28, 30, 32, 34, 36, 40]);
    expect(d.openDayCareCentres.map((c) => c.text)).toEqual(['Ristinummi', 'Huutoniemi', 'Gustavborg']);
    expect(d.staff.map((s) => [s.role, s.count, s.newPost])).toEqual([
      ['hankekoordinaattori', 1, true],
      ['terveydenhoitaja', 1, false],
      ['sosiaaliohjaaja', 1, false],
      ['lastentarhan-opettaja', 1, false],
      ['nuoriso-ohjaaja', 1, false],
    ]);
  });

  it('reads four expected results and three phases with their tasks', () => {
    expect(d.results.map((r) => r.text)).toEqual([
      'Toimiva perhekeskusmalli',
      'Suunnitelmallinen moniammatillinen verkostotyö',
      'Vakiintumassa olevat perhettä tukevat työskentelymallit',
      'Vakiintumassa oleva moniammatillisen yhteistyön arviointi',
    ]);
    expect(d.phases.map((p) => [p.label, p.start, p.end, p.tasks.length])).toEqual([
      ['9-12/2007', '2007-09', '2007-12', 10],
      ['2008', '2008', '2008', 12],
      ['2009', '2009', '2009', 5],
    ]);
    expect(d.phases[0]!.tasks[1]!.text).toBe('Työkokous kumppaneiden kanssa');
  });

  it('reads the decisions behind it and the predecessor project with its period', () => {
    expect(d.decisions).toEqual([
      { body: 'Vaasan kaupungin valtuusto', date: '2006-01-16', reference: null, line: 9 },
      { body: 'sosiaali- ja terveyslautakunnan', date: '2005-11-22', reference: '139 §', line: 9 },
    ]);
    expect(d.predecessor).toEqual({ name: 'Pikku Saga', start: '2004-09-01', end: '2006-05-31', line: 11 });
  });

  it('fails with file and line when a heading or list it expects is missing', () => {
    expect(() => parsePlanDetails(without(real(), /^Tulokset/))).toThrow(
      /^002_8693d7b1f13daa76\.txt:\d+: cannot find the "Tulokset" heading/,
    );
    expect(() => parsePlanDetails(without(real(), /^\d\.\s+(Luoda|Kehittää|Tarjota)/))).toThrow(
      /^002_8693d7b1f13daa76\.txt:15: no numbered goals/,
    );
    // Without the staffing item the methods skip from 5. to 7.: a lost item is an error, never a shorter list.
    expect(() => parsePlanDetails(without(real(), /^6\. Palkataan/))).toThrow(
      /:40: item "7\." where item "6\." was expected/,
    );
  });

  it('reads who the resources chapter says works in the centre', () => {
    expect(d.working).toEqual({
      roles: ['terveydenhoitaja', 'lastentarhanopettaja', 'nuoriso-ohjaaja'],
      workShare: 'osa-aikaisesti',
      line: 44,
    });
    // Without the word for their share of time, the staff are still read, with no share.
    const whole = parsePlanDetails({
      ...real(),
      lines: real().lines.map((l) => l.replace('työskentelee osa-aikaisesti ', 'työskentelee ')),
    }).working;
    expect([whole?.roles.length, whole?.workShare]).toEqual([3, null]);
    expect(parsePlanDetails(without(real(), /Perhekeskuksessa työskentelee/)).working).toBeNull();
  });

  const staffEdit = (from: string, to: string): SourceText => {
    const src = real();
    return { ...src, lines: src.lines.map((l) => (l.startsWith('6. Palkataan') ? l.replace(from, to) : l)) };
  };

  it('reads a count written before a post as the count, the role in its base form', () => {
    for (const written of ['2 terveydenhoitajaa ja', 'kaksi terveydenhoitajaa ja']) {
      const staff = parsePlanDetails(staffEdit('terveydenhoitaja ja', written)).staff;
      expect(staff[1]).toEqual({ role: 'terveydenhoitaja', count: 2, newPost: false, ownStaff: true, line: 38 });
      expect(staff).toHaveLength(5);
    }
  });

  it('reads the plural note on new posts, and fails on one it cannot read', () => {
    const plural = staffEdit(
      'Hankekoordinaattori on uusi tehtävä',
      'Hankekoordinaattori ja nuoriso-ohjaaja ovat uusia tehtäviä',
    );
    expect(parsePlanDetails(plural).staff.map((s) => [s.role, s.newPost, s.ownStaff])).toEqual([
      ['hankekoordinaattori', true, false],
      ['terveydenhoitaja', false, true],
      ['sosiaaliohjaaja', false, true],
      ['lastentarhan-opettaja', false, true],
      ['nuoriso-ohjaaja', true, false],
    ]);
    expect(() =>
      parsePlanDetails(staffEdit('Hankekoordinaattori on uusi tehtävä', 'Uusia tehtäviä ovat koordinaattori')),
    ).toThrow(/^002_8693d7b1f13daa76\.txt:38: cannot read which posts are new/);
    expect(() => parsePlanDetails(staffEdit('Hankekoordinaattori on', 'Projektipäällikkö on'))).toThrow(
      /^002_8693d7b1f13daa76\.txt:38: the note names "projektipäällikkö" a new post, but no post of that name is hired/,
    );
  });
});

describe('readPost', () => {
  it('reads the count and the role as the item writes them', () => {
    expect(readPost('terveydenhoitaja', 'x.txt', 1)).toEqual({ role: 'terveydenhoitaja', count: 1 });
    expect(readPost('yksi terveydenhoitaja', 'x.txt', 1)).toEqual({ role: 'terveydenhoitaja', count: 1 });
    expect(readPost('3 psykologia', 'x.txt', 1)).toEqual({ role: 'psykologi', count: 3 });
    expect(readPost('kaksitoista perhetyöntekijää', 'x.txt', 1)).toEqual({ role: 'perhetyöntekijä', count: 12 });
    // No base form that can be derived from the partitive alone: the role as written, without the number.
    expect(readPost('2 jäsentä', 'x.txt', 1)).toEqual({ role: 'jäsentä', count: 2 });
    expect(readPost('2 osa-aikaista ohjaajaa', 'x.txt', 1)).toEqual({ role: 'osa-aikaista ohjaajaa', count: 2 });
  });

  it('fails on a count it cannot read', () => {
    expect(() => readPost('2,5 terveydenhoitajaa', 'x.txt', 4)).toThrow(
      /^x\.txt:4: "2,5 terveydenhoitajaa": "2,5" is not a count/,
    );
    expect(() => readPost('kaksi', 'x.txt', 4)).toThrow(/^x\.txt:4: "kaksi" names a count but no role/);
    expect(() => readPost('0 ohjaajaa', 'x.txt', 4)).toThrow(/^x\.txt:4: "0 ohjaajaa" names no post/);
  });
});
