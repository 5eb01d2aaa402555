import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_URL_STATE } from '../state/types';
import { datasetWithPlan2010 } from '../../test/unit/fixtures';
import { giveChartsWidth, renderWithData } from '../../test/unit/render';
import CompareView from './CompareView';

const renderView = () => renderWithData(<CompareView />).store;
const text = (el: Element) => el.textContent!.replace(/\u00a0/g, ' ');

let restoreWidth: () => void;
beforeAll(() => (restoreWidth = giveChartsWidth(800)));
afterAll(() => restoreWidth());
afterEach(cleanup);

describe('comparison view', () => {
  it('draws the year bars as static SVG: both years per theme, the later one hatched, a legend, labels', () => {
    renderView();
    const figure = screen.getByRole('figure', { name: 'Hankkeita teemoittain 2008 ja 2009' });
    const drawing = figure.querySelector('svg[data-chart]')!;
    expect(drawing).toHaveAttribute('aria-label', 'Hankkeita teemoittain 2008 ja 2009');
    // 4 areas of 2008 and 6 themes of 2009, each with its projects in its own year only.
    expect(drawing.querySelectorAll('.chart-tick')).toHaveLength(10);
    const bars = [...drawing.querySelectorAll('rect.chart-bar')];
    expect(bars).toHaveLength(10);
    expect(bars.filter((b) => b.getAttribute('fill') === 'var(--series-1)')).toHaveLength(4);
    expect(bars.filter((b) => b.getAttribute('fill')!.startsWith('url(#projects-per-theme-hatch'))).toHaveLength(6);
    expect([...drawing.querySelectorAll('.chart-value')].map(text)).toContain('8');
    expect([...figure.querySelectorAll('.chart-legend li')].map(text)).toEqual([' 2008', ' 2009']);
    // Counts: whole-number ticks.
    expect([...drawing.querySelectorAll('.chart-axis-value')].every((t) => /^\d+$/.test(text(t)))).toBe(true);
    expect(document.querySelector('.recharts-surface')).toBeNull();
  });

  it('filters by a year bar’s theme or province, and Recharts takes over on the first pointer', async () => {
    const store = renderView();
    const figure = screen.getByRole('figure', { name: 'Hankkeita maakunnittain 2008 ja 2009' });
    const bar = (id: string) => figure.querySelector(`svg[data-chart] rect.chart-bar[data-row="${id}"]`)!;
    fireEvent.click(bar('pirkanmaa'));
    expect(store.getState().filters.provinces).toEqual(['pirkanmaa']);
    const canvas = figure.querySelector('.chart-canvas')!;
    const ticks = [...canvas.querySelectorAll('.chart-axis-value')].map(text);
    fireEvent.pointerEnter(canvas);
    await waitFor(() => expect(canvas.querySelector('svg.recharts-surface')).not.toBeNull());
    expect([...canvas.querySelectorAll('.recharts-cartesian-axis-tick-value')].map(text)).toEqual(ticks);
    // The legend stays where it was, above the drawing.
    expect(canvas.firstElementChild).toHaveClass('chart-legend');
  });

  it('writes the change on every theme box and summarises it in one sentence', () => {
    renderView();
    const flow = screen.getByRole('figure', { name: 'Painopisteet 2005–2006, 2008 ja 2009' });
    expect(within(flow).getByText(/^Vuoden 2008 alueista/).textContent).toBe(
      'Vuoden 2008 alueista 1 jatkuu samannimisenä, 2 uudella nimellä ja 1 päättyy; vuonna 2009 tulee 3 uutta teemaa.',
    );
    // Not measured (jsdom), the flow comes in both shapes; the columns side by side are the wide one.
    expect(flow.querySelectorAll('svg.flow-if-narrow, svg.flow-if-wide')).toHaveLength(2);
    const wide = within(flow.querySelector<HTMLElement>('svg.flow-if-wide')!);
    expect(
      wide.getByRole('button', { name: 'Hyvinvoinnin ja terveyden edistäminen (päättyy · 3 hanketta)' }),
    ).toBeInTheDocument();
    expect(wide.getByRole('button', { name: 'Maahanmuuttajatyö (uusi · 1 hanke)' })).toBeInTheDocument();
    expect(wide.getByText('Lastensuojelu ja varhainen puuttuminen')).toBeInTheDocument();
    // Stacked, a box names where its theme went.
    const narrow = within(flow.querySelector<HTMLElement>('svg.flow-if-narrow')!);
    expect(
      narrow.getByRole('button', { name: /^Ikääntyvien palvelut \(jatkuu · 3 hanketta\) → / }),
    ).toBeInTheDocument();
  });

  it('filters the projects when a theme box is activated by keyboard', async () => {
    const user = userEvent.setup();
    const store = renderView();
    const flow = screen.getByRole('figure', { name: 'Painopisteet 2005–2006, 2008 ja 2009' });
    within(flow.querySelector<HTMLElement>('svg.flow-if-wide')!)
      .getByRole('button', { name: /^Ikääntyvien palvelut \(jatkuu · 5/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(store.getState().filters.themes).toEqual(['plan-2009-5']);
    expect(text(screen.getByTestId('filtered-summary'))).toMatch(/^5 \/ 47 hanketta/);
  });

  it('lists the continuing projects with both names, administrators and the 2008 cost', () => {
    renderView();
    const rows = within(screen.getByTestId('continuing')).getAllByRole('row').slice(1).map(text);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^Monikulttuurisen asiakastyön.*\(2008\)Tampere, Vaasa700 000 €.*\(2009\)Tampere, Vaasa$/);
    expect(rows[3]).toMatch(/^Vaasan perhekeskus.*—.*\(2009\)Vaasa$/);
  });

  it('shows administrators of both years and of one year only', () => {
    renderView();
    expect(
      screen.getByText('6 hallinnoijaa on mukana molempina vuosina, 5 vain 2008 ja 10 vain 2009.'),
    ).toBeInTheDocument();
  });

  it('offers no year choice while the data has only two plan years', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vertailu 2008–2009');
    expect(screen.queryByRole('group', { name: 'Verrattavat vuodet' })).toBeNull();
  });

  it('compares the plan years the URL asks for, and lets the user pick any two the data has', async () => {
    const user = userEvent.setup();
    const { store } = renderWithData(<CompareView />, {
      data: datasetWithPlan2010(),
      state: { chart: { ...DEFAULT_URL_STATE.chart, compare: { from: 2009, to: 2010 } } },
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vertailu 2009–2010');
    expect(screen.getByRole('figure', { name: 'Painopisteet 2005–2006, 2009 ja 2010' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Verrattavat vuodet' });
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Aiempi vuosi' }), '2008');
    expect(store.getState().chart.compare).toEqual({ from: 2008, to: 2010 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vertailu 2008–2010');
  });
});
