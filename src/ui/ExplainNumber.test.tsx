import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { realDataset } from '../../test/unit/fixtures';
import { StaticDataProvider } from '../data/DataContext';
import { AppStoreProvider, createAppStore } from '../state/store';
import { renderWithData } from '../../test/unit/render';
import type { Explanation } from '../data/explain';
import { ExplainNumber } from './ExplainNumber';

afterEach(cleanup);

const sum = (terms: Explanation['terms']): Explanation => ({
  value: terms.reduce((s, t) => s + t.value, 0),
  unit: 'eur',
  kind: 'sum',
  rule: 'full',
  terms,
  excluded: [{ label: 'Närpiö', reason: 'no-cost' }],
  notes: [],
});
const total = () =>
  within(screen.getByRole('table', { name: 'Närpiö' }).querySelector('tfoot')!)
    .getByRole('cell')
    .textContent!.replace(/\u00a0/g, ' ');

/** Opens the disclosure as a reader does. */
const open = () => fireEvent.click(screen.getByText('Näin luku muodostuu'));

describe('a figure’s explanation', () => {
  it('totals rows without a cost as no cost data, never as 0 €', () => {
    renderWithData(<ExplainNumber explanation={sum([])} label="Närpiö" />);
    open();
    expect(total()).toBe('ei kustannustietoa');
  });

  it('totals rows with a cost as their sum', () => {
    renderWithData(
      <ExplainNumber explanation={sum([{ label: 'Vaasa', value: 2450000, source: null }])} label="Närpiö" />,
    );
    open();
    expect(total()).toBe('2 450 000 €');
  });

  it('is drawn, and made, only while it is open on the live page', () => {
    let made = 0;
    const make = () => {
      made++;
      return sum([{ label: 'Vaasa', value: 2450000, source: null }]);
    };
    renderWithData(<ExplainNumber explanation={make} label="Närpiö" />);
    expect(screen.queryByRole('table', { name: 'Närpiö' })).toBeNull();
    expect(made).toBe(0);
    open();
    expect(screen.getByTestId('explain')).toHaveProperty('open', true);
    expect(total()).toBe('2 450 000 €');
    open();
    expect(screen.getByTestId('explain')).toHaveProperty('open', false);
    expect(screen.queryByRole('table', { name: 'Närpiö' })).toBeNull();
  });

  it('is in the prerendered page, for readers without JavaScript', () => {
    const html = renderToString(
      <AppStoreProvider store={createAppStore()}>
        <StaticDataProvider dataset={realDataset()}>
          <ExplainNumber explanation={sum([{ label: 'Vaasa', value: 2450000, source: null }])} label="Närpiö" />
        </StaticDataProvider>
      </AppStoreProvider>,
    );
    expect(html.replace(/[\u00a0\u202f]/g, ' ')).toContain('<td class="num">2 450 000 €</td>');
    expect(html).not.toMatch(/<details[^>]* open/);
  });

  it('hydrates without its prerendered panel, which the live page drops unhydrated', async () => {
    let made = 0;
    const make = () => {
      made++;
      return sum([{ label: 'Vaasa', value: 2450000, source: null }]);
    };
    const ui = (
      <AppStoreProvider store={createAppStore()}>
        <StaticDataProvider dataset={realDataset()}>
          <ExplainNumber explanation={make} label="Närpiö" />
        </StaticDataProvider>
      </AppStoreProvider>
    );
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(ui);
    expect(container.querySelector('.explain-panel')).not.toBeNull();
    made = 0;
    const errors: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, ui, { onRecoverableError: (e) => errors.push(e) }));
    expect(container.querySelector('.explain-panel')).toBeNull();
    expect(made).toBe(0);
    expect(errors).toEqual([]);
    act(() => root.unmount());
    container.remove();
  });
});
