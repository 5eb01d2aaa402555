import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_URL_STATE } from '../state/types';
import { renderWithData } from '../../test/unit/render';
import MapView from './MapView';

const renderView = (layer = DEFAULT_URL_STATE.map.layer) =>
  renderWithData(<MapView />, { state: { map: { ...DEFAULT_URL_STATE.map, layer } } }).store;
const text = (el: Element) => el.textContent!.replace(/\u00a0/g, ' ');
const municipality = (name: RegExp) =>
  within(screen.getByRole('group', { name: /^Kuntakartta/ })).getByRole('button', { name });

afterEach(cleanup);

describe('map view (tiles)', () => {
  it('draws every municipality as a focusable shape with an accessible name', () => {
    renderView();
    expect(within(screen.getByRole('group', { name: 'Kuntakartta: Maakunta' })).getAllByRole('button')).toHaveLength(
      88,
    );
    expect(
      municipality(/^Vaasa \(Vasa\): Pohjanmaa; ei yhteistoiminta-aluetta; LasSe: mukana 2013/),
    ).toBeInTheDocument();
  });

  it('a click filters the projects administered there; a second click clears it', async () => {
    const user = userEvent.setup();
    const store = renderView();
    await user.click(municipality(/^Tampere \(Tammerfors\)/));
    expect(store.getState().filters.municipalities).toEqual(['837']);
    expect(text(screen.getByTestId('filtered-summary'))).toBe(
      '10 / 47 hanketta · tunnetut kustannukset yhteensä 950 000 € (jokainen hanke kokonaan) · kustannustieto puuttuu 8 hankkeelta · hallinnoijan kotipaikka Tampere: 600 000 € (hallinnoijan kotipaikan mukaan, usean hallinnoijan kustannus jaettu tasan)',
    );
    expect(municipality(/^Tampere \(Tammerfors\)/)).toHaveAttribute('aria-pressed', 'true');
    await user.click(municipality(/^Tampere \(Tammerfors\)/));
    expect(store.getState().filters.municipalities).toEqual([]);
  });

  it('works by keyboard and shows the tooltip on focus', async () => {
    const user = userEvent.setup();
    const store = renderView();
    // jsdom moves focus to SVG elements but sends React no focus event; fireEvent stands in for it.
    municipality(/^Lahti \(Lahtis\)/).focus();
    fireEvent.focus(municipality(/^Lahti \(Lahtis\)/));
    expect(text(screen.getByRole('tooltip'))).toContain('Lahti (Lahtis)Päijät-Häme');
    await user.keyboard('{Enter}');
    expect(store.getState().filters.municipalities).toEqual(['398']);
  });

  it('the cost layer says what each municipality administers, in the table alternative too', async () => {
    const user = userEvent.setup();
    renderView('cost');
    expect(
      municipality(/^Lahti \(Lahtis\)/)
        .getAttribute('aria-label')!
        .replace(/\u00a0/g, ' '),
    ).toMatch(/4 968 050 €$/);
    await user.click(screen.getByRole('button', { name: 'Näytä taulukkona' }));
    const row = within(screen.getByRole('table', { name: 'Hallinnoidut kustannukset 2008' })).getByRole('row', {
      name: /^Vaasa/,
    });
    expect(text(row)).toBe('VaasaVasaPohjanmaaei yhteistoiminta-aluettamukana 20132 450 000 €');
  });

  it('the province layer’s table has each column once: the layer adds no copy of the province column', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole('button', { name: 'Näytä taulukkona' }));
    const table = screen.getByRole('table', { name: 'Maakunta' });
    expect(within(table).getAllByRole('columnheader').map(text)).toEqual([
      'Kunta',
      'Ruotsiksi',
      'Maakunta',
      'Yhteistoiminta-alue',
      'LasSe',
    ]);
  });

  it('explains each municipality’s cost with the projects’ equal parts and their cost lines', () => {
    renderView('cost');
    const list = screen.getByTestId('explain-list');
    expect(text(list.querySelector('summary')!)).toBe('Näin summat muodostuvat');
    const item = [...list.querySelectorAll(':scope > ul > li')].find((li) =>
      text(li.querySelector('.explain-subhead')!)
        .replace(/\u202f/g, ' ')
        .startsWith('Hämeenlinna: '),
    )!;
    expect(text(item.querySelector('.explain-subhead')!).replace(/\u202f/g, ' ')).toBe('Hämeenlinna: 1 113 333 €');
    // The live page draws an explanation when it opens.
    expect(item.querySelector('tbody')).toBeNull();
    fireEvent.click(item.querySelector('details.explain > summary')!);
    const rows = [...item.querySelectorAll('tbody tr')].map((r) => text(r).replace(/\u202f/g, ' '));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^Kanta-Hämeen .*Pöytäkirja 2008, rivi 134333 333 €1 000 000 € × 1\/3$/);
    expect(text(item.querySelector('tfoot tr')!).replace(/\u202f/g, ' ')).toBe('Yhteensä1 113 333 €');
  });
});
