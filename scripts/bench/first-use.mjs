#!/usr/bin/env node
// npm run bench:first-use — what a reader on a phone waits for after their first tap. Builds two versions of the
// site, serves each like GitHub Pages, and in Chromium as a throttled phone taps a control 0.5 s and 1.5 s after the
// navigation started (or once the page has painted, if later), timing tap → the page's answer on the page's own
// clock (a tap that follows a link is timed until the page it loads shows the answer); then Lighthouse (default mobile settings) on the same pages. Every round measures base then head, action
// by action, so that a machine busy for a while weighs on both. Each version is built in its own folder under /tmp
// and removed afterwards.
//   BENCH_BASE=<rev>        the base (default HEAD)
//   BENCH_HEAD=<rev>        the head: a commit instead of the working tree
//   RUNS=3                  rounds (default 3)
//   BENCH_ACTIONS=projects-filter,map-layer    some of the actions (ids in ACTIONS)
//   BENCH_TAP_AT=500,1500   when to tap, in ms after the navigation started (default 500,1500)
//   LIGHTHOUSE=0            no Lighthouse
// The page-side functions below run in the browser: hence its globals.
/* global window, document, location, getComputedStyle, requestAnimationFrame, MutationObserver */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from '../../test/e2e/static-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/e2e/chromium.mjs';
import { uptime } from './uptime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = '/kaste-dashboard/';
const RUNS = Number(process.env.RUNS ?? 3);
const TAP_AT = (process.env.BENCH_TAP_AT ?? '500,1500').split(',').map(Number);
// Past this a tap counts as lost: a reader has tapped again or left by then.
const LOST_AFTER = 10_000;
// How long an answer must hold: a page taking over could undo what the reader saw happen.
const SETTLE = 1_000;
// A control not on the page by then is reported as not found.
const FIND_WITHIN = 8_000;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;

/**
 * What is tapped and what answers it: `target` names a control of arm() (page side), `pick` the option chosen after
 * tapping a select, `absent` why a control may be missing.
 */
const ACTIONS = [
  {
    id: 'projects-filter',
    path: 'projects/',
    target: 'filter-button',
    what: 'filter button → the filter panel’s checkboxes are visible',
  },
  {
    id: 'projects-sort',
    path: 'projects/',
    target: 'sort-header',
    what: 'first sortable column header → its aria-sort changes, or the address gets sort= on the page tapped',
  },
  {
    id: 'overview-bar',
    path: '',
    target: 'bar',
    what: 'widest bar of the first chart → a filter chip appears, or the address gets a filter on the page tapped',
  },
  {
    id: 'map-layer',
    path: 'map/',
    target: 'layer-select',
    pick: 'projects',
    what: 'layer select, option projects → layer=projects in the address, the select and legend show it',
  },
  {
    id: 'compare-years',
    path: 'compare/',
    target: 'year-select',
    absent: 'the page shows its year picker only when the data has more than two plan years',
    what: 'a year select, another year → from= or to= with it in the address, and a select shows it',
  },
  // The compare page's own action when it has no year picker.
  {
    id: 'compare-bar',
    path: 'compare/',
    target: 'bar',
    what: 'widest bar of the first chart → a filter chip appears, or the address gets a filter on the page tapped',
  },
];
const LIGHTHOUSE_PAGES = [
  ['overview', ''],
  ['projects', 'projects/'],
  ['map', 'map/'],
  ['compare', 'compare/'],
];

const onlyActions = process.env.BENCH_ACTIONS?.split(',').map((a) => a.trim());
const unknown = onlyActions?.filter((id) => !ACTIONS.some((a) => a.id === id)) ?? [];
if (unknown.length) {
  console.error(`BENCH_ACTIONS: unknown ${unknown.join(', ')}; known: ${ACTIONS.map((a) => a.id).join(', ')}`);
  process.exit(2);
}
const actions = ACTIONS.filter((a) => !onlyActions || onlyActions.includes(a.id));
const withLighthouse = process.env.LIGHTHOUSE !== '0';

