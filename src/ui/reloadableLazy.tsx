import { lazy, useState, type ComponentType } from 'react';

/** Failed lazy components, each with the step that makes its next render import the chunk anew. */
const failed = new Set<() => void>();

export type ReloadableComponent<P extends object> = ComponentType<P> & {
  /** Starts loading the code; once it is here the component renders at once instead of suspending. */
  preload: () => Promise<unknown>;
  /** Whether the code has arrived, so the component renders without suspending. */
  isLoaded: () => boolean;
};

/**
 * React.lazy remembers a failed import for good, so after the network comes back "try again" would fail again.
 * A failed reloadableLazy keeps failing (so the error reaches its boundary instead of retrying in a loop) until
 * retryFailedChunks() is called: the boundary's "try again" does that before it renders the view again.
 *
 * Code that has already arrived is rendered directly. A lazy component suspends on its first render even when its
 * module is loaded, and a boundary that suspends while a prerendered page hydrates is thrown away and rendered
 * afresh as soon as anything above it updates: the page would repaint and lose its first paint.
 */
export function reloadableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ReloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        failed.add(() => {
          Current = lazy(preload);
        });
        throw error;
      },
    );
  let Current = lazy(preload);
  function Reloadable(props: P) {
    // Decided once per mount, so a component never switches from the lazy wrapper to the direct one and remounts.
    const [Direct] = useState(() => loaded);
    return Direct ? <Direct {...props} /> : <Current {...props} />;
  }
  return Object.assign(Reloadable, { preload, isLoaded: () => loaded !== undefined });
}

export function retryFailedChunks() {
  for (const reset of failed) reset();
  failed.clear();
}
