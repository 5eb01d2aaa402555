import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { Lang } from '../i18n';
import { realDataset } from '../../test/unit/fixtures';
import { withFacts } from '../../test/unit/factsFixture';
import { renderWithData } from '../../test/unit/render';
import { ProjectFacts } from './ProjectFacts';

const dataset = withFacts(realDataset());
const renderFacts = (projectId: string, lang: Lang = 'fi') =>
  renderWithData(<ProjectFacts projectId={projectId} />, { data: dataset, state: { lang } });
const section = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling as HTMLElement;

afterEach(cleanup);

describe('project facts in the detail panel', () => {
  it('does not date a phase again that the document names by its year', () => {
    const details = dataset.details.map((d) =>
      d.projectId === 'vaasan-perhekeskus'
        ? { ...d, phases: d.phases.map((p) => ({ ...p, label: p.start, labelTranslation: undefined })) }
        : d,
    );
    renderWithData(<ProjectFacts projectId="vaasan-perhekeskus" />, { data: { ...dataset, details } });
    const phases = within(section('Vaiheet'))
      .getAllByRole('listitem')
      .filter((li) => li.parentElement!.classList.contains('phase-list'));
    const named = phases.find((li) => li.querySelector('strong')!.textContent === '2008')!;
    expect(named.textContent).not.toMatch(/\(2008\)/);
    // A phase whose name is not its dates keeps them.
    expect(phases.find((li) => li !== named)!.textContent).toMatch(/\(9\.2007–12\.2007\)/);
  });

  it('shows each field the project has, each item with its source line', () => {
    renderFacts('vaasan-perhekeskus');
    expect(section('Tavoitteet')).toHaveTextContent('Testitavoite perheiden tuki (Hankesuunnitelma 2007');
    expect(section('Tavoitteet')).toHaveTextContent(/rivi 20\)$/);
    expect(section('Kohderyhmä')).toHaveTextContent('ikä 0–6 vuotta');
    expect(section('Työmenetelmät')).toHaveTextContent('Testimenetelmä vertaisryhmät');
    const phases = within(section('Vaiheet'))
      .getAllByRole('listitem')
      .filter((li) => li.parentElement!.classList.contains('phase-list'));
    expect(
      phases.map((p) => p.querySelector('strong')!.textContent + ' ' + p.textContent!.match(/\(([^)]*)\)/)![1]),
    ).toEqual(['Testivaihe alku 9.2007–12.2007', 'Testivaihe 2008 2008']);
    expect(section('Vaiheet').querySelectorAll('.phase-track-bar')).toHaveLength(2);
    expect(section('Henkilöstö')).toHaveTextContent('1 × testikoordinaattori (uusi toimi)');
    // A share of time as written, with the line that gives it.
    expect(section('Henkilöstö')).toHaveTextContent(
      /1 × testihoitaja osa-aikaisesti \(Hankesuunnitelma 2007[^)]*rivi 132\) \(oma henkilöstö\) – Testivirasto/,
    );
    expect(section('Rahoitus')).toHaveTextContent('testikunnat: testiosuus (25 %)');
    expect(section('Edeltäjät')).toHaveTextContent('Testiedeltäjä (1.9.2004–31.5.2006)');
    const [successor, line] = within(section('Jatkajat')).getAllByRole('link');
    expect(successor).toHaveAttribute(
      'href',
      expect.stringContaining('project=2009-perhekeskusmallin-jalkauttaminen-ja-soveltaminen'),
    );
    // Its source line opens that line on the sources page.
    expect(line).toHaveAttribute('href', '/sources/#lines-vaasa-family-centre-plan-9-9');
    cleanup();
    renderWithData(
      <ProjectFacts
        projectId="vaasan-perhekeskus"
        shownLinks={['2009-perhekeskusmallin-jalkauttaminen-ja-soveltaminen']}
      />,
      { data: dataset },
    );
    expect(screen.queryByText('Jatkajat')).toBeNull();
    expect(section('Edeltäjät')).toHaveTextContent('Testiedeltäjä');
    expect(section('Päätökset')).toHaveTextContent('22.11.2005: Testilautakunta 139 §');
    expect(screen.queryByText('Odotetut tulokset')).toBeNull();
    expect(screen.queryByText('Luvut')).toBeNull();
  });

  it('marks the Finnish phrases on a Swedish page and renders nothing for a project without details', () => {
    renderFacts('vaasan-perhekeskus', 'sv');
    expect(screen.getByText('Testimenetelmä vertaisryhmät')).toHaveAttribute('lang', 'fi');
    expect(section('Personal')).toHaveTextContent('(ny befattning)');
    expect(within(section('Personal')).getByText('på deltid')).not.toHaveAttribute('lang');
    // A decision's section sign is the same in Swedish, not a Finnish quotation; English writes the word.
    expect(section('Beslut')).toHaveTextContent(/139 §/);
    expect(within(section('Beslut')).getByText(/139 §/).closest('[lang="fi"]')).toBeNull();
    cleanup();
    renderFacts('vaasan-perhekeskus', 'en');
    expect(section('Decisions')).toHaveTextContent(/, section 139/);
    expect(section('Decisions')).not.toHaveTextContent(/§/);
    cleanup();
    const { container } = renderFacts('2008-proomu-hanke');
    expect(container).toBeEmptyDOMElement();
  });

  it("lists the project's events, a day or months without a year as written, in the page's language", () => {
    const lasse = 'lasse-lastensuojelutarpeen-selvityksen';
    const meeting = {
      kind: 'meeting' as const,
      projectId: lasse,
      source: { document: 'lasse-plan', lineStart: 41, lineEnd: 41 },
    };
    const events = [
      { ...meeting, id: 'testi-a', title: 'Testiryhmä', start: '--08', end: '--09', place: 'Vaasa' },
      {
        ...meeting,
        id: 'testi-b',
        title: 'Testikokous',
        titleTranslation: { sv: 'Testmöte', en: 'Test meeting' },
        start: '2014-05-19',
        end: null,
        place: 'Tampere',
        placeTranslation: { sv: 'Tammerfors', en: 'Tampere' },
      },
    ];
    renderWithData(<ProjectFacts projectId={lasse} />, { data: { ...dataset, events }, state: { lang: 'sv' } });
    const list = section('Händelser');
    expect(within(list).getByText('Daterade händelser (2)')).toBeInTheDocument();
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'augusti–september (inget år anges): Testiryhmä, Vaasa (Verksamhetsplan 2013, rad 41)',
      '19.5.2014: Testmöte, Tammerfors (Verksamhetsplan 2013, rad 41)',
    ]);
    expect(within(list).getByText('Testiryhmä')).toHaveAttribute('lang', 'fi');
  });

  it("renders a quoted statement and a schedule's module in Swedish and English, the quote still marked Finnish", () => {
    const real = realDataset();
    renderWithData(<ProjectFacts projectId="2009-pohjanmaa-hanke" />, { data: real, state: { lang: 'sv' } });
    const quote = screen.getByText(/^Pohjanmaa -hanke on vetäytymässä/);
    expect(quote).toHaveAttribute('lang', 'fi');
    expect(quote.parentElement).toHaveTextContent(
      /Utträde: .*hakukierroksella \(på svenska: ”Österbottenprojektet håller på att dra sig ur .* ansökningsomgången”\)/,
    );
    cleanup();
    const lasse = 'lasse-lastensuojelutarpeen-selvityksen';
    renderWithData(<ProjectFacts projectId={lasse} />, { data: real, state: { lang: 'en' } });
    const modules = within(section('Phases')).getAllByText(/^(Module [AB]|Invited expert group)$/);
    expect(new Set(modules.map((m) => m.textContent))).toEqual(
      new Set(['Module A', 'Module B', 'Invited expert group']),
    );
    for (const m of modules) expect(m.closest('[lang="fi"]')).toBeNull();
  });

  it("heads a module's schedule with its module and shows the legal basis", () => {
    renderFacts('lasse-lastensuojelutarpeen-selvityksen');
    expect(section('Vaiheet')).toHaveTextContent('B-testimoduuli: testikokeilu (2.2014–8.2014)');
    expect(section('Lakiperusta')).toHaveTextContent('testilaki 1/2007, 26 (Toimintasuunnitelma 2013');
  });
});
