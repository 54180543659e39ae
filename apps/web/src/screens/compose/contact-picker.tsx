import { A } from "@solidjs/router";
import { createResource, createSignal } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import { CIRCLE_NAMES } from "../../lib/labels";
import { LoadedList } from "../../ui/loaded";

/** Whom to write to: a search over the user's contacts. */
export function ContactPicker() {
  const [q, setQ] = createSignal("");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const [query, setQuery] = createSignal("");
  const [page, { refetch }] = createResource(
    () => ({ text: query() }),
    ({ text }) => call(() => api.v1.contacts.$get({ query: { limit: "20", ...(text ? { q: text } : {}) } })),
  );
  return (
    <section aria-labelledby="pick-title">
      <h2 id="pick-title">Whom are you writing to?</h2>
      <div class="field">
        <label for="pick-q">Search your contacts</label>
        <input
          id="pick-q"
          type="search"
          value={q()}
          onInput={(e) => {
            setQ(e.currentTarget.value);
            clearTimeout(timer);
            timer = setTimeout(() => setQuery(q().trim()), 200);
          }}
        />
      </div>
      <LoadedList
        outcome={page.latest}
        retry={() => void refetch()}
        class="picker"
        empty={
          <p class="empty">
            No one matches. <A href="/contacts/new">Add a contact</A>.
          </p>
        }
      >
        {(c) => (
          <>
            <A href={`/compose?contact=${encodeURIComponent(c.id)}`}>{c.name}</A>{" "}
            <span class="tag">{CIRCLE_NAMES[c.circle]}</span>{" "}
            <span class="hint">{[c.role, c.company].filter(Boolean).join(", ")}</span>
          </>
        )}
      </LoadedList>
    </section>
  );
}
