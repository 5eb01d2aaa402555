import { describe, expect, it } from 'vitest';
import { lineAt, readSource } from '../lib/document.ts';
import { squash } from '../lib/text.ts';
import { PREVIEW_NOT_TITLES, PREVIEW_PERSON_WORDS } from '../curation.ts';
import { previewDate, readPreviews, withoutPersons } from './previews.ts';
import { slidePreviewBlocks } from './slideFacts.ts';
import { teaserBlocks } from './lassePlan.ts';
import { seedsDir, withSources } from '../../test/unit/sources.ts';

const slides = () => readSource(seedsDir, '001_5e72e1e76d65b102.txt');
const lasse = () => readSource(seedsDir, '004_2387fd943a303f05.txt');

describe('a preview title without persons', () => {
  it('drops a part with a person’s title or degree, an e-mail address and curated name words', () => {
    expect(withoutPersons('Kokous Tampere, Projektijohtaja Etu Suku', [], 'f', 1)).toEqual({
      title: 'Kokous Tampere',
      dropped: 1,
    });
    expect(withoutPersons('POIMU. projekti. 17.3.2014 etu.suku@example.fi', [], 'f', 1)).toEqual({
      title: 'POIMU. projekti. 17.3.2014',
      dropped: 1,
    });
    expect(withoutPersons('Aihe. Etu Suku LT Asiantuntijalääkäri Yksikkö', [], 'f', 1).title).toBe('Aihe.');
    expect(withoutPersons('Vaasa Etu Suku', [{ before: 'Vaasa', count: 2 }], 'f', 1)).toEqual({
      title: 'Vaasa',
      dropped: 1,
    });
    // A word inside a longer word is no title: "KUNTAJOHTAJAFOORUM" is a forum.
    expect(withoutPersons('SOTE/ KUNTAJOHTAJAFOORUM. Aika: 5.11.2015', [], 'f', 1).title).toBe(
      'SOTE/ KUNTAJOHTAJAFOORUM. Aika: 5.11.2015',
    );
  });

  it('a curated entry that no longer finds a name stops, naming the entry', () => {
    expect(() => withoutPersons('Vaasa 11.6.2013', [{ before: 'Vaasa', count: 2 }], 'f.txt', 9)).toThrow(
      /PREVIEW_PERSON_WORDS\["Vaasa"\] finds no name in the 2 words after it at f\.txt:9/,
    );
  });
});

describe('a preview date', () => {
  it('reads a period of days or years, a day with or without its year, a month, a year', () => {
    expect(previewDate('loppuraportti 1.1.2009-31.10.2010')).toEqual({ start: '2009-01-01', end: '2010-10-31' });
    expect(previewDate('HANKKEEN 1.2. 31.12.2012 LOPPURAPORTTI')).toEqual({ start: '2012-02-01', end: '2012-12-31' });
    expect(previewDate('Itä- ja Keski-Suomessa 2008 2011. Hankesuunnitelma')).toEqual({ start: '2008', end: '2011' });
    expect(previewDate('strategiaseminaari, Helsinki 8.3.')).toEqual({ start: '--03-08', end: null });
    expect(previewDate('Pro gradu -tutkielma Toukokuu 2014')).toEqual({ start: '2014-05', end: null });
    expect(previewDate('raportit 2008 KUTSU')).toEqual({ start: '2008', end: null });
    // A period's end written without its year stays without one: the period, not its first day alone.
    expect(previewDate('(koskee koko hankeaikaa 1.9.2012 alkaen) Seurantakysely 1.9.2012 31.12.')).toEqual({
      start: '2012-09-01',
      end: '--12-31',
    });
    // An end day no month has is kept to the month the document writes.
    expect(previewDate('Toimintasuunnitelma 1.9.2013-31.4.2015')).toEqual({ start: '2013-09-01', end: '2015-04' });
  });

  it('reads no section number as a day, nor a day without its year where asked not to', () => {
    expect(previewDate('2.1. Hankkeen tavoitteet')).toBeNull();
    expect(previewDate('4.1.', false)).toBeNull();
    // Two days without a year are no period, and an end before a capital is a section number.
    expect(previewDate('2.1. 3.4. luvut', false)).toBeNull();
    expect(previewDate('Suunnitelma 1.9.2012 2.1. Tavoitteet')).toEqual({ start: '2012-09-01', end: null });
  });

  it('reads no year glued to a word as a date: it is part of a name', () => {
    expect(previewDate('Keski-Suomen SOTE2020 - hanke LAPSET, NUORET JA PERHEET')).toBeNull();
    expect(previewDate('SOTE 2020 - hanke')).toEqual({ start: '2020', end: null });
  });
});

