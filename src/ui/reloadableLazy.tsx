import { lazy, type ComponentType } from 'react';

/**
 * React.lazy remembers a failed import for good, so after the network comes back "try again" would fail again.
 * This one forgets a failed load: the next render after the error boundary resets imports the chunk anew.
 */
export function reloadableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const attempt = (): Promise<{ default: ComponentType<P> }> =>
    load().catch((error: unknown) => {
      Current = lazy(attempt);
      throw error;
    });
  let Current = lazy(attempt);
  return function Reloadable(props: P) {
    return <Current {...props} />;
  };
}
