/**
 * Whether an event's date is one a document writes without its year (--MM-DD or --MM, ISO 8601's form without a
 * year): such a date is shown as written and has no place on a year axis. Kept apart from schema.ts, so a page that
 * only reads dates does not load the validator.
 */
export const isYearless = (bound: string) => bound.startsWith('--');
