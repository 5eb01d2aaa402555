import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { giveChartsWidth, renderWithStore } from '../../test/unit/render';
import { toggled } from '../state/facets';
import { BarChart, NARROW_BELOW } from './BarChart';

const rows = [
  { id: 'a', name: 'Area A', values: [3, 1] },
  { id: 'b', name: 'Area B', values: [0, 5] },
];

function Chart() {
  return (
    <BarChart
      id="test"
      label="Test chart"
      stacking="grouped"
      series={[{ fill: 'red' }, { fill: 'blue', hatched: true }]}
      rows={rows}
      formatTick={String}
      formatValue={String}
      integer
      filterTo={(id, f) => toggled(f, 'themes', id)}
      tooltip={(row) => <p>{rows[row]!.id}</p>}
      shape={(width, paper) => ({
        rowHeight: paper ? 30 : width < NARROW_BELOW ? 90 : 60,
        extraHeight: 40,
        margin: { top: 8, right: 20, bottom: 8, left: 8 },
        axisWidth: 100,
        labels: rows.map((r) => ({ lines: [r.id] })),
      })}
    />
  );
}

let restoreWidth = () => {};
afterEach(() => {
  cleanup();
  restoreWidth();
});

describe('BarChart', () => {
  it('draws both shapes at their own heights until its box is measured (the prerender, a page without JavaScript)', () => {
    const { container } = renderWithStore(<Chart />);
    const drafts = [...container.querySelectorAll('.chart-canvas > svg[data-chart]')];
    expect(drafts.map((d) => [d.getAttribute('class'), d.getAttribute('width'), d.getAttribute('height')])).toEqual([
      ['chart-if-narrow', '100%', String(2 * 90 + 40)],
      ['chart-if-wide', '100%', String(2 * 60 + 40)],
    ]);
    // Bars of value 0 are not drawn; each draft has its own hatch pattern.
    expect(drafts[0]!.querySelectorAll('rect.chart-bar')).toHaveLength(3);
    expect(drafts[0]!.querySelector('pattern')!.id).not.toBe(drafts[1]!.querySelector('pattern')!.id);
  });

  it('draws one static shape at the measured width where the pointer cannot hover, and its bars filter', () => {
    restoreWidth = giveChartsWidth(500);
    const { container, store } = renderWithStore(<Chart />);
    const drawings = container.querySelectorAll('.chart-canvas > svg[data-chart]');
    expect(drawings).toHaveLength(1);
    expect(drawings[0]).toHaveAttribute('width', '500');
    expect(drawings[0]).toHaveAttribute('height', String(2 * 90 + 40));
    fireEvent.click(container.querySelector('rect.chart-bar[data-row="b"]')!);
    expect(store.getState().filters.themes).toEqual(['b']);
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
  });

  it('makes a row’s bars one link to the page with the filter its click sets, named by what it filters', () => {
    restoreWidth = giveChartsWidth(500);
    const { store } = renderWithStore(<Chart />);
    const drawing = screen.getByRole('group', { name: 'Test chart' });
    const links = [...drawing.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')])).toEqual([
      ['Suodata: Area A', '/?theme=a'],
      ['Suodata: Area B', '/?theme=b'],
    ]);
    // Area A's two bars are one link (one tab stop), its words the table's.
    expect(links[0]!.querySelectorAll('rect.chart-bar')).toHaveLength(2);
    expect(drawing.querySelector('text')!.closest('[aria-hidden="true"]')).not.toBeNull();
    fireEvent.click(links[0]!);
    expect(store.getState().filters.themes).toEqual(['a']);
    // The address follows the store: the link now leads to the page without the filter, as the next click does.
    expect(links[0]).toHaveAttribute('href', '/');
    expect(links[1]).toHaveAttribute('href', '/?theme=a,b');
  });

  it('a mouse over it brings Recharts, drawn at the static drawing’s size, which stands in until it has loaded', async () => {
    restoreWidth = giveChartsWidth(800);
    const { container } = renderWithStore(<Chart />);
    const canvas = container.querySelector('.chart-canvas')!;
    const drawing = canvas.querySelector('svg[data-chart]');
    fireEvent.pointerEnter(canvas, { pointerType: 'mouse' });
    // The same element until Recharts replaces it: a click pressed on it while the code loads is released on it.
    expect(canvas.querySelector('svg[data-chart]')).toBe(drawing);
    expect(drawing).toHaveAttribute('height', String(2 * 60 + 40));
    await waitFor(() => expect(canvas.querySelector('svg.recharts-surface')).not.toBeNull());
    expect(canvas.querySelector('svg[data-chart]')).toBeNull();
    expect(canvas.querySelector('svg.recharts-surface')).toHaveAttribute('height', String(2 * 60 + 40));
    expect(canvas.querySelector('svg.recharts-surface')).toHaveAttribute('width', '800');
  });

  it('a touch keeps the static drawing: the tap filters, and no tooltips are drawn', async () => {
    restoreWidth = giveChartsWidth(800);
    const { container, store } = renderWithStore(<Chart />);
    const canvas = container.querySelector('.chart-canvas')!;
    const bar = canvas.querySelector('rect.chart-bar[data-row="b"]')!;
    fireEvent.pointerEnter(bar, { pointerType: 'touch' });
    fireEvent.click(bar);
    expect(store.getState().filters.themes).toEqual(['b']);
    await import('./InteractiveBarChart');
    expect(canvas.querySelector('svg.recharts-surface')).toBeNull();
    expect(canvas.querySelector('svg[data-chart]')).not.toBeNull();
  });
});
