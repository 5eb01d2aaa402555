import { useState } from 'react';
import { useT } from '../i18n';
import { summariseIgnored, type IgnoredPart } from '../state/ignored';

/**
 * Tells the reader which parts of the address they opened were ignored (`theme=nosuch`), instead of dropping them
 * silently. The live region is there from the start, so its content is announced when it arrives.
 */
export function IgnoredNotice({ parts }: { parts: IgnoredPart[] }) {
  const t = useT();
  const [dismissed, setDismissed] = useState<IgnoredPart[] | null>(null);
  const shown = parts.length > 0 && dismissed !== parts;
  const summary = summariseIgnored(parts);
  return (
    <div role="status" className="ignored-status">
      {shown && (
        <div className="notice ignored-notice no-print" data-testid="ignored-notice">
          <p>
            <strong>{t('ignoredHeading')}.</strong> {t('ignoredIntro')}{' '}
            {summary.shown.map((p, i) => (
              <span key={`${i}:${p.param}`}>
                {i > 0 && ', '}
                <code>
                  {p.param}={p.value}
                </code>
              </span>
            ))}
            {summary.more > 0 && ` ${t('ignoredMore', { count: summary.more })}`}
          </p>
          <button type="button" onClick={() => setDismissed(parts)}>
            {t('ignoredDismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
