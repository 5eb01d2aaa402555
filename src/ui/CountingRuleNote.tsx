import type { CountingRule } from '../data/counting';
import { useT } from '../i18n';

/** "Laskentatapa: …": which counting rule a figure uses, visible beside it and printed with it. */
export function CountingRuleNote({ rule }: { rule: CountingRule }) {
  const t = useT();
  return (
    <p className="counting-rule" data-rule={rule}>
      {t('ruleLabel', { rule: t(`rule.${rule}`) })}
    </p>
  );
}
