import { bodyLimit } from "@enlist/core/lint";
import type { Finding, LintContext, LintReport } from "@enlist/core/schemas";
import { batch, createEffect, createMemo, createSignal, on, onCleanup } from "solid-js";
import type { KnownContact } from "../shared/messages";
import { personKey, type PersonContext } from "../shared/settings";
import { debounce, relint, RELINT_MEASURE } from "./lint-box";
import { Overlay, type Mark } from "./overlay";
import { Panel } from "./panel";
import { findContact, loadFreeAccount, loadPerson, saveFreeAccount, savePerson } from "./person-store";
import type { BoxContext, ComposeBox } from "./sites";
import type { TextBox } from "./text-box";

const TYPING_PAUSE_MS = 120;

export interface AssistantProps {
  box: ComposeBox;
  text: TextBox;
}

/** Enlist beside one compose box: its findings underlined over the box, and the panel that lists them. */
export function Assistant(props: AssistantProps) {
  const [report, setReport] = createSignal<LintReport | null>(null);
  const [draft, setDraft] = createSignal("");
  // eslint-disable-next-line solid/reactivity -- only the first value: lintNow reads the page's context again on every input
  const [around, setAround] = createSignal<BoxContext>(props.box.context(), {
    equals: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const [person, setPerson] = createSignal<PersonContext | null>(null);
  const [known, setKnown] = createSignal<KnownContact | null>(null);
  const [connected, setConnected] = createSignal(false);
  const [freeSetting, setFreeSetting] = createSignal(false);
  const [layout, setLayout] = createSignal(0);

  const context = createMemo<LintContext>(() => {
    const a = around();
    const k = known();
    const p = person();
    const circle = k?.circle ?? p?.circle;
    return {
      channel: props.box.channel,
      ...(a.subject ? { subject: a.subject } : {}),
      ...(a.recipient.name ? { recipientName: a.recipient.name } : {}),
      ...(circle ? { circle } : {}),
      // Until the user says otherwise, someone is a stranger: the strictest reading of an ask.
      tie: k?.tie ?? p?.tie ?? "stranger",
      ...(props.box.channel === "linkedin-note" ? { linkedInFreeAccount: a.freeAccount ?? freeSetting() } : {}),
    };
  });

  const lintNow = () => {
    const t0 = performance.now();
    batch(() => {
      setAround(props.box.context());
      const text = props.text.read();
      setDraft(text);
      setReport(relint(text, context()));
      setLayout((n) => n + 1);
    });
    performance.measure(RELINT_MEASURE, { start: t0, end: performance.now() });
  };
  // eslint-disable-next-line solid/reactivity -- debounce only calls it later, from the input listener
  const lintSoon = debounce(lintNow, TYPING_PAUSE_MS);

  // A new person in the "To" field or a changed circle re-reads the draft at once.
  createEffect(on(context, () => lintNow(), { defer: true }));

  createEffect(
    on(
      () => personKey(around().recipient),
      async (key) => {
        const recipient = around().recipient;
        setPerson(key ? await loadPerson(recipient) : null);
        const answer = key
          ? await findContact(recipient).catch(() => ({ connected: false as const }))
          : { connected: false as const };
        setConnected(answer.connected);
        setKnown(answer.connected ? answer.contact : null);
      },
    ),
  );
  void loadFreeAccount().then(setFreeSetting);

  // Any input on the page may be the "To" field or the subject; the box's own input is the draft.
  const onInput = () => lintSoon();
  // Where the box is on screen changes with any scroll (of the page or of a panel inside it) and any resize.
  let frame = 0;
  const relayout = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => setLayout((n) => n + 1));
  };
  document.addEventListener("input", onInput, true);
  addEventListener("scroll", relayout, true);
  addEventListener("resize", relayout);
  const resized = new ResizeObserver(relayout);
  // eslint-disable-next-line solid/reactivity -- one assistant per box, mounted once: the element never changes under it
  resized.observe(props.box.element);
  onCleanup(() => {
    lintSoon.cancel();
    cancelAnimationFrame(frame);
    document.removeEventListener("input", onInput, true);
    removeEventListener("scroll", relayout, true);
    removeEventListener("resize", relayout);
    resized.disconnect();
  });
  // eslint-disable-next-line solid/reactivity -- the first lint, at once; the effects and listeners above do the rest
  lintNow();

  const boxRect = createMemo(() => {
    layout();
    return props.box.element.getBoundingClientRect();
  });
  const marks = createMemo<Mark[]>(() => {
    boxRect();
    const r = report();
    if (!r) return [];
    const out: Mark[] = [];
    r.findings.forEach((f, index) => {
      if (f.target === "subject" || f.start === undefined || f.end === undefined || f.end <= f.start) return;
      for (const rect of props.text.rects(f.start, f.end))
        if (rect.width > 0)
          out.push({
            index,
            severity: f.severity,
            left: rect.left,
            top: rect.top,
            width: rect.width,
            height: rect.height,
          });
    });
    return out;
  });

  const fix = (f: Finding) => {
    const replacement = f.suggestion?.replacement;
    if (replacement === undefined || f.start === undefined || f.end === undefined) return;
    props.text.replace(f.start, f.end, replacement);
    lintNow();
  };
  const remember = (value: PersonContext) => {
    setPerson(value);
    void savePerson(around().recipient, value);
  };
  const setFree = (free: boolean) => {
    setFreeSetting(free);
    void saveFreeAccount(free);
  };

  return (
    <>
      <Overlay box={boxRect()} marks={marks()} />
      <Panel
        box={boxRect()}
        channel={props.box.channel}
        report={report()}
        draft={draft()}
        limit={props.box.channel === "linkedin-note" || context().subject !== undefined ? bodyLimit(context()) : null}
        recipient={around().recipient}
        person={person()}
        known={known()}
        connected={connected()}
        freeFromPage={around().freeAccount === true}
        free={context().linkedInFreeAccount === true}
        onFree={setFree}
        onFix={fix}
        onPerson={remember}
        onLogged={(status) => {
          const k = known();
          if (k && status) setKnown({ ...k, status });
        }}
      />
    </>
  );
}
