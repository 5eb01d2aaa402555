import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { Lang } from '../i18n';
import { realDataset } from '../../test/unit/fixtures';
import { renderWithData } from '../../test/unit/render';
import { withFacts } from '../../test/unit/factsFixture';
import { nationalThemeRows, regionGroups } from './context';
import ContextView from './ContextView';

const dataset = withFacts(realDataset());
const renderView = (lang: Lang = 'fi') => renderWithData(<ContextView />, { data: dataset, state: { lang } });

afterEach(cleanup);

describe('national context', () => {
  it('puts each regional theme beside the national theme areas it maps onto', () => {
    const rows = nationalThemeRows(dataset.themes);
    expect(rows.map((r) => r.theme.id)).toEqual([
      'national-1',
      'national-2',
      'national-3',
      'national-4',
      'national-5',
      'national-6',
      'national-7',
    ]);
    expect(rows.find((r) => r.theme.id === 'national-6')!.regional.map((t) => t.id)).toEqual(
      expect.arrayContaining(['plan-2008-3', 'plan-2008-4']),
    );
    expect(rows.find((r) => r.theme.id === 'national-1')!.regional.map((t) => t.id)).toContain('plan-2008-2');
  });

  it('groups the regional projects by region and marks Väli-Suomi and its own project', () => {
    const groups = regionGroups(dataset.programme);
    expect(groups.map((g) => [g.region.id, g.own, g.projects.map((p) => `${p.id}${p.own ? '*' : ''}`)])).toEqual([
      ['lansi-suomi', false, ['testi-remontti']],
      ['vali-suomi', true, ['testi-oma*', 'testi-toinen']],
    ]);
  });

  it('shows goals with counted indicators, the theme table and the highlighted own project in Swedish', () => {
    renderView('sv');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Det nationella Kaste-programmet');
    const goals = within(screen.getByRole('region', { name: 'Mål' })).getAllByRole('listitem');
    expect(goals[0]).toHaveTextContent(/^Testitavoite osallisuus 1 indikator/);
    expect(goals[1]).toHaveTextContent(/^Testitavoite hyvinvointi 6 indikatorer/);
    expect(within(goals[0]!).getByText('Testitavoite osallisuus')).toHaveAttribute('lang', 'fi');
    const own = screen.getByRole('region', { name: /Väli-Suomi/ });
    expect(own).toHaveTextContent('Kaste-regionen på den här instrumentpanelen');
    const ownItem = within(own).getByText('Testi oma lapsiperhehanke').closest('li')!;
    expect(ownItem).toHaveClass('is-own');
    expect(ownItem).toHaveTextContent('Kaste-regionens eget projekt');
    expect(ownItem).toHaveTextContent('Testipainopiste tuki: Österbotten, Päijänne-Tavastland');
    expect(ownItem).toHaveTextContent('Testipainopiste verkostot: alla landskap');
    const west = screen.getByRole('region', { name: 'Testialue Länsi' });
    expect(within(west).getByText('beslut om statsunderstöd')).toBeInTheDocument();
    expect(within(west).getByRole('link', { name: /Pohjanmaa-hanke/ })).toHaveAttribute(
      'href',
      expect.stringContaining('/projects/2009-pohjanmaa-hanke/'),
    );
    expect(screen.getAllByRole('row')).toHaveLength(8);
  });

  it("shows a regional project's period and areas with their source lines", () => {
    renderView();
    const item = screen.getByText('Testi-Remontti länsi').closest('li')!;
    expect(item).toHaveTextContent('Hankekausi: 2008–2011');
    expect(item).toHaveTextContent('Alueet: Testiseutu, Testikaari');
  });

  it("lists the presentation's steering items, a day without a year as written, and a project's sub-projects", () => {
    const programme = structuredClone(dataset.programme);
    programme.regionalProjects[0]!.parts = [
      {
        name: 'Testiosahanke',
        relation: 'sub-project',
        start: '2009-01-01',
        end: '2010-10-31',
        source: { document: 'stm-presentation', lineStart: 190, lineEnd: 190 },
      },
      {
        name: 'TESTI 2',
        relation: 'successor',
        start: '2010',
        end: '2012',
        source: { document: 'stm-presentation', lineStart: 268, lineEnd: 268 },
      },
    ];
    const steering = {
      kind: 'report' as const,
      end: null,
      place: null,
      projectId: null,
      source: { document: 'stm-presentation', lineStart: 22, lineEnd: 22 },
    };
    const events = [
      ...dataset.events,
      { ...steering, id: 'testi-paiva', title: 'Testiohjaus', start: '--03-12', place: 'Pori' },
      {
        ...steering,
        id: 'testi-kuukaudet',
        title: 'Testisuunnitelmat',
        titleTranslation: { sv: 'Testplanerna', en: 'Test plans' },
        start: '--04',
        end: '--05',
      },
    ];
    renderWithData(<ContextView />, { data: { ...dataset, programme, events }, state: { lang: 'sv' } });
    const card = screen.getByRole('region', { name: 'Styrning och händelser' });
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '12.3. (inget år anges) Testiohjaus, Pori Presentation 2008–2009, rad 22',
      'april–maj (inget år anges) Testplanerna Presentation 2008–2009, rad 22',
    ]);
    expect(within(card).getByText('Testiohjaus')).toHaveAttribute('lang', 'fi');
    const item = screen.getByText('Testi-Remontti länsi').closest('li')!;
    expect(item).toHaveTextContent('Delprojekt: Testiosahanke, 1.1.2009–31.10.2010');
    expect(item).toHaveTextContent('Fortsättningsprojekt: TESTI 2, 2010–2012');
  });
});
