import { checkAsk } from "@enlist/core/ask";
import { buildMessage } from "@enlist/core/build";
import { CIRCLES } from "@enlist/core/circles";
import { addBusinessDays, FOLLOW_UP_AFTER, REACH_NEXT_AFTER } from "@enlist/core/follow-up";
import { ACTION_PURPOSE, channelFor, firstAsk, SENT_AS, withTrust } from "@enlist/core/plan";
import {
  CHANNELS,
  FIELD_LIMITS,
  type Ask,
  type Channel,
  type LintContext,
  type MessagePurpose,
  type PlanItem,
} from "@enlist/core/schemas";
import { A } from "@solidjs/router";
import { createEffect, createMemo, createSignal, on, Show } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import type { Problem } from "../../api/problem";
import type { StoredContact, StoredInteraction } from "../../api/types";
import { toCoreContact, toCoreInteraction } from "../../lib/contact";
import { CHANNEL_NAMES, CIRCLE_NAMES } from "../../lib/labels";
import { today } from "../../lib/today";
import { pivot, user } from "../../session";
import { SelectField, TextField } from "../../ui/fields";
import { ProblemView } from "../../ui/problem-view";
import { AskFields } from "../ask/ask-fields";
import { VerdictView } from "../ask/verdict-view";
import { clearDraft, loadDraft, saveDraft, type Draft } from "./draft-store";
import { MessageEditor } from "./message-editor";

const PURPOSE_NAMES = {
  ask: "Ask for something",
  "follow-up": "Follow up",
  thank: "Say thank you",
  update: "Share an update",
} as const;

