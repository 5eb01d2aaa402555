/**
 * Static first: a prerendered page is complete without its code, so the app starts when the reader first uses the
 * page (the pointer over it, a touch, scrolling, a key, focus), not while the page loads. What the reader does until the app
 * has taken over is held and done again once it has: a click on a control, a key on an element, a form sent, a
 * field's new value, and where the pointer and focus are. A field changes at once, as the reader expects, and the
 * app is told afterwards. Measured (docs/benchmarks.md, Lighthouse on a phone): the overview loaded 129.6 kB of
 * script with 84 ms of blocking time when it hydrated while loading, 5.1 kB and 10 ms when it waits.
 */

/** The attribute the app sets on `<html>` once it has hydrated (or rendered) the page (app/App.tsx). */
export const HYDRATED = 'data-hydrated';

/** The first signs of use. Scrolling counts: a reader who scrolls is about to use what comes into view. */
const WAKE_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'wheel', 'scroll', 'keydown', 'focusin'] as const;

/** Keys that move focus or only modify another key: the browser's own handling is all they need. */
const PASSING_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

/** Elements whose Enter or Space the browser turns into a click, which is held as such. */
const CLICKED_BY_KEYS = 'button, summary, a[href], label, input[type=checkbox], input[type=radio], input[type=submit]';

/**
 * Clicks the browser answers on its own, not held: a link opens its page (prerendered too, so the reader waits no
 * longer than for the app), a checkbox or radio (or its label) ticks.
 */
const NOT_HELD = 'a[href], label, input[type=checkbox], input[type=radio]';

type Held =
  | { kind: 'click'; target: Element; init: MouseEventInit }
  | { kind: 'key'; target: Element; init: KeyboardEventInit }
  | { kind: 'submit'; form: HTMLFormElement };

/** A field whose value or tick the reader changes. */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const isField = (target: EventTarget | null): target is Field =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;

const isCheckable = (field: Field): field is HTMLInputElement =>
  field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');

const isEditable = (target: Element) =>
  (isField(target) && !isCheckable(target)) || (target as HTMLElement).isContentEditable;

const modifiers = (e: KeyboardEvent | MouseEvent) => ({
  ctrlKey: e.ctrlKey,
  shiftKey: e.shiftKey,
  altKey: e.altKey,
  metaKey: e.metaKey,
});

export interface UseHold {
  /** Resolves on the page's first use (at once if it was used before this was asked). */
  used: Promise<void>;
  /** Replays what was held once the app has hydrated the page, or at once when `hydrated` is false (the page stays static). */
  release: (hydrated: boolean) => void;
}

/**
 * Starts holding the reader's actions in `root` (call it as early as the page's script runs). `used` tells when
 * to start the app; `release` hands over to it.
 */
