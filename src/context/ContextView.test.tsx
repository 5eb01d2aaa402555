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
    expect(own).toHaveTextContent('regionen i denna översikt');
    const ownItem = within(own).getByText('Testi oma lapsiperhehanke').closest('li')!;
    expect(ownItem).toHaveClass('is-own');
    expect(ownItem).toHaveTextContent('Ett eget projekt i Väli-Suomi');
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
});
