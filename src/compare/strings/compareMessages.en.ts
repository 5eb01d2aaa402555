import type { Key } from '../messages';

/** English strings of `compareMessages` (keys as in ../messages.ts). */
export default {
  heading: 'Comparison 2008–2009',
  intro:
    'How the four 2008 priority areas became the six 2009 themes, and how both sit on the seven national KASTE theme areas. The correspondences are curated, each with a stated reason.',
  flowTitle: 'Priorities 2005–2006, 2008 and 2009',
  flowSummary:
    'Of the 2008 areas, {continued} {continued, plural, one {continues} other {continue}} under the same name, {renamed} under a new name and {dropped} {dropped, plural, one {ends} other {end}}; 2009 adds {new, plural, one {# new theme} other {# new themes}}.',
  'col.pohjanmaa-2005-2006': 'Pohjanmaa 2005–2006',
  'col.plan-2008': 'Väli-Suomi 2008',
  'col.plan-2009': 'Väli-Suomi 2009',
  'col.national': 'KASTE, national',
  'change.continued': 'continued',
  'change.renamed': 'renamed',
  'change.dropped': 'dropped',
  'change.new': 'new',
  legendContinued: 'Solid line: the theme continues under the same name',
  legendRenamed: 'Dashed line: the theme continues under a new name',
  earlierNote:
    'The 2005–2006 Pohjanmaa priorities have no direct successor among the 2008 areas in the sources; they relate to them through the national theme areas (table below).',
  reason: 'Reason',
  nationalTitle: 'Regional themes on the national theme areas',
  nationalSummary:
    'Of the seven national theme areas, {covered2008} appear in the 2008 plan and {covered2009} in the 2009 plan.',
  perThemeTitle: 'Projects per theme, 2008 and 2009',
  perThemeSummary:
    'In 2008 there {y2008, plural, one {is # project} other {are # projects}} in four areas; in 2009, {y2009} in six themes.',
  perNationalTitle: 'Projects per national theme area',
  perNationalSummary:
    '{leaders, plural, one {In 2009 the most projects are in {top} ({count, plural, one {# project} other {# projects}}).} other {In 2009 the most projects are in {top}, {count, plural, one {# project} other {# projects}} each.}} A project can count in several areas.',
  provincesTitle: 'Projects per province, 2008 and 2009',
  provincesSummary: 'A project counts in every province it works in.',
  adminsTitle: 'Administrators in 2008 and 2009',
  adminsSummary:
    '{both, plural, one {# administrator is} other {# administrators are}} active in both years, {only2008} only in 2008 and {only2009} only in 2009.',
  both: 'Both years',
  only2008: 'Only 2008',
  only2009: 'Only 2009',
  continuingTitle: 'Continuing projects',
  continuingSummary:
    '{count, plural, one {# project of the 2008 plan continues} other {# projects of the 2008 plan continue}} in the 2009 plan.',
  continuingOther:
    'In addition, {count, plural, one {# project outside the plans continues} other {# projects outside the plans continue}} in the 2009 plan.',
  colFrom: 'Project',
  colTo: 'Successor',
  colAdmins: 'Administrator',
  colCost2008: 'Costs 2008',
  colTheme: 'Theme',
  colYear: 'Year',
  colProvince: 'Province',
  colNational: 'National theme area',
  colChange: 'Change',
  colGroup: 'Group',
  colCount: 'Count',
  colNames: 'Administrators',
  projects: '{count, plural, one {# project} other {# projects}}',
  none: '—',
} satisfies Record<Key, string>;
