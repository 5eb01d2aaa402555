import { Component, useEffect, useState, type ReactNode } from 'react';
import { DataFileUnavailable, type DataFileError } from '../data/fetchData';
import { useDataState } from '../data/DataContext';
import { useT } from '../i18n';
import { ErrorPanel } from './ErrorPanel';
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
    const chunk = isChunkLoadError(error);
    const failed = (
      <ViewFailed
        chunk={chunk}
        onRetry={() => {
          retryFailedChunks();
          this.setState({ error: null });
        }}
      />
    );
    return chunk ? failed : <DataCheck otherwise={failed} />;
  }
}

/**
 * A view that broke while rendering may have met a data file that does not match its schema: the build validates
 * them, so the page does not, but a file replaced on the server since would break a view. Only then are the
 * schemas loaded, to name the file; a dataset that passes leaves the plain error message.
 */
function DataCheck({ otherwise }: { otherwise: ReactNode }) {
  const t = useT();
  const state = useDataState();
  // Until the check has run nothing is said, so the first message a reader (or a screen reader) gets is the right one.
  const [errors, setErrors] = useState<DataFileError[] | null>(null);
  const loaded = 'ok' in state ? (state.ok ? state.dataset : state.partial) : null;
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    import('../data/load')
      .then(({ filesOf, validateDataset }) => {
        const files = filesOf(loaded);
        const result = validateDataset(files);
        return result.ok ? [] : result.errors.filter((e) => files[e.file] !== undefined);
      })
      .catch(() => [])
      .then((found) => live && setErrors(found));
    return () => {
      live = false;
    };
  }, [loaded]);
  if (!loaded) return otherwise;
  if (errors === null)
    return (
      <p className="loading" role="status" data-loading>
        {t('loadingView')}
      </p>
    );
  return errors.length ? <ErrorPanel errors={errors} /> : otherwise;
}

function ViewFailed({ chunk, onRetry }: { chunk: boolean; onRetry: () => void }) {
  const m = useT('error');
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
