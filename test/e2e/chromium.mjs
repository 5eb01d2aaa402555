// The one Chromium of the tests and benchmarks: Debian's (CHROMIUM_PATH overrides it) with the same flags for
// Playwright (test/e2e/browser.ts, bench:bundle, bench:scale) and Lighthouse (bench:lighthouse, bench:peer), so their
// figures come from the same browser set-up. No GPU, no sandbox (containers), and none of Chromium's own background
// traffic (updates, sync, QUIC probes) beside the page being measured.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
