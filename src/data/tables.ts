import type { Lang } from '../i18n/format';
import { qualityNames, qualityText } from '../i18n/qualityText';
import type { CsvFormat, CsvValue } from './csv';
import { toCsv } from './csv';
import { administratorsLabel } from './labels';
import { rowsOf } from './rows';
import type { Dataset, SourceRef } from './schema';

/**
 * The published data as flat tables: one definition serves the CSV files the data build publishes (with the
 * Frictionless Data Package that describes them), the Excel CSV and the XLSX workbook of the data page.
 */
export type PerLang = Record<Lang, string>;

export interface TableField {
  /** Machine name: the column header of the published CSV and the Table Schema field name. */
  name: string;
  type: 'string' | 'integer' | 'number';
  title: PerLang;
  /** A coded field's values in words: the published CSV keeps the codes, a reader's spreadsheet gets the words. */
  labels?: Record<string, PerLang>;
}

export interface DataTable {
  /** File stem: `${id}.csv`. */
  id: string;
  title: PerLang;
  description: PerLang;
  fields: TableField[];
  /** How many rows, known without building them. */
  count: number;
  rows: CsvValue[][];
}

/**
 * A table whose rows are built when first read: the data page lists every table with its count at load, and builds
 * the rows (the quality notes' sentences, the administrators' names) only for a download.
 */
function table(t: Omit<DataTable, 'rows'>, build: () => CsvValue[][]): DataTable {
  let rows: CsvValue[][] | undefined;
  return {
    ...t,
    get rows() {
      return (rows ??= build());
    },
  };
}

export const TABLE_IDS = ['projects', 'costs', 'shares', 'municipalities', 'quality', 'events'] as const;
export type TableId = (typeof TABLE_IDS)[number];

const f = (
  name: string,
  type: TableField['type'],
  fi: string,
  sv: string,
  en: string,
  labels?: Record<string, PerLang>,
): TableField => ({ name, type, title: { fi, sv, en }, ...(labels && { labels }) });

const LANGUAGE_LABELS: Record<string, PerLang> = {
  fi: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  sv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
};
const ADMINISTRATOR_STATUS_LABELS: Record<string, PerLang> = {
  stated: { fi: 'ilmoitettu', sv: 'angiven', en: 'stated' },
  uncertain: { fi: 'epävarma', sv: 'osäker', en: 'uncertain' },
  unknown: { fi: 'tuntematon', sv: 'okänd', en: 'unknown' },
  blank: { fi: 'ei merkitty', sv: 'inte angiven', en: 'blank' },
};
const COST_ROW_LABELS: Record<string, PerLang> = {
  project: { fi: 'hanke', sv: 'projekt', en: 'project' },
  'stated-total': { fi: 'asiakirjan yhteensä-rivi', sv: 'dokumentets summarad', en: "the document's total row" },
};
const SEVERITY_LABELS: Record<string, PerLang> = {
  discrepancy: { fi: 'ristiriita', sv: 'motstridighet', en: 'discrepancy' },
  uncertainty: { fi: 'epävarmuus', sv: 'osäkerhet', en: 'uncertainty' },
  gap: { fi: 'puute', sv: 'lucka', en: 'gap' },
};
const EVENT_KIND_LABELS: Record<string, PerLang> = {
  meeting: { fi: 'kokous', sv: 'möte', en: 'meeting' },
  seminar: { fi: 'seminaari', sv: 'seminarium', en: 'seminar' },
  evaluation: { fi: 'arviointi', sv: 'utvärdering', en: 'evaluation' },
  'application-round': { fi: 'hakukierros', sv: 'ansökningsomgång', en: 'application round' },
  decision: { fi: 'päätös', sv: 'beslut', en: 'decision' },
  survey: { fi: 'kysely', sv: 'enkät', en: 'survey' },
  report: { fi: 'raportti', sv: 'rapport', en: 'report' },
};

