import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { buildProjectRows } from '../data/rows';
import { realDataset } from '../../test/unit/fixtures';
import { renderWithData } from '../../test/unit/render';
import CompareCharts from './CompareCharts';

const text = (el: Element) => el.textContent!.replace(/[\u00a0\u202f]/g, ' ');

describe('the comparison charts’ explanations', () => {
  afterEach(cleanup);

  it('lists each nonzero bar’s projects with their source lines, counted under rule full', () => {
    renderWithData(<CompareCharts rows={buildProjectRows(realDataset())} years={{ from: 2008, to: 2009 }} />);
    const lists = screen.getAllByTestId('explain-list');
    expect(lists).toHaveLength(3);
    const labels = [...lists[2]!.querySelectorAll(':scope > ul > li > .explain-subhead')].map(text);
    expect(labels).toContain('Pohjanmaa, 2008: 4');
    expect(labels).toContain('Pohjanmaa, 2009: 11');
    expect(labels.some((l) => l.startsWith('Uusimaa'))).toBe(false);
    const item = [...lists[0]!.querySelectorAll(':scope > ul > li')].find((li) =>
      text(li.querySelector('.explain-subhead')!).endsWith(', 2009: 2'),
    )!;
    fireEvent.click(item.querySelector('details.explain > summary')!);
    const rows = [...item.querySelectorAll('tbody tr')].map(text);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => /Pöytäkirja 2008, rivit? [\d–]+1$/.test(r))).toBe(true);
    expect(text(item.querySelector('tfoot tr')!)).toBe('Yhteensä2');
  });
});
