import type { Lang } from './format';
import type { MessageKey, Messages } from './messages/fi';
import { cataloguesLoaded, lazyCatalogue, loadCatalogues, stringsOf } from './catalogue';

export type { MessageKey, Messages };

/**
 * The shell's strings, a catalogue like every other (catalogue.ts): a page downloads only its own language's before
 * it hydrates (main.tsx), and another language's when the reader switches to it (the store waits for them).
 */
const shellMessages = lazyCatalogue<MessageKey>({
  fi: () => import('./messages/fi'),
  sv: () => import('./messages/sv'),
  en: () => import('./messages/en'),
});

/** Loads a language's strings: the shell's and every feature catalogue's registered so far. */
export const loadMessages = (lang: Lang): Promise<void> => loadCatalogues(lang);

/** Runs `apply` once the language's strings are here: at once when they are, so a switch between loaded languages stays one render. */
export function withMessages(lang: Lang, apply: () => void): void {
  if (cataloguesLoaded(lang)) apply();
  else
    loadMessages(lang).then(apply, (error: unknown) =>
      console.error(`Strings for language ${lang} could not be loaded:`, error),
    );
}

export const messagesOf = (lang: Lang): Messages => stringsOf(shellMessages, lang);
