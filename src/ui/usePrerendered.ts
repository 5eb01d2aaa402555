import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * True while React renders the prerendered page (the build) or hydrates it, false in every render after: content
 * that a reader without JavaScript needs in the HTML, but the live page draws only when asked for, is kept for that
 * pass and dropped right after it.
 */
export function usePrerendered(): boolean {
  return useSyncExternalStore(
    never,
    () => false,
    () => true,
  );
}