/** "minutes-2008:108-110": the document and the lines a value stands on. */
export const sourceLabel = (s: SourceRef | undefined) => (s ? `${s.document}:${s.lineStart}-${s.lineEnd}` : null);
const SOURCE = f('source', 'string', 'lähde (asiakirja:rivit)', 'källa (dokument:rader)', 'source (document:lines)');

/** Every table of the dataset, with the texts that depend on the reader (theme names, notes) in `lang`. */
export function dataTables(d: Dataset, lang: Lang): DataTable[] {
  const { rows, lookups } = rowsOf(d);
  const orgName = (id: string) => (lookups.organisations.has(id) ? lookups.names.organisation(id, lang) : null);
  return [
    table(
      {
        id: 'projects',
        title: { fi: 'Hankkeet', sv: 'Projekt', en: 'Projects' },
        description: {
          fi: 'Vuosien 2008 ja 2009 suunnitelmataulukoiden hankkeet ja ne, joille muu asiakirja antaa hallinnoijan tai kauden: suunnitelmavuosi, teema, hallinnoija, maakunnat, kustannus ja lähderivit. Hankkeet, jotka asiakirja vain mainitsee nimeltä, eivät ole mukana.',
          sv: 'Projekten i planerna för 2008 och 2009 och de som ett annat dokument anger huvudman eller period för: planår, tema, huvudman, landskap, kostnad och källrader. Projekt som ett dokument bara nämner vid namn finns inte med.',
          en: 'The projects of the 2008 and 2009 plan tables and those another document gives a lead organisation or a period: plan year, theme, lead organisation, regions, cost and source lines. Projects a document only mentions by name are not listed.',
        },
        fields: [
          f('id', 'string', 'tunniste', 'id', 'id'),
          f('name', 'string', 'hanke', 'projekt', 'project'),
          f('language', 'string', 'nimen kieli', 'namnets språk', 'language of the name', LANGUAGE_LABELS),
          f('plan_year', 'integer', 'suunnitelmavuosi', 'planår', 'plan year'),
          f('theme_id', 'string', 'teeman tunniste', 'temats id', 'theme id'),
          f('theme', 'string', 'teema', 'tema', 'theme'),
          f('administrators', 'string', 'hallinnoija', 'huvudman', 'administrator'),
          f('administrator_ids', 'string', 'hallinnoijan tunnisteet', 'huvudmännens id', 'administrator ids'),
          f(
            'administrator_status',
            'string',
            'hallinnoijan tila',
            'huvudmannens status',
            'administrator status',
            ADMINISTRATOR_STATUS_LABELS,
          ),
          f(
            'administrator_written',
            'string',
            'hallinnoija lähteen kirjoitusasussa',
            'huvudman som i källan',
            'administrator as written',
          ),
          f('province_ids', 'string', 'maakuntien tunnisteet', 'landskapens id', 'province ids'),
          f('cost_eur', 'integer', 'kustannus (€)', 'kostnad (€)', 'cost (EUR)'),
          f('start', 'string', 'alkaa', 'börjar', 'start'),
          f('end', 'string', 'päättyy', 'slutar', 'end'),
          f('continues', 'string', 'jatkaa hanketta', 'fortsätter projektet', 'continues'),
          SOURCE,
        ],
        count: rows.length,
      },
      () =>
        rows.map((r) => {
          const p = r.project;
          return [
            p.id,
            p.name,
            p.language,
            p.planYear,
            p.themeId,
            r.theme?.name[lang] ?? null,
            administratorsLabel(p, lang, lookups) || null,
            r.adminIds.join(' ') || null,
            p.administratorStatus,
            p.administratorRaw || null,
            p.provinceIds.join(' ') || null,
            r.cost,
            p.period?.start ?? null,
            p.period?.end ?? null,
            p.continues.join(' ') || null,
            sourceLabel(p.sources[0]),
          ];
        }),
    ),
    table(
      {
        id: 'costs',
        title: { fi: 'Kustannukset', sv: 'Kostnader', en: 'Costs' },
        description: {
          fi: 'Suunnitelmataulukon kustannukset hankkeittain (vain kun asiakirja antaa luvun) ja taulukoiden omat yhteensä-rivit.',
          sv: 'Planens kostnader per projekt (bara där dokumentet anger ett belopp) och tabellernas egna summarader.',
          en: "The plan's costs per project (only where the document gives a number) and the tables' own total rows.",
        },
        fields: [
          f('row', 'string', 'rivi', 'rad', 'row', COST_ROW_LABELS),
          f('project_id', 'string', 'hankkeen tunniste', 'projektets id', 'project id'),
          f('plan_year', 'integer', 'suunnitelmavuosi', 'planår', 'plan year'),
          f('amount_eur', 'integer', 'summa (€)', 'belopp (€)', 'amount (EUR)'),
          f(
            'stated_projects',
            'integer',
            'ilmoitettu hankemäärä',
            'angivet antal projekt',
            'stated number of projects',
          ),
          f(
            'stated_administrators',
            'integer',
            'ilmoitettu hallinnoijamäärä',
            'angivet antal huvudmän',
            'stated number of administrators',
          ),
          SOURCE,
        ],
        count: d.funding.costs.length + d.funding.statedTotals.length,
      },
      () => [
        ...d.funding.costs.map((c) => [
          'project',
          c.projectId,
          c.planYear,
          c.amountEur,
          null,
          null,
          sourceLabel(c.source),
        ]),
        ...d.funding.statedTotals.map((t) => [
          'stated-total',
          null,
          t.planYear,
          t.amountEur,
          t.projects,
          t.administrators,
          sourceLabel(t.source),
        ]),
      ],
    ),
    table(
      {
        id: 'shares',
        title: { fi: 'Rahoitusosuudet', sv: 'Finansieringsandelar', en: 'Funding shares' },
        description: {
          fi: 'Organisaatioiden osuudet hankkeen rahoituksesta prosentteina.',
          sv: 'Organisationernas andelar av projektets finansiering i procent.',
          en: "The organisations' shares of a project's funding, in percent.",
        },
        fields: [
          f('project_id', 'string', 'hankkeen tunniste', 'projektets id', 'project id'),
          f('organisation_id', 'string', 'organisaation tunniste', 'organisationens id', 'organisation id'),
          f('organisation', 'string', 'organisaatio', 'organisation', 'organisation'),
          f('percent', 'number', 'osuus (%)', 'andel (%)', 'share (%)'),
          SOURCE,
        ],
        count: d.funding.shares.length,
      },
      () =>
        d.funding.shares.map((s) => [
          s.projectId,
          s.organisationId,
          orgName(s.organisationId),
          s.percent,
          sourceLabel(s.source),
        ]),
    ),
    table(
      {
        id: 'municipalities',
        title: { fi: 'Kunnat', sv: 'Kommuner', en: 'Municipalities' },
        description: {
          fi: 'Alueen kunnat vuoden 2013 kuntajaolla: nimet suomeksi ja ruotsiksi, maakunta, karttapiste ja LasSe-osallistuminen.',
          sv: 'Kaste-regionens kommuner enligt kommunindelningen 2013: namn på finska och svenska, landskap, kartpunkt och deltagande i LasSe.',
          en: 'The municipalities of the Kaste area as divided in 2013: names in Finnish and Swedish, region, map point and LasSe participation.',
        },
        fields: [
          f('code', 'string', 'kuntanumero', 'kommunnummer', 'municipality code'),
          f('name_fi', 'string', 'nimi suomeksi', 'namn på finska', 'name in Finnish'),
          f('name_sv', 'string', 'nimi ruotsiksi', 'namn på svenska', 'name in Swedish'),
          f('province_id', 'string', 'maakunnan tunniste', 'landskapets id', 'province id'),
          f('province', 'string', 'maakunta', 'landskap', 'province'),
          f('lon', 'number', 'pituusaste', 'longitud', 'longitude'),
          f('lat', 'number', 'leveysaste', 'latitud', 'latitude'),
          f('lasse_joined', 'integer', 'LasSe-hankkeessa vuodesta', 'med i LasSe från', 'in LasSe from'),
        ],
        count: d.regions.municipalities.length,
      },
      () =>
        d.regions.municipalities.map((m) => [
          m.code,
          m.name.fi,
          m.name.sv,
          m.provinceId,
          lookups.provinces.get(m.provinceId)?.name[lang] ?? null,
          m.lon,
          m.lat,
          m.lasse?.joined ?? null,
        ]),
    ),
    table(
      {
        id: 'quality',
        title: { fi: 'Laatuhuomiot', sv: 'Kvalitetsanmärkningar', en: 'Quality notes' },
        description: {
          fi: 'Jokainen ristiriita ja epävarmuus, jonka aineiston koonti löysi asiakirjoista, lähderiveineen.',
          sv: 'Varje motstridighet och osäkerhet som sammanställningen hittade i dokumenten, med källrader.',
          en: 'Every discrepancy and uncertainty the build found in the documents, with source lines.',
        },
        fields: [
          f('id', 'string', 'tunniste', 'id', 'id'),
          f('severity', 'string', 'vakavuus', 'allvarlighetsgrad', 'severity', SEVERITY_LABELS),
          f('kind', 'string', 'laji', 'typ', 'kind'),
          f('project_id', 'string', 'hankkeen tunniste', 'projektets id', 'project id'),
          f('note', 'string', 'huomio', 'anmärkning', 'note'),
          f('values', 'string', 'arvot (JSON)', 'värden (JSON)', 'values (JSON)'),
          f('sources', 'string', 'lähteet', 'källor', 'sources'),
        ],
        count: d.quality.length,
      },
      () => {
        const names = qualityNames(d);
        return d.quality.map((q) => [
          q.id,
          q.severity,
          q.kind,
          q.projectId,
          qualityText(q, lang, names),
          JSON.stringify(q.values),
          q.sources.map(sourceLabel).join(' '),
        ]);
      },
    ),
    table(
      {
        id: 'events',
        title: { fi: 'Tapahtumat', sv: 'Händelser', en: 'Events' },
        description: {
          fi: 'Asiakirjojen päivätyt kokoukset, seminaarit, arvioinnit, hakukierrokset ja päätökset.',
          sv: 'Dokumentens daterade möten, seminarier, utvärderingar, ansökningsomgångar och beslut.',
          en: 'Dated meetings, seminars, evaluations, application rounds and decisions of the documents.',
        },
        fields: [
          f('id', 'string', 'tunniste', 'id', 'id'),
          f('kind', 'string', 'laji', 'typ', 'kind', EVENT_KIND_LABELS),
          f('title', 'string', 'otsikko', 'rubrik', 'title'),
          f('start', 'string', 'alkaa', 'börjar', 'start'),
          f('end', 'string', 'päättyy', 'slutar', 'end'),
          f('place', 'string', 'paikka', 'plats', 'place'),
          f('project_id', 'string', 'hankkeen tunniste', 'projektets id', 'project id'),
          SOURCE,
        ],
        count: d.events.length,
      },
      () => d.events.map((e) => [e.id, e.kind, e.title, e.start, e.end, e.place, e.projectId, sourceLabel(e.source)]),
    ),
  ];
}

/**
 * A table as a reader in `lang` gets it: coded values in words (`stated` → "ilmoitettu"); a code without a label
 * stays as it is, so nothing is lost.
 */
export function readerRows(table: DataTable, lang: Lang): CsvValue[][] {
  return table.rows.map((row) =>
    row.map((value, i) => {
      const labels = table.fields[i]?.labels;
      return typeof value === 'string' && labels?.[value] ? labels[value][lang] : value;
    }),
  );
}

/**
 * A table as CSV. The published English file has the machine field names as its header (a Data Package's CSV must);
 * the Excel file a reader downloads has the field titles in the reader's language.
 */
export function tableCsv(table: DataTable, format: CsvFormat, header: 'names' | Lang): string {
  return toCsv(
    table.fields.map((field) => (header === 'names' ? field.name : field.title[header])),
    header === 'names' ? table.rows : readerRows(table, header),
    format,
  );
}
