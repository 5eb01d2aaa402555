import { useT } from '../i18n';
import { keepEarlyEdit } from './earlyEdit';

interface HideableColumn {
  id: string;
  getIsVisible: () => boolean;
  getToggleVisibilityHandler: () => (event: unknown) => void;
  toggleVisibility: (visible: boolean) => void;
}

/** Checkboxes that show or hide the table's columns (TanStack's column visibility, remembered in the URL). */
export function ColumnChooser({ columns, label }: { columns: HideableColumn[]; label: (id: string) => string }) {
  const t = useT();
  return (
    <details className="column-chooser needs-js">
      <summary>{t('columnChooser')}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('columnChooser')}</legend>
        {columns.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={c.getIsVisible()}
              onChange={c.getToggleVisibilityHandler()}
              ref={keepEarlyEdit(({ checked }) => c.toggleVisibility(checked))}
            />{' '}
            {label(c.id)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
