import { describe, expect, it } from 'vitest';
import { projectSummary } from './projectSummary';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('projectSummary', () => {
  it.each([
    ['fi', 0, '0 / 47 hanketta · tunnetut kustannukset yhteensä 0 €'],
    ['fi', 1, '1 / 47 hanketta · tunnetut kustannukset yhteensä 0 € · kustannustieto puuttuu 1 hankkeelta'],
    ['sv', 1, '1 av 47 projekt · kända kostnader sammanlagt 0 € · kostnadsuppgift saknas för 1 projekt'],
    ['en', 1, '1 of 47 projects · known costs total €0 · 1 project has no cost'],
    ['en', 2, '2 of 47 projects · known costs total €0 · 2 projects have no cost'],
  ] as const)('%s with %i without a cost', (lang, n, text) => {
    expect(nb(projectSummary(lang, { shown: n, knownCostTotal: 0, withoutCost: n }, 47))).toBe(text);
  });
  it('takes the singular of a total of one', () => {
    expect(projectSummary('fi', { shown: 1, knownCostTotal: 0, withoutCost: 0 }, 1)).toMatch(/^1 \/ 1 hanke ·/);
    expect(projectSummary('en', { shown: 1, knownCostTotal: 0, withoutCost: 0 }, 1)).toMatch(/^1 of 1 project ·/);
  });
});
