import { expect, it } from 'vitest';
import { readSource } from '../lib/document.ts';
import { writtenForms } from './factQuality.ts';
import { seedsDir, withSources } from '../../test/unit/sources.ts';

const doc = (file: string) => readSource(seedsDir, file);

withSources('the ways a document writes one name', () => {
  it('finds the spacing and case variants of a centre, not its capitalised headings or logos', () => {
    const forms = writtenForms(doc('004_2387fd943a303f05.txt'), 'SONet BOTNIA');
    expect([...forms.keys()].sort()).toEqual(['SONet BOTNIA', 'SONetBOTNIA', 'SoNet Botnia']);
    expect(forms.get('SoNet Botnia')).toEqual([67, 403]);
    expect(forms.get('SONetBOTNIA')).toEqual([37, 39]);
  });

  it("finds the project's own short name written three ways, but not inside an address", () => {
    const forms = writtenForms(doc('004_2387fd943a303f05.txt'), 'LasSe');
    expect([...forms.keys()].sort()).toEqual(['LaSse', 'LasSe', 'Lasse']);
    expect(forms.get('LaSse')).toEqual([15]);
    // "www.pikassos.fi/lasse" (line 643) is an address, not the name.
    expect(forms.get('Lasse')).toEqual([39]);
  });

  it('finds a hyphenated and a spaced name, and one form only where the document is consistent', () => {
    expect([...writtenForms(doc('002_8693d7b1f13daa76.txt'), 'Pikku Saga')].map(([f, l]) => [f, l.length])).toEqual([
      ['Pikku Saga', 1],
      ['Pikku-Saga', 3],
    ]);
    expect([...writtenForms(doc('003_a770a4bc205e09dd.txt'), 'SONet BOTNIA').keys()]).toEqual(['SONet BOTNIA']);
  });
});
