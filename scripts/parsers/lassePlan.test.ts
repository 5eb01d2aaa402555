import { beforeAll, describe, expect, it } from 'vitest';
import { readSource, type SourceText } from '../lib/document.ts';
import { parseLassePlan, timeAndPlace } from './lassePlan.ts';
import { seedsDir, withSources } from '../../test/unit/sources.ts';

const real = () => readSource(seedsDir, '004_2387fd943a303f05.txt');
const edit = (src: SourceText, from: RegExp | string, to: string): SourceText => ({
  ...src,
  lines: src.lines.map((l) => l.replace(from, to)),
});

withSources('the LasSe plan: organisation, money, survey, evaluation', () => {
  let d: ReturnType<typeof parseLassePlan>;
  beforeAll(() => {
    d = parseLassePlan(real());
  });

  it('reads the goals A, B and C, and the one carried over the page break', () => {
    expect(d.goals.map((g) => [g.letter, g.line])).toEqual([
      ['A', 17],
      ['B', 17],
      ['C', 17],
      ['', 19],
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
    expect(d.posts.map((p) => [p.role, p.count, p.employer, p.location?.genitive ?? null])).toEqual([
      ['projektijohtaja', 1, 'Pikassos', null],
      ['projektikoordinaattori', 1, 'Pikassos', null],
      ['projektikoordinaattori', 1, 'SONet BOTNIA', 'Seinäjoen'],
      ['projektikoordinaattori', 1, 'SONet BOTNIA', 'Vaasan'],
      ['projektikoordinaattori', 1, 'Verso', 'Lahden'],
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

  it("reads the survey figures, the evaluation dates and the modules' schedules", () => {
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
    expect(
      d.figures
        .filter((x) => x.line >= 37 && x.line <= 39 && x.key !== 'municipal-share')
        .map((x) => [x.key, x.value, x.line]),
    ).toEqual([
      ['verso-materials', 800, 37],
      ['reconciliation-billing-interval-months', 3, 37],
      ['sonet-botnia-billings-per-year', 3, 37],
      ['payment-applications-per-year', 1, 39],
      ['team-meetings-per-month-at-first', 1, 39],
      ['team-meeting-interval-months-later', 3, 39],
    ]);
    expect(d.events.filter((e) => e.kind === 'evaluation').map((e) => [e.title, e.start, e.end])).toEqual([
      ['alkuarviointi/riskianalyysi', '2014-01', null],
      ['väliarviointi', '2014-11', '2014-12'],
      ['loppuarviointi', '2015-06', '2015-09'],
    ]);
    // Each schedule is one module's, not the whole project's phases.
    expect(d.phases.map((p) => [p.scope, p.label, p.start, p.end, p.line])).toEqual([
      ['A-moduuli', 'Maakunnalliset työpajat', '2014-02', '2014-06', 47],
      ['A-moduuli', 'maakunnallisissa arviointityöpajoissa prosessia edistävä osuus', '2014-08', '2014-12', 47],
      ['A-moduuli', 'maakunnallisissa arviointityöpajoissa prosessia edistävä osuus', '2015-06', '2015-08', 47],
      // The baseline survey repeated at the end ("OHRY toistetaan hankkeen lopussa 2-4/15").
      ['A-moduuli', 'toistetaan hankkeen lopussa', '2015-02', '2015-04', 47],
      ['B-moduuli', 'suunnittelu', '2013-09', '2013-12', 49],
      ['B-moduuli', 'kokeilu', '2014-02', '2014-08', 49],
      ['B-moduuli', 'analysointi', '2014-09', '2014-11', 49],
      ['B-moduuli', 'käyttöönotto, vakiinnuttaminen', '2015-01', '2015-05', 49],
      // The comparisons between municipalities: the first months after their word, the second before theirs.
      ['B-moduuli', 'benchmarkkaus', '2014-02', '2014-04', 49],
      ['B-moduuli', 'vertaiskäynnit jatkuvat', '2014-09', '2014-11', 49],
      // The invited expert group's steps, each up to its arrow or the next step (the page number 20 ends the line).
      ['Kutsuttu asiantuntijaryhmä', 'tiedon kokoaminen as.tunt.ryhmän tarpeesta', '2014-01', '2014-04', 51],
      [
        'Kutsuttu asiantuntijaryhmä',
        'as.tunt.ryhmän kootaan tarpeen mukaan ja työsk.käynnistyy',
        '2014-05',
        '2014-08',
        51,
      ],
      ['Kutsuttu asiantuntijaryhmä', 'as.tunt.ryhmä suunnitellusti käytössä', '2014-08', '2014-12', 51],
      [
        'Kutsuttu asiantuntijaryhmä',
        'laaditaan suunnitelma pysyväisluonteisesta konsultaatiorakenteesta Väli-Suomeen',
        '2015-01',
        '2015-08',
        51,
      ],
    ]);
    expect(
      d.events
        .filter((e) => e.kind === 'report' || e.kind === 'seminar' || e.kind === 'training')
        .map((e) => [e.title, e.start, e.end, e.place, e.line]),
    ).toEqual([
      ['ensimmäinen tutkimusraportti/julkaisu', '2015-09', null, null, 47],
      ['opinnäytetyö', '2014-12', null, null, 47],
      ['5 maakunnallista työpajaa', '2014-11', '2014-12', null, 51],
      // The B module's training (its heading two lines up, the places as written) and its two large workshops.
      ['Iso koko päivän koulutus', '2014-10', null, 'Seinäjoki, Tampere ja Hämeenlinna?', 51],
      ['2 isoa työpajaa', '2014-11', '2014-12', 'Tampere, Etelä-Pohjanmaa', 51],
      ['Suunnitelma ajalle 1.4.2013–31.10.2015', '2012-12-17', null, null, 97],
      ['KASPERI II Osallisuuden helmet seminaari', '2013-05-22', null, null, 139],
      ['Välittäjä 2009', '2009-12-17', null, 'Vaasa', 475],
      ['Toiminnan kuvaus', '2014-01-01', '2014-10-31', null, 571],
      ['LasSe uutiskirje 1/2015', '2015', null, null, 643],
    ]);
    expect(d.legalBasis).toEqual([{ text: 'lastensuojelulaki 417/2007, 26 ja 27', line: 17 }]);
  });

  it('fails naming the line when a module schedule has no module heading before it', () => {
    expect(() => parseLassePlan(edit(real(), 'B moduuli: Sosiaalityön sisäisten', 'Sosiaalityön sisäisten'))).toThrow(
      /^004_2387fd943a303f05\.txt:49: the schedule "m-m\/yy suunnittelu \(…\)" has no module heading before it/,
    );
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
      ['coordinator-periods', 27],
      ['steering-group-first-meeting', 33],
      ['joining-date', 19],
      ['seminar-date', 41],
      ['plan-period', 13],
      ['area-count-later', 19],
      ['medium-size-range', 21],
      ['large-size-threshold', 21],
      ['coordinator-work-share', 29],
      ['coordinator-start-dates', 29],
      ['billing-dates', 37],
      ['payer-year', 39],
      ['evaluation-months', 39],
      ['preparation-start', 41],
      ['work-meeting-dates', 41],
      ['report-planning-dates', 47],
    ]);
  });

  it("reads the developer groups the director met, a day without its year or the sentence's months, and no one's name", () => {
    const line = real().lines.findIndex((l) => l.includes('kehittäjäryhmät seuraavasti:')) + 1;
    expect(line).toBe(41);
    expect(
      d.events
        .filter((e) => e.start.startsWith('--') && e.title.endsWith('kehittäjäryhmä'))
        .map((e) => [e.title, e.start, e.end, e.place, e.line]),
    ).toEqual([
      ['Etelä-Pohjanmaan maakunnallinen kehittäjäryhmä', '--08', '--09', 'Seinäjoki', line],
      ['Pohjanmaan maakunnallinen kehittäjäryhmä', '--08', '--09', 'Vaasa', line],
      ['Päijät-Hämeen maakunnallinen kehittäjäryhmä', '--08', '--09', 'Lahti', line],
      ['Tampereen ja Pirkanmaan maakunnallinen kehittäjäryhmä', '--08', '--09', 'Tampere', line],
      ['Kanta-Hämeen Forssan seudun kehittäjäryhmä', '--09-03', null, 'Forssa', line],
      ['Kanta-Hämeen Riihimäen maakunnallinen kehittäjäryhmä', '--09-06', null, 'Riihimäki', line],
    ]);
    expect(d.events.some((e) => /Koponen/.test(`${e.title} ${e.place}`))).toBe(false);
  });

  it("reads when the staff was recruited and hired, and the national work meetings' days, without a year where none is given", () => {
    expect(
      d.events
        .filter((e) => e.kind === 'recruitment' || e.title.endsWith('projektijohtajien työkokous'))
        .map((e) => [e.kind, e.title, e.start, e.end, e.line]),
    ).toEqual([
      ['recruitment', 'palkattu projektijohtaja', '2013-08', null, 27],
      ['recruitment', 'Projektijohtajan rekrytointi', '--03', '--04', 27],
      ['recruitment', 'Pirkanmaan ja Kanta-Hämeen projektikoordinaattorin rekrytointi', '--08', null, 29],
      [
        'meeting',
        'Terveyden ja hyvinvoinnin laitoksen, STM:n ja LastenKaste projektijohtajien työkokous',
        '--10-07',
        null,
        41,
      ],
      [
        'meeting',
        'Terveyden ja hyvinvoinnin laitoksen, STM:n ja LastenKaste projektijohtajien työkokous',
        '--02-06',
        null,
        41,
      ],
    ]);
    const redated = parseLassePlan(edit(real(), 'elokuusta 2013 lähtien', 'syyskuusta 2013 lähtien'));
    expect(redated.events.find((e) => e.title === 'palkattu projektijohtaja')?.start).toBe('2013-09');
    expect(() => parseLassePlan(edit(real(), 'osallistui ja 7.10.', 'osallistui ja 7.13.'))).toThrow(
      /^004_2387fd943a303f05\.txt:41: no such date "7\.13\."/,
    );
    expect(() =>
      parseLassePlan(edit(real(), 'palkattu projektijohtaja elokuusta', 'palkattu projektijohtaja ensi')),
    ).toThrow(/004_2387fd943a303f05\.txt.*palkattu projektijohtaja elokuusta 2013 lähtien/);
  });

  it('reads the related Väli-Suomi projects and the dated meetings from the teasers', () => {
    expect(d.related.map((r) => [r.name, r.start, r.end, r.line])).toEqual([
      ['VÄLI-SUOMEN SOS-HANKE', '2011', '2013', 85],
      ['Parempi Arki Väli-Suomen Kastehanke', '2015-03-01', '2017-10-31', 121],
      ['KASPERI II - Väli-Suomen lasten, nuorten ja lapsiperheiden palvelujen kehittämishanke', null, null, 145],
      ['VÄLI-SUOMEN IKÄKASTE ÄLDRE-KASTE II', '2011', '2013', 163],
    ]);
    // The developer groups' meetings, written without a year, are the plan's own (the next test).
    const meetings = d.events.filter((e) => e.kind === 'meeting' && !e.start.startsWith('--'));
    expect(meetings.filter((e) => e.lasse).map((e) => [e.title, e.start])).toEqual([
      ['Ohjausryhmän 6. kokous', '2014-09-23'],
      ['Ohjausryhmän 8. kokous', '2015-02-10'],
      ['Ohjausryhmän 7. kokous', '2014-12-02'],
      ['Ohjausryhmän 11. kokous', '2015-10-20'],
      ['Ohjausryhmän 5. kokous', '2014-05-19'],
    ]);
    // The times and places the records head them with ("klo 12.3013.30" lost its dash); the teaser's end cuts most places.
    expect(meetings.filter((e) => e.lasse).map((e) => [e.time, e.place])).toEqual([
      ['12.30–13.30', 'Tampereen kaupungin …'],
      ['12.30–15.30', 'Tampereen kaupungin …'],
      ['12.30–15.00', 'Tampereen kaupungin …'],
      ['12–15', 'Tampereen kaupungin …'],
      ['12.30–15.00', 'Attilan kokoustilat, Luentosali Lesti, Yliopistonkatu …'],
    ]);
    expect(meetings.filter((e) => !e.lasse).map((e) => [e.title, e.start, e.time ?? null, e.place])).toEqual([
      ['KASPERI II ohjausryhmän kokous', '2013-04-29', null, null],
      [
        'KASPERI II ohjausryhmän kokous, muistio 3/2012',
        '2012-09-07',
        '9.15–12.05',
        'Kokouskeskus Juvenes, Åkerlundinkatu 1, Kokoustila …',
      ],
      ['Väli-Suomen Kaste-aluejohtoryhmän kokous', '2015-04-17', null, 'Tampere'],
      [
        'KASPERI II ohjausryhmän kokous, muistio 1/2012',
        '2012-03-14',
        '12.00–14.45',
        'Tampereen virastotalo, Aleksis Kiven katu …',
      ],
      [
        'KASPERI II ohjausryhmän kokous, muistio 2/2012',
        '2012-06-06',
        '9.00–11.30',
        'Pikassos Oy:n Tampereen toimisto, Åkerlundinkatu …',
      ],
      [
        'Väli-Suomen Kaste-aluejohtoryhmän kokous',
        '2015-02-17',
        '9.00–11.30',
        'Tampere, Juvenes Kokouskeskus, Åkerlundinkatu 1, 3. kerros',
      ],
      ['KASPERI II ohjausryhmän kokous', '2013-08-26', null, null],
      [
        'KASPERI II ohjausryhmän kokous, muistio 1/2013',
        '2013-02-04',
        '10.00–13.30',
        'Pikassos Oy:n Tampereen toimisto, Åkerlundinkatu …',
      ],
    ]);
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
    ).toThrow(/^004_2387fd943a303f05\.txt:\d+: cannot find the figure "survey-respondents"/);
  });
});

describe('a meeting’s time and place in a teaser', () => {
  it('reads the place up to the participants', () => {
    expect(timeAndPlace('Aika: 1.2.2014 klo 12.3013.30 Paikka: Tampere, Juvenes Osallistujat: 5')).toEqual({
      time: '12.30–13.30',
      place: 'Tampere, Juvenes',
    });
  });

  it('marks a place the teaser’s end cuts off, so its last words are not taken for the whole place', () => {
    expect(timeAndPlace('Ohjausryhmän 6. kokous klo 12.30-13.30 Paikka: Tampereen kaupungin')).toEqual({
      time: '12.30–13.30',
      place: 'Tampereen kaupungin …',
    });
    expect(timeAndPlace('Paikka: Tampereen virastotalo, Aleksis Kiven katu, ').place).toBe(
      'Tampereen virastotalo, Aleksis Kiven katu …',
    );
    expect(timeAndPlace('Kokous klo 9').place).toBeNull();
  });
});
