import { useT } from '../i18n';
import type { YearPair } from './compare';
import { keepEarlyEdit } from '../ui/earlyEdit';

/** Two selects for the compared plan years; each offers the plan years except the one the other holds. */
export function YearPicker({
  years,
  available,
  onChange,
}: {
  years: YearPair;
  available: number[];
  onChange: (years: YearPair) => void;
}) {
  const m = useT('compare');
  const pick = (key: keyof YearPair, value: string) => {
    const picked = Number(value);
    const [from, to] = key === 'from' ? [picked, years.to] : [years.from, picked];
    onChange({ from: Math.min(from, to), to: Math.max(from, to) });
  };
  const select = (key: keyof YearPair, label: string) => {
    const other = key === 'from' ? years.to : years.from;
    return (
      <label>
        {label}{' '}
        <select
          value={years[key]}
          onChange={(e) => pick(key, e.target.value)}
          ref={keepEarlyEdit(({ value }) => pick(key, value))}
        >
          {available
            .filter((y) => y !== other)
            .map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
        </select>
      </label>
    );
  };
  return (
    <fieldset className="compare-years">
      <legend>{m('yearsLegend')}</legend>
      {select('from', m('fromLabel'))} {select('to', m('toLabel'))}
    </fieldset>
  );
}
