import { askDefaults } from "@enlist/core/ask";
import { ASK_FORMATS, ASK_KINDS, type Ask, type AskKind } from "@enlist/core/schemas";
import { ASK_KIND_NAMES } from "../../lib/labels";
import { CheckField, SelectField, TextField } from "../../ui/fields";

const FORMAT_NAMES = {
  async: "In writing (e-mail, message)",
  call: "Phone call",
  video: "Video call",
  "in-person": "In person",
} as const;

const optionalNumber = (value: string) =>
  value.trim() === "" || !Number.isFinite(Number(value)) ? undefined : Math.max(0, Math.round(Number(value)));

/** The parts of an ask, as a form: each change gives the whole new ask. */
export function AskFields(props: { ask: Ask; onChange: (ask: Ask) => void; errors?: Record<string, string> }) {
  const set = <K extends keyof Ask>(key: K, value: Ask[K] | undefined) => {
    const next = { ...props.ask };
    if (value === undefined || value === "") delete next[key];
    else next[key] = value as Ask[K];
    props.onChange(next);
  };
  // A new kind starts from its own size: a coffee's hour and travel must not stay on "a few questions".
  const setKind = (kind: AskKind) => {
    const { format: _f, minutes: _m, travelMinutes: _t, questions: _q, ...kept } = props.ask;
    props.onChange({ ...kept, kind, ...askDefaults(kind) });
  };
  /** A size of the ask: a whole number, empty when not set. */
  const CountField = (field: { label: string; name: "minutes" | "travelMinutes" | "questions" }) => (
    <TextField
      label={field.label}
      name={field.name}
      type="number"
      min="0"
      inputmode="numeric"
      value={props.ask[field.name]?.toString() ?? ""}
      onInput={(e) => set(field.name, optionalNumber(e.currentTarget.value))}
      error={props.errors?.[field.name]}
    />
  );
  return (
    <fieldset class="ask-fields">
      <legend>The ask</legend>
      <SelectField
        label="What you ask for"
        name="kind"
        options={ASK_KINDS}
        labels={ASK_KIND_NAMES}
        value={props.ask.kind}
        onChange={setKind}
        error={props.errors?.kind}
      />
      <TextField
        label="Specifically"
        name="specifics"
        value={props.ask.specifics}
        onInput={(e) => set("specifics", e.currentTarget.value)}
        hint="Whom to introduce, which topic, which document. Specific asks get answers; vague ones confuse."
        error={props.errors?.specifics}
      />
      <div class="row wrap">
        <SelectField
          label="Format"
          name="format"
          options={ASK_FORMATS}
          labels={FORMAT_NAMES}
          value={props.ask.format ?? ""}
          placeholder="Not set"
          onChange={(v) => set("format", v || undefined)}
          error={props.errors?.format}
        />
        <CountField label="Their time (minutes)" name="minutes" />
        <CountField label="Their travel (minutes)" name="travelMinutes" />
        <CountField label="Questions" name="questions" />
        <TextField
          label="Deadline"
          name="deadline"
          type="date"
          value={props.ask.deadline ?? ""}
          onInput={(e) => set("deadline", e.currentTarget.value || undefined)}
          error={props.errors?.deadline}
        />
      </div>
      <CheckField
        label="It recurs (weekly calls, mentorship)"
        name="recurring"
        checked={props.ask.recurring ?? false}
        onChange={(v) => set("recurring", v || undefined)}
        error={props.errors?.recurring}
      />
    </fieldset>
  );
}
