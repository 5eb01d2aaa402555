import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { Mentions } from './Mentions';
import { renderWithData } from '../../test/unit/render';

afterEach(cleanup);

const row = (name: string) => screen.getByText(name).closest('tr')!;

describe('the other names and numbers of the documents, on the sources page', () => {
  it('names the places of a phrase in the reader’s language, abbreviations written out, joined by the language', () => {
    renderWithData(<Mentions />, { state: { lang: 'sv' } });
    expect(row('ministerin aluekierrokset')).toHaveTextContent('Esbo, Jyväskylä, Seinäjoki, Björneborg och Uleåborg');
    expect(row('fyysinen tila')).toHaveTextContent('Helsingfors, Kajanaland, Tusby och Salo');
    expect(row('verkostomalli')).toHaveTextContent('Helsingfors, Jyväskylä och Esbo');
    expect(screen.getByText('Helsingfors, Kajanaland, Tusby och Salo')).not.toHaveAttribute('lang');
    cleanup();
    renderWithData(<Mentions />, { state: { lang: 'en' } });
    expect(row('fyysinen tila')).toHaveTextContent('Helsinki, Kainuu, Tuusula and Salo');
    cleanup();
    renderWithData(<Mentions />, { state: { lang: 'fi' } });
    expect(row('fyysinen tila')).toHaveTextContent('Hfors, Kainuu, Tuusula ja Salo');
  });

  it('gives a strategy’s target year as its end, not as its date', () => {
    renderWithData(<Mentions />, { state: { lang: 'sv' } });
    expect(row('Vaasan kaupungin strategia').children[3]).toHaveTextContent(/^fram till 2020$/);
    cleanup();
    renderWithData(<Mentions />, { state: { lang: 'fi' } });
    expect(row('Vaasan kaupungin strategia').children[3]).toHaveTextContent(/^vuoteen 2020$/);
  });
});
