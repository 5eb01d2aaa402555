type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What the reader left in a field: its value, and for a checkbox or radio button whether it is ticked. */
export interface Edit {
  value: string;
  checked: boolean;
}

/**
 * Whether the reader changed a prerendered field before the app hydrated it. The page's HTML is the field's default
 * (a `value`, `checked` or `selected` attribute), so any difference is the reader's.
 */
function editedBeforeHydration(field: Field): boolean {
  if (field instanceof HTMLSelectElement) return [...field.options].some((o) => o.selected !== o.defaultSelected);
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
    return field.checked !== field.defaultChecked;
  return field.value !== field.defaultValue;
}

const seen = new WeakSet<Field>();

/**
 * A ref for a field of the prerendered page that keeps what the reader typed, ticked or picked before the app took
 * over: React hydrates a field as the browser shows it but reports no change for it, so the app state would still
 * hold the prerendered value and the next render would put that back. `keep` gets the reader's edit once, after the
 * hydrated page has applied its address, and sets the app state to it (absolutely, not as a toggle).
 */
export function keepEarlyEdit(keep: (edit: Edit) => void) {
  return (field: Field | null) => {
    if (!field || seen.has(field)) return;
    seen.add(field);
    // A field the app renders itself after it has taken over holds the app's own value.
    if (field.ownerDocument.documentElement.hasAttribute('data-ready') || !editedBeforeHydration(field)) return;
    const edit = { value: field.value, checked: field instanceof HTMLInputElement && field.checked };
    // After the commit's layout effects, among them the one that applies the address (state/useUrlSync).
    queueMicrotask(() => keep(edit));
  };
}
