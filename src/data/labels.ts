import type { Lookups, ProjectRow } from './rows';
import type { Administrator, Project } from './schema';
import { formatDate, formatMoney, translate, type Lang } from '../i18n';

export const themeLabel = (row: ProjectRow, lang: Lang) => row.theme?.name[lang] ?? '';

/** "Kauhajoki (?)" for an uncertain administrator, the name as written otherwise. */
export const administratorLabel = (a: Administrator) => (a.certainty === 'uncertain' ? `${a.name} (?)` : a.name);

export function administratorsLabel(project: Project, lang: Lang): string {
  if (project.administratorStatus === 'unknown') return translate(lang, 'admin.unknown');
  if (project.administratorStatus === 'blank') return '';
  return project.administrators.map(administratorLabel).join(', ');
}

export const provincesLabel = (row: ProjectRow, lang: Lang, l: Lookups) =>
  row.provinceIds.map((id) => l.provinces.get(id)?.name[lang] ?? id).join(', ');

export const costLabel = (row: ProjectRow, lang: Lang) => (row.cost === null ? '—' : formatMoney(lang, row.cost));

export function periodLabel(project: Project, lang: Lang): string {
  if (!project.period) return '';
  return `${formatDate(lang, project.period.start)}–${formatDate(lang, project.period.end)}`;
}

export function sortLabels(lang: Lang, l: Lookups) {
  return {
    theme: (r: ProjectRow) => themeLabel(r, lang),
    administrators: (r: ProjectRow) => administratorsLabel(r.project, lang),
    provinces: (r: ProjectRow) => provincesLabel(r, lang, l),
  };
}
