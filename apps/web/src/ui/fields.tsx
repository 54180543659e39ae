import { For, Show, splitProps, type JSX } from "solid-js";

let next = 0;
const fieldId = (name: string) => `f-${name}-${++next}`;

interface Common {
  label: string;
  name: string;
  /** Why this field matters, in plain words: shown under the label. */
  hint?: string;
  /** The API's message for this field, shown beside it. */
  error?: string | undefined;
}

/** The API says what is wrong after the field's name ("must not be empty"); the form says it in full. */
export const asSentence = (label: string, error: string) =>
  /^[a-z]/.test(error) ? `${label} ${error}${/[.!?]$/.test(error) ? "" : "."}` : error;

function Frame(props: Common & { id: string; children: JSX.Element }) {
  return (
    <div class="field" classList={{ invalid: !!props.error }}>
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      {props.children}
      <p class="field-error" id={`${props.id}-error`} aria-live="polite">
        {props.error ? asSentence(props.label, props.error) : ""}
      </p>
    </div>
  );
}

const describedBy = (id: string, hint?: string) => [hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ");

export function TextField(props: Common & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, "name">) {
  const [own, rest] = splitProps(props, ["label", "name", "hint", "error"]);
  // eslint-disable-next-line solid/reactivity -- the id must stay put for the field's life; the name in it is only for reading
  const id = fieldId(own.name);
  return (
    <Frame {...own} id={id}>
      <input
        id={id}
        name={own.name}
        aria-invalid={own.error ? "true" : undefined}
        aria-describedby={describedBy(id, own.hint)}
        {...rest}
      />
    </Frame>
  );
}

export function TextArea(props: Common & Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const [own, rest] = splitProps(props, ["label", "name", "hint", "error"]);
  // eslint-disable-next-line solid/reactivity -- the id must stay put for the field's life; the name in it is only for reading
  const id = fieldId(own.name);
  return (
    <Frame {...own} id={id}>
      <textarea
        id={id}
        name={own.name}
        aria-invalid={own.error ? "true" : undefined}
        aria-describedby={describedBy(id, own.hint)}
        {...rest}
      />
    </Frame>
  );
}

export function SelectField<T extends string>(
  props: Common & {
    options: readonly T[];
    value: T | "";
    onChange: (value: T) => void;
    labels?: Partial<Record<T, string>>;
    placeholder?: string;
  },
) {
  // eslint-disable-next-line solid/reactivity -- the id must stay put for the field's life; the name in it is only for reading
  const id = fieldId(props.name);
  return (
    <Frame label={props.label} name={props.name} hint={props.hint} error={props.error} id={id}>
      <select
        id={id}
        name={props.name}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(id, props.hint)}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as T)}
      >
        <Show when={props.placeholder}>
          <option value="">{props.placeholder}</option>
        </Show>
        <For each={props.options}>{(o) => <option value={o}>{props.labels?.[o] ?? o}</option>}</For>
      </select>
    </Frame>
  );
}

export function CheckField(props: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  // eslint-disable-next-line solid/reactivity -- the id must stay put for the field's life; the name in it is only for reading
  const id = fieldId(props.name);
  return (
    <div class="field check" classList={{ invalid: !!props.error }}>
      <input
        type="checkbox"
        id={id}
        name={props.name}
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
        aria-describedby={describedBy(id, props.hint)}
      />
      <label for={id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <p class="field-error" id={`${id}-error`} aria-live="polite">
        {props.error ?? ""}
      </p>
    </div>
  );
}
