import { expect, it } from 'vitest';
import { readSource, splitLines, type SourceText } from '../lib/document.ts';
import {
  readActionPlanTitle,
  readAppendixHeadings,
  readHeadingTitle,
  readPresentationTitle,
  sentenceCase,
} from './titles.ts';
import { seedsDir, withSources } from '../../test/unit/sources.ts';

const real = (file: string) => readSource(seedsDir, file);
const text = (s: string): SourceText => ({ file: 'x.txt', lines: splitLines(s) });

withSources('document titles', () => {
  it('reads the title slide: the heading in sentence case, the subtitle and the presenter', () => {
    expect(readPresentationTitle(real('001_5e72e1e76d65b102.txt'))).toEqual({
      title: 'Liikettä lasten suojelemiseen – Lastensuojelusta lasten suojeluun',
      presenter: 'Riitta Viitala, STM',
      lines: [10],
      years: null,
    });
  });

  it('follows a new presenter and fails on a title slide it cannot split', () => {
    const src = text('Transkriptio\n\n1 UUSI OTSIKKO Alaotsikko tässä Maija Meikäläinen, THL\n');
    expect(readPresentationTitle(src)).toMatchObject({
      title: 'Uusi otsikko – Alaotsikko tässä',
      presenter: 'Maija Meikäläinen, THL',
    });
    expect(() => readPresentationTitle(text('Transkriptio\n1 vain tekstiä\n'))).toThrow(
      /^x\.txt:2: unreadable title slide/,
    );
  });

  it('reads the headings of the plan, the report (with its years) and the LasSe plan', () => {
    expect(readHeadingTitle(real('002_8693d7b1f13daa76.txt'))).toEqual({
      title: 'Vaasan perhekeskus',
      lines: [1],
      years: null,
    });
    expect(readHeadingTitle(real('003_a770a4bc205e09dd.txt'))).toEqual({
      title: 'Pohjanmaan toimintakertomus 2005–2006',
      lines: [1],
      years: '2005–2006',
    });
    expect(readActionPlanTitle(real('004_2387fd943a303f05.txt'))).toEqual({
      title: 'LasSe – Lastensuojelutarpeen selvityksen kehittäminen Väli-Suomessa: tarkennettu toimintasuunnitelma',
      lines: [13],
      years: null,
    });
  });

  it('reads both appendix headings of the minutes, keeping the capitals of proper names as the minutes write them', () => {
    expect(readAppendixHeadings(real('000_34c4f4e8cbac8681.txt'))).toEqual([
      { number: 1, heading: 'Kaste-ohjelman toteutus Väli-Suomen alueella', line: 72 },
      { number: 2, heading: 'Remonttiin kytkeytyvät kehittämiskokonaisuudet pohjalaismaakunnissa', line: 293 },
    ]);
  });

  it('keeps a capital only where the document writes the word so inside sentences more often than not', () => {
    const src = text('hanke Vaasan kanssa ja toinen Vaasan ja lasten asiat sekä lasten\nVAASAN LASTEN TALO');
    expect(sentenceCase('VAASAN LASTEN TALO', src)).toBe('Vaasan lasten talo');
    expect(sentenceCase('LASTEN VAASAN TALO', src)).toBe('Lasten Vaasan talo');
  });

  it('keeps roman numerals and the acronyms the document writes in capitals inside sentences', () => {
    const src = text('työ STM:n kanssa ja ohjaus STM sekä SONet BOTNIAn sivut ja stm\nVAASAN PERHEKESKUS II');
    expect(sentenceCase('VAASAN PERHEKESKUS II', src)).toBe('Vaasan perhekeskus II');
    expect(sentenceCase('PERHEKESKUS IV JA XII', src)).toBe('Perhekeskus IV ja XII');
    expect(sentenceCase('STM JA SONET BOTNIA', src)).toBe('STM ja SONet BOTNIA');
    expect(sentenceCase('OHJAUS I', src)).toBe('Ohjaus I');
    expect(sentenceCase('VIIKKO JA MIX', src)).toBe('Viikko ja mix');
  });

  it('reads a retitled plan heading with a roman numeral as written', () => {
    const plan = real('002_8693d7b1f13daa76.txt');
    const lines = [...plan.lines];
    lines[0] = `${lines[0]} II`;
    expect(readHeadingTitle({ ...plan, lines }).title).toBe('Vaasan perhekeskus II');
  });
});
