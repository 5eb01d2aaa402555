import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { translateDetails } from './translations';

const details = realDataset().details;

describe('the quotes a project page gives', () => {
  it('each come with their curated rendering', () => {
    const statements = translateDetails(details).flatMap((d) => d.statements);
    const withdrawal = statements.find((x) => x.kind === 'withdrawal')!;
    expect(withdrawal.translation?.en).toMatch(/^The Ostrobothnia project is withdrawing/);
  });

  it('stop the build where a quote of more than one word has none, naming it', () => {
    const quoted = details.map((d, i) =>
      i === 0
        ? {
            ...d,
            statements: [
              ...d.statements,
              {
                kind: 'withdrawal' as const,
                text: 'Testihanke vetäytyy',
                source: d.statements[0]?.source ?? d.goals[0]!.source,
              },
            ],
          }
        : d,
    );
    expect(() => translateDetails(quoted)).toThrow(/the quote "Testihanke vetäytyy" .* has no rendering/);
  });
});
