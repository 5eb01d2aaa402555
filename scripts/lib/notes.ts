/**
 * A harmless variation a parser accepted and users should know about (a page-break line inside a table, a theme
 * heading worded differently from the list). The normaliser turns each into a quality note naming the line.
 */
export type ParseNote =
  | { kind: 'page-break-line'; line: number; values: { written: string } }
  | { kind: 'theme-heading-variant'; line: number; values: { written: string; planYear: number; order: number } }
  | { kind: 'lost-hyphen'; line: number; values: { written: string; read: string } };
