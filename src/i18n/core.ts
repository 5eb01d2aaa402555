import { messagesOf, type MessageKey } from './messages';
import type { Lang } from './format';
import { interpolate, type Vars } from './plural';

/**
 * The translation core: languages, number and date formats, plurals, catalogues and the shell's strings, with no
 * React and no store, so data/ and scripts/ (the data build) can use it. Components reach it and the hooks
 * (./hooks) through ./index.
 */
export * from './format';
export type { MessageKey };
export { loadMessages, withMessages } from './messages';
export { lazyCatalogue, stringsOf, type LazyCatalogue, type Strings } from './catalogue';
export { counted, interpolate, pickPlural, type PluralForms, type Vars } from './plural';

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return interpolate(lang, messagesOf(lang)[key], vars);
}
