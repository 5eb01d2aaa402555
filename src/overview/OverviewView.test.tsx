import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useAppStore } from '../state/store';
import { resetStore } from '../../test/unit/fixtures';
import { renderWithData } from '../../test/unit/render';
import OverviewView from './OverviewView';

/** Renders the overview and waits for its lazily loaded charts. */
const renderView = async () => {
  // The charts chunk is imported first so the wait below does not depend on how fast a loaded machine transforms it.
  await import('./OverviewCharts');
  renderWithData(<OverviewView />);
  await screen.findByRole('figure', { name: 'Kustannukset painopistealueittain 2008' }, { timeout: 15000 });
};
const text = (el: Element) => el.textContent!.replace(/\u00a0/g, ' ');
const chart = (name: string) => screen.getByRole('figure', { name });

beforeEach(resetStore);
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
      /^Yhteinen vastuu lapsista ja nuorista Kanta-Hämeessä.*minutes-2008, rivi 114450 000 €$/,
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
      '3 700 000 € · 37,1 % · 1 ilman kustannusta',
      '3 242 400 € · 32,5 %',
      '1 250 000 € · 12,5 % · 1 ilman kustannusta',
      '1 785 750 € · 17,9 % · 1 ilman kustannusta',
    ]);
  });

  it('filters the table when a bar is clicked, and clears on a second click', async () => {
    const user = userEvent.setup();
    await renderView();
    const bars = chart('Kustannukset hallinnoijittain 2008').querySelectorAll('.recharts-bar-rectangle path');
    // 11 administrators, 2 of them (PSHP, Närpiö) with no cost: no bar to draw.
    expect(bars.length).toBe(9);
    await user.click(bars[0]!);
    expect(useAppStore.getState().filters.admins).toEqual(['lahti']);
    expect(text(screen.getByTestId('filtered-summary'))).toBe(
      '4 / 47 hanketta · tunnetut kustannukset yhteensä 3 302 000 € (jokainen hanke kokonaan) · kustannustieto puuttuu 2 hankkeelta',
    );
    await user.click(chart('Kustannukset hallinnoijittain 2008').querySelectorAll('.recharts-bar-rectangle path')[0]!);
    expect(useAppStore.getState().filters.admins).toEqual([]);
  });

  it('offers the same numbers as a table whose row headers filter by keyboard', async () => {
    const user = userEvent.setup();
    await renderView();
    const area = chart('Kustannukset painopistealueittain 2008');
    await user.click(within(area).getByRole('button', { name: 'Näytä taulukkona' }));
    const table = within(area).getAllByRole('table')[0]!;
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(text(firstRow)).toBe('Hyvinvoinnin ja terveyden edistäminenYhteensä3 700 000 €37,1 %31');
    within(firstRow).getByRole('button', { name: 'Suodata: Hyvinvoinnin ja terveyden edistäminen' }).focus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().filters.themes).toEqual(['plan-2008-1']);
    expect(text(screen.getByTestId('filtered-summary'))).toMatch(/^3 \/ 47 hanketta/);
  });

  it('province bars filter by the administrators’ home municipalities', async () => {
    const user = userEvent.setup();
    await renderView();
    await user.click(
      chart('Kustannukset maakunnittain (hallinnoijan kotikunnan mukaan)').querySelectorAll(
        '.recharts-bar-rectangle path',
      )[0]!,
    );
    expect(useAppStore.getState().filters.municipalities.sort()).toEqual(['111', '398']);
  });

  it('reads the shared filters: Pohjanmaa narrows every chart', async () => {
    useAppStore.setState({ filters: { ...useAppStore.getState().filters, provinces: ['pohjanmaa'] } });
    await renderView();
    const ticks = [...chart('Kustannukset painopistealueittain 2008').querySelectorAll('.chart-tick-detail')].map(text);
    // Area 1 in Pohjanmaa: the multicultural project (700 000 €) and Hyvinvoiva Väli-Suomi (3 000 000 €, the whole region).
    expect(ticks[0]).toBe('3 700 000 € · 63,8 %');
    expect(screen.getByText('Suodattimet rajaavat kaavioita (1 suodatin valittuna).')).toBeInTheDocument();
  });
});
