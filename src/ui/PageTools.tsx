import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n';
import { copyText } from './copyText';
import './page-tools.css';
import { useCurrentAddress } from './useCurrentAddress';

const noChange = () => () => {};

type Status = { kind: 'idle' } | { kind: 'copied'; address: string } | { kind: 'failed'; address: string; url: string };

/** Print, copy the page's address, and the device's share sheet where it has one. Hidden on paper. */
export function PageTools({ title }: { title: string }) {
  const m = useT('page');
  const address = useCurrentAddress();
  const [lastStatus, setStatus] = useState<Status>({ kind: 'idle' });
  // A confirmation speaks of the address it copied: once the page's address changes it no longer shows.
  const status: Status = lastStatus.kind !== 'idle' && lastStatus.address === address ? lastStatus : { kind: 'idle' };
  const fallback = useRef<HTMLInputElement>(null);
  // Decided after hydration: the prerendered page cannot know the reader's device.
  const canShare = useSyncExternalStore(
    noChange,
    () => typeof navigator.share === 'function',
    () => false,
  );

  useEffect(() => {
    if (lastStatus.kind === 'failed') fallback.current?.select();
  }, [lastStatus]);

  const copy = async () => {
    const url = window.location.href;
    setStatus((await copyText(url)) ? { kind: 'copied', address } : { kind: 'failed', address, url });
  };
  const share = async () => {
    try {
      await navigator.share({ title, url: window.location.href });
    } catch {
      // The reader closed the sheet, or the device refused: nothing to report.
    }
  };

  return (
    <div className="page-tools needs-js" role="group" aria-label={m('tools')}>
      <button type="button" onClick={() => window.print()}>
        {m('print')}
      </button>
      <button type="button" onClick={copy}>
        {m('copyLink')}
      </button>
      {canShare && (
        <button type="button" onClick={share}>
          {m('share')}
        </button>
      )}
      <p className="page-tools-status" role="status" aria-live="polite">
        {status.kind === 'copied' && m('copied')}
        {status.kind === 'failed' && m('copyFailed')}
      </p>
      {status.kind === 'failed' && (
        <input
          ref={fallback}
          className="page-tools-address"
          readOnly
          value={status.url}
          aria-label={m('addressLabel')}
        />
      )}
    </div>
  );
}
