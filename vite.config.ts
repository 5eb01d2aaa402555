import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { siteConfig } from './scripts/config.mjs';

const config = siteConfig();

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Same-origin only, no inline scripts. Added to the production build; the dev server needs inline HMR code. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Tests that read the source documents in ../shared (parsers on the real documents, the data build and its drift
 * check against the committed JSON, fault injection, the boundary file): every test file that names `../shared/`,
 * itself or through a test helper it imports.
 * A fork or a CI checkout without that folder runs everything else and tests the committed data as it is; the run
 * says what it left out and why.
 */
function sourceTests(dir: string): string[] {
  return readdirSync(resolve(__dirname, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceTests(path);
    return /\.test\.tsx?$/.test(entry.name) && readsShared(path) ? [path] : [];
  });
}

/** Whether a test file names `../shared/`, or a test helper it imports does (test/unit/seedMutations.ts). */
function readsShared(path: string, seen = new Set<string>()): boolean {
  if (seen.has(path) || !existsSync(resolve(__dirname, path))) return false;
  seen.add(path);
  const text = readFileSync(resolve(__dirname, path), 'utf8');
  if (text.includes('../shared/')) return true;
  return [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].some(([, spec]) => {
    const target = relative(__dirname, resolve(__dirname, dirname(path), spec!));
    return [target, `${target}.ts`, `${target}.tsx`].some(
      (file) => file.startsWith('test/') && /\.tsx?$/.test(file) && readsShared(file, seen),
    );
  });
}

function sourceTestsToSkip(): string[] {
  if (process.env.VITEST !== 'true' || existsSync(resolve(__dirname, '../shared/seeds'))) return [];
  const skipped = ['scripts', 'test/unit', 'src'].flatMap(sourceTests);
  console.warn(
    `Skipped ${skipped.join(', ')}: ../shared/seeds (the source documents) is not beside the repository, so the documents cannot be parsed and the data cannot be rebuilt and compared with public/data (no drift check); the committed data is tested as it is.`,
  );
  return skipped;
}

export default defineConfig({
  // GitHub Pages serves project sites under /<repo>/; BASE_PATH lets the same build run there and at /.
  base: config.base,
  // The published origin and the accessibility statement's feedback channel (src/data/config.ts).
  define: {
    'import.meta.env.VITE_SITE_URL': JSON.stringify(config.siteUrl),
    'import.meta.env.VITE_REPOSITORY_URL': JSON.stringify(config.repositoryUrl ?? ''),
    'import.meta.env.VITE_FEEDBACK_EMAIL': JSON.stringify(config.feedbackEmail ?? ''),
  },
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Without Vite's preload helper: it added a link element per dependency of every dynamic import, a long task
    // inside the page's start at 4× CPU (docs/benchmarks.md); the browser fetches a module's imports itself.
    modulePreload: false,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', ...sourceTestsToSkip()],
    testTimeout: 20000,
  },
});
