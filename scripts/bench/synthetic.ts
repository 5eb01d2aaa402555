import type { Dataset, Project } from '../../src/data/schema.ts';
import { summedTotals } from '../normalise/totals.ts';

/** Deterministic pseudo-random numbers (mulberry32), so every benchmark run measures the same data. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'kehittämis',
  'hanke',
  'palvelu',
  'lasten',
  'perheiden',
  'ikääntyvien',
  'Pohjanmaa',
  'Häme',
  'päihdetyön',
  'yksikkö',
  'verkosto',
  'malli',
  'sosiaalityö',
  'hyvinvointi',
];

/**
 * A dataset of the published schema with `size` projects: the real regions, themes and organisations, and
 * projects whose names, plan years, themes, administrators and costs are drawn from the real ones' ranges.
 */
export function syntheticDataset(real: Dataset, size: number, seed = 42): Dataset {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]!;
  const orgs = real.regions.organisations;
  const planThemes = {
    2008: real.themes.filter((t) => t.scheme === 'plan-2008'),
    2009: real.themes.filter((t) => t.scheme === 'plan-2009'),
  };
  const source = real.projects[0]!.sources[0]!;
  const projects: Project[] = [];
  const costs: Dataset['funding']['costs'] = [];
  for (let i = 0; i < size; i++) {
    const planYear = rnd() < 0.45 ? 2008 : 2009;
    const org = pick(orgs);
    const status = rnd() < 0.1 ? 'uncertain' : rnd() < 0.05 ? 'blank' : 'stated';
    const id = `synthetic-${i}`;
    const home = real.regions.municipalities.find((m) => m.code === org.municipalityCode);
    projects.push({
      id,
      name: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      language: rnd() < 0.1 ? 'sv' : 'fi',
      planYear,
      themeId: pick(planThemes[planYear]).id,
      administrators:
        status === 'blank'
          ? []
          : [{ name: org.name, organisationId: org.id, certainty: status === 'uncertain' ? 'uncertain' : 'stated' }],
      administratorStatus: status,
      administratorRaw: status === 'blank' ? '' : org.name,
      period: null,
      provinceIds: home ? [home.provinceId] : [],
      continues: [],
      sources: [source],
    });
    if (planYear === 2008 && rnd() < 0.8)
      costs.push({ projectId: id, planYear, amountEur: Math.round(rnd() * 3_000_000), source });
  }
  return {
    ...real,
    projects,
    funding: {
      costs,
      statedTotals: real.funding.statedTotals,
      summedTotals: summedTotals(projects, costs),
      shares: [],
    },
    quality: [],
  };
}
