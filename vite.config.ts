import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
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

const ISOLATED = ['src/data-page/DataPage.test.tsx', 'src/ui/BarChart.test.tsx'];

export default defineConfig({
  // GitHub Pages serves project sites under /<repo>/; BASE_PATH lets the same build run there and at /.
  base: config.base,
  // The published origin and the accessibility statement's feedback channel (src/data/config.ts).
  define: {
    'import.meta.env.VITE_SITE_URL': JSON.stringify(config.siteUrl),
    'import.meta.env.VITE_REPOSITORY_URL': JSON.stringify(config.repositoryUrl ?? ''),
    'import.meta.env.VITE_FEEDBACK_EMAIL': JSON.stringify(config.feedbackEmail ?? ''),
    'import.meta.env.VITE_SERVICE_OWNER': JSON.stringify(config.serviceOwner ?? ''),
  },
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The entry script asks for all of a page's modules at once; Vite's helper would add a link per dependency of
    // every dynamic import inside the page's start (docs/decisions/no-module-preload.md).
    modulePreload: false,
  },
  test: {
    setupFiles: ['./test/setup.ts'],
    testTimeout: 20000,
    // A worker per core: Vitest's default, a core less than the machine has, runs the files one at a time on 2 cores.
    maxWorkers: availableParallelism(),
    // The data build's tests need no DOM: setting one up for each of their files was a third of the suite's time.
    projects: [
      // The app's files share a worker's page and modules: setting up jsdom and React for each file was half of
      // their time. A file that needs a fresh module state of its own (a cached fetch, a chart library once loaded)
      // runs isolated in 'app-isolated'.
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'app-isolated', environment: 'jsdom', include: ISOLATED } },
      {
        extends: true,
        test: { name: 'build', environment: 'node', include: ['scripts/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
