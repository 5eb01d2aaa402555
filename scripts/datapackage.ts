import { createHash } from 'node:crypto';
import { PUBLICATION } from './curation.ts';
import type { Dataset, DataFileName } from '../src/data/schema.ts';
import { dataTables, tableCsv, type PerLang } from '../src/data/tables.ts';

type JsonFile = DataFileName | 'schema.json';

/** What each published JSON file holds, in the three languages of the data page. */
const JSON_FILES: Record<JsonFile, { title: PerLang; description: PerLang }> = {
  'projects.json': {
    title: { fi: 'Hankkeet', sv: 'Projekt', en: 'Projects' },
    description: {
      fi: 'Vuosien 2008 ja 2009 suunnitelmataulukoiden hankkeet ja ne, joille muu asiakirja antaa hallinnoijan tai kauden, suunnitelmavuosineen, teemoineen, hallinnoijineen, kausineen ja lähderiveineen. Hankkeet, jotka asiakirja vain mainitsee nimeltä, eivät ole mukana; muiden Kaste-alueiden lasten ja perheiden hankkeet ovat tiedostossa programme.json.',
      sv: 'Projekten i planerna för 2008 och 2009 och de som ett annat dokument anger huvudman eller period för, med planår, tema, huvudmän, period och källrader. Projekt som ett dokument bara nämner vid namn finns inte med; de andra Kaste-regionernas projekt för barn och familjer finns i programme.json.',
      en: 'The projects of the 2008 and 2009 plan tables and those another document gives a lead organisation or a period, with plan year, theme, lead organisations, period and source lines. Projects a document only mentions by name are not listed; the other Kaste areas’ child-and-family projects are in programme.json.',
    },
  },
  'funding.json': {
    title: { fi: 'Rahoitus', sv: 'Finansiering', en: 'Funding' },
    description: {
      fi: 'Kustannukset (vain kun asiakirja antaa luvun), suunnitelmataulukoiden yhteensä-rivit sellaisinaan ja rivien summina sekä organisaatioiden rahoitusosuudet.',
      sv: 'Kostnader (bara där dokumentet anger ett belopp), planens summarader som de står och som raderna summerar till, och organisationernas finansieringsandelar.',
      en: "Costs (only where a document gives a number), the plan tables' total rows as stated and as their rows add up, and the organisations' funding shares.",
    },
  },
  'themes.json': {
    title: { fi: 'Teemat', sv: 'Teman', en: 'Themes' },
    description: {
      fi: 'Kaste-ohjelman valtakunnalliset teemat, vuosien 2008 ja 2009 painopisteet ja Pohjanmaan 2005–2006 painopisteet käännöksineen ja kytkentöineen.',
      sv: 'Kaste-programmets nationella teman, prioriteringarna 2008 och 2009 och de österbottniska landskapens prioriteringar 2005–2006 (SONet BOTNIA) med översättningar och kopplingar.',
      en: 'The national Kaste themes, the 2008 and 2009 priorities and the 2005–2006 priorities of the Ostrobothnian regions (SONet BOTNIA), with translations and mappings.',
    },
  },
  'regions.json': {
    title: { fi: 'Alueet', sv: 'Regioner', en: 'Regions' },
    description: {
      fi: 'Maakunnat, yhteistoiminta-alueet, kunnat, hallinnoivat organisaatiot ja kuntien LasSe-moduulivalinnat.',
      sv: 'Landskap, samarbetsområden, kommuner, de organisationer som är huvudmän och kommunernas val av LasSe-moduler.',
      en: "Regions, cooperation areas, municipalities, the lead organisations and the municipalities' LasSe module choices.",
    },
  },
  'sources.json': {
    title: { fi: 'Lähdeasiakirjat', sv: 'Källdokument', en: 'Source documents' },
    description: {
      fi: 'Lähdeasiakirjat: tiedosto, nimi riveineen, päiväys, laji, rivimäärä, koko ja SHA-256-tiiviste.',
      sv: 'Källdokumenten: fil, titel med rader, datum, typ, antal rader, storlek och SHA-256-kontrollsumma.',
      en: 'The source documents: file, title with its lines, date, kind, number of lines, size and SHA-256.',
    },
  },
  'quality.json': {
    title: { fi: 'Laatuhuomiot', sv: 'Kvalitetsanmärkningar', en: 'Quality notes' },
    description: {
      fi: 'Asiakirjojen ristiriidat ja epävarmuudet arvoineen ja lähderiveineen.',
      sv: 'Dokumentens motstridigheter och osäkerheter med värden och källrader.',
      en: 'Discrepancies and uncertainties of the documents, with their values and source lines.',
    },
  },
  'programme.json': {
    title: { fi: 'Kaste-ohjelma', sv: 'Kaste-programmet', en: 'The Kaste programme' },
    description: {
      fi: 'Valtakunnallinen tausta: tavoitteet, keinot, Kaste-alueet ja niiden lasten ja perheiden hankkeet.',
      sv: 'Den nationella bakgrunden: mål, medel, Kaste-regionerna och deras projekt för barn och familjer.',
      en: 'The national context: goals, means, the Kaste areas and their child-and-family projects.',
    },
  },
  'events.json': {
    title: { fi: 'Tapahtumat', sv: 'Händelser', en: 'Events' },
    description: {
      fi: 'Päivätyt kokoukset, seminaarit, arvioinnit, hakukierrokset ja päätökset; päivä ilman vuotta muodossa --KK-PP, kun asiakirja ei anna vuotta.',
      sv: 'Daterade möten, seminarier, utvärderingar, ansökningsomgångar och beslut; en dag utan år som --MM-DD när dokumentet inte anger året.',
      en: 'Dated meetings, seminars, evaluations, application rounds and decisions; a day without a year as --MM-DD where the document gives none.',
    },
  },
  'details.json': {
    title: { fi: 'Hankkeiden tiedot', sv: 'Projektuppgifter', en: 'Project details' },
    description: {
      fi: 'Mitä asiakirjat kertovat hankkeista taulukoiden lisäksi: tavoitteet, kohderyhmä, menetelmät, vaiheet, henkilöstö, luvut.',
      sv: 'Vad dokumenten säger om projekten utöver tabellerna: mål, målgrupp, metoder, faser, personal, siffror.',
      en: 'What the documents say about projects beyond the tables: goals, target group, methods, phases, staffing, figures.',
    },
  },
  'report.json': {
    title: { fi: 'Toimintakertomus 2005–2006', sv: 'Verksamhetsberättelse 2005–2006', en: 'Activity report 2005–2006' },
    description: {
      fi: 'Pohjanmaan toimintakertomuksen tavoitteet, kehittäjäryhmät, luvut, nimetyt hankkeet ja ilmoitetut kaudet.',
      sv: 'Målen, utvecklargrupperna, siffrorna, de namngivna projekten och de angivna perioderna i SONet BOTNIA:s verksamhetsberättelse för de österbottniska landskapen.',
      en: "The objectives, developer groups, figures, named projects and stated periods of SONet BOTNIA's activity report for the Ostrobothnian regions.",
    },
  },
  'schema.json': {
    title: { fi: 'JSON Schema', sv: 'JSON Schema', en: 'JSON Schema' },
    description: {
      fi: 'Yllä olevien JSON-tiedostojen rakenne JSON Schema -muodossa.',
      sv: 'Strukturen för JSON-filerna ovan som JSON Schema.',
      en: 'The structure of the JSON files above, as JSON Schema.',
    },
  },
};

