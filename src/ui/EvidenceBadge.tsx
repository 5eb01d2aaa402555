import type { EvidenceStatus } from '../data/evidence';
import { useT } from '../i18n';
import './explain.css';

/** A mark per status, so the badge does not rest on its colour: the words say it, the mark repeats it. */
const MARK: Record<EvidenceStatus, string> = { stated: '✓', computed: 'Σ', curated: '✎', uncertain: '?' };

export function EvidenceBadge({ status }: { status: EvidenceStatus }) {
  const t = useT();
  return (
    <span className={`evidence-badge evidence-${status}`} data-evidence={status}>
      <span aria-hidden="true" className="evidence-mark">
        {MARK[status]}
      </span>{' '}
      {t(`evidence.${status}`)}
    </span>
  );
}
