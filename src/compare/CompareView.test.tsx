import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useAppStore } from '../state/store';
import { datasetWithPlan2010, resetStore } from '../../test/unit/fixtures';
import { renderWithData } from '../../test/unit/render';
import CompareView from './CompareView';

const renderView = () => renderWithData(<CompareView />);
const text = (el: Element) => el.textContent!.replace(/\u00a0/g, ' ');

beforeEach(resetStore);
afterEach(cleanup);

describe('comparison view', () => {
  it('writes the change on every theme box and summarises it in one sentence', () => {
    renderView();
    const flow = screen.getByRole('figure', { name: 'Painopisteet 2005–2006, 2008 ja 2009' });
    expect(within(flow).getByText(/^Vuoden 2008 alueista/).textContent).toBe(
      'Vuoden 2008 alueista 1 jatkuu samannimisenä, 2 uudella nimellä ja 1 päättyy; vuonna 2009 tulee 3 uutta teemaa.',
    );
    expect(
      within(flow).getByRole('button', { name: 'Hyvinvoinnin ja terveyden edistäminen (päättyy · 3 hanketta)' }),
    ).toBeInTheDocument();
    expect(within(flow).getByRole('button', { name: 'Maahanmuuttajatyö (uusi · 1 hanke)' })).toBeInTheDocument();
    expect(within(flow).getByText('Lastensuojelu ja varhainen puuttuminen')).toBeInTheDocument();
  });

  it('filters the projects when a theme box is activated by keyboard', async () => {
    const user = userEvent.setup();
    renderView();
    within(screen.getByRole('figure', { name: 'Painopisteet 2005–2006, 2008 ja 2009' }))
      .getByRole('button', { name: /^Ikääntyvien palvelut \(jatkuu · 5/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().filters.themes).toEqual(['plan-2009-5']);
    expect(text(screen.getByTestId('filtered-summary'))).toMatch(/^5 \/ 47 hanketta/);
  });

  it('lists the continuing projects with both names, administrators and the 2008 cost', () => {
    renderView();
    const rows = within(screen.getByTestId('continuing')).getAllByRole('row').slice(1).map(text);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^Monikulttuurisen asiakastyön.*\(2008\)Tampere, Vaasa700 000 €.*\(2009\)Tampere, Vaasa$/);
    expect(rows[3]).toMatch(/^Vaasan perhekeskus.*—.*\(2009\)Vaasa$/);
  });

  it('shows administrators of both years and of one year only', () => {
    renderView();
    expect(
      screen.getByText('6 hallinnoijaa on mukana molempina vuosina, 5 vain 2008 ja 10 vain 2009.'),
    ).toBeInTheDocument();
  });

  it('offers no year choice while the data has only two plan years', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vertailu 2008–2009');
    expect(screen.queryByRole('group', { name: 'Verrattavat vuodet' })).toBeNull();
  });

  it('compares the plan years the URL asks for, and lets the user pick any two the data has', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setChart({ compare: { from: 2009, to: 2010 } });
    renderWithData(<CompareView />, datasetWithPlan2010());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vertailu 2009–2010');
    expect(screen.getByRole('figure', { name: 'Painopisteet 2005–2006, 2009 ja 2010' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Verrattavat vuodet' });
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Aiempi vuosi' }), '2008');
    expect(useAppStore.getState().chart.compare).toEqual({ from: 2008, to: 2010 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vertailu 2008–2010');
  });
});
