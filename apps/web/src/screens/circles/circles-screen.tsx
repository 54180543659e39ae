import { A } from "@solidjs/router";
import { CONTACT_STATUSES } from "@enlist/core/schemas";
import { createSignal } from "solid-js";
import { SelectField } from "../../ui/fields";
import { Page } from "../../ui/page";
import { CirclesBoard } from "./circles-board";

export default function CirclesScreen() {
  const [text, setText] = createSignal("");
  const [filter, setFilter] = createSignal({ q: "", status: "" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onSearch = (value: string) => {
    setText(value);
    clearTimeout(timer);
    // Searching waits for a pause in typing: one query per word, not per key.
    timer = setTimeout(() => setFilter((f) => ({ ...f, q: value.trim() })), 250);
  };
  return (
    <Page
      title="Circles"
      lead="Three kinds of people matter most in a pivot. Move someone with the arrow buttons, Alt+← and Alt+→, or by dragging."
      actions={
        <A class="button" href="/contacts/new">
          Add a contact
        </A>
      }
    >
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="circle-q">Search by name, company, role or e-mail</label>
          <input id="circle-q" type="search" value={text()} onInput={(e) => onSearch(e.currentTarget.value)} />
        </div>
        <SelectField label="Status" name="status" options={CONTACT_STATUSES} value={filter().status as never} placeholder="Any status" onChange={(status) => setFilter((f) => ({ ...f, status }))} />
      </form>
      <CirclesBoard filter={filter()} />
    </Page>
  );
}
