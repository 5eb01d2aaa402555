import type { Strings } from '../types';

/** English strings of the comparison view (keys as in ../fi/compare.ts). */
export default {
  heading: 'Comparison {from}–{to}',
  intro:
    'How the {fromCount} {from} priority areas became the {toCount} {to} themes, and how both sit on the seven national Kaste theme areas. The correspondences are curated, each with a stated reason.',
  flowTitle: 'Priorities 2005–2006, {from} and {to}',
  flowSummary:
    'Of the {from} areas, {continued, spelled} {continued, plural, one {continues} other {continue}} under the same name, {renamed, spelled} under a new name and {dropped, spelled} {dropped, plural, one {ends} other {end}}; {to} adds {new, plural, one {{new, spelled} new theme} other {{new, spelled} new themes}}.',
  'col.pohjanmaa-2005-2006': 'Ostrobothnia (SONet BOTNIA) 2005–2006',
  'col.plan': 'Väli-Suomi {year}',
  'col.national': 'Kaste, national',
  'change.continued': 'continued',
  'change.renamed': 'renamed',
  'change.dropped': 'dropped',
  'change.new': 'new',
  legendContinued: 'Solid line: the theme continues under the same name',
  legendRenamed: 'Dashed line: the theme continues under a new name',
  earlierNote:
    'The 2005–2006 priorities of the Ostrobothnian regions (SONet BOTNIA) have no direct successor among the {from} areas in the sources; they relate to them through the national theme areas (table below).',
  reason: 'Reason',
  nationalTitle: "Väli-Suomi's themes and the national theme areas",
  nationalSummary:
    'Of the seven national theme areas, {coveredFrom} appear in the {from} plan and {coveredTo} in the {to} plan.',
  perThemeTitle: 'Projects per theme, {from} and {to}',
  perThemeSummary:
    'In {from} there {nFrom, plural, one {is # project} other {are # projects}} in {fromCount} areas; in {to}, {nTo} in {toCount} themes.',
  perNationalTitle: 'Projects per national theme area',
  perNationalSummary:
    '{leaders, plural, one {In {to} the most projects are in {top} ({count, plural, one {# project} other {# projects}}).} other {In {to} the most projects are in {top}, {count, plural, one {# project} other {# projects}} each.}} A project can count in several areas.',
  provincesTitle: 'Projects per region, {from} and {to}',
  provincesSummary: 'A project counts in every region it works in.',
  adminsTitle: 'Lead organisations in {from} and {to}',
  adminsSummary:
    '{both, plural, one {# lead organisation is} other {# lead organisations are}} active in both years, {onlyFromCount} only in {from} and {onlyToCount} only in {to}.',
  both: 'Both years',
  onlyFrom: 'Only {from}',
  onlyTo: 'Only {to}',
  continuingTitle: 'Continuing projects',
  continuingSummary:
    '{count, plural, one {# project of the {from} plan continues} other {# projects of the {from} plan continue}} in the {to} plan.',
  continuingOther:
    'In addition, {count, plural, one {# project outside the plans continues} other {# projects outside the plans continue}} in the {to} plan.',
  colFrom: 'Project',
  colTo: 'Successor',
  colAdmins: 'Lead organisation',
  colCostFrom: 'Costs {from}',
  colTheme: 'Theme',
  colYear: 'Year',
  colProvince: 'Region',
  colNational: 'National theme area',
  colChange: 'Change',
  colGroup: 'Group',
  colCount: 'Count',
  colNames: 'Lead organisations',
  projects: '{count, plural, one {# project} other {# projects}}',
  yearsLegend: 'Years compared',
  fromLabel: 'Earlier year',
  toLabel: 'Later year',
  none: '—',
} satisfies Strings<'compare'>;
