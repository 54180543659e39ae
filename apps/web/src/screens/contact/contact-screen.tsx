import { A, useLocation, useNavigate, useParams } from "@solidjs/router";
import { createResource, createSignal, Show } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import { fieldErrors, type Problem } from "../../api/problem";
import type { StoredContact } from "../../api/types";
import { checkInWeeks } from "@enlist/core/plan";
import { CIRCLE_NAMES, STATUS_NAMES } from "../../lib/labels";
import { Loaded } from "../../ui/loaded";
import { Page } from "../../ui/page";
import { ProblemView } from "../../ui/problem-view";
import { AskList } from "./ask-list";
import { ColleagueNote } from "./colleague-note";
import { ContactForm, type ContactFields } from "./contact-form";
import { ConflictView } from "./conflict-view";
import { InteractionLog } from "./interaction-log";

async function loadContact(id: string) {
  const got = await call(() => api.v1.contacts[":id"].$get({ param: { id } }));
  return got.ok ? { ...got, value: { contact: got.value, etag: got.response.headers.get("etag") ?? "" } } : got;
}

export default function ContactScreen() {
  const params = useParams<{ id: string }>();
  const [loaded, { refetch, mutate }] = createResource(() => params.id, loadContact);
  // From the plan's "Add research notes": the form opens at the notes, once (not again after saving).
  let openForm = useLocation().hash === "#research";
  const takeOpenForm = () => {
    const open = openForm;
    openForm = false;
    return open;
  };
  return (
    <Loaded outcome={loaded.latest} retry={() => void refetch()}>
      {(l) => (
        <ContactView
          editing={takeOpenForm()}
          contact={l.contact}
          etag={l.etag}
          onSaved={(contact, etag) => mutate({ ok: true, value: { contact, etag }, response: new Response() })}
          reload={() => void refetch()}
        />
      )}
    </Loaded>
  );
}

