import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { StaticDataProvider } from '../../src/data/DataContext';
import { realDataset } from './fixtures';

const dataset = realDataset();

/** Renders a view with the committed dataset, as the app shows it once the data has loaded. */
export const renderWithData = (ui: ReactElement) => render(<StaticDataProvider dataset={dataset}>{ui}</StaticDataProvider>);