// Its messages ("Preparing worktree") are noise here; a failure carries them in its own message.
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim();

// ---------------------------------------------------------------------------------------------------------------
// Building: each side in a folder of its own under /tmp, so nothing is written into the working tree.

const trees = [];

/**
 * node_modules for a copy of the project: a link to each of the repository's packages, but folders of its own for
 * what the build writes there (Vite's .vite-temp), which a build in the repository may be
 * writing at the same time.
 */
function linkPackages(tree) {
  const modules = join(tree, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules')))
    if (!entry.startsWith('.') || entry === '.bin' || entry === '.package-lock.json')
      symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
}

/** A commit checked out as a detached worktree. */
function checkout(rev, side) {
  const sha = git('rev-parse', '--verify', `${rev}^{commit}`);
  const dir = `/tmp/first-use-${side}-${sha.slice(0, 12)}`;
  if (existsSync(dir)) removeTree({ dir, worktree: true });
  git('worktree', 'add', '--detach', dir, sha);
  trees.push({ dir, worktree: true });
  linkPackages(dir);
  const commit = git('log', '-1', '--format=%h %s', sha).slice(0, 100);
  return { dir, label: sha.startsWith(rev) ? commit : `${rev} = ${commit}` };
}

/**
 * The working tree as it is now, copied (tracked and untracked files, not ignored ones): a copy rather than a build
 * in place, which would replace the repository's dist/ under whoever is working there, and a snapshot of an edit
 * that may still be under way.
 */
function snapshot(side) {
  const dir = `/tmp/first-use-${side}-worktree-${process.pid}`;
  rmSync(dir, { recursive: true, force: true });
  trees.push({ dir, worktree: false });
  const files = git('ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files)
    if (existsSync(join(root, file))) cpSync(join(root, file), join(dir, file), { preserveTimestamps: true });
  linkPackages(dir);
  const changed = git('status', '--porcelain').split('\n').filter(Boolean).length;
  return { dir, label: `working tree on ${git('log', '-1', '--format=%h', 'HEAD')} (${changed} files changed)` };
}

function removeTree({ dir, worktree }) {
  if (worktree) {
    try {
      git('worktree', 'remove', '--force', dir);
    } catch {
      // Not (or no longer) a registered worktree: the folder alone is left.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

function cleanUp() {
  for (const tree of trees.splice(0)) removeTree(tree);
}

/** Built for the origin it is served from, as canonical and hreflang addresses must be on it. */
function build({ dir }, origin) {
  execFileSync(process.execPath, [join(dir, 'scripts/site/build.mjs')], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, BASE_PATH: BASE, SITE_URL: origin, BUILD_LOG_LEVEL: 'error' },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Page side: these run in the browser.

/**
 * Runs first in every document of the tab: records when the reader's tap came, when each page painted and was
 * ready, and, once arm() has started it, watches every frame for the answer (what the reader could see painted),
 * with every change of the control's state, so that a tap undone (a select jumping back) shows. A tap may load
 * another page (a bar that is a link): the record lives in sessionStorage, on the clock of the first page, and the
 * next page's copy of this script goes on watching.
 */
function recordFirstUse() {
  const KEY = 'bench-first-use';
  let record;
  try {
    record = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    // A document without storage (the tab's first about:blank) is not measured.
    return;
  }
  const perf = window.performance;
  record ??= { origin: perf.timeOrigin, tap: null, answer: null, answered: false, history: [], pages: [] };
  const now = () => perf.timeOrigin + perf.now() - record.origin;
  // `start`: when this document's navigation started, on the first page's clock (a page the tap loaded starts late).
  const page = { url: location.href, start: perf.timeOrigin - record.origin, fcp: null, ready: null, hydrated: null };
  record.pages.push(page);
  const save = () => window.sessionStorage.setItem(KEY, JSON.stringify(record));
  save();

  window.addEventListener(
    'touchstart',
    (e) => {
      // The event's own time stamp is when the touch reached the browser, even while the page's thread is busy.
      if (!e.isTrusted || !record.watching || record.tap !== null) return;
      record.tap = perf.timeOrigin + e.timeStamp - record.origin;
      save();
    },
    { capture: true, passive: true },
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') {
        page.fcp = perf.timeOrigin + entry.startTime - record.origin;
        save();
      }
  }).observe({ type: 'paint', buffered: true });
  new MutationObserver(() => {
    const html = document.documentElement;
    for (const [mark, attribute] of [
      ['ready', 'data-ready'],
      ['hydrated', 'data-hydrated'],
    ])
      if (page[mark] === null && html?.hasAttribute(attribute)) {
        page[mark] = now();
        save();
      }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-hydrated'] });

  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const params = () => new URLSearchParams(location.search);
  const selects = () => [...document.querySelectorAll('select')];
  /**
   * The answer and the control's state, read anew each frame (the app may draw a control as a new element). The
   * address alone answers on the page tapped: a page loaded with it answers once it shows it.
   */
  const checks = {
    'filter-button': ({ panel }) => {
      const open = [...(document.getElementById(panel)?.querySelectorAll('[type=checkbox]') ?? [])].some(shown);
      return { answered: open, state: open ? 'open' : 'closed' };
    },
    // Counted among the sortable headers: other tables (a prerendered explanation's) come and go with the app.
    'sort-header': ({ index, before }, samePage) => {
      const sorted = document.querySelectorAll('thead th[aria-sort]')[index]?.getAttribute('aria-sort');
      const sort = params().get('sort');
      return {
        answered: (sorted !== undefined && sorted !== before) || (samePage && sort !== null),
        state: `${sorted}${sort ? ` sort=${sort}` : ''}`,
      };
    },
    bar: ({ chips }, samePage) => {
      const filters = ['theme', 'admin', 'province', 'year', 'kunta', 'evidence', 'cost'];
      const query = filters.filter((f) => params().has(f)).map((f) => `${f}=${params().get(f)}`);
      // Shown: a page loaded with a filter hides what it has drawn until the filter applies.
      const n = [...document.querySelectorAll('.chip')].filter(shown).length;
      return {
        answered: n > chips || (samePage && query.length > 0),
        state: `${query.join('&') || 'no filter'}, ${n} chips`,
      };
    },
    'layer-select': ({ pick, label }) => {
      const select = selects().find((s) => s.querySelector(`[value=${pick}]`));
      const legend = document.querySelector('.map-legend-title')?.textContent.trim();
      const layer = params().get('layer');
      return {
        answered: select?.value === pick && layer === pick && (legend === undefined || legend === label),
        state: `select ${select?.value}, layer=${layer ?? '-'}, legend ${legend ?? '-'}`,
      };
    },
    'year-select': ({ pick }) => {
      const [from, to] = [params().get('from'), params().get('to')];
      const values = selects().map((s) => s.value);
      return {
        answered: (from === pick || to === pick) && values.includes(pick),
        state: `selects ${values.join(' ')}, from=${from ?? '-'} to=${to ?? '-'}`,
      };
    },
  };
  const watch = () => {
    const check = checks[record.watching.kind];
    const samePage = record.pages.length - 1 === record.watching.page;
    const step = () => {
      if (record.stopped) return;
      const t = now();
      const { answered, state } = check(record.watching.params, samePage);
      // Nothing of a page is seen before it paints: until then the reader sees the page before.
      const seen = answered && page.fcp !== null;
      let changed = seen !== record.answered;
      record.answered = seen;
      if (record.history.at(-1)?.[1] !== state) {
        record.history.push([t, state]);
        changed = true;
      }
      if (seen && record.answer === null) record.answer = t;
      if (changed) save();
      requestAnimationFrame(step);
    };
    step();
  };
  if (record.watching && !record.stopped) watch();

  window.__firstUse = {
    now,
    read: () => record,
    fcp: () => page.fcp,
    watch: (kind, params) => {
      record.watching = { kind, params, page: record.pages.length - 1 };
      watch();
    },
    stop: () => {
      record.stopped = true;
      save();
      return record;
    },
  };
}

/**
 * Waits until the reader could tap (the time has come and the page has painted) and the control is on screen,
 * scrolls it into view if it is not, and starts the watch: one call, so that the tap follows without more round
 * trips to a busy page. Returns where to tap and the option to choose (a select), or null for a control not found.
 */
async function arm({ kind, pick, at, findWithin }) {
  const marks = window.__firstUse;
  const now = () => window.performance.now();
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const selects = () => [...document.querySelectorAll('select')];
  const isYear = (o) => /^\d{4}$/.test(o.value);
  const controlled = (button) => button.getAttribute('aria-controls') ?? button.getAttribute('popovertarget');
  const until = async (ok, ms) => {
    const end = now() + ms;
    while (!ok()) {
      if (now() > end) return false;
      await new Promise((done) => setTimeout(done, 10));
    }
    return true;
  };
  // The control as the reader sees it: on screen, not hidden.
  const find = {
    // The header's menu button controls something too: the filter button controls the checkboxes, by ARIA or as
    // the invoker of a popover.
    'filter-button': () =>
      [...document.querySelectorAll('button[aria-controls], button[popovertarget]')].find(
        (b) => shown(b) && document.getElementById(controlled(b))?.querySelector('[type=checkbox]'),
      ),
    'sort-header': () =>
      [...document.querySelectorAll('thead th[aria-sort] button, thead th[aria-sort] a')].find(shown),
    // A chart may be drawn several times (phone, desktop, paper) with one shown: the first drawing with a bar on
    // screen, and its widest bar, which a thumb hits.
    bar: () => {
      for (const svg of document.querySelectorAll('svg')) {
        const bars = [...svg.querySelectorAll('rect.chart-bar, rect[data-row]')].filter(
          (r) => shown(r) && r.getBoundingClientRect().width > 0,
        );
        if (bars.length)
          return bars.reduce((a, b) => (b.getBoundingClientRect().width > a.getBoundingClientRect().width ? b : a));
      }
    },
    'layer-select': () => selects().find((s) => shown(s) && s.querySelector(`[value=${pick}]`)),
    'year-select': () => selects().find((s) => shown(s) && [...s.options].some((o) => isYear(o) && !o.selected)),
  }[kind];

  await until(() => now() >= at && marks.fcp() !== null, 60_000);
  let target;
  if (!(await until(() => (target = find()), findWithin))) return null;
  const before = target.getBoundingClientRect();
  const scrolled = before.top < 0 || before.bottom > window.innerHeight;
  if (scrolled) target.scrollIntoView({ block: 'center', behavior: 'instant' });

  const params = {
    'filter-button': () => ({ panel: controlled(target) }),
    'sort-header': () => ({
      index: [...document.querySelectorAll('thead th[aria-sort]')].indexOf(target.closest('th')),
      before: target.closest('th').getAttribute('aria-sort'),
    }),
    bar: () => ({ chips: [...document.querySelectorAll('.chip')].filter(shown).length }),
    'layer-select': () => ({ pick, label: target.querySelector(`[value=${pick}]`).textContent.trim() }),
    'year-select': () => ({ pick: (pick = [...target.options].find((o) => isYear(o) && !o.selected).value) }),
  }[kind]();
  marks.watch(kind, params);
  window.__firstUseTarget = target;
  const box = target.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, scrolled, pick, armed: marks.now() };
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring.

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** The record, from whichever page the tab shows; null while it is between two. */
const readRecord = (page, finish = false) =>
  page
    .evaluate((stop) => (stop ? window.__firstUse?.stop() : window.__firstUse?.read()) ?? null, finish)
    .catch(() => null);

/** One navigation in a fresh context (empty cache) of a throttled phone, one tap. */
async function measure(browser, side, action, at) {
  const context = await browser.newContext(PHONE);
  try {
    await context.addInitScript(recordFirstUse);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // A new context starts with an empty cache; a page the tap loads finds what the first one cached, as on
    // GitHub Pages (the server sends its max-age=600).
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${side.server.url}${action.path}`, { waitUntil: 'commit', timeout: 60_000 });
    const armed = await page.evaluate(arm, { kind: action.target, pick: action.pick, at, findWithin: FIND_WITHIN });
    if (!armed) return { notFound: true, ...(await readRecord(page, true)) };

    await page.touchscreen.tap(armed.x, armed.y);
    let note = '';
    if (armed.pick) {
      const select = (await page.evaluateHandle(() => window.__firstUseTarget)).asElement();
      await select?.selectOption(armed.pick, { timeout: LOST_AFTER }).catch((e) => {
        note = `could not select ${armed.pick}: ${e.message.split('\n')[0]}`;
      });
    }
    // Polled from here, as a tap may load another page.
    const deadline = Date.now() + LOST_AFTER;
    while (Date.now() < deadline && (await readRecord(page))?.answer == null) await sleep(100);
    if ((await readRecord(page))?.answer != null) {
      // An answer before the app has taken over the page must outlast it too: taking over could undo it.
      await sleep(SETTLE);
      let readySince = null;
      const until = Date.now() + LOST_AFTER;
      while (Date.now() < until && (readySince === null || Date.now() - readySince < SETTLE)) {
        if ((await readRecord(page))?.pages.at(-1).ready != null) readySince ??= Date.now();
        await sleep(100);
      }
    }
    let record;
    for (let i = 0; i < 50 && !(record = await readRecord(page, true)); i++) await sleep(100);
    if (!record) throw new Error(`${action.id}: the page's record was lost`);

    // No touch event seen (a touch the page never received): the moment just before it was sent.
    const tap = record.tap ?? armed.armed;
    const wait = record.answer === null ? null : record.answer - tap;
    const lost = wait === null || wait > LOST_AFTER;
    const states = record.history.map(([, state]) => state);
    // Undone: the control changed and then went back to where it was, or an answer did not hold.
    const reverted =
      (states.length > 2 && states.at(-1) === states[0]) || (!lost && !record.answered) ? 'reverted' : '';
    return { ...record, tap, wait: lost ? null : wait, lost, reverted, scrolled: armed.scrolled, note };
  } finally {
    await context.close();
  }
}

const s = (ms) => (ms === null || ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const medianOrNull = (xs) => {
  const known = xs.filter((x) => x !== null && x !== undefined);
  return known.length ? median(known) : null;
};

const pageMarks = (p) =>
  `${p.start > 0 ? `started ${s(p.start)}, ` : ''}painted ${s(p.fcp)}, ready ${s(p.ready)}${p.hydrated === null ? '' : `, hydrated ${s(p.hydrated)}`}`;

/** One measurement on one line, with what the page showed when (times from the navigation start). */
function describe(r, action) {
  const [first, ...loaded] = r.pages;
  if (r.notFound)
    return `not found within ${FIND_WITHIN / 1000} s of the tap time${action.absent ? ` (${action.absent})` : ''}; ${pageMarks(first)}`;
  const history = r.history.map(([t, state]) => `${s(t)} ${state}`).join(' → ');
  return [
    `tapped ${s(r.tap)}${r.scrolled ? ' (scrolled to it)' : ''}`,
    r.lost ? 'LOST' : `answer +${Math.round(r.wait)} ms`,
    r.reverted,
    pageMarks(first),
    ...loaded.map((p) => `the tap loaded ${new URL(p.url).search || p.url}: ${pageMarks(p)}`),
    r.note,
    `[${history}]`,
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * A table cell: the median wait of the answered taps, and how many were lost, undone or loaded another page; for
 * those, when the page they loaded started and first painted, after the tap (medians).
 */
function waitCell(results) {
  const taps = results.filter((r) => !r.notFound);
  if (!taps.length) return '–';
  const answered = taps.filter((r) => !r.lost).map((r) => r.wait);
  const count = (n, what) => (n ? `${what} ${n}/${taps.length}` : '');
  const loaded = taps.filter((r) => r.pages.length > 1);
  const after = (mark) =>
    medianOrNull(loaded.map((r) => (r.pages[1][mark] === null ? null : r.pages[1][mark] - r.tap)));
  return [
    answered.length ? `${Math.round(median(answered))} ms` : '',
    count(taps.length - answered.length, 'lost'),
    count(taps.filter((r) => r.reverted).length, 'reverted'),
    loaded.length
      ? `${count(loaded.length, 'loaded a page')} (started +${Math.round(after('start'))}, painted +${Math.round(after('fcp'))} ms)`
      : '',
  ]
    .filter(Boolean)
    .join(', ');
}

const row = (cells) => `| ${cells.join(' | ')} |`;

// ---------------------------------------------------------------------------------------------------------------

const started = Date.now();
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

const sides = [];
try {
  const baseRev = process.env.BENCH_BASE || 'HEAD';
  const headRev = process.env.BENCH_HEAD;
  sides.push({ name: 'base', ...checkout(baseRev, 'base') });
  sides.push({ name: 'head', ...(headRev ? checkout(headRev, 'head') : snapshot('head')) });
  for (const side of sides) {
    side.server = await startStaticServer({ root: join(side.dir, 'dist'), base: BASE, cacheControl: 'max-age=600' });
    console.log(`building ${side.name}: ${side.label}`);
    try {
      build(side, new URL(side.server.url).origin);
    } catch {
      throw new Error(
        `the ${side.name} build failed${headRev || side.name === 'base' ? '' : ' (BENCH_HEAD=<rev> measures a commit instead)'}`,
      );
    }
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const chromiumVersion = browser.version();
  const results = new Map();
  const key = (side, action, at) => `${side.name} ${action.id} ${at}`;
  // A control missing once is missing from that build: it is not waited for again.
  const missing = new Set();
  try {
    for (let round = 1; round <= RUNS; round++)
      for (const action of actions)
        for (const at of TAP_AT)
          for (const side of sides) {
            if (missing.has(`${side.name} ${action.id}`)) continue;
            const r = await measure(browser, side, action, at);
            if (r.notFound) missing.add(`${side.name} ${action.id}`);
            const k = key(side, action, at);
            results.set(k, [...(results.get(k) ?? []), r]);
            console.log(`${round}/${RUNS} ${side.name} ${action.id} @${s(at)}: ${describe(r, action)}`);
          }
  } finally {
    await browser.close();
  }

  const lighthouseRuns = new Map();
  let lighthouseVersion = '';
  if (withLighthouse) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
    try {
      for (let round = 1; round <= RUNS; round++)
        for (const [name, path] of LIGHTHOUSE_PAGES)
          for (const side of sides) {
            const { lhr } = await lighthouse(`${side.server.url}${path}`, {
              port: chrome.port,
              logLevel: 'error',
              onlyCategories: ['performance'],
            });
            lighthouseVersion = lhr.lighthouseVersion;
            const r = {
              perf: lhr.categories.performance.score * 100,
              lcp: lhr.audits['largest-contentful-paint'].numericValue,
              tbt: lhr.audits['total-blocking-time'].numericValue,
            };
            const k = `${side.name} ${name}`;
            lighthouseRuns.set(k, [...(lighthouseRuns.get(k) ?? []), r]);
            console.log(
              `${round}/${RUNS} lighthouse ${side.name} ${name}: perf ${Math.round(r.perf)}, LCP ${Math.round(r.lcp)} ms, TBT ${Math.round(r.tbt)} ms`,
            );
          }
    } finally {
      await chrome.kill();
    }
  }

  const [base, head] = sides;
  console.log(`\n# bench:first-use, ${new Date().toISOString()}`);
  console.log(`load: ${uptime()}`);
  console.log(`base: ${base.label}\nhead: ${head.label}`);
  console.log(
    `Chromium ${chromiumVersion}, ${PHONE.viewport.width}×${PHONE.viewport.height} @${PHONE.deviceScaleFactor}x touch, CPU ${CPU_SLOWDOWN}× slower, ` +
      `${NETWORK.latency} ms latency, ${(NETWORK.downloadThroughput * 8) / 1e6} Mbps down, ${(NETWORK.uploadThroughput * 8) / 1e3} kbps up, ` +
      `empty cache (a page a tap loads finds the first page's files cached for 600 s, as GitHub Pages serves them); ${RUNS} rounds interleaved; lost: no answer within ${LOST_AFTER / 1000} s; reverted: undone before the watch ended (${SETTLE / 1000} s after the answer and after the page got ready), or changed and back`,
  );
  console.log('\nactions:');
  for (const a of actions) console.log(`  ${a.id.padEnd(16)} /${a.path}: ${a.what}`);
  console.log(
    '\ntap → answer: the first frame showing it, of a page painted (a tap that loads a page waits for it to show the ' +
      'answer); median of the answered taps. "tapped": when the tap came (later than asked when the page painted ' +
      'later); "ready": when html[data-ready] appeared on the page tapped (medians, from the navigation start)\n',
  );
  console.log(row(['action', 'tap at', 'base: answer', 'tapped', 'ready', 'head: answer', 'tapped', 'ready']));
  console.log(row(Array(8).fill('---')));
  for (const action of actions)
    for (const at of TAP_AT) {
      const cells = sides.flatMap((side) => {
        const rs = results.get(key(side, action, at)) ?? [];
        const notFound = missing.has(`${side.name} ${action.id}`) && rs.every((r) => r.notFound);
        return [
          notFound ? 'not found' : waitCell(rs),
          s(medianOrNull(rs.filter((r) => !r.notFound).map((r) => r.tap))),
          s(medianOrNull(rs.map((r) => r.pages[0].ready))),
        ];
      });
      console.log(row([action.id, s(at), ...cells]));
    }
  for (const action of actions) {
    const on = sides.filter((side) => missing.has(`${side.name} ${action.id}`)).map((side) => side.name);
    if (on.length)
      console.log(
        `\n${action.id}: control not found on ${on.join(' and ')}${action.absent ? `: ${action.absent}` : ''}`,
      );
  }

  if (withLighthouse) {
    console.log(
      `\nLighthouse ${lighthouseVersion}, default mobile (simulated throttling), median of ${RUNS}; navigation mode has no INP, hence TBT\n`,
    );
    console.log(row(['page', 'base: perf', 'LCP', 'TBT', 'head: perf', 'LCP', 'TBT']));
    console.log(row(Array(7).fill('---')));
    for (const [name] of LIGHTHOUSE_PAGES) {
      const cells = sides.flatMap((side) => {
        const rs = lighthouseRuns.get(`${side.name} ${name}`);
        return [
          String(Math.round(median(rs.map((r) => r.perf)))),
          `${Math.round(median(rs.map((r) => r.lcp)))} ms`,
          `${Math.round(median(rs.map((r) => r.tbt)))} ms`,
        ];
      });
      console.log(row([name, ...cells]));
    }
  }
  console.log(`\nend: ${uptime()}; ${((Date.now() - started) / 60000).toFixed(1)} min`);
} catch (e) {
  console.error(`bench:first-use: ${e.message}`);
  process.exitCode = 1;
} finally {
  for (const side of sides) await side.server?.close();
  cleanUp();
}
