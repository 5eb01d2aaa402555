/** The stems of the Finnish month names, January first ("tammi" + "kuu", "tammikuuta", "tammikuussa"). */
export const FINNISH_MONTH_STEMS = [
  'tammi',
  'helmi',
  'maalis',
  'huhti',
  'touko',
  'kesä',
  'heinä',
  'elo',
  'syys',
  'loka',
  'marras',
  'joulu',
] as const;