withSources('the previews after the slides and the LasSe plan', () => {
  it('reads 27 previews after the slides, the ministry report with its series field by field', () => {
    const src = slides();
    const { previews, dropped } = readPreviews(
      src,
      slidePreviewBlocks(src),
      'stm-presentation',
      [],
      PREVIEW_NOT_TITLES['stm-presentation'],
    );
    expect(previews).toHaveLength(27);
    expect(dropped).toBe(0);
    expect(previews.find((p) => p.source.lineStart === 130)).toEqual({
      title: 'Sosiaali- ja terveydenhuollon kansallinen kehittämisohjelma',
      kind: 'report',
      start: '2008',
      end: null,
      series: 'Sosiaali- ja terveysministeriön selvityksiä 2008:6',
      organisation: null,
      places: [],
      source: { document: 'stm-presentation', lineStart: 130, lineEnd: 132 },
    });
    const stakes = previews.find((p) => p.source.lineStart === 244)!;
    expect([stakes.kind, stakes.series]).toEqual(['report', 'STAKESIN työpapereita 9/2008']);
    const ray = previews.find((p) => p.source.lineStart === 160)!;
    expect([ray.kind, ray.start, ray.places]).toEqual(['seminar', '--03-08', ['Helsinki']]);
    // The text below a title may give the previewed document's date or the period of a project it describes: only
    // what the title states is taken (this thesis's title states no kind, date or university).
    const thesis = previews.find((p) => p.source.lineStart === 220)!;
    expect([thesis.kind, thesis.start, thesis.organisation]).toEqual([null, null, null]);
  });

  it('reads 94 previews after the LasSe plan (a copy word for word is one) and drops persons’ names or contacts from 14 titles', () => {
    const src = lasse();
    const blocks = teaserBlocks(src);
    const { previews, dropped } = readPreviews(
      src,
      blocks,
      'lasse-plan',
      PREVIEW_PERSON_WORDS['lasse-plan']!,
      PREVIEW_NOT_TITLES['lasse-plan'],
    );
    expect(previews).toHaveLength(94);
    expect(dropped).toBe(14);
    // A first line that is the document's text (a table of contents, questions, an agenda) is not a title.
    expect(previews.find((p) => p.source.lineStart === 65)).toBeUndefined();
    // The kind and date are the title's own, not the first ones of the text below it (the project's period).
    expect(previews.filter((p) => p.title.startsWith('LasSe') && p.start !== null && !/\d\.\d/.test(p.title))).toEqual(
      [],
    );
    expect(previews.find((p) => p.source.lineStart === 437)).toMatchObject({
      title: 'LASTEN, NUORTEN JA LAPSIPERHEIDEN PALVELUITA UUDISTETAAN TYÖSEMINAARI MIKKELISSÄ 20.3.2013',
      kind: 'seminar',
      start: '2013-03-20',
      end: null,
    });
  });

  it('publishes no word of the lines’ persons: the names, titles and e-mail addresses they give', () => {
    const src = lasse();
    const { previews } = readPreviews(src, teaserBlocks(src), 'lasse-plan', PREVIEW_PERSON_WORDS['lasse-plan']!);
    const expected: Record<number, string> = {
      173: 'Väli-Suomen Kaste-aluejohtoryhmä Tampere',
      215: 'Kansa-koulu. Sosiaalihuollon asiakasasiakirjalain toimeenpano. Lappeenranta 31.3.2016.',
      221: 'SOTE palvelurakenneuudistus ajankohtaista. SONet BOTNIA Vaasa 11.6.2013. Ketterä moniosaaja 1',
      275: 'INNOAGENTTI koulutus. I-tason agentit. Seinäjoki Y-talo Tupa-kokoushuone',
      335: 'KAAKKOIS-SUOMEN LASTENSUOJELUN KEHITTÄMISYKSIKKÖHANKKEEN TAVOITTEISTA TUOTOKSIIN Hankkeen loppuseminaari 9.10.',
      353: 'Kansa-koulu. Sosiaalihuollon asiakasasiakirjalain toimeenpano. Helsinki 22.01.2016.',
      365: 'VPK POHJOIS-SUOMEN VAMMAISPALVELUJEN KEHITTÄMISYKSIKÖN VALMISTELUHANKE.',
      371: 'POIMU. -Polkuja sosiaalityöntekijäksi - projekti. 17.3.2014',
      377: 'Monitoimijainen arviointi.',
      407: 'Miten tästä eteenpäin?',
      461: 'KUULAS-hanke, Kanta-Hämeen uudistuvat lasten ja nuorten palvelut',
      473: 'Vaasa',
      563: 'Moniammatillisista työryhmistä ja tietojen vaihdosta lastensuojelun kentässä Jyväskylä 25.1.2013.',
      581: 'Lapsi- ja perhepalveluiden muutosohjelma. Millaista tukea maakuntien muutostyöhön tarvitaan? Terveyden ja hyvinvoinnin laitos',
    };
    for (const [line, title] of Object.entries(expected)) {
      expect(previews.find((p) => p.source.lineStart === Number(line))?.title).toBe(title);
      // Every capitalised word the line has and its published title lacks (a name, a person's title) is nowhere in it.
      const bare = (w: string) => w.replace(/[,.]$/, '');
      // What is left of a dropped part may be the organisation the person spoke for ("Kolpeneen palvelukeskus").
      const preview = previews.find((p) => p.source.lineStart === Number(line))!;
      const kept = new Set([...title.split(' '), ...(preview.organisation ?? '').split(' ')].map(bare));
      const gone = squash(lineAt(src, Number(line)))
        .split(' ')
        .map(bare)
        .filter((w) => !kept.has(w) && /^\p{Lu}[\p{L}-]{2,}$/u.test(w));
      expect(gone.length > 0 || lineAt(src, Number(line)).includes('@')).toBe(true);
      for (const w of gone)
        expect(JSON.stringify(preview)).not.toMatch(new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, 'u'));
    }
    expect(JSON.stringify(previews)).not.toMatch(/@/);
  });
});
