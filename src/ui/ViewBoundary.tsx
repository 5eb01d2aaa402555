import { Component, type ReactNode } from 'react';
import { DataFileUnavailable } from '../data/fetchData';
import { useMessages, useT } from '../i18n';
import { ErrorPanel } from './ErrorPanel';
import { errorMessages } from './messages';
import { retryFailedChunks } from './reloadableLazy';

/** Chromium, Firefox and Safari word a failed dynamic import differently; Vite's preload helper has its own. */
const CHUNK_FAILURE =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS|error loading dynamically imported module/i;

export const isChunkLoadError = (error: unknown) => error instanceof Error && CHUNK_FAILURE.test(error.message);

type Props = { children: ReactNode };
type State = { error: unknown };

/**
 * Holds one view: a chunk that failed to load, a data file the view needs that is broken, or a render error shows a
 * message in the view's place while the header and navigation stay.
 */
export class ViewBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (error instanceof DataFileUnavailable) return <ErrorPanel errors={error.errors} />;
    return (
      <ViewFailed
        chunk={isChunkLoadError(error)}
        onRetry={() => {
          retryFailedChunks();
          this.setState({ error: null });
        }}
      />
    );
  }
}

function ViewFailed({ chunk, onRetry }: { chunk: boolean; onRetry: () => void }) {
  const m = useMessages(errorMessages);
  const t = useT();
  return (
    <section className="error-panel" role="alert" aria-labelledby="view-error-title">
      <h1 id="view-error-title">{m(chunk ? 'chunkTitle' : 'crashTitle')}</h1>
      <p>{m(chunk ? 'chunkText' : 'crashText')}</p>
      <button type="button" onClick={onRetry}>
        {m('tryAgain')}
      </button>
      {chunk && (
        <button type="button" className="link-button" onClick={() => window.location.reload()}>
          {t('errorReload')}
        </button>
      )}
    </section>
  );
}