export function holdUse(root: HTMLElement, doc: Document = root.ownerDocument): UseHold {
  const held: Held[] = [];
  const changed = new Set<Field>();
  let pointer: { x: number; y: number } | null = null;
  let markUsed: () => void = () => {};
  const used = new Promise<void>((resolve) => (markUsed = resolve));
  const inRoot = (target: EventTarget | null): target is Element => target instanceof Element && root.contains(target);

  const onWake = () => markUsed();
  const onPointer = (e: PointerEvent | MouseEvent) => {
    pointer = inRoot(e.target) ? { x: e.clientX, y: e.clientY } : null;
  };
  const onLeave = (e: PointerEvent) => {
    if (e.relatedTarget === null) pointer = null;
  };
  const onClick = (e: MouseEvent) => {
    if (!inRoot(e.target) || e.target.closest(NOT_HELD)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const { clientX, clientY, button, detail } = e;
    held.push({
      kind: 'click',
      target: e.target,
      init: { bubbles: true, cancelable: true, composed: true, clientX, clientY, button, detail, ...modifiers(e) },
    });
  };
  const onKey = (e: KeyboardEvent) => {
    const target = e.target;
    if (!inRoot(target) || isEditable(target) || PASSING_KEYS.has(e.key)) return;
    if ((e.key === 'Enter' || e.key === ' ') && target.closest(CLICKED_BY_KEYS)) return;
    e.stopImmediatePropagation();
    const { key, code, repeat } = e;
    held.push({
      kind: 'key',
      target,
      init: { bubbles: true, cancelable: true, composed: true, key, code, repeat, ...modifiers(e) },
    });
  };
  const onSubmit = (e: SubmitEvent) => {
    if (!(e.target instanceof HTMLFormElement) || !root.contains(e.target)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    held.push({ kind: 'submit', form: e.target });
  };
  const onValue = (e: Event) => {
    if (isField(e.target) && root.contains(e.target)) {
      e.stopImmediatePropagation();
      changed.add(e.target);
    }
  };

  // Passive: the wake listeners never cancel, so scrolling and touch stay the browser's at once.
  for (const type of WAKE_EVENTS) doc.addEventListener(type, onWake, { capture: true, passive: true });
  const listeners: Array<[string, EventListener]> = [
    ['pointerover', onPointer as EventListener],
    ['pointermove', onPointer as EventListener],
    ['pointerout', onLeave as EventListener],
    ['click', onClick as EventListener],
    ['keydown', onKey as EventListener],
    ['submit', onSubmit as EventListener],
    ['input', onValue],
    ['change', onValue],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener, { capture: true });

  const release = (hydrated: boolean) => {
    for (const type of WAKE_EVENTS) doc.removeEventListener(type, onWake, { capture: true });
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener, { capture: true });
    // The held actions first, on the page as the reader saw it: the pointer over a chart, told next, replaces its
    // drawing.
    if (hydrated) replayFields(changed);
    for (const action of held) replay(action, doc, root);
    if (hydrated) replayPointerAndFocus(doc, root, pointer);
  };
  return { used, release };
}

/** Where the pointer and focus are, which the app did not see happen. */
function replayPointerAndFocus(doc: Document, root: HTMLElement, pointer: { x: number; y: number } | null) {
  const under = pointer && doc.elementFromPoint(pointer.x, pointer.y);
  if (pointer && under && root.contains(under)) {
    const init = { bubbles: true, composed: true, clientX: pointer.x, clientY: pointer.y, relatedTarget: null };
    under.dispatchEvent(new PointerEvent('pointerover', init));
    under.dispatchEvent(new MouseEvent('mouseover', init));
    // Enter events do not bubble: the browser sends one to each element the pointer is inside, outermost first.
    const inside: Element[] = [];
    for (let el: Element | null = under; el && root.contains(el); el = el.parentElement) inside.unshift(el);
    for (const el of inside) {
      el.dispatchEvent(new PointerEvent('pointerenter', { ...init, bubbles: false }));
      el.dispatchEvent(new MouseEvent('mouseenter', { ...init, bubbles: false }));
    }
  }
  const focused = doc.activeElement;
  if (focused && focused !== doc.body && root.contains(focused))
    focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
}

/** What the fields hold, which the app did not see change. */
function replayFields(fields: Set<Field>) {
  for (const field of fields) {
    if (!field.isConnected) continue;
    if (field instanceof HTMLSelectElement) {
      field.dispatchEvent(new Event('change', { bubbles: true }));
      continue;
    }
    // React keeps the value or tick it last saw on the element and reports a change only when the element's own
    // differs: the one it rendered goes back through the element's setter, then the reader's comes again.
    if (isCheckable(field)) {
      if (field.checked === field.defaultChecked || (field.type === 'radio' && !field.checked)) continue;
      field.checked = !field.checked;
      field.click();
      continue;
    }
    const value = field.value;
    if (value === field.defaultValue) continue;
    field.value = field.defaultValue;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/**
 * Does a held action again. A clicked element the app has drawn anew (a chart measured for its box) is found where
 * the pointer pressed it: the app draws it at the same place.
 */
function replay(action: Held, doc: Document, root: HTMLElement) {
  if (action.kind === 'submit') {
    if (action.form.isConnected) action.form.requestSubmit();
    return;
  }
  let target: Element | null = action.target;
  const { clientX = 0, clientY = 0, detail = 0 } = action.init as MouseEventInit;
  // A key goes where focus is: the key before it may have moved focus on (a map's arrow keys).
  if (action.kind === 'key' && doc.activeElement && doc.activeElement !== doc.body) target = doc.activeElement;
  else if (!target.isConnected)
    target = action.kind === 'click' && detail > 0 ? doc.elementFromPoint(clientX, clientY) : null;
  if (!target || !root.contains(target)) return;
  target.dispatchEvent(
    action.kind === 'click' ? new MouseEvent('click', action.init) : new KeyboardEvent('keydown', action.init),
  );
}

/** Resolves once the app has marked `<html>` as hydrated. */
export function whenHydrated(doc: Document = document): Promise<void> {
  const html = doc.documentElement;
  if (html.hasAttribute(HYDRATED)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!html.hasAttribute(HYDRATED)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(html, { attributes: true, attributeFilter: [HYDRATED] });
  });
}

/**
 * Whether this page can wait for its reader as it is: it is the prerendered page of this very address (its
 * canonical path, no query the prerender did not apply) and was built from the data the page fetched
 * (`isBuiltFrom`, given the fingerprint the page carries).
 */
export function canWait(
  doc: Document,
  location: Pick<Location, 'pathname' | 'search'>,
  isBuiltFrom: (digest: string | undefined) => boolean,
): boolean {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;
  return (
    !!canonical &&
    new URL(canonical).pathname === location.pathname &&
    location.search === '' &&
    doc.getElementById('root')?.firstElementChild != null &&
    isBuiltFrom(doc.querySelector<HTMLMetaElement>('meta[name=data-digest]')?.content)
  );
}
