import { describe, expect, it } from 'vitest';
import { formatList } from './format';
import { counted, interpolate } from './plural';

const PROJECT = {
  fi: '{n, plural, one {# hanke} other {# hanketta}}',
  sv: '{n, plural, one {# projekt} other {# projekt}}',
  en: '{n, plural, one {# project} other {# projects}}',
};
const MUNICIPALITY = {
  fi: '{n, plural, one {# kunta} other {# kuntaa}}',
  sv: '{n, plural, one {# kommun} other {# kommuner}}',
  en: '{n, plural, one {# municipality} other {# municipalities}}',
};

describe('plural slots in messages', () => {
  it.each([
    ['fi', 0, '0 hanketta', '0 kuntaa'],
    ['fi', 1, '1 hanke', '1 kunta'],
    ['fi', 2, '2 hanketta', '2 kuntaa'],
    ['sv', 0, '0 projekt', '0 kommuner'],
    ['sv', 1, '1 projekt', '1 kommun'],
    ['sv', 2, '2 projekt', '2 kommuner'],
    ['en', 0, '0 projects', '0 municipalities'],
    ['en', 1, '1 project', '1 municipality'],
    ['en', 2, '2 projects', '2 municipalities'],
  ] as const)('%s %i', (lang, n, project, municipality) => {
    expect(interpolate(lang, PROJECT[lang], { n })).toBe(project);
    expect(interpolate(lang, MUNICIPALITY[lang], { n })).toBe(municipality);
  });

  it('formats the number in the locale and fills other slots inside a form', () => {
    expect(
      interpolate('fi', '{n, plural, one {# hanke ({who})} other {# hanketta ({who})}}', { n: 12000, who: 'Vaasa' }),
    ).toBe('12\u00a0000 hanketta (Vaasa)');
    expect(
      interpolate('sv', 'Av {total} har {n, plural, one {# kommun} other {# kommuner}} projekt.', { n: 1, total: 88 }),
    ).toBe('Av 88 har 1 kommun projekt.');
  });

  it('picks the form of a plural nested in another, each `#` its own plural’s number', () => {
    const leaders =
      '{leaders, plural, one {Eniten osa-alueella {top} ({count, plural, one {# hanke} other {# hanketta}}).} other {Eniten osa-alueilla {top}, kullakin {count, plural, one {# hanke} other {# hanketta}}; # osa-aluetta.}} Loppu.';
    expect(interpolate('fi', leaders, { leaders: 2, top: 'A ja B', count: 11 })).toBe(
      'Eniten osa-alueilla A ja B, kullakin 11 hanketta; 2 osa-aluetta. Loppu.',
    );
    expect(interpolate('fi', leaders, { leaders: 1, top: 'A', count: 1 })).toBe(
      'Eniten osa-alueella A (1 hanke). Loppu.',
    );
  });

  it('leaves an unknown slot visible and refuses a plural without a number', () => {
    expect(interpolate('en', 'a {missing} b', {})).toBe('a {missing} b');
    expect(() => interpolate('en', '{n, plural, one {#} other {#}}', { n: 'x' })).toThrow(/needs a number/);
  });

  it('spells a small number out in Swedish and English prose and writes it as a number in Finnish', () => {
    const t = '{a, spelled} och {n, plural, one {{n, spelled} nytt tema} other {{n, spelled} nya teman}}';
    expect(interpolate('sv', t, { a: 1, n: 3 })).toBe('ett och tre nya teman');
    expect(interpolate('sv', t, { a: 13, n: 1 })).toBe('13 och ett nytt tema');
    expect(interpolate('en', '{a, spelled} themes', { a: 2 })).toBe('two themes');
    expect(interpolate('en', '{a, spelled} themes', { a: 13 })).toBe('13 themes');
    expect(interpolate('fi', '{a, spelled} teemaa', { a: 2 })).toBe('2 teemaa');
  });

  it('counts and lists in every language', () => {
    expect(counted('fi', 1, { one: 'hanke', other: 'hanketta' })).toBe('1 hanke');
    expect(counted('sv', 2, { one: 'kommun', other: 'kommuner' })).toBe('2 kommuner');
    expect(formatList('fi', ['Forssa', 'Hämeenlinna', 'Riihimäki'])).toBe('Forssa, Hämeenlinna ja Riihimäki');
    expect(formatList('sv', ['Forssa', 'Tavastehus', 'Riihimäki'])).toBe('Forssa, Tavastehus och Riihimäki');
    expect(formatList('en', ['Forssa', 'Hämeenlinna', 'Riihimäki'])).toBe('Forssa, Hämeenlinna and Riihimäki');
  });
});
