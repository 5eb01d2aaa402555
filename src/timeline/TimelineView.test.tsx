import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppState } from '../state/store';
import { EMPTY_FILTERS } from '../state/types';
import { realDataset } from '../../test/unit/fixtures';
import { renderWithData } from '../../test/unit/render';
import { withFacts } from '../../test/unit/factsFixture';
import TimelineView from './TimelineView';

const dataset = withFacts(realDataset());
const renderView = (state?: Partial<AppState>) => renderWithData(<TimelineView />, { data: dataset, state }).store;

afterEach(cleanup);

describe('timeline view', () => {
  it('draws a bar per dated project and linked project, and summarises with counted nouns', () => {
    renderView();
    const figure = screen.getByRole('figure', { name: 'Hankkeet ja tapahtumat 2004–2017' });
    expect(within(figure).getByText(/^Aikajanalla:/).textContent).toBe(
      'Aikajanalla: 6 hankkeen kautta, 3 niihin liittyvää hanketta ja 2 tapahtumaa.',
    );
    // Not measured (jsdom), the chart comes in a phone's and a wide screen's draft, with the same rows.
    const drafts = [...figure.querySelectorAll<SVGSVGElement>('svg.timeline-if-narrow, svg.timeline-if-wide')];
    expect(drafts.map((d) => d.getAttribute('width'))).toEqual(['360', '1000']);
    for (const draft of drafts) {
      expect(draft.querySelectorAll('.timeline-project .timeline-bar')).toHaveLength(6);
      expect(draft.querySelectorAll('.timeline-linked .timeline-bar')).toHaveLength(2);
      expect(within(draft as unknown as HTMLElement).getByText('ei päivämäärää')).toBeInTheDocument();
      expect(draft.querySelectorAll('.timeline-event')).toHaveLength(2);
    }
    expect(screen.getByText(/^41 hanketta ei näy aikajanalla/)).toBeInTheDocument();
  });

  it('has a table alternative whose project rows open the project by keyboard', async () => {
    const user = userEvent.setup();
    const store = renderView();
    await user.click(screen.getByRole('button', { name: 'Näytä taulukkona' }));
    const table = screen.getByRole('table', { name: 'Hankkeet ja tapahtumat 2004–2017' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows[0]).toBe('Testikausi 2012–2015Ohjelmakausi20122015Esitys 2008–2009, rivi 5');
    expect(rows).toContain('TestiedeltäjäEdeltäjä1.9.200431.5.2006Hankesuunnitelma 2007, rivi 8');
    expect(rows).toContain('TestiarviointiArviointi11.2014Toimintasuunnitelma 2013, rivi 300');
    within(table).getByRole('button', { name: 'Suodata: Vaasan perhekeskus' }).focus();
    await user.keyboard('{Enter}');
    expect(store.getState().selectedProjectId).toBe('vaasan-perhekeskus');
    expect(screen.getByRole('complementary', { name: /Vaasan perhekeskus/ })).toBeInTheDocument();
  });

  it('lists an event dated without a year in the table only, saying that no year is given', async () => {
    const user = userEvent.setup();
    const yearless = {
      id: '0312-testiohjaus',
      kind: 'meeting' as const,
      title: 'Testiohjaus',
      titleTranslation: { sv: 'Teststyrning', en: 'Test steering' },
      start: '--03-12',
      end: null,
      place: null,
      projectId: null,
      source: { document: 'stm-presentation', lineStart: 22, lineEnd: 22 },
    };
    renderWithData(<TimelineView />, { data: { ...dataset, events: [...dataset.events, yearless] } });
    const figure = screen.getByRole('figure', { name: 'Hankkeet ja tapahtumat 2004–2017' });
    // "On the timeline" counts what the drawing shows: the two dated events, not the one in the table only.
    expect(within(figure).getByText(/^Aikajanalla:/).textContent).toMatch(/ja 2 tapahtumaa\.$/);
    expect(
      screen.getByText(
        '1 tapahtuma on vain taulukossa, ei aikajanalla: asiakirja antaa sen päivän tai kuukauden ilman vuotta.',
      ),
    ).toBeInTheDocument();
    // The drawings keep the two dated events: the one without a year has no place on a year axis.
    for (const draft of figure.querySelectorAll('svg.timeline-if-narrow, svg.timeline-if-wide'))
      expect(draft.querySelectorAll('.timeline-event')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Näytä taulukkona' }));
    const rows = within(screen.getByRole('table', { name: 'Hankkeet ja tapahtumat 2004–2017' }))
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toContain('TestiohjausKokous12.3. (vuotta ei mainita)Esitys 2008–2009, rivi 22');
  });

  it('follows the shared filters and speaks Swedish', () => {
    renderView({ lang: 'sv', filters: { ...EMPTY_FILTERS, years: ['2009'] } });
    expect(screen.getByText(/^På tidslinjen:/).textContent).toBe(
      'På tidslinjen: 3 projektperioder, 0 anknutna projekt och 1 händelse. Filtren avgränsar projekten och deras händelser.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tidslinje');
  });
});
