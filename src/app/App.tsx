import { DataProvider } from '../data/DataContext';
import { useUrlSync } from '../state/useUrlSync';
import { useDocumentSettings } from './useDocumentSettings';
import { Shell } from './Shell';

export function App() {
  useUrlSync();
  useDocumentSettings();
  return (
    <DataProvider>
      <Shell />
    </DataProvider>
  );
}
