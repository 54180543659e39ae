import { CHECK_IN_WEEKS } from "@enlist/core/plan";
import { CIRCLE_IDS, CONTACT_STATUSES, TIES, type CircleId, type Contact } from "@enlist/core/schemas";
import { createSignal, Show, type JSX } from "solid-js";
import type { StoredContact } from "../../api/types";
import { CIRCLE_NAMES } from "../../lib/labels";
import { pivot } from "../../session";
import { createEditableErrors } from "../../ui/editable-errors";
import { CheckField, SelectField, TextArea, TextField } from "../../ui/fields";
import { colleagueChoice } from "./colleague-choice";

/** What the form sends: a contact's fields, and `currentColleague: null` to hand the decision back to the employer. */
export type ContactFields = Omit<Contact, "id" | "currentColleague"> & { currentColleague?: boolean | null };

const TIE_PLURALS = {
  close: "close ties",
  friend: "friends",
  acquaintance: "acquaintances",
  weak: "weak ties",
  stranger: "strangers",
} as const;
const TIE_NAMES = {
  close: "Close: would go to the ends of the earth for you",
  friend: "Friend",
  acquaintance: "Acquaintance",
  weak: "Weak: shared school, a mutual contact, met once",
  stranger: "Stranger",
} as const;

/**
 * Empty text fields are left out, so that clearing a field removes it instead of storing "". The colleague
 * flag is sent only when the user set it: otherwise the API decides it from the employer, as shown.
 */
function read(
  form: HTMLFormElement,
  circle: CircleId,
  tie: Contact["tie"],
  status: string,
  colleague: boolean | null | undefined,
): ContactFields {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "").trim();
  const out: Record<string, unknown> = {
    name: text("name"),
    circle,
    tie,
    ...(colleague !== undefined ? { currentColleague: colleague } : {}),
  };
  if (status) out.status = status;
  for (const key of ["company", "role", "field", "connection", "researchNotes", "email", "linkedInUrl"])
    if (text(key)) out[key] = text(key);
  if (text("transitionFrom") || text("transitionTo"))
    out.transition = { from: text("transitionFrom"), to: text("transitionTo") };
  // Anything but a whole number is sent as typed, for the API to say what is wrong with it beside the field.
  const weeks = text("checkInWeeks");
  if (circle === "backers" && weeks) out.checkInWeeks = /^\d+$/.test(weeks) ? Number(weeks) : weeks;
  return out as ContactFields;
}

/** A contact's fields, for adding one or editing one; errors from the API appear beside their fields. */
export function ContactForm(props: {
  initial?: Partial<StoredContact>;
  errors: Record<string, string>;
  busy: boolean;
  submitLabel: string;
  onSubmit: (fields: ContactFields) => void;
  children?: JSX.Element;
}) {
  const [circle, setCircle] = createSignal<CircleId>(props.initial?.circle ?? "backers");
  const [tie, setTie] = createSignal<Contact["tie"]>(props.initial?.tie ?? "acquaintance");
  const [status, setStatus] = createSignal<string>(props.initial?.status ?? "new");
  const [company, setCompany] = createSignal(props.initial?.company ?? "");
  // What the user set the checkbox to on this form: undefined until they touch it, null to let the employer decide.
  const [chosen, setChosen] = createSignal<boolean | null | undefined>(undefined);
  const colleague = () => colleagueChoice(props.initial ?? {}, chosen(), pivot()?.currentEmployer, company());
  const i = props.initial ?? {};
  const { errors, onInput } = createEditableErrors(() => props.errors);
  return (
    <form
      class="contact-form"
      novalidate
      onInput={onInput}
      onChange={onInput}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(read(e.currentTarget, circle(), tie(), status(), chosen()));
      }}
    >
      <TextField label="Name" name="name" required value={i.name ?? ""} error={errors().name} />
      <div class="row wrap">
        <SelectField
          label="Circle"
          name="circle"
          options={CIRCLE_IDS}
          labels={CIRCLE_NAMES}
          value={circle()}
          onChange={setCircle}
          error={errors().circle}
        />
        <SelectField
          label="Tie"
          name="tie"
          options={TIES}
          labels={TIE_NAMES}
          value={tie()}
          onChange={setTie}
          hint="How strong the relationship is: it sets how much you can reasonably ask."
          error={errors().tie}
        />
        <SelectField
          label="Status"
          name="status"
          options={CONTACT_STATUSES}
          value={status() as never}
          onChange={setStatus}
          error={errors().status}
        />
      </div>
      <CheckField
        label="Works at my current employer"
        name="currentColleague"
        checked={colleague().checked}
        onChange={setChosen}
        hint={colleague().hint}
        error={errors().currentColleague}
      />
      <Show when={colleague().yours}>
        <button type="button" class="link" onClick={() => setChosen(null)}>
          Let Enlist decide from their company
        </button>
      </Show>
      <div class="row wrap">
        <TextField
          label="Company"
          name="company"
          value={i.company ?? ""}
          onInput={(e) => setCompany(e.currentTarget.value)}
          error={errors().company}
        />
        <TextField label="Role" name="role" value={i.role ?? ""} error={errors().role} />
        <TextField label="Field" name="field" value={i.field ?? ""} error={errors().field} />
      </div>
      <TextField
        label="How you are connected"
        name="connection"
        value={i.connection ?? ""}
        hint={'"We met at DevLearn 2025", "Ana\'s sister".'}
        error={errors().connection}
      />
      <div id="research">
        <TextArea
          label={circle() === "leaders" ? "What did they do that you admire?" : "Research notes"}
          name="researchNotes"
          rows={4}
          value={i.researchNotes ?? ""}
          hint={
            circle() === "leaders"
              ? "Study leaders before you write: a specific compliment is what makes a stranger answer."
              : "What you know of them and what they could help with."
          }
          error={errors().researchNotes}
        />
      </div>
      <Show when={circle() === "pathfinders" || i.transition}>
        <fieldset>
          <legend>The move they made</legend>
          <div class="row wrap">
            <TextField
              label="From"
              name="transitionFrom"
              value={i.transition?.from ?? ""}
              error={props.errors["transition.from"]}
            />
            <TextField
              label="To"
              name="transitionTo"
              value={i.transition?.to ?? ""}
              error={props.errors["transition.to"]}
            />
          </div>
        </fieldset>
      </Show>
      <Show when={circle() === "backers"}>
        <TextField
          label="Check in every … weeks"
          name="checkInWeeks"
          inputMode="numeric"
          value={i.checkInWeeks !== undefined ? String(i.checkInWeeks) : ""}
          hint={`How often the weekly plan reminds you to keep in touch, from 1 to 52. Left empty: every ${CHECK_IN_WEEKS[tie()]} weeks, as for all ${TIE_PLURALS[tie()]}.`}
          error={errors().checkInWeeks}
        />
      </Show>
      <div class="row wrap">
        <TextField label="E-mail" name="email" type="email" value={i.email ?? ""} error={errors().email} />
        <TextField
          label="LinkedIn profile"
          name="linkedInUrl"
          type="url"
          value={i.linkedInUrl ?? ""}
          error={errors().linkedInUrl}
        />
      </div>
      {props.children}
      <button type="submit" class="primary" disabled={props.busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}
