import { createResource, createSignal, Show } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import { fieldErrors, type Problem } from "../../api/problem";
import { LoadedList } from "../../ui/loaded";
import { CopyButton } from "../../ui/copy-button";
import { ProblemView } from "../../ui/problem-view";
import { createEditableErrors } from "../../ui/editable-errors";
import { TextField } from "../../ui/fields";

/** Personal access tokens for scripts and the command line: shown once, revocable. */
export function Tokens() {
  const [tokens, { refetch }] = createResource(() => call(() => api.v1.tokens.$get()));
  const [fresh, setFresh] = createSignal<{ name: string; token: string }>();
  const [problem, setProblem] = createSignal<Problem>();
  const tokenErrors = createEditableErrors(() => fieldErrors(problem()));
  const create = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const name = String(new FormData(form).get("name") ?? "");
    const made = await call(() => api.v1.tokens.$post({ json: { name } }));
    if (!made.ok) return setProblem(made.problem);
    setProblem(undefined);
    form.reset();
    setFresh({ name: made.value.name, token: made.value.token });
    void refetch();
  };
  const revoke = async (id: string) => {
    const done = await call(() => api.v1.tokens[":id"].$delete({ param: { id } }));
    if (!done.ok) return setProblem(done.problem);
    void refetch();
  };
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">Access tokens</h2>
      <p>
        For the command line (<code>enlist import FILE --to URL --token T</code>) and your own scripts.
      </p>
      <Show when={fresh()}>
        {(f) => (
          <div class="notice" role="status">
            <p>Token “{f().name}” — copy it now, it will not be shown again:</p>
            <input aria-label="The new token" readOnly value={f().token} onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={f().token} label="Copy the token" />
          </div>
        )}
      </Show>
      <form class="row wrap" onSubmit={create} onInput={tokenErrors.onInput} novalidate>
        <TextField label="Name for a new token" name="name" required error={tokenErrors.errors().name} />
        <button type="submit">Create token</button>
      </form>
      <ProblemView problem={problem()?.errors ? undefined : problem()} retry={() => void refetch()} />
      <LoadedList
        outcome={tokens.latest}
        retry={() => void refetch()}
        class="tokens"
        empty={<p class="empty">No tokens.</p>}
      >
        {(token) => (
          <>
            <strong>{token.name}</strong>{" "}
            <span class="hint">
              made {token.createdAt.slice(0, 10)},{" "}
              {token.lastUsedAt ? `last used ${token.lastUsedAt.slice(0, 10)}` : "never used"}
            </span>{" "}
            <button
              type="button"
              class="small danger"
              onClick={() => void revoke(token.id)}
              aria-label={`Revoke ${token.name}`}
            >
              Revoke
            </button>
          </>
        )}
      </LoadedList>
    </section>
  );
}
