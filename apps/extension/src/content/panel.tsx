import { describeAsk, LINT_CONTEXT_FIELDS } from "@enlist/core/lint";
import type { Finding, LintReport } from "@enlist/core/schemas";
import { createSignal, For, Show } from "solid-js";
import type { Circle, KnownContact, Recipient, Tie } from "../shared/messages";
import type { PersonContext } from "../shared/settings";
import { today } from "./lint-box";
import { logSent } from "./person-store";
import type { Channel } from "./sites";

const SEVERITY = { error: "Error", warning: "Warning", info: "Note" } as const;
const CIRCLES = LINT_CONTEXT_FIELDS.circle.values;
const TIES = LINT_CONTEXT_FIELDS.tie.values;
const CIRCLE_NAMES: Record<Circle, string> = { backers: "Backer", leaders: "Leader", pathfinders: "Pathfinder" };
const TIE_NAMES: Record<Tie, string> = {
  close: "close",
  friend: "friend",
  acquaintance: "acquaintance",
  weak: "weak tie",
  stranger: "stranger",
};
const WIDTH = 320;
const GAP = 6;

export interface PanelProps {
  box: DOMRect;
  channel: Channel;
  report: LintReport | null;
  draft: string;
  limit: number | null;
  recipient: Recipient;
  person: PersonContext | null;
  known: KnownContact | null;
  connected: boolean;
  freeFromPage: boolean;
  free: boolean;
  onFree(free: boolean): void;
  onFix(f: Finding): void;
  onPerson(p: PersonContext): void;
  onLogged(status: string | undefined): void;
}

/**
 * Below the box when there is room, else beside it (a compose window in a corner), else above it: never over
 * the box, and always inside the window.
 */
function place(box: DOMRect): Record<string, string> {
  const left = Math.max(GAP, Math.min(box.right - WIDTH, innerWidth - WIDTH - GAP));
  if (innerHeight - box.bottom >= 220)
    return { left: `${left}px`, top: `${box.bottom + GAP}px`, "max-height": `${innerHeight - box.bottom - 2 * GAP}px` };
  const beside =
    box.left >= WIDTH + 2 * GAP
      ? box.left - WIDTH - GAP
      : innerWidth - box.right >= WIDTH + 2 * GAP
        ? box.right + GAP
        : null;
  const bottom = Math.min(box.bottom, innerHeight - GAP);
  if (beside !== null && bottom >= 220)
    return { left: `${beside}px`, bottom: `${innerHeight - bottom}px`, "max-height": `${bottom - GAP}px` };
  return {
    left: `${left}px`,
    bottom: `${innerHeight - box.top + GAP}px`,
    "max-height": `${Math.max(120, box.top - 2 * GAP)}px`,
  };
}

