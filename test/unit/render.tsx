import type { ReactElement } from 'react';
import type { Dataset } from '../../src/data/schema';
import { render } from '@testing-library/react';
import { StaticDataProvider } from '../../src/data/DataContext';
import { realDataset } from './fixtures';

const dataset = realDataset();

/** Renders a view with the committed dataset (or `data`), as the app shows it once the data has loaded. */
export const renderWithData = (ui: ReactElement, data: Dataset = dataset) =>
  render(<StaticDataProvider dataset={data}>{ui}</StaticDataProvider>);

/**
 * jsdom lays nothing out: every box is 0 px wide, so a bar chart (ui/BarChart) would stay in its unmeasured form,
 * both shapes at once. This gives the charts' boxes `width`, as a browser would; the returned function undoes it.
 */
export function giveChartsWidth(width = 1000): () => void {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('chart-canvas') ? width : 0;
    },
  });
  return () => void delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
}
