import type { Lang } from '../i18n/format';

/**
 * Small counts written as words, as the comparison's prose does ("neljä painopistealuetta", "kuudella teemalla",
 * "de sex temana"), so that a plan with a different number of themes reads right. Finnish needs the case the
 * sentence governs; Swedish and English do not inflect. Outside 2–10 the digits are written.
 */
export type FinnishCase = 'nominative' | 'translative' | 'adessive';

const FI: Record<FinnishCase, string[]> = {
  nominative: ['kaksi', 'kolme', 'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän', 'kymmenen'],
  translative: [
    'kahdeksi',
    'kolmeksi',
    'neljäksi',
    'viideksi',
    'kuudeksi',
    'seitsemäksi',
    'kahdeksaksi',
    'yhdeksäksi',
    'kymmeneksi',
  ],
  adessive: [
    'kahdella',
    'kolmella',
    'neljällä',
    'viidellä',
    'kuudella',
    'seitsemällä',
    'kahdeksalla',
    'yhdeksällä',
    'kymmenellä',
  ],
};
const SV = ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'];
const EN = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function countWord(lang: Lang, n: number, finnishCase: FinnishCase = 'nominative'): string {
  const words = lang === 'fi' ? FI[finnishCase] : lang === 'sv' ? SV : EN;
  return words[n - 2] ?? String(n);
}