function ContactView(props: {
  editing: boolean;
  contact: StoredContact;
  etag: string;
  onSaved: (c: StoredContact, etag: string) => void;
  reload: () => void;
}) {
  const navigate = useNavigate();
  // eslint-disable-next-line solid/reactivity -- the #research link opens the form once; from then on Edit and Cancel decide
  const [editing, setEditing] = createSignal(props.editing);
  const [problem, setProblem] = createSignal<Problem>();
  const [conflict, setConflict] = createSignal<{ mine: ContactFields; theirs: StoredContact } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const c = () => props.contact;

  const save = async (fields: ContactFields, etag = props.etag) => {
    setBusy(true);
    setProblem(undefined);
    // Fields left empty are removed (null), not kept at their old values.
    // The cadence is a backer's: a contact moved out of Backers keeps it for their return.
    const cleared = [
      "company",
      "role",
      "field",
      "connection",
      "researchNotes",
      "email",
      "linkedInUrl",
      "transition",
      ...(fields.circle === "backers" ? ["checkInWeeks"] : []),
    ];
    const patch = { ...Object.fromEntries(cleared.map((k) => [k, null])), ...fields };
    // eslint-disable-next-line solid/reactivity -- call() runs this at once, inside the handler, so it reads the values of the moment
    const saved = await call(() =>
      api.v1.contacts[":id"].$patch({ param: { id: c().id }, header: { "if-match": etag }, json: patch as never }),
    );
    setBusy(false);
    if (saved.ok) {
      setConflict(null);
      setEditing(false);
      return props.onSaved(saved.value, saved.response.headers.get("etag") ?? "");
    }
    // 412: someone changed it meanwhile. Show what changed rather than overwrite it or lose the user's edit.
    if (saved.problem.status === 412 && saved.problem.current)
      return setConflict({ mine: fields, theirs: saved.problem.current as StoredContact });
    setProblem(saved.problem);
  };

  const restore = async () => {
    setProblem(undefined);
    // eslint-disable-next-line solid/reactivity -- call() runs this at once, inside the handler, so it reads the values of the moment
    const saved = await call(() =>
      api.v1.contacts[":id"].$patch({
        param: { id: c().id },
        header: { "if-match": props.etag },
        json: { archived: null },
      }),
    );
    if (!saved.ok) return setProblem(saved.problem);
    props.onSaved(saved.value, saved.response.headers.get("etag") ?? "");
  };

  const remove = async () => {
    if (!confirm(`Delete ${c().name} and their history? This cannot be undone.`)) return;
    // eslint-disable-next-line solid/reactivity -- call() runs this at once, inside the handler, so it reads the values of the moment
    const deleted = await call(() => api.v1.contacts[":id"].$delete({ param: { id: c().id } }));
    if (!deleted.ok) return setProblem(deleted.problem);
    navigate("/circles", { replace: true });
  };

  // Apply the edit over the version now stored, now that the user has seen it.
  const keepMine = async (mine: ContactFields) => {
    // eslint-disable-next-line solid/reactivity -- call() runs this at once, inside the handler, so it reads the values of the moment
    const fresh = await call(() => api.v1.contacts[":id"].$get({ param: { id: c().id } }));
    if (!fresh.ok) return setProblem(fresh.problem);
    void save(mine, fresh.response.headers.get("etag") ?? "");
  };

  return (
    <Page
      title={c().name}
      lead={[c().role, c().company].filter(Boolean).join(" at ") || undefined}
      actions={
        <div class="row">
          <A class="button primary" href={`/compose?contact=${encodeURIComponent(c().id)}`}>
            Write to {c().name.split(" ")[0]}
          </A>
        </div>
      }
    >
      <p>
        <span class="tag">{CIRCLE_NAMES[c().circle]}</span> <span class="tag">{c().tie}</span>{" "}
        <span class="tag" data-testid="contact-status">
          {STATUS_NAMES[c().status ?? "new"]}
        </span>
      </p>
      <ColleagueNote contact={c()} onSaved={props.onSaved} />
      <Show when={c().archived}>
        <section class="notice" aria-label="Archived">
          <p>Archived as not relevant: left out of the plan and the board.</p>
          <button type="button" onClick={restore}>
            Restore to the board
          </button>
        </section>
      </Show>
      <Show when={conflict()}>
        {(k) => (
          <ConflictView
            mine={k().mine}
            theirs={k().theirs}
            onKeepMine={() => void keepMine(k().mine)}
            onTakeTheirs={() => {
              setConflict(null);
              setEditing(false);
              props.reload();
            }}
          />
        )}
      </Show>
      <Show
        when={editing()}
        fallback={
          <>
            <dl class="details">
              <Show when={c().connection}>
                <dt>Connected</dt>
                <dd>{c().connection}</dd>
              </Show>
              <Show when={c().transition}>
                <dt>Their move</dt>
                <dd>
                  {c().transition?.from} → {c().transition?.to}
                </dd>
              </Show>
              <Show when={c().email}>
                <dt>E-mail</dt>
                <dd>{c().email}</dd>
              </Show>
              <Show when={c().linkedInUrl}>
                <dt>LinkedIn</dt>
                <dd>
                  <a href={c().linkedInUrl} rel="noopener noreferrer" target="_blank">
                    {c().linkedInUrl}
                  </a>
                </dd>
              </Show>
              <Show when={c().circle === "backers"}>
                <dt>Keep in touch</dt>
                <dd data-testid="check-in-cadence">
                  {checkInWeeks(c()) === 1 ? "Every week" : `Every ${checkInWeeks(c())} weeks`}
                  {c().checkInWeeks === undefined ? ", the default for their tie" : ""}
                </dd>
              </Show>
              <Show when={c().connectedOn}>
                <dt>Connected on</dt>
                <dd>{c().connectedOn}</dd>
              </Show>
              <dt>{c().circle === "leaders" ? "What they did that you admire" : "Research notes"}</dt>
              <dd class="notes">
                {c().researchNotes ||
                  (c().circle === "leaders" ? "Not studied yet: read their work before you write." : "None yet.")}
              </dd>
            </dl>
            <div class="row">
              <button type="button" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button type="button" class="danger" onClick={remove}>
                Delete
              </button>
            </div>
          </>
        }
      >
        <h2>Edit</h2>
        <ContactForm
          initial={c()}
          errors={fieldErrors(problem())}
          busy={busy()}
          submitLabel="Save"
          onSubmit={(f) => void save(f)}
        >
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </ContactForm>
      </Show>
      <ProblemView problem={problem()?.errors ? undefined : problem()} retry={props.reload} />
      {/* What is logged here moves the contact's status, which the tag above shows: reload it. */}
      <InteractionLog contactId={c().id} onLogged={props.reload} />
      <AskList contactId={c().id} onMarked={props.reload} />
    </Page>
  );
}
