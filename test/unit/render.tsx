import type { ReactElement } from 'react';
import type { Dataset } from '../../src/data/schema';
import { render } from '@testing-library/react';
import { StaticDataProvider } from '../../src/data/DataContext';
import { realDataset } from './fixtures';

const dataset = realDataset();

/** Renders a view with the committed dataset (or `data`), as the app shows it once the data has loaded. */
export const renderWithData = (ui: ReactElement, data: Dataset = dataset) =>
  render(<StaticDataProvider dataset={data}>{ui}</StaticDataProvider>);
