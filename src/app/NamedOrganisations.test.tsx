import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { NamedOrganisations, ReportLists } from './NamedOrganisations';
import { renderWithData } from '../../test/unit/render';

afterEach(cleanup);

const table = (name: RegExp) => screen.getByRole('heading', { level: 3, name }).nextElementSibling as HTMLElement;

describe('the organisations the documents name, and the report’s lists, on the sources page', () => {
  it('lists each document’s organisations with role, context, years and lines; the names as written, marked Finnish', () => {
    renderWithData(<NamedOrganisations />, { state: { lang: 'fi' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Asiakirjojen nimeämät organisaatiot (79)' })).toBeVisible();
    const report = within(table(/Toimintakertomus 2005–2006/));
    const row = report.getByText('Länsi-Suomen Lääninhallitus').closest('tr')!;
    expect(within(row).getByText('Länsi-Suomen Lääninhallitus')).toHaveAttribute('lang', 'fi');
    expect(row).toHaveTextContent(/jäsen.*Vanhustyön kehittäjäryhmä.*2004–2005/);
    const lasse = within(table(/Toimintasuunnitelma 2013/));
    const chair = lasse.getByText('puheenjohtaja').closest('tr')!;
    expect(within(chair).getByText('Tampere')).toBeVisible();
    // A body's members are organisations: no person of the plan's member list is shown.
    expect(screen.queryByText(/Kuusela|Remes-Sievänen|Rantanen/)).toBeNull();
  });

  it('gives a Swedish reader the rendering beside the Finnish name and context', () => {
    renderWithData(<NamedOrganisations />, { state: { lang: 'sv' } });
    const row = screen.getByText('Pohjanmaan liitto').closest('tr')!;
    expect(row).toHaveTextContent('Pohjanmaan liitto (Österbottens förbund)samarbetspartner');
    expect(row).toHaveTextContent('rakenteiden kehittäminen (utvecklingen av strukturerna)');
  });

  it('marks a Swedish name Swedish (unmarked on a Swedish page) and an abbreviation in no one language not at all', () => {
    renderWithData(<NamedOrganisations />, { state: { lang: 'fi' } });
    expect(screen.getAllByText('Svenska yrkeshögskolan')[0]).toHaveAttribute('lang', 'sv');
    expect(screen.getAllByText('SOCCA')[0]).not.toHaveAttribute('lang');
    expect(screen.getAllByText('Stakes')[0]).not.toHaveAttribute('lang');
    cleanup();
    renderWithData(<NamedOrganisations />, { state: { lang: 'sv' } });
    const name = screen.getAllByText('Det Finlandssvenska kompetenscentret')[0]!;
    expect(name).not.toHaveAttribute('lang');
    // A name the page's language already writes has no rendering repeating it.
    expect(name.closest('td')).toHaveTextContent(/^Det Finlandssvenska kompetenscentret$/);
  });

  it('shows the report’s lists, each item with its rendering and the list’s lines', () => {
    renderWithData(<ReportLists />, { state: { lang: 'sv' } });
    const term = screen.getByText('Kompetenscentrens gemensamma substansgrupper');
    const items = term.nextElementSibling as HTMLElement;
    expect(
      within(items)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'varhaiskasvatus (småbarnspedagogik)',
      'lastensuojelu (barnskydd)',
      'vanhustyö (äldrearbete)',
      'vammaistyö (funktionshinderarbete)',
    ]);
    expect(within(items).getByRole('link')).toHaveTextContent(/rad 101/);
  });
});
