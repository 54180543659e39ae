import { createSignal, Show } from "solid-js";
import { patchContact } from "../../api/patch-contact";
import type { Problem } from "../../api/problem";
import type { StoredContact } from "../../api/types";
import { CheckField } from "../../ui/fields";
import { ProblemView } from "../../ui/problem-view";

/** Why they are a current colleague, as the line under "Current colleague —" says it. */
export function colleagueLine(contact: Pick<StoredContact, "colleagueReason" | "colleagueSource">): string {
  const reason = contact.colleagueReason;
  if (reason) return reason.charAt(0).toLowerCase() + reason.slice(1);
  return contact.colleagueSource === "you" ? "you marked them as one." : "they work with you now.";
}

/**
 * A current colleague's note on their page: why Enlist takes them for one, and whether the user has told
 * them about the move (trusted), saved as soon as it is ticked.
 */
export function ColleagueNote(props: {
  contact: StoredContact;
  onSaved: (contact: StoredContact, etag: string) => void;
}) {
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<Problem>();
  const setTrusted = async (trusted: boolean) => {
    setBusy(true);
    setProblem(undefined);
    const saved = await patchContact(props.contact.id, { trusted: trusted || null });
    setBusy(false);
    if (!saved.ok) return setProblem(saved.problem);
    props.onSaved(saved.value, saved.response.headers.get("etag") ?? "");
  };
  return (
    <Show when={props.contact.currentColleague}>
      <section class="notice colleague" aria-label="Current colleague">
        <p>
          <strong>Current colleague</strong> — {colleagueLine(props.contact)}
        </p>
        <fieldset class="plain" disabled={busy()}>
          <CheckField
            label="I've told them about my move"
            name="trusted"
            checked={props.contact.trusted === true}
            onChange={(checked) => void setTrusted(checked)}
            hint={
              props.contact.trusted
                ? "They know: the plan may suggest asking them for help with it."
                : "Until you tick this, the plan keeps your move from them while you are still employed."
            }
          />
        </fieldset>
        <ProblemView problem={problem()} />
      </section>
    </Show>
  );
}
