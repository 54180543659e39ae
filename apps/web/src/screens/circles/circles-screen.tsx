import { A } from "@solidjs/router";
import { CONTACT_STATUSES } from "@enlist/core/schemas";
import { createSignal } from "solid-js";
import { CheckField, SelectField, TextField } from "../../ui/fields";
import { Page } from "../../ui/page";
import { CirclesBoard } from "./circles-board";
import { NO_FILTER, type Filter } from "./contact-pages";

type Typed = "q" | "company" | "role" | "year";
const YEAR = /^\d{4}$/;

export default function CirclesScreen() {
  const [typed, setTyped] = createSignal<Record<Typed, string>>({ q: "", company: "", role: "", year: "" });
  const [filter, setFilter] = createSignal<Filter>(NO_FILTER);
  const timers: Partial<Record<Typed, ReturnType<typeof setTimeout>>> = {};
  const yearError = () => {
    const y = typed().year.trim();
    return y && !YEAR.test(y) ? "should be a year of four digits, such as 2023" : undefined;
  };
  const onType = (field: Typed, value: string) => {
    setTyped((t) => ({ ...t, [field]: value }));
    clearTimeout(timers[field]);
    const v = value.trim();
    // A year is asked for once it is a whole one; "202" would match no one.
    if (field === "year" && v && !YEAR.test(v)) return;
    // Searching waits for a pause in typing: one query per word, not per key.
    timers[field] = setTimeout(() => setFilter((f) => ({ ...f, [field]: v })), 250);
  };
  return (
    <Page
      title="Circles"
      lead="Three kinds of people matter most in a pivot. Move someone with the arrow buttons, Alt+← and Alt+→, or by dragging. To sort many at once, pick them — click a card, Shift+click for a run, or Space and Shift+↑/↓ — then move or archive them together."
      actions={
        <A class="button" href="/contacts/new">
          Add a contact
        </A>
      }
    >
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="circle-q">Search by name, company, role or e-mail</label>
          <input id="circle-q" type="search" value={typed().q} onInput={(e) => onType("q", e.currentTarget.value)} />
        </div>
        <TextField
          label="Company"
          name="company"
          type="search"
          value={typed().company}
          onInput={(e) => onType("company", e.currentTarget.value)}
        />
        <TextField
          label="Role words"
          name="role"
          type="search"
          hint="Every word, in any order"
          value={typed().role}
          onInput={(e) => onType("role", e.currentTarget.value)}
        />
        <TextField
          label="Year connected"
          name="year"
          inputMode="numeric"
          maxLength={4}
          value={typed().year}
          error={yearError()}
          onInput={(e) => onType("year", e.currentTarget.value)}
        />
        <SelectField
          label="Status"
          name="status"
          options={CONTACT_STATUSES}
          value={filter().status as never}
          placeholder="Any status"
          onChange={(status) => setFilter((f) => ({ ...f, status }))}
        />
        <CheckField
          label="Show archived"
          name="archived"
          hint="Only those set aside as not relevant, to restore them"
          checked={filter().archived}
          onChange={(archived) => setFilter((f) => ({ ...f, archived }))}
        />
      </form>
      <CirclesBoard filter={filter()} />
    </Page>
  );
}
