import { localPhrase, projectName, projectRendering } from '../data/names';
import type { Dataset, EventKind, SourceRef } from '../data/schema';
import type { Lang } from '../i18n/format';

/** The span the timeline draws: the Vaasa family centre's predecessor (2004) to the last related project (2017). */
export const FIRST_YEAR = 2004;
export const LAST_YEAR = 2017;

export type Lane = 'phase' | 'project' | 'linked' | 'event';

export interface TimelineItem {
  key: string;
  lane: Lane;
  name: string;
  /** Language of the name where it is a project's (a Swedish name on a Finnish page). */
  lang: 'fi' | 'sv' | null;
  /** What follows the name in the page's language: an event's place and time after its untranslated title. */
  rest: string;
  /** The dashboard's rendering of a name left as written, shown beside it in the table. */
  rendering: string | null;
  start: string | null;
  end: string | null;
  /** The project in projects.json the item is (project lane) or belongs to (linked, event). */
  projectId: string | null;
  /** Linked projects: how they relate to their project. Events: what kind they are. */
  relation: 'predecessor' | 'successor' | 'related' | null;
  eventKind: EventKind | null;
  source: SourceRef;
}

export interface Timeline {
  items: TimelineItem[];
  /** Projects passing the filters for which no document gives a period. */
  undatedProjects: number;
}

/**
 * A document's date as a position in years: the start of the year, month or day for a start, its end for an end.
 * "2008" → 2008 (start) or 2009 (end); "2007-09" → 2007.667 (start) or 2007.75 (end).
 *
 * @example yearPosition('2007-09', 'start') // 2007 + 8/12
 */
export function yearPosition(bound: string, side: 'start' | 'end'): number {
  const [y, m, d] = bound.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return side === 'start' ? y : y + 1;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d === undefined) return y + (side === 'start' ? m - 1 : m) / 12;
  return y + (m - 1) / 12 + (side === 'start' ? d - 1 : d) / daysInMonth / 12;
}

const capitalised = (label: string, lang: Lang) =>
  lang === 'fi' ? label : label.charAt(0).toLocaleUpperCase(lang) + label.slice(1);

/**
 * What the timeline shows for the projects passing the shared filters: the programme's phases, each project's period
 * followed by its predecessor, successor and related projects, and dated events. Events of a project follow its
 * filter; the programme's own events and phases always show.
 */
export function buildTimeline(
  d: Pick<Dataset, 'programme' | 'events' | 'details' | 'projects'>,
  visibleProjectIds: ReadonlySet<string>,
  lang: Lang = 'fi',
): Timeline {
  const items: TimelineItem[] = d.programme.phases.map((p) => ({
    key: `phase-${p.id}`,
    lane: 'phase',
    name: p.name,
    lang: null,
    rest: '',
    rendering: null,
    start: p.start,
    end: p.end,
    projectId: null,
    relation: null,
    eventKind: null,
    source: p.source,
  }));
  const linkedOf = new Map(d.details.map((x) => [x.projectId, x.linked]));
  const byId = new Map(d.projects.map((p) => [p.id, p]));
  const visible = d.projects.filter((p) => visibleProjectIds.has(p.id));
  const dated = visible
    .filter((p) => p.period)
    .sort((a, b) => yearPosition(a.period!.start, 'start') - yearPosition(b.period!.start, 'start'));
  const shown = new Set(dated.map((p) => p.id));
  for (const p of dated) {
    items.push({
      key: `project-${p.id}`,
      lane: 'project',
      name: projectName(p, lang),
      lang: projectName(p, lang) === p.name ? p.language : null,
      rest: '',
      rendering: projectRendering(p, lang),
      start: p.period!.start,
      end: p.period!.end,
      projectId: p.id,
      relation: null,
      eventKind: null,
      source: p.period!.source,
    });
    (linkedOf.get(p.id) ?? [])
      // A linked project that is itself a dated bar already has its own row.
      .filter((l) => !(l.projectId && shown.has(l.projectId)))
      .forEach((l, i) => {
        const own = l.projectId ? byId.get(l.projectId) : undefined;
        const rendering = lang === 'fi' ? null : (l.translation?.[lang] ?? (own ? projectRendering(own, lang) : null));
        items.push({
          key: `linked-${p.id}-${i}`,
          lane: 'linked',
          name: l.name,
          // As a Finnish document names it.
          lang: 'fi',
          rest: '',
          // A rendering that only repeats the name is none.
          rendering: rendering === l.name ? null : rendering,
          start: l.start,
          end: l.end,
          projectId: p.id,
          relation: l.relation,
          eventKind: null,
          source: l.source,
        });
      });
  }
  for (const e of d.events) {
    if (e.projectId && !visibleProjectIds.has(e.projectId)) continue;
    const title = localPhrase(e.title, e.titleTranslation, lang);
    const place = e.place === null ? null : localPhrase(e.place, e.placeTranslation, lang);
    // An untranslated title that is a project's name gets the project's rendering; an untranslated title keeps its
    // translated place apart from it, so only the title is marked Finnish ("Välittäjä 2009" and ", Vasa").
    const named = title.lang ? d.projects.find((p) => p.name === e.title) : undefined;
    const split = title.lang !== undefined && !place?.lang;
    const whereWhen = [place?.text, e.time].filter(Boolean).join(', ');
    items.push({
      key: `event-${e.id}`,
      lane: 'event',
      // Where and when the document says it took place belong to what a reader sees of the event; a label starts
      // with a capital in Swedish and English, as the other labels do (a Finnish list item may start lower-case).
      name: split ? e.title : capitalised([title.text, whereWhen].filter(Boolean).join(', '), lang),
      // An untranslated title or place leaves the name Finnish: marked so on another language's page.
      lang: title.lang ?? place?.lang ?? null,
      rest: split && whereWhen ? `, ${whereWhen}` : '',
      rendering: named ? projectRendering(named, lang) : null,
      start: e.start,
      end: e.end,
      projectId: e.projectId,
      relation: null,
      eventKind: e.kind,
      source: e.source,
    });
  }
  return { items, undatedProjects: visible.length - dated.length };
}