export function Panel(props: PanelProps) {
  const [open, setOpen] = createSignal(true);
  const [changing, setChanging] = createSignal(false);
  const [logState, setLogState] = createSignal<"idle" | "sending" | "done" | "failed">("idle");
  const [logMessage, setLogMessage] = createSignal("");
  const findings = () => props.report?.findings ?? [];
  const errors = () => findings().filter((f) => f.severity === "error").length;
  const name = () => props.known?.name ?? props.recipient.name ?? "this person";
  const current = (): PersonContext => props.person ?? { tie: "stranger" };
  // The question stays open while it is being answered: a circle chosen does not hide the tie.
  const answer = (p: PersonContext) => {
    setChanging(true);
    props.onPerson(p);
  };

  const logAsSent = async () => {
    const k = props.known;
    if (!k) return;
    setLogState("sending");
    const answer = await logSent(k.id, today()).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (answer.ok) {
      setLogState("done");
      setLogMessage(answer.status ? `Logged as sent. ${k.name} is now ${answer.status}.` : "Logged as sent.");
      props.onLogged(answer.status);
    } else {
      setLogState("failed");
      setLogMessage(answer.error);
    }
  };

  return (
    <section class="panel" style={place(props.box)} aria-label="Enlist">
      <header>
        <strong>Enlist</strong>
        <span class="count" data-count={findings().length}>
          {findings().length === 0
            ? "no findings"
            : `${findings().length} finding${findings().length === 1 ? "" : "s"}`}
          {errors() > 0 ? ` · ${errors()} to fix` : ""}
        </span>
        <button type="button" class="toggle" aria-expanded={open()} onClick={() => setOpen(!open())}>
          {open() ? "Hide" : "Show"}
        </button>
      </header>
      <Show when={open()}>
        <div class="body">
          <Show when={props.limit !== null}>
            <p class="left" classList={{ over: props.draft.length > (props.limit ?? 0) }}>
              {(props.limit ?? 0) - props.draft.length} characters left of {props.limit}
              <Show when={props.channel === "linkedin-note" && !props.freeFromPage}>
                <label class="free">
                  <input type="checkbox" checked={props.free} onChange={(e) => props.onFree(e.currentTarget.checked)} />{" "}
                  free account
                </label>
              </Show>
            </p>
          </Show>

          <div class="who">
            <Show
              when={props.known}
              fallback={
                <Show
                  when={props.person && !changing()}
                  fallback={
                    <fieldset>
                      <legend>Who is {name()} to you?</legend>
                      <label>
                        Circle
                        <select
                          onChange={(e) =>
                            answer({
                              ...current(),
                              ...(e.currentTarget.value
                                ? { circle: e.currentTarget.value as Circle }
                                : { circle: undefined }),
                            })
                          }
                        >
                          <option value="" selected={!current().circle}>
                            not sure
                          </option>
                          <For each={CIRCLES}>
                            {(c) => (
                              <option value={c} selected={current().circle === c}>
                                {CIRCLE_NAMES[c]}
                              </option>
                            )}
                          </For>
                        </select>
                      </label>
                      <label>
                        Tie
                        <select onChange={(e) => answer({ ...current(), tie: e.currentTarget.value as Tie })}>
                          <For each={TIES}>
                            {(t) => (
                              <option value={t} selected={current().tie === t}>
                                {TIE_NAMES[t]}
                              </option>
                            )}
                          </For>
                        </select>
                      </label>
                      <Show when={changing()}>
                        <button type="button" class="small" onClick={() => setChanging(false)}>
                          Done
                        </button>
                      </Show>
                    </fieldset>
                  }
                >
                  <p class="person">
                    {name()}: {props.person?.circle ? `${CIRCLE_NAMES[props.person.circle]}, ` : ""}
                    {TIE_NAMES[current().tie]}{" "}
                    <button type="button" class="link" onClick={() => setChanging(true)}>
                      Change
                    </button>
                  </p>
                </Show>
              }
            >
              {(k) => (
                <div class="known">
                  <p class="person">
                    {k().name}: {CIRCLE_NAMES[k().circle]}, {TIE_NAMES[k().tie]}{" "}
                    <span class="from">from your Enlist</span>
                    <Show when={k().status}>
                      {" "}
                      · <span class="status">{k().status}</span>
                    </Show>
                  </p>
                  <button
                    type="button"
                    class="primary"
                    disabled={logState() === "sending" || logState() === "done"}
                    onClick={logAsSent}
                  >
                    Log as sent
                  </button>
                  <Show when={logMessage()}>
                    <p class="logged" classList={{ failed: logState() === "failed" }} role="status">
                      {logMessage()}
                    </p>
                  </Show>
                </div>
              )}
            </Show>
            <Show when={props.connected && !props.known}>
              <p class="note">Not among your Enlist contacts.</p>
            </Show>
          </div>

          <section class="asks">
            <h3>What Enlist reads as your ask</h3>
            <Show
              when={(props.report?.asks.length ?? 0) > 0}
              fallback={<p class="empty">No request yet: say what you would like them to do.</p>}
            >
              <ul>
                <For each={props.report?.asks ?? []}>
                  {(a) => <li class={`ask level-${a.level ?? "none"}`}>{describeAsk(a)}</li>}
                </For>
              </ul>
            </Show>
          </section>

          <section class="findings">
            <h3>Findings</h3>
            <Show when={findings().length > 0} fallback={<p class="empty">No findings: the message reads well.</p>}>
              <ul>
                <For each={findings()}>
                  {(f) => (
                    <li class={`finding sev-${f.severity}`} data-rule={f.ruleId}>
                      <span class="severity">{SEVERITY[f.severity]}</span>
                      <Show when={f.target === "subject"}>
                        <span class="tag">Subject</span>
                      </Show>
                      <span class="message">{f.message}</span>
                      <Show
                        when={
                          f.suggestion?.message && (f.suggestion.replacement === undefined || f.target === "subject")
                        }
                      >
                        <span class="suggestion">{f.suggestion?.message}</span>
                      </Show>
                      <Show
                        when={
                          f.suggestion?.replacement !== undefined && f.target !== "subject" && f.start !== undefined
                        }
                      >
                        <button type="button" class="fix" onClick={() => props.onFix(f)}>
                          Fix: {f.suggestion?.message}
                        </button>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
        </div>
      </Show>
    </section>
  );
}
