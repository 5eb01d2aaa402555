import type { Lang } from './format';
import type { MessageKey, Messages } from './messages/fi';
import { cataloguesLoaded, loadCatalogues } from './catalogue';

export type { MessageKey, Messages };

/**
 * The shell's strings, one module per language: a page downloads only its own language's, before it hydrates
 * (main.tsx), and another language's when the reader switches to it (the store waits for them).
 */
const LOADERS: Record<Lang, () => Promise<{ default: Messages }>> = {
  fi: () => import('./messages/fi'),
  sv: () => import('./messages/sv'),
  en: () => import('./messages/en'),
};

const loaded: Partial<Record<Lang, Messages>> = {};
const loading: Partial<Record<Lang, Promise<void>>> = {};

/** Loads a language's strings: the shell's and every feature catalogue's (i18n/catalogue.ts) registered so far. */
export function loadMessages(lang: Lang): Promise<void> {
  return Promise.all([loadShell(lang), loadCatalogues(lang)]).then(() => undefined);
}

function loadShell(lang: Lang): Promise<void> {
  if (loaded[lang]) return Promise.resolve();
  return (loading[lang] ??= LOADERS[lang]().then(
    (m) => {
      loaded[lang] = m.default;
    },
    (error: unknown) => {
      delete loading[lang];
      throw error;
    },
  ));
}

/** Runs `apply` once the language's strings are here: at once when they are, so a switch between loaded languages stays one render. */
export function withMessages(lang: Lang, apply: () => void): void {
  if (loaded[lang] && cataloguesLoaded(lang)) apply();
  else
    loadMessages(lang).then(apply, (error: unknown) =>
      console.error(`Strings for language ${lang} could not be loaded:`, error),
    );
}

export function messagesOf(lang: Lang): Messages {
  const messages = loaded[lang];
  if (!messages) throw new Error(`The ${lang} strings are used before loadMessages('${lang}') finished`);
  return messages;
}