const TITLE: PerLang = {
  fi: 'Kaste-ohjelman kehittämisrahoitus Väli-Suomessa 2008–2015',
  sv: 'Utvecklingsfinansieringen i Kaste-programmet i Väli-Suomi 2008–2015',
  en: 'Kaste programme development funding in Väli-Suomi, 2008–2015',
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The CSV tables (English, comma, with the field names as header) and the Frictionless Data Package that describes
 * every published file, for `files` (the rendered JSON files, name → text).
 */
export function renderPackage(dataset: Dataset, files: Map<string, string>): Map<string, string> {
  const tables = dataTables(dataset, 'en');
  const out = new Map<string, string>();
  for (const t of tables) out.set(`${t.id}.csv`, tableCsv(t, 'en', 'names'));
  const all = new Map([...files, ...out]);
  const size = (name: string) => Buffer.byteLength(all.get(name)!, 'utf8');
  const hash = (name: string) => `sha256:${sha256(all.get(name)!)}`;
  const version = sha256(
    [...all.keys()]
      .sort()
      .map((name) => `${name}\n${all.get(name)}`)
      .join('\n'),
  ).slice(0, 12);
  const jsonResources = (Object.keys(JSON_FILES) as JsonFile[])
    .filter((name) => all.has(name))
    .map((name) => ({
      name: name.replace(/\.json$/, ''),
      path: name,
      format: 'json',
      mediatype: name === 'schema.json' ? 'application/schema+json' : 'application/json',
      encoding: 'utf-8',
      bytes: size(name),
      hash: hash(name),
      title: JSON_FILES[name].title.en,
      titles: JSON_FILES[name].title,
      description: JSON_FILES[name].description.en,
      descriptions: JSON_FILES[name].description,
      ...(name === 'schema.json' ? {} : { jsonSchema: `schema.json#/files/${name}` }),
    }));
  const csvResources = tables.map((t) => {
    const path = `${t.id}.csv`;
    return {
      name: `${t.id}-csv`,
      profile: 'tabular-data-resource',
      path,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: size(path),
      hash: hash(path),
      title: t.title.en,
      titles: t.title,
      description: t.description.en,
      descriptions: t.description,
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true },
      schema: {
        fields: t.fields.map((field) => ({
          name: field.name,
          type: field.type,
          title: field.title.en,
          titles: field.title,
        })),
        missingValues: [''],
      },
      // The texts that depend on the reader (theme names, notes) are English here; the data page writes the same
      // tables with Finnish or Swedish texts.
      textLanguage: 'en',
    };
  });
  const descriptor = {
    profile: 'data-package',
    name: 'kaste-vali-suomi',
    title: TITLE.en,
    titles: TITLE,
    description:
      'Projects, costs, themes and municipalities of the national Kaste programme in the Väli-Suomi region, compiled from five public documents; every figure carries the document and lines it stands on.',
    version,
    created: `${PUBLICATION.compiled}T00:00:00Z`,
    licenses: [PUBLICATION.licence],
    sources: dataset.sources.map((s) => ({ title: `${s.title} (${s.date})`, path: `sources.json#${s.id}` })),
    keywords: [
      'KASTE',
      'Väli-Suomi',
      'sosiaali- ja terveydenhuolto',
      'social- och hälsovård',
      'social welfare',
      'development funding',
    ],
    resources: [...jsonResources, ...csvResources],
  };
  out.set('datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);
  return out;
}
