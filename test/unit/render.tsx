import type { ReactElement, ReactNode } from 'react';
import type { Dataset } from '../../src/data/schema';
import { render } from '@testing-library/react';
import { StaticDataProvider } from '../../src/data/DataContext';
import { AppStoreProvider, createAppStore, type AppState } from '../../src/state/store';
import { realDataset } from './fixtures';

const dataset = realDataset();

/** Renders `ui` on a store of its own, started at the default page with `state`; returns the store with the result. */
export function renderWithStore(ui: ReactElement, state: Partial<AppState> = {}) {
  const store = createAppStore();
  store.setState(state);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppStoreProvider store={store}>{children}</AppStoreProvider>
  );
  return { ...render(ui, { wrapper }), store };
}

/** Renders a view with the committed dataset (or `data`), as the app shows it once the data has loaded. */
export const renderWithData = (
  ui: ReactElement,
  { data = dataset, state }: { data?: Dataset; state?: Partial<AppState> } = {},
) => renderWithStore(<StaticDataProvider dataset={data}>{ui}</StaticDataProvider>, state);

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
