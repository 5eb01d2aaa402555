import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { giveChartsWidth } from '../../test/unit/render';
import { BarChart, NARROW_BELOW } from './BarChart';

const rows = [
  { id: 'a', values: [3, 1] },
  { id: 'b', values: [0, 5] },
];

function Chart({ onSelect = () => {} }: { onSelect?: (id: string) => void }) {
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
      onSelect={onSelect}
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
    const { container } = render(<Chart />);
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
    const onSelect = vi.fn();
    const { container } = render(<Chart onSelect={onSelect} />);
    const drawings = container.querySelectorAll('.chart-canvas > svg[data-chart]');
    expect(drawings).toHaveLength(1);
    expect(drawings[0]).toHaveAttribute('width', '500');
    expect(drawings[0]).toHaveAttribute('height', String(2 * 90 + 40));
    fireEvent.click(container.querySelector('rect.chart-bar[data-row="b"]')!);
    expect(onSelect).toHaveBeenCalledWith('b');
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
  });

  it('a mouse over it brings Recharts, drawn at the static drawing’s size, which stands in until it has loaded', async () => {
    restoreWidth = giveChartsWidth(800);
    const { container } = render(<Chart />);
    const canvas = container.querySelector('.chart-canvas')!;
    fireEvent.pointerEnter(canvas, { pointerType: 'mouse' });
    expect(canvas.querySelector('svg[data-chart]')).toHaveAttribute('height', String(2 * 60 + 40));
    await waitFor(() => expect(canvas.querySelector('svg.recharts-surface')).not.toBeNull());
    expect(canvas.querySelector('svg[data-chart]')).toBeNull();
    expect(canvas.querySelector('svg.recharts-surface')).toHaveAttribute('height', String(2 * 60 + 40));
    expect(canvas.querySelector('svg.recharts-surface')).toHaveAttribute('width', '800');
  });

  it('a touch keeps the static drawing: the tap filters, and no tooltips are drawn', async () => {
    restoreWidth = giveChartsWidth(800);
    const onSelect = vi.fn();
    const { container } = render(<Chart onSelect={onSelect} />);
    const canvas = container.querySelector('.chart-canvas')!;
    const bar = canvas.querySelector('rect.chart-bar[data-row="b"]')!;
    fireEvent.pointerEnter(bar, { pointerType: 'touch' });
    fireEvent.click(bar);
    expect(onSelect).toHaveBeenCalledWith('b');
    await import('./InteractiveBarChart');
    expect(canvas.querySelector('svg.recharts-surface')).toBeNull();
    expect(canvas.querySelector('svg[data-chart]')).not.toBeNull();
  });
});
