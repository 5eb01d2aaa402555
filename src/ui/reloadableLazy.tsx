import { lazy, type ComponentType } from 'react';

/** Failed lazy components, each with the step that makes its next render import the chunk anew. */
const failed = new Set<() => void>();

/**
 * React.lazy remembers a failed import for good, so after the network comes back "try again" would fail again.
 * A failed reloadableLazy keeps failing (so the error reaches its boundary instead of retrying in a loop) until
 * retryFailedChunks() is called: the boundary's "try again" does that before it renders the view again.
 */
export function reloadableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const make = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        failed.add(() => {
          Current = make();
        });
        throw error;
      }),
    );
  let Current = make();
  return function Reloadable(props: P) {
    return <Current {...props} />;
  };
}

export function retryFailedChunks() {
  for (const reset of failed) reset();
  failed.clear();
}
