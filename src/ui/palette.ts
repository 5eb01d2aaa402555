/**
 * Okabe–Ito, the colour-blind-safe qualitative palette, as CSS variables (charts.css sets a lighter variant
 * for dark mode). Segments are also separated by an outline and named in tooltips and tables, so no
 * information is carried by colour alone.
 */
export const SERIES = Array.from({ length: 7 }, (_, i) => `var(--series-${i + 1})`);

export const seriesColour = (index: number) => SERIES[index % SERIES.length]!;
