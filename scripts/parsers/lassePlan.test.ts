import { describe, expect, it } from 'vitest';
import { readSource, type SourceText } from '../lib/document.ts';
import { parseLassePlan } from './lassePlan.ts';

const real = () => readSource('../shared/seeds', '004_2387fd943a303f05.txt');
const edit = (src: SourceText, from: RegExp | string, to: string): SourceText => ({
  ...src,
  lines: src.lines.map((l) => l.replace(from, to)),
});

describe('the LasSe plan: organisation, money, survey, evaluation', () => {
  const d = parseLassePlan(real());

  it('reads the goals A, B and C', () => {
    expect(d.goals.map((g) => [g.letter, g.line])).toEqual([
      ['A', 17],
      ['B', 17],
      ['C', 17],
    ]);
    expect(d.goals[2]!.text).toMatch(
      /^Ammatillisen verkoston roolit ja toimintatavat .* dokumentoitu jatkotoimia varten\.$/,
    );
  });

  it('reads the three modules from the table of contents', () => {
    expect(d.modules.map((m) => [m.letter, m.name, m.line])).toEqual([
      ['A', 'Asiakkaan kohtaamisen ja kuulemisen vahvistaminen', 15],
      ['B', 'Sosiaalityön sisäisten toimintatapojen edistäminen', 15],
      ['C', 'Ammatillisen verkoston roolien ja toimintatapojen kehittäminen', 15],
    ]);
  });

  it('reads the posts and which competence centre employs them', () => {
    expect(d.centres).toEqual(['Pikassos', 'Verso', 'SONet BOTNIA']);
    expect(d.posts.map((p) => [p.role, p.count, p.employer])).toEqual([
      ['projektijohtaja', 1, 'Pikassos'],
      ['projektikoordinaattori', 1, 'Pikassos'],
      ['projektikoordinaattori', 2, 'SONet BOTNIA'],
      ['projektikoordinaattori', 1, 'Verso'],
    ]);
    expect(d.posts.reduce((n, p) => n + (p.role === 'projektikoordinaattori' ? p.count : 0), 0)).toBe(
      d.figures.find((f) => f.key === 'coordinators')!.value,
    );
  });

  it('reads the municipal share and the budget split between the competence centres', () => {
    expect(d.financing.map((f) => [f.organisation, f.percent, f.line])).toEqual([
      ['kunnat', 25, 37],
      ['Pikassos', null, 37],
      ['Verso', null, 37],
      ['SONet BOTNIA', null, 37],
    ]);
    expect(d.financing[2]!.what).toBe('1 työntekijä ajalle 12/13-9/15');
  });

  it('reads the survey figures, the evaluation dates and the module B schedule', () => {
    const f = Object.fromEntries(d.figures.map((x) => [x.key, x.value]));
    expect(f).toMatchObject({
      'survey-respondents': 36,
      'survey-municipalities': 58,
      'survey-areas': 9,
      'independent-municipalities': 25,
      'independent-municipalities-responded': 23,
      'survey-municipalities-missing': 2,
      'module-b-respondents': 10,
      'module-b-respondents-of': 34,
    });
    expect(d.events.filter((e) => e.kind === 'evaluation').map((e) => [e.title, e.start, e.end])).toEqual([
      ['alkuarviointi/riskianalyysi', '2014-01', null],
      ['väliarviointi', '2014-11', '2014-12'],
      ['loppuarviointi', '2015-06', '2015-09'],
    ]);
    expect(d.phases.map((p) => [p.label, p.start, p.end])).toEqual([
      ['suunnittelu', '2013-09', '2013-12'],
      ['kokeilu', '2014-02', '2014-08'],
      ['analysointi', '2014-09', '2014-11'],
      ['käyttöönotto, vakiinnuttaminen', '2015-01', '2015-05'],
    ]);
  });

  it('reads the municipalities by size and what the transcript lost', () => {
    expect(d.sizeClasses).toEqual({
      small: 10,
      smallLater: 11,
      medium: 32,
      large: 17,
      total: 58,
      totalLater: 59,
      line: 21,
    });
    expect(d.lost.map((l) => [l.what, l.line])).toEqual([
      ['total-budget', 37],
      ['state-grant-share', 37],
      ['programme-period', 23],
      ['population-threshold', 21],
      ['work-share', 27],
      ['start-date', 27],
      ['budget-amounts', 37],
      ['survey-dates', 43],
    ]);
  });

  it('reads the related Väli-Suomi projects and the dated meetings from the teasers', () => {
    expect(d.related.map((r) => [r.name, r.start, r.end, r.line])).toEqual([
      ['VÄLI-SUOMEN SOS-HANKE', '2011', '2013', 85],
      ['Parempi Arki Väli-Suomen Kastehanke', '2015-03-01', '2017-10-31', 121],
      ['KASPERI II - Väli-Suomen lasten, nuorten ja lapsiperheiden palvelujen kehittämishanke', null, null, 145],
      ['VÄLI-SUOMEN IKÄKASTE ÄLDRE-KASTE II', '2011', '2013', 163],
    ]);
    const meetings = d.events.filter((e) => e.kind === 'meeting');
    expect(meetings.filter((e) => e.lasse).map((e) => [e.title, e.start])).toEqual([
      ['Ohjausryhmän 6. kokous', '2014-09-23'],
      ['Ohjausryhmän 8. kokous', '2015-02-10'],
      ['Ohjausryhmän 7. kokous', '2014-12-02'],
      ['Ohjausryhmän 11. kokous', '2015-10-20'],
      ['Ohjausryhmän 5. kokous', '2014-05-19'],
    ]);
    expect(meetings.filter((e) => !e.lasse)).toHaveLength(6);
    // Teaser lines name private persons; no event title carries them.
    expect(meetings.some((e) => /Rantanen|Forslund/.test(e.title))).toBe(false);
  });

  it('fails with file and line when an employer is none of the named competence centres, or a figure is not a number', () => {
    expect(() => parseLassePlan(edit(real(), 'yksi Verso-liikelaitokseen', 'yksi Kelaan'))).toThrow(
      /^004_2387fd943a303f05\.txt:25: "Kelaan" is none of the competence centres/,
    );
    expect(() =>
      parseLassePlan(
        edit(real(), 'Kyselyyn vastasi yhteensä 36 viranhaltijaa', 'Kyselyyn vastasi yhteensä X viranhaltijaa'),
      ),
    ).toThrow(/^004_2387fd943a303f05\.txt: cannot find the figure "survey-respondents"/);
  });
});
