import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppState } from '../state/store';
import { EMPTY_FILTERS, type Filters } from '../state/types';
import { giveChartsWidth, renderWithData } from '../../test/unit/render';
import { formatMoneyCompact } from '../i18n';
import OverviewView from './OverviewView';

const renderView = async (state?: Partial<AppState>) => {
  const { store } = renderWithData(<OverviewView />, { state });
  await screen.findByRole('figure', { name: 'Kustannukset painopistealueittain 2008' });
  return store;
};
const filtered = (filters: Partial<Filters>) => ({ filters: { ...EMPTY_FILTERS, ...filters } });
const text = (el: Element) => el.textContent!.replace(/\u00a0/g, ' ');
const chart = (name: string) => screen.getByRole('figure', { name });
const span = (s: string) => Object.assign(document.createElement('span'), { textContent: s });
/** The static drawing's bars (ui/StaticBarChart). */
const bars = (name: string) => chart(name).querySelectorAll('svg[data-chart] rect.chart-bar');

let restoreWidth: () => void;
beforeAll(() => (restoreWidth = giveChartsWidth(1000)));
afterAll(() => restoreWidth());
afterEach(cleanup);

describe('overview', () => {
  it('shows the stated 2008 total beside the sum of the rows, with the difference', async () => {
    await renderView();
    const figures = text(screen.getByTestId('key-figures'));
    expect(figures).toContain('Vuoden 2008 kustannukset, asiakirjan yhteensä-rivi9 528 150 €');
    expect(figures).toContain('Vuoden 2008 kustannukset, rivien summa9 978 150 €Ero 450 000 €');
    expect(figures).toContain('9 ilmoitettu · 11 laskettu riveistä');
    expect(figures).toContain('14 (2008) · 30 (2009)');
    expect(screen.getByRole('link', { name: 'Katso ristiriidat lähteissä' })).toHaveAttribute('href', '/sources/');
  });

  it('opens the arithmetic of the summed 2008 total: its rows with source lines, the rows left out, the notes', async () => {
    const user = userEvent.setup();
    await renderView();
    const card = within(screen.getByTestId('key-figures')).getByText('Vuoden 2008 kustannukset, rivien summa', {
      selector: 'dt',
    }).parentElement!;
    await user.click(within(card).getByText('Näin luku muodostuu'));
    const rows = within(within(card).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(1 + 11 + 1);
    expect(text(rows[4]!)).toMatch(
      /^Yhteinen vastuu lapsista ja nuorista Kanta-Hämeessä.*Pöytäkirja 2008, rivi 114450 000 €$/,
    );
    expect(text(rows[12]!)).toBe('Yhteensä9 978 150 €');
    expect(within(card).getAllByText(/: ei kustannustietoa$/)).toHaveLength(3);
    expect(text(card)).toContain('9 528 150 €');
    expect(within(card).getAllByRole('link', { name: 'Lähteet ja laatu' })[0]).toHaveAttribute(
      'href',
      '/sources/#quality-total-mismatch-2008',
    );
  });

  it('labels each 2008 area bar with its cost, share and projects without a cost', async () => {
    await renderView();
    const area = chart('Kustannukset painopistealueittain 2008');
    expect(text(within(area).getByText(/^Vuoden 2008 tunnetut/))).toBe(
      'Vuoden 2008 tunnetut kustannukset ovat yhteensä 9 978 150 €. Suurin painopistealue on Hyvinvoinnin ja terveyden edistäminen (3 700 000 €, 37,1 %). Kustannustieto puuttuu 3 hankkeelta.',
    );
    const ticks = [...area.querySelectorAll('.chart-tick-detail')].map(text);
    expect(ticks).toEqual([
      '3 700 000 € · 37,1 % · 1 ilman kustannustietoa',
      '3 242 400 € · 32,5 %',
      '1 250 000 € · 12,5 % · 1 ilman kustannustietoa',
      '1 785 750 € · 17,9 % · 1 ilman kustannustietoa',
    ]);
  });

  it('draws the charts as static SVG: a segment per administrator or project, a label per area, value labels', async () => {
    await renderView();
    const area = chart('Kustannukset painopistealueittain 2008');
    const drawing = area.querySelector('svg[data-chart]')!;
    // A group of links, one per area, each to the overview filtered by its area.
    expect(drawing).toHaveAttribute('role', 'group');
    expect(drawing).toHaveAttribute('aria-label', 'Kustannukset painopistealueittain 2008');
    expect(
      within(drawing as unknown as HTMLElement)
        .getByRole('link', { name: 'Suodata: Hyvinvoinnin ja terveyden edistäminen' })
        .getAttribute('href'),
    ).toBe('/?theme=plan-2008-1');
    // The charts' height as before: 4 areas × 78 px + 40 px at 1000 px.
    expect(drawing).toHaveAttribute('height', String(4 * 78 + 40));
    expect(drawing.querySelectorAll('.chart-tick')).toHaveLength(4);
    // Split by project: 2 + 4 + 2 + 3 segments, coloured in order.
    const segments = [...bars('Kustannukset painopistealueittain 2008')];
    expect(segments).toHaveLength(11);
    expect(
      segments.filter((r) => r.getAttribute('data-row') === 'plan-2008-2').map((r) => r.getAttribute('fill')),
    ).toEqual(['var(--series-1)', 'var(--series-2)', 'var(--series-3)', 'var(--series-4)']);
    // Round ticks up to the largest area (3 700 000 €).
    expect([...drawing.querySelectorAll('.chart-axis-value')].map(text)).toEqual(
      [0, 1e6, 2e6, 3e6, 4e6].map((v) => text(span(formatMoneyCompact('fi', v)))),
    );
    const values = [...chart('Kustannukset hallinnoijittain 2008').querySelectorAll('svg[data-chart] .chart-value')];
    expect(values.map(text).slice(0, 2)).toEqual(['3,3 milj. €', '2,1 milj. €']);
  });

  it('Recharts takes over a chart on the first pointer over it, at the same size and with the same ticks', async () => {
    await renderView();
    const canvas = chart('Kustannukset painopistealueittain 2008').querySelector('.chart-canvas')!;
    const ticks = [...canvas.querySelectorAll('.chart-axis-value')].map(text);
    fireEvent.pointerEnter(canvas);
    await waitFor(() => expect(canvas.querySelector('svg.recharts-surface')).not.toBeNull());
    expect(canvas.querySelector('svg[data-chart]')).toBeNull();
    expect(canvas.querySelector('svg.recharts-surface')).toHaveAttribute('height', String(4 * 78 + 40));
    expect([...canvas.querySelectorAll('.recharts-cartesian-axis-tick-value')].map(text)).toEqual(ticks);
    expect(canvas.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(11);
    // The other charts stay static.
    expect(bars('Kustannukset hallinnoijittain 2008')).toHaveLength(9);
  });

  it('filters the table when a bar is clicked, and clears on a second click', async () => {
    const user = userEvent.setup();
    const store = await renderView();
    const admins = bars('Kustannukset hallinnoijittain 2008');
    // 11 administrators, 2 of them (PSHP, Närpiö) with no cost: no bar to draw, but a label each.
    expect(admins.length).toBe(9);
    expect(chart('Kustannukset hallinnoijittain 2008').querySelectorAll('svg[data-chart] .chart-tick')).toHaveLength(
      11,
    );
    // A click alone (no pointer over the chart first): the static bar filters.
    fireEvent.click(admins[0]!);
    expect(store.getState().filters.admins).toEqual(['lahti']);
    expect(text(screen.getByTestId('filtered-summary'))).toBe(
      '4 / 47 hanketta · tunnetut kustannukset yhteensä 3 302 000 € (jokainen hanke kokonaan) · kustannustieto puuttuu 2 hankkeelta',
    );
    // Once Recharts has taken over, its bar clears the filter the same way.
    const canvas = chart('Kustannukset hallinnoijittain 2008').querySelector('.chart-canvas')!;
    fireEvent.pointerEnter(canvas);
    await waitFor(() => expect(canvas.querySelector('.recharts-bar-rectangle path')).not.toBeNull());
    await user.click(canvas.querySelectorAll('.recharts-bar-rectangle path')[0]!);
    expect(store.getState().filters.admins).toEqual([]);
  });

  it('draws the bars not selected faint', async () => {
    await renderView(filtered({ admins: ['vaasa'] }));
    const opacity = [...bars('Kustannukset hallinnoijittain 2008')].map((r) => [
      r.getAttribute('data-row'),
      r.getAttribute('fill-opacity'),
    ]);
    // Vaasa's projects, shared with their other administrators (Tampere among them).
    expect(opacity).toContainEqual(['vaasa', '1']);
    expect(opacity).toContainEqual(['tampere', '0.35']);
    expect(opacity.filter(([id]) => id !== 'vaasa').every(([, o]) => o === '0.35')).toBe(true);
  });

  it('offers the same numbers as a table whose row headers filter by keyboard', async () => {
    const user = userEvent.setup();
    const store = await renderView();
    const area = chart('Kustannukset painopistealueittain 2008');
    await user.click(within(area).getByRole('button', { name: 'Näytä taulukkona' }));
    const table = within(area).getAllByRole('table')[0]!;
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(text(firstRow)).toBe('Hyvinvoinnin ja terveyden edistäminenYhteensä3 700 000 €37,1 %31');
    within(firstRow).getByRole('button', { name: 'Suodata: Hyvinvoinnin ja terveyden edistäminen' }).focus();
    await user.keyboard('{Enter}');
    expect(store.getState().filters.themes).toEqual(['plan-2008-1']);
    expect(text(screen.getByTestId('filtered-summary'))).toMatch(/^3 \/ 47 hanketta/);
  });

  it('province bars filter by the administrators’ home municipalities', async () => {
    const store = await renderView();
    fireEvent.click(bars('Kustannukset maakunnittain (hallinnoijan kotipaikan mukaan)')[0]!);
    expect(store.getState().filters.municipalities.sort()).toEqual(['111', '398']);
  });

  it('reads the shared filters: Pohjanmaa narrows every chart', async () => {
    await renderView(filtered({ provinces: ['pohjanmaa'] }));
    const ticks = [...chart('Kustannukset painopistealueittain 2008').querySelectorAll('.chart-tick-detail')].map(text);
    // Area 1 in Pohjanmaa: the multicultural project (700 000 €) and Hyvinvoiva Väli-Suomi (3 000 000 €, the whole region).
    expect(ticks[0]).toBe('3 700 000 € · 63,8 %');
    expect(screen.getByText('Suodattimet rajaavat kaavioita (1 suodatin valittuna).')).toBeInTheDocument();
  });

  it('an area the filters leave out says so in words, not "0 €"', async () => {
    await renderView(filtered({ themes: ['plan-2008-2'] }));
    const ticks = [...chart('Kustannukset painopistealueittain 2008').querySelectorAll('.chart-tick-detail')].map(text);
    expect(ticks).toEqual([
      'rajattu pois suodattimilla',
      '3 242 400 € · 100,0 %',
      'rajattu pois suodattimilla',
      'rajattu pois suodattimilla',
    ]);
  });

  it('the 2009 plan alone: no chart of zeros, nothing to download or cite, and the reason in words', async () => {
    await renderView(filtered({ years: ['2009'] }));
    for (const name of [
      'Kustannukset painopistealueittain 2008',
      'Kustannukset hallinnoijittain 2008',
      'Kustannukset maakunnittain (hallinnoijan kotipaikan mukaan)',
    ]) {
      const figure = chart(name);
      expect(text(figure.querySelector('.chart-summary')!)).toBe(
        'Valituilla suodattimilla ei ole vuoden 2008 hankkeita. Vain vuoden 2008 suunnitelma kertoo hankkeiden kustannukset; vuoden 2009 suunnitelmassa ei ole summia.',
      );
      expect(figure.querySelector('svg, table, button')).toBeNull();
      expect(text(figure)).not.toMatch(/0 €/);
    }
  });
});
