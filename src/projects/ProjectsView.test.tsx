import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppState } from '../state/store';
import { EMPTY_FILTERS } from '../state/types';
import { renderWithData } from '../../test/unit/render';
import ProjectsView from './ProjectsView';

const renderView = (state?: Partial<AppState>) => renderWithData(<ProjectsView />, { state }).store;
const summary = () => screen.getByTestId('summary').textContent!.replace(/\u00a0/g, ' ');
const bodyRows = () =>
  within(document.querySelector<HTMLElement>('table.projects-table')!).getAllByRole('row').slice(1);
const columnTexts = (column: string) =>
  bodyRows().map((r) => r.querySelector(`[data-column="${column}"]`)!.textContent!.replace(/\u00a0/g, ' '));

afterEach(cleanup);

describe('projects view', () => {
  it('shows every project and the summary line', () => {
    renderView();
    expect(summary()).toBe(
      '47 / 47 hanketta · tunnetut kustannukset yhteensä 9 978 150 € (jokainen hanke kokonaan) · kustannustieto puuttuu 36 hankkeelta',
    );
    expect(bodyRows()).toHaveLength(47);
  });

  it('filters by plan year with facet counts, and shows a removable chip', async () => {
    const user = userEvent.setup();
    renderView();
    const years = screen.getByRole('group', { name: 'Suunnitelmavuosi' });
    await user.click(within(years).getByRole('checkbox', { name: /2008 \(14\)/ }));
    expect(summary()).toBe(
      '14 / 47 hanketta · tunnetut kustannukset yhteensä 9 978 150 € (jokainen hanke kokonaan) · kustannustieto puuttuu 3 hankkeelta',
    );
    expect(bodyRows()).toHaveLength(14);
    expect(
      within(screen.getByRole('group', { name: 'Kustannustieto' })).getByRole('checkbox', {
        name: /Ei kustannustietoa \(3\)/,
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Poista suodatin Suunnitelmavuosi: 2008' }));
    expect(bodyRows()).toHaveLength(47);
  });

  it('combines filters and clears them all with one control', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole('checkbox', { name: /^2008 \(/ }));
    await user.click(
      within(screen.getByRole('group', { name: 'Toimii maakunnassa' })).getByRole('checkbox', { name: /Päijät-Häme/ }),
    );
    expect(summary()).toMatch(
      /^5 \/ 47 hanketta · tunnetut kustannukset yhteensä 5 148 150 € \(jokainen hanke kokonaan\)/,
    );
    await user.click(screen.getByRole('button', { name: 'Tyhjennä kaikki' }));
    expect(bodyRows()).toHaveLength(47);
  });

  it('searches ignoring case and diacritics', async () => {
    const user = userEvent.setup();
    renderView();
    await user.type(screen.getByRole('searchbox'), 'hameenlinna');
    const names = columnTexts('administrators');
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect(names.every((n) => n.includes('Hämeenlinna') || n.includes('Hämeen päihdehuollon kuntayhtymä'))).toBe(true);
  });

  it('sorts by cost with unknown costs last in both directions', async () => {
    const user = userEvent.setup();
    const store = renderView({ filters: { ...EMPTY_FILTERS, years: ['2008'] } });
    const header = screen.getByRole('columnheader', { name: /Kustannus/ });
    // A link to the page sorted so (it works before the app has taken over), answered in place.
    const sort = () => within(header).getByRole('link', { name: 'Kustannus' });
    expect(sort()).toHaveAttribute('href', '/?year=2008&sort=-cost');
    await user.click(sort());
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(sort()).toHaveAttribute('href', '/?year=2008&sort=cost');
    let costs = columnTexts('cost');
    expect(costs.slice(0, 2)).toEqual(['3 000 000 €', '2 100 000 €']);
    expect(costs.slice(-3)).toEqual(['—ei kustannustietoa', '—ei kustannustietoa', '—ei kustannustietoa']);
    await user.click(sort());
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(sort()).toHaveAttribute('href', '/?year=2008');
    costs = columnTexts('cost');
    expect(costs[0]).toBe('180 100 €');
    expect(costs.slice(-3)).toEqual(['—ei kustannustietoa', '—ei kustannustietoa', '—ei kustannustietoa']);
    await user.click(sort());
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(store.getState().sort).toBeNull();
  });

  it('sorts names ascending first, and follows a sort set in the store (the URL)', async () => {
    const user = userEvent.setup();
    const store = renderView();
    const header = screen.getByRole('columnheader', { name: /Hanke/ });
    await user.click(within(header).getByRole('link', { name: 'Hanke' }));
    expect(store.getState().sort).toEqual({ id: 'name', desc: false });
    act(() => store.getState().setSort({ id: 'planYear', desc: true }));
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Vuosi/ })).toHaveAttribute('aria-sort', 'descending');
    expect(columnTexts('planYear')[0]).toBe('2009');
  });

  it('hides and shows columns with the column chooser, and reads hidden columns from the store', async () => {
    const user = userEvent.setup();
    const store = renderView();
    await user.click(screen.getByText('Sarakkeet', { selector: 'summary' }));
    expect(screen.queryByRole('checkbox', { name: 'Hanke' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Maakunta' }));
    expect(screen.queryByRole('columnheader', { name: /Maakunta/ })).toBeNull();
    expect(bodyRows()[0]!.querySelector('[data-column="provinces"]')).toBeNull();
    expect(store.getState().hiddenColumns).toEqual(['provinces']);
    act(() => store.getState().setHiddenColumns(['period', 'planYear']));
    expect(screen.getByRole('checkbox', { name: 'Maakunta' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Vuosi' })).not.toBeChecked();
    const table = within(document.querySelector<HTMLElement>('table.projects-table')!);
    // The header's words as on screen: its sort link's (paper's copy of them is aria-hidden).
    const words = (h: HTMLElement) => (h.querySelector('a.sort-button') ?? h).textContent!.replace(/[↕▲▼]/g, '');
    expect(table.getAllByRole('columnheader').map(words)).toEqual([
      'Hanke',
      'Teema',
      'Hallinnoija',
      'Maakunta',
      'Kustannus',
      'Lähde',
    ]);
    expect(store.getState().hiddenColumns).toEqual(['planYear', 'period']);
  });

  it('marks uncertain administrators and opens a detail panel with provenance', async () => {
    const user = userEvent.setup();
    renderView();
    expect(columnTexts('administrators')).toContain('Kauhajoki (?)');
    await user.click(screen.getByRole('link', { name: 'Etelä-Pohjanmaan lastensuojelun kehittämisyksikkö' }));
    const panel = screen.getByRole('complementary', { name: /Etelä-Pohjanmaan lastensuojelun/ });
    expect(within(panel).getByText('Kauhajoki').parentElement).toHaveTextContent(
      'Kauhajoki (epävarma) – kaupunki, kotipaikka Kauhajoki',
    );
    expect(within(panel.querySelector<HTMLElement>('.provenance')!).getByText(/rivit 217–218/)).toBeInTheDocument();
    const evidence = within(within(panel).getByTestId('evidence-table'));
    expect(evidence.getByRole('row', { name: /^Hallinnoija/ })).toHaveTextContent(
      'Hallinnoija? EpävarmaAsiakirja merkitsee hallinnoijan kysymysmerkillä.Pöytäkirja 2008, rivit 217–218',
    );
    expect(evidence.getByRole('row', { name: /^Maakunnat/ })).toHaveTextContent('Σ Laskettu tässä');
    expect(
      within(panel).getByText('Etelä-Pohjanmaan lastensuojelun kehittämisyksikkö | Kauhajoki ?'),
    ).toBeInTheDocument();
  });

  it('links predecessor and successor projects in the detail panel', async () => {
    const user = userEvent.setup();
    const store = renderView({ selectedProjectId: 'vaasan-perhekeskus' });
    const panel = screen.getByRole('complementary');
    await user.click(within(panel).getByRole('link', { name: /Perhekeskusmallin jalkauttaminen/ }));
    expect(store.getState().selectedProjectId).toBe('2009-perhekeskusmallin-jalkauttaminen-ja-soveltaminen');
    expect(
      within(screen.getByRole('complementary')).getByRole('link', { name: /Vaasan perhekeskus/ }),
    ).toBeInTheDocument();
  });

  it('switches labels and number formats with the language', () => {
    const store = renderView({ lang: 'sv' });
    expect(summary()).toBe(
      '47 av 47 projekt · kända kostnader sammanlagt 9 978 150 € (varje projekt i sin helhet) · kostnadsuppgift saknas för 36 projekt',
    );
    act(() => store.getState().setLang('en'));
    expect(summary()).toBe(
      '47 of 47 projects · known costs total €9,978,150 (each project in full) · 36 projects have no cost stated',
    );
    expect(screen.getByRole('group', { name: 'Active in region' })).toBeInTheDocument();
    expect(screen.getAllByText('South Ostrobothnia').length).toBeGreaterThan(0);
    expect(columnTexts('theme')).toContain('Promoting wellbeing and health');
    expect(columnTexts('theme')).not.toContain('Främjande av välfärd och hälsa');
    expect(columnTexts('provinces')).toContain('South Ostrobothnia');
  });

  it('filters to the rows whose own values are all stated, in the URL state, with a badge on every row', async () => {
    const user = userEvent.setup();
    const store = renderView();
    const facet = screen.getByRole('group', { name: 'Tiedon peruste' });
    expect(within(facet).getByRole('checkbox', { name: /Epävarma \(4\)/ })).toBeInTheDocument();
    await user.click(within(facet).getByRole('checkbox', { name: /Vain asiakirjassa mainitut tiedot \(41\)/ }));
    expect(store.getState().filters.evidence).toBe('stated');
    expect(bodyRows()).toHaveLength(41);
    const badges = bodyRows().map((r) => r.querySelector('[data-column="sources"] .evidence-badge')?.textContent);
    expect(new Set(badges)).toEqual(new Set(['✓ Mainittu asiakirjassa']));
    expect(
      screen.getByRole('button', { name: 'Poista suodatin Vain asiakirjassa mainitut tiedot' }),
    ).toBeInTheDocument();
  });

  it('opens the arithmetic of the summary’s known costs: rows, values, source lines and the rows left out', async () => {
    const user = userEvent.setup();
    renderView({ filters: { ...EMPTY_FILTERS, years: ['2008'] } });
    const disclosure = screen.getByText('Näin luku muodostuu').closest('details')!;
    await user.click(within(disclosure).getByText('Näin luku muodostuu'));
    expect(disclosure.open).toBe(true);
    const rows = within(within(disclosure).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(1 + 11 + 1);
    expect(rows[1]!.textContent!.replace(/\u00a0/g, ' ')).toBe(
      'Hyvinvoiva Väli-Suomi (sis. Terveyden edistäminen -osahanke sekä Ikihyvä Päijät-Häme -hanke)Pöytäkirja 2008, rivi 943 000 000 €',
    );
    expect(rows[12]!.textContent!.replace(/\u00a0/g, ' ')).toBe('Yhteensä9 978 150 €');
    expect(within(disclosure).getByText('Mukana ei ole')).toBeInTheDocument();
    expect(within(disclosure).getAllByText(/: ei kustannustietoa$/)).toHaveLength(3);
  });
});
