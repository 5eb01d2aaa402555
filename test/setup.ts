import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { LANGS, loadStrings } from '../src/i18n';

// The app loads one language's strings before it renders; tests switch languages freely, so all three are here.
await Promise.all(LANGS.map(loadStrings));

// findBy…/waitFor return as soon as the content is there; this is only how long they keep trying before failing.
// A lazily loaded view is transformed on its first import, which takes seconds when a dev server shares the CPU.
configure({ asyncUtilTimeout: 15_000 });

// In jsdom (a test may run in node instead, without a page), which applies no media queries:
if (typeof window !== 'undefined') {
  // As on a desktop, the filter panel (a popover on a phone) stands in the page, as src/projects/table.css has it.
  const desktop = document.createElement('style');
  desktop.textContent = '.filter-panel[popover] { display: block !important; }';
  document.head.append(desktop);
}

// The files of a worker share one page (vite.config.ts: no isolation): what a test marked on <html> (the app's ready
// mark, a language) is taken away after it, so the next file starts from a fresh page's <html>.
if (typeof window !== 'undefined') {
  const { afterEach } = await import('vitest');
  afterEach(() => {
    const html = document.documentElement;
    for (const { name } of [...html.attributes]) html.removeAttribute(name);
  });
}