export function Composer(props: {
  contact: StoredContact;
  interactions: StoredInteraction[];
  item?: PlanItem | undefined;
}) {
  // Read once, on purpose: the editable fields start from these, and a later change of the props must not
  // overwrite what the user has typed since. Another contact never arrives through these props: the compose
  // screen's Loaded is keyed, so a new recipient (or a refetch) mounts a new Composer.
  // A colleague the user has told knows of the move: the ask, the lint and the draft need not hide it.
  // eslint-disable-next-line solid/reactivity -- the draft is for the contact it was opened with
  const contact = withTrust(toCoreContact(props.contact));
  // eslint-disable-next-line solid/reactivity -- the history of that same contact, taken with it
  const history = props.interactions.map(toCoreInteraction);
  // eslint-disable-next-line solid/reactivity -- the fields start from the plan item once, then are the user's
  const item = props.item;
  const day = today();
  const saved = loadDraft(contact.id);
  const firstContact = history.length === 0;

  const [channel, setChannel] = createSignal<Channel>(saved?.channel ?? channelFor(contact));
  const [purpose, setPurpose] = createSignal<MessagePurpose>(
    saved?.purpose ?? (item ? (ACTION_PURPOSE[item.action] ?? "ask") : "ask"),
  );
  // The circle's own first ask; building the draft right-sizes it to the relationship.
  const starter = (): Ask => {
    const p = pivot();
    return p
      ? firstAsk(contact, p)
      : { kind: "questions", specifics: "your work", format: "async", minutes: 10, questions: 2 };
  };
  const [ask, setAsk] = createSignal<Ask>(saved?.ask ?? item?.ask ?? starter());
  const [subject, setSubject] = createSignal(saved?.subject ?? item?.message?.subject ?? "");
  const [body, setBody] = createSignal(saved?.body ?? item?.message?.body ?? "");
  const [compliment, setCompliment] = createSignal(
    (contact.researchNotes ?? "").replace(/\s+/g, " ").slice(0, FIELD_LIMITS.message.compliment),
  );
  const [seed, setSeed] = createSignal(0);
  const [restored, setRestored] = createSignal(saved !== null);
  const [problem, setProblem] = createSignal<Problem>();
  const [buildNote, setBuildNote] = createSignal("");
  const [sent, setSent] = createSignal<{ reachNext: string; followUp: string } | null>(null);
  const [busy, setBusy] = createSignal(false);

  const verdict = createMemo(() => {
    const p = pivot();
    const result = checkAsk(ask(), contact, { today: day, interactions: history, ...(p ? { pivot: p } : {}) });
    return result.ok ? result.value : null;
  });

  const context = createMemo<LintContext>(() => {
    const p = pivot();
    return {
      channel: channel(),
      ...(channel() === "email" || (channel() === "linkedin-message" && subject()) ? { subject: subject() } : {}),
      circle: contact.circle,
      tie: contact.tie,
      recipientName: contact.name,
      ...(contact.currentColleague ? { currentColleague: true } : {}),
      ...(p ? { stillEmployed: p.stillEmployed } : {}),
      firstContact,
      purpose: purpose(),
    };
  });

  /** A new draft from the parts, replacing the text (the old one stays in local storage until then). */
  const build = () => {
    const p = pivot();
    const me = user();
    const built = buildMessage({
      recipient: {
        name: contact.name,
        circle: contact.circle,
        tie: contact.tie,
        firstContact,
        ...(contact.connection ? { connection: contact.connection.slice(0, FIELD_LIMITS.message.connection) } : {}),
        ...(compliment().trim() ? { compliment: compliment() } : {}),
        ...(contact.transition ? { transition: contact.transition } : {}),
        ...(contact.currentColleague ? { currentColleague: true } : {}),
      },
      sender: {
        name: me?.name ?? "",
        ...(p
          ? {
              pivot: {
                fromField: p.fromField.slice(0, FIELD_LIMITS.message.field),
                toField: p.toField.slice(0, FIELD_LIMITS.message.field),
                stillEmployed: p.stillEmployed,
              },
            }
          : {}),
      },
      ask: ask(),
      channel: channel(),
      seed: seed(),
    });
    if (!built.ok) {
      setBuildNote(built.error.message);
      return;
    }
    setBody(built.value.body);
    setSubject(built.value.subject ?? "");
    setPurpose("ask");
    if (built.value.rightSized) setAsk(built.value.ask);
    setBuildNote(
      built.value.rightSized
        ? "The ask was too big for this relationship now, so the draft makes the right-sized one."
        : "",
    );
    setRestored(false);
  };

  // A contact with no draft yet gets one built at once: the user starts from something to edit.
  // eslint-disable-next-line solid/reactivity -- built once at opening; after that only when the user asks
  if (!saved && !item?.message) build();

  // Every change is kept in local storage, so that nothing typed is lost to a failed save or a closed tab.
  createEffect(
    on(
      [channel, purpose, subject, body, ask],
      () => {
        const draft: Omit<Draft, "savedAt"> = {
          channel: channel(),
          purpose: purpose(),
          subject: subject(),
          body: body(),
          ask: ask(),
        };
        saveDraft(contact.id, draft);
      },
      { defer: true },
    ),
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(channel() === "email" && subject() ? `${subject()}\n\n${body()}` : body());
      setBuildNote("Copied.");
    } catch {
      setBuildNote("The browser did not allow copying; select the text and copy it yourself.");
    }
  };

  const mailto = () =>
    `mailto:${encodeURIComponent(contact.email ?? "")}?subject=${encodeURIComponent(subject())}&body=${encodeURIComponent(body())}`;

  // The ask is recorded before the message is logged, so its verdict is the one it had when it was made; a
  // retry after a failure does not record it twice.
  let askRecorded = false;
  const logSent = async () => {
    setBusy(true);
    setProblem(undefined);
    if (purpose() === "ask" && !askRecorded) {
      // eslint-disable-next-line solid/reactivity -- call() runs this at once, inside the handler, so it reads the values of the moment
      const recorded = await call(() => api.v1.contacts[":id"].asks.$post({ param: { id: contact.id }, json: ask() }));
      // 422: the ask is not valid as an ask (no specifics); the message itself can still be logged.
      if (!recorded.ok && recorded.problem.status !== 422) {
        setBusy(false);
        return setProblem(recorded.problem);
      }
      askRecorded = true;
    }
    const note = `${subject() ? `${subject()} — ` : ""}${body()}`.slice(0, FIELD_LIMITS.interaction.note);
    // eslint-disable-next-line solid/reactivity -- call() runs this at once, inside the handler, so it reads the values of the moment
    const logged = await call(() =>
      api.v1.contacts[":id"].interactions.$post({
        param: { id: contact.id },
        json: { type: SENT_AS[purpose()], date: day, note },
      }),
    );
    setBusy(false);
    // A failed save keeps the draft where it is: in the editor and in local storage.
    if (!logged.ok) return setProblem(logged.problem);
    clearDraft(contact.id);
    setSent({ reachNext: addBusinessDays(day, REACH_NEXT_AFTER), followUp: addBusinessDays(day, FOLLOW_UP_AFTER) });
  };

  return (
    <div class="composer">
      <p class="recipient">
        To <A href={`/contacts/${contact.id}`}>{contact.name}</A>{" "}
        <span class="tag">{CIRCLE_NAMES[contact.circle]}</span>{" "}
        <span class="hint">{CIRCLES[contact.circle].approach}</span>
      </p>
      <Show when={restored()}>
        <p class="notice" role="status">
          Your unsent draft from before is back.{" "}
          <button type="button" class="link" onClick={build}>
            Start a new draft instead
          </button>
        </p>
      </Show>
      <Show
        when={sent()}
        fallback={
          <div class="composer-grid">
            <div class="composer-parts">
              <SelectField
                label="Channel"
                name="channel"
                options={CHANNELS}
                labels={CHANNEL_NAMES}
                value={channel()}
                onChange={setChannel}
              />
              <SelectField
                label="What the message is for"
                name="purpose"
                options={["ask", "follow-up", "thank", "update"] as const}
                labels={PURPOSE_NAMES}
                value={purpose()}
                onChange={setPurpose}
              />
              <Show when={purpose() === "ask"}>
                <AskFields ask={ask()} onChange={setAsk} />
                <Show when={verdict()}>
                  {(v) => (
                    <VerdictView
                      verdict={v()}
                      onUseRightSized={(a) => {
                        setAsk(a);
                        build();
                      }}
                    />
                  )}
                </Show>
              </Show>
              <Show when={contact.circle === "leaders"}>
                <TextField
                  label="What they did that you admire"
                  name="compliment"
                  value={compliment()}
                  onInput={(e) => setCompliment(e.currentTarget.value)}
                  hint="Leaders answer notes that show you studied their work: name one specific thing."
                />
              </Show>
              <div class="row">
                <button type="button" onClick={build}>
                  Build a draft
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setSeed((s) => (s + 1) % 1000);
                    build();
                  }}
                >
                  Another phrasing
                </button>
              </div>
              <p class="hint" role="status">
                {buildNote()}
              </p>
            </div>
            <div class="composer-text">
              <Show when={channel() === "email" || channel() === "linkedin-message"}>
                <TextField
                  label="Subject"
                  name="subject"
                  value={subject()}
                  onInput={(e) => setSubject(e.currentTarget.value)}
                />
              </Show>
              <MessageEditor text={body()} onText={setBody} context={context()} />
              <div class="row wrap">
                <button type="button" onClick={copy}>
                  Copy
                </button>
                <Show when={channel() === "email"}>
                  <a class="button" href={mailto()}>
                    Open in your mail app
                  </a>
                </Show>
                <button type="button" class="primary" onClick={logSent} disabled={busy()}>
                  Log as sent
                </button>
              </div>
              <ProblemView problem={problem()} retry={logSent} />
            </div>
          </div>
        }
      >
        {(s) => (
          <div class="notice success" role="status">
            <p>
              Logged as sent to {contact.name}. If there is no reply by <strong>{s().reachNext}</strong>, your plan will
              suggest the next person; on <strong>{s().followUp}</strong>, a follow-up.
            </p>
            <p>
              <A href="/">Back to this week</A> · <A href={`/contacts/${contact.id}`}>{contact.name}'s history</A>
            </p>
          </div>
        )}
      </Show>
    </div>
  );
}
