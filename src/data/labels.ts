import type { Lookups, ProjectRow } from './rows';
import type { Administrator, Project } from './schema';
import { formatDateSpan, formatMoney, translate, type Lang } from '../i18n/core';
import { organisationName, provinceName } from './names';

export const themeLabel = (row: ProjectRow, lang: Lang) => row.theme?.name[lang] ?? '';

/** The administrator's organisation in the reader's language (Vasa, Korsholm); the written name if it has none. */
export function administratorName(a: Administrator, lang: Lang, l: Lookups): string {
  const org = l.organisations.get(a.organisationId);
  return org ? organisationName(org, lang) : a.name;
}

/** "Kauhajoki (?)" for an uncertain administrator. */
export const administratorLabel = (a: Administrator, lang: Lang, l: Lookups) =>
  `${administratorName(a, lang, l)}${a.certainty === 'uncertain' ? ' (?)' : ''}`;

export function administratorsLabel(project: Project, lang: Lang, l: Lookups): string {
  if (project.administratorStatus === 'unknown') return translate(lang, 'admin.unknown');
  if (project.administratorStatus === 'blank') return '';
  return project.administrators.map((a) => administratorLabel(a, lang, l)).join(', ');
}

export const provincesLabel = (row: ProjectRow, lang: Lang, l: Lookups) =>
  row.provinceIds
    .map((id) => {
      const p = l.provinces.get(id);
      return p ? provinceName(p, lang) : id;
    })
    .join(', ');

export const costLabel = (row: ProjectRow, lang: Lang) => (row.cost === null ? '—' : formatMoney(lang, row.cost));

export function periodLabel(project: Project, lang: Lang): string {
  if (!project.period) return '';
  return formatDateSpan(lang, project.period.start, project.period.end);
}

export function sortLabels(lang: Lang, l: Lookups) {
  return {
    theme: (r: ProjectRow) => themeLabel(r, lang),
    administrators: (r: ProjectRow) => administratorsLabel(r.project, lang, l),
    provinces: (r: ProjectRow) => provincesLabel(r, lang, l),
  };
}
