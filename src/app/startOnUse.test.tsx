import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { canWait, holdUse } from './startOnUse';

// act() flushes the hydration and the replayed updates before each assertion.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let roots: Root[] = [];
afterEach(() => {
  act(() => roots.forEach((r) => r.unmount()));
  roots = [];
  document.body.replaceChildren();
  document.head.replaceChildren();
});

function Page({
  onClick,
  onSearch,
  onKey,
}: {
  onClick: () => void;
  onSearch: (v: string) => void;
  onKey: (k: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [split, setSplit] = useState('hanke');
  return (
    <main>
      {['hanke', 'hallinnoija'].map((v) => (
        <label key={v}>
          <input type="radio" name="split" value={v} checked={split === v} onChange={() => setSplit(v)} />
          {v}
        </label>
      ))}
      <output>{split}</output>
      <button type="button" onClick={onClick}>
        Näytä
      </button>
      <a href="#muualle">linkki</a>
      <label>
        <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
        {open ? 'auki' : 'kiinni'}
      </label>
      <input
        aria-label="haku"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          onSearch(e.target.value);
        }}
      />
      <button type="button" className="map" onKeyDown={(e) => onKey(e.key)}>
        kartta
      </button>
    </main>
  );
}

const checkboxLabel = (root: HTMLElement) => root.querySelector('input[type=checkbox]')!.closest('label')!.textContent;

/** The page prerendered into #root, as the build writes it, and its handlers. */
function prerendered() {
  const handlers = { onClick: vi.fn(), onSearch: vi.fn(), onKey: vi.fn() };
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = renderToString(<Page {...handlers} />);
  document.body.append(root);
  return { root, handlers, hydrate: () => act(() => void roots.push(hydrateRoot(root, <Page {...handlers} />))) };
}

describe('holding the reader’s first actions until the app has taken over', () => {
  it('resolves `used` on the first pointer over the page, touch, key or focus', async () => {
    for (const event of [
      new PointerEvent('pointerover', { bubbles: true }),
      new FocusEvent('focusin', { bubbles: true }),
    ]) {
      const { root } = prerendered();
      const use = holdUse(root);
      let used = false;
      void use.used.then(() => (used = true));
      await Promise.resolve();
      expect(used).toBe(false);
      root.querySelector('button')!.dispatchEvent(event);
      await use.used;
      use.release(false);
      root.remove();
    }
  });

  it('does a click on a control and a key once the page is hydrated, each once, and tells it of a ticked checkbox', async () => {
    const { root, handlers, hydrate } = prerendered();
    const use = holdUse(root);
    const button = root.querySelector('button')!;
    const checkbox = root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    button.click();
    checkbox.click();
    root.querySelector('button.map')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    // The checkbox ticks at once, as the reader expects; the app hears of it once it is there.
    expect(checkbox.checked).toBe(true);
    hydrate();
    expect(checkboxLabel(root)).toBe('kiinni');
    expect(handlers.onClick).not.toHaveBeenCalled();
    act(() => use.release(true));
    expect(handlers.onClick).toHaveBeenCalledTimes(1);
    expect(handlers.onKey).toHaveBeenCalledWith('ArrowRight');
    expect(checkbox.checked).toBe(true);
    expect(checkboxLabel(root)).toBe('auki');
  });

  it('hands what the reader typed before hydration to the app as a change', () => {
    const { root, handlers, hydrate } = prerendered();
    const use = holdUse(root);
    const field = root.querySelector<HTMLInputElement>('input[aria-label=haku]')!;
    field.value = 'Vaasa';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    hydrate();
    act(() => use.release(true));
    expect(handlers.onSearch).toHaveBeenCalledWith('Vaasa');
    expect(field.value).toBe('Vaasa');
  });

  it('lets a link lead to its page', () => {
    const { root } = prerendered();
    holdUse(root);
    const link = root.querySelector('a')!;
    const followed = vi.fn((e: Event) => e.preventDefault());
    link.addEventListener('click', followed);
    link.click();
    expect(followed).toHaveBeenCalledTimes(1);
  });

  it('does the held clicks the browser’s way on a page that stays static', () => {
    const { root } = prerendered();
    const use = holdUse(root);
    const details = document.createElement('details');
    details.innerHTML = '<summary>Lähteet</summary>rivit 94–102';
    root.append(details);
    details.querySelector('summary')!.click();
    expect(details.open).toBe(false);
    use.release(false);
    expect(details.open).toBe(true);
  });

  it('tells the app of the radio the reader chose', () => {
    const { root, hydrate } = prerendered();
    const use = holdUse(root);
    const chosen = root.querySelector<HTMLInputElement>('input[value=hallinnoija]')!;
    chosen.click();
    hydrate();
    expect(root.querySelector('output')!.textContent).toBe('hanke');
    act(() => use.release(true));
    expect(root.querySelector('output')!.textContent).toBe('hallinnoija');
    expect(chosen.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[value=hanke]')!.checked).toBe(false);
  });

  it('tells the app nothing of a checkbox ticked and unticked again before it came', () => {
    const { root, hydrate } = prerendered();
    const use = holdUse(root);
    const checkbox = root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    checkbox.click();
    checkbox.click();
    hydrate();
    act(() => use.release(true));
    expect(checkbox.checked).toBe(false);
    expect(checkboxLabel(root)).toBe('kiinni');
  });

  it('holds nothing after its release', () => {
    const { root, handlers, hydrate } = prerendered();
    const use = holdUse(root);
    hydrate();
    act(() => use.release(true));
    act(() => root.querySelector('button')!.click());
    expect(handlers.onClick).toHaveBeenCalledTimes(1);
  });
});

describe('whether a page can wait for its reader as prerendered', () => {
  function page(canonical: string | null, digest: string | null, content = true) {
    document.head.innerHTML =
      (canonical ? `<link rel="canonical" href="${canonical}">` : '') +
      (digest ? `<meta name="data-digest" content="${digest}">` : '');
    document.body.innerHTML = `<div id="root">${content ? '<main></main>' : ''}</div>`;
  }
  const at = (pathname: string, search = '') => ({ pathname, search });
  const fetched = (digest: string | null) => (builtFrom: string | undefined) => builtFrom === digest;

  it('waits on the prerendered page of this address, built from the data it fetched', () => {
    page('https://example.org/kaste/projects/', 'abc');
    expect(canWait(document, at('/kaste/projects/'), fetched('abc'))).toBe(true);
  });

  it('starts at once for a query, another path, changed or missing data, or an empty page', () => {
    page('https://example.org/kaste/projects/', 'abc');
    expect(canWait(document, at('/kaste/projects/', '?teema=3'), fetched('abc'))).toBe(false);
    expect(canWait(document, at('/kaste/projects/index.html'), fetched('abc'))).toBe(false);
    expect(canWait(document, at('/kaste/projects/'), fetched('abd'))).toBe(false);
    expect(canWait(document, at('/kaste/projects/'), fetched(null))).toBe(false);
    page(null, 'abc');
    expect(canWait(document, at('/kaste/projects/'), fetched('abc'))).toBe(false);
    page('https://example.org/kaste/projects/', 'abc', false);
    expect(canWait(document, at('/kaste/projects/'), fetched('abc'))).toBe(false);
  });
});
