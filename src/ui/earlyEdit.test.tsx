import { afterEach, describe, expect, it } from 'vitest';
import { act, useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { keepEarlyEdit } from './earlyEdit';

// act() flushes the hydration, the kept edits and the renders they cause before each assertion.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let roots: Root[] = [];
afterEach(() => {
  act(() => roots.forEach((r) => r.unmount()));
  roots = [];
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-ready');
});

/** A page with the kinds of field the dashboard has; `tick` re-renders it as any later state change does. */
function Page() {
  const [query, setQuery] = useState('');
  const [years, setYears] = useState<string[]>([]);
  const [layer, setLayer] = useState('province');
  const [split, setSplit] = useState('project');
  const [tick, setTick] = useState(0);
  const setYear = (year: string, on: boolean) => setYears((ys) => (on ? [...ys, year] : ys.filter((y) => y !== year)));
  return (
    <main>
      <input
        aria-label="haku"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        ref={keepEarlyEdit((e) => setQuery(e.value))}
      />
      {['2008', '2009'].map((y) => (
        <label key={y}>
          <input
            type="checkbox"
            checked={years.includes(y)}
            onChange={(e) => setYear(y, e.target.checked)}
            ref={keepEarlyEdit((e) => setYear(y, e.checked))}
          />
          {y}
        </label>
      ))}
      <select
        aria-label="taso"
        value={layer}
        onChange={(e) => setLayer(e.target.value)}
        ref={keepEarlyEdit((e) => setLayer(e.value))}
      >
        <option value="province">maakunta</option>
        <option value="projects">hankkeet</option>
      </select>
      {['project', 'administrator'].map((s) => (
        <input
          key={s}
          type="radio"
          name="split"
          aria-label={s}
          checked={split === s}
          onChange={() => setSplit(s)}
          ref={keepEarlyEdit((e) => e.checked && setSplit(s))}
        />
      ))}
      <output>{JSON.stringify({ query, years, layer, split })}</output>
      <button type="button" onClick={() => setTick(tick + 1)}>
        {tick}
      </button>
    </main>
  );
}

function prerendered() {
  const root = document.createElement('div');
  root.innerHTML = renderToString(<Page />);
  document.body.append(root);
  const field = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
  return {
    root,
    field,
    hydrate: () =>
      act(async () => {
        roots.push(hydrateRoot(root, <Page />));
      }),
    state: () => JSON.parse(root.querySelector('output')!.textContent!) as Record<string, unknown>,
  };
}

describe('fields the reader changed before the app took over', () => {
  it('are kept: typed words, ticks, a picked option and a radio button become the app state and stay after later renders', async () => {
    const { field, hydrate, state } = prerendered();
    field<HTMLInputElement>('input[aria-label=haku]').value = 'Lahti';
    field<HTMLInputElement>('input[type=checkbox]').checked = true;
    field<HTMLSelectElement>('select').value = 'projects';
    field<HTMLInputElement>('input[aria-label=administrator]').checked = true;
    await hydrate();
    expect(state()).toEqual({ query: 'Lahti', years: ['2008'], layer: 'projects', split: 'administrator' });
    await act(() => field<HTMLButtonElement>('button').click());
    expect(field<HTMLInputElement>('input[aria-label=haku]').value).toBe('Lahti');
    expect(field<HTMLInputElement>('input[type=checkbox]').checked).toBe(true);
    expect(field<HTMLSelectElement>('select').value).toBe('projects');
    expect(field<HTMLInputElement>('input[aria-label=administrator]').checked).toBe(true);
  });

  it('leave the state alone when the reader changed nothing', async () => {
    const { hydrate, state } = prerendered();
    await hydrate();
    expect(state()).toEqual({ query: '', years: [], layer: 'province', split: 'project' });
  });

  it('are not read again once the page is ready: the app owns its fields then', async () => {
    const { field, hydrate, state } = prerendered();
    document.documentElement.setAttribute('data-ready', '');
    field<HTMLInputElement>('input[aria-label=haku]').value = 'Lahti';
    await hydrate();
    expect(state()).toMatchObject({ query: '' });
  });
});
