import { createSignal, Show } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import type { Problem } from "../../api/problem";
import { CopyButton } from "../../ui/copy-button";
import { ProblemView } from "../../ui/problem-view";

/** A calendar subscription for follow-ups due; making a new link revokes the old one. */
export function CalendarFeed() {
  const [link, setLink] = createSignal<string>();
  const [problem, setProblem] = createSignal<Problem>();
  const make = async () => {
    const made = await call(() => api.v1["follow-ups"].feed.$post());
    if (!made.ok) return setProblem(made.problem);
    setProblem(undefined);
    setLink(`${location.origin}${made.value.path}`);
  };
  const stop = async () => {
    const done = await call(() => api.v1["follow-ups"].feed.$delete());
    if (!done.ok) return setProblem(done.problem);
    setProblem(undefined);
    setLink(undefined);
  };
  return (
    <section aria-labelledby="feed-title">
      <h2 id="feed-title">Calendar feed</h2>
      <p>
        Follow-ups due, in your calendar app. Anyone with the link can read the names in it, so keep it to yourself.
      </p>
      <Show when={link()}>
        <div class="field">
          <label for="feed-link">Subscribe to this address</label>
          <input id="feed-link" readOnly value={link()} onFocus={(e) => e.currentTarget.select()} />
          <CopyButton text={link() ?? ""} label="Copy the feed link" />
        </div>
      </Show>
      <div class="row">
        <button type="button" onClick={make}>
          {link() ? "Make a new link (the old one stops working)" : "Make a feed link"}
        </button>
        <button type="button" onClick={stop}>
          Stop the feed
        </button>
      </div>
      <ProblemView problem={problem()} retry={make} />
    </section>
  );
}
