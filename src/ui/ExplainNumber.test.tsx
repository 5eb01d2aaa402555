import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { resetStore } from '../../test/unit/fixtures';
import { renderWithData } from '../../test/unit/render';
import type { Explanation } from '../data/explain';
import { ExplainNumber } from './ExplainNumber';

beforeEach(resetStore);
afterEach(cleanup);

const sum = (terms: Explanation['terms']): Explanation => ({
  value: terms.reduce((s, t) => s + t.value, 0),
  unit: 'eur',
  kind: 'sum',
  rule: 'full',
  terms,
  excluded: [{ label: 'Närpiö', reason: 'no-cost' }],
  notes: [],
});
const total = () =>
  within(screen.getByRole('table', { name: 'Närpiö' }).querySelector('tfoot')!)
    .getByRole('cell')
    .textContent!.replace(/\u00a0/g, ' ');

describe('a figure’s explanation', () => {
  it('totals rows without a cost as no cost data, never as 0 €', () => {
    renderWithData(<ExplainNumber explanation={sum([])} label="Närpiö" />);
    expect(total()).toBe('ei kustannustietoa');
  });

  it('totals rows with a cost as their sum', () => {
    renderWithData(
      <ExplainNumber explanation={sum([{ label: 'Vaasa', value: 2450000, source: null }])} label="Närpiö" />,
    );
    expect(total()).toBe('2 450 000 €');
  });
});
