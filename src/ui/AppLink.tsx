import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { linkHref, linkState, type LinkTarget } from '../state/links';
import { useAppStore, useAppStoreApi, urlStateOf } from '../state/store';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> & {
  to: LinkTarget;
  /** After an in-app navigation (moving focus, scrolling). */
  onNavigate?: () => void;
};

/** A plain, unmodified primary-button click; anything else (new tab, new window, download) is the browser's. */
export const isPlainClick = (e: MouseEvent) =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;

/**
 * A real link to a state of the app: it has an href (open in new tab, copy link address, middle-click all work),
 * and a plain click moves the store there instead, which pushes the history entry through useUrlSync.
 */
export function AppLink({ to, onNavigate, children, ...rest }: Props) {
  const href = useAppStore((s) => linkHref(urlStateOf(s), to));
  const store = useAppStoreApi();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    const state = store.getState();
    state.restore(linkState(urlStateOf(state), to));
    onNavigate?.();
  };
  return (
    <a {...rest} href={href} onClick={onClick}>
      {children}
    </a>
  );
}
