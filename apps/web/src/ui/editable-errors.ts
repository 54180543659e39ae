import { createEffect, createSignal, on } from "solid-js";

/**
 * A form's field errors that clear, field by field, as soon as the user edits the field: an error that
 * stays after it is fixed reads as if the fix did not work. A new answer from the server shows its errors
 * again. `onInput` goes on the form element; every field's `name` is its error's key. Named `create…` like
 * Solid's own primitives because, like them, it makes a signal and an effect in the calling component and
 * tracks `errors`; that name is also what tells eslint-plugin-solid the accessor passed in is tracked.
 */
export function createEditableErrors(errors: () => Record<string, string>) {
  const [edited, setEdited] = createSignal<ReadonlySet<string>>(new Set());
  createEffect(on(errors, () => setEdited(new Set<string>()), { defer: true }));
  const onInput = (e: Event) => {
    const name = (e.target as HTMLInputElement | null)?.name;
    if (name && !edited().has(name)) setEdited(new Set([...edited(), name]));
  };
  const shown = () => {
    const all = errors();
    const out: Record<string, string> = {};
    for (const [key, message] of Object.entries(all))
      if (!edited().has(key.split(".")[0] as string)) out[key] = message;
    return out;
  };
  return { errors: shown, onInput };
}
