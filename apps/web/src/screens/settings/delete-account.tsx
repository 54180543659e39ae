import { useNavigate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import type { Problem } from "../../api/problem";
import { endSession, user } from "../../session";
import { ProblemView } from "../../ui/problem-view";

/** Deletes the account and everything in it, once the user types their e-mail to confirm. */
export function DeleteAccount() {
  const navigate = useNavigate();
  const [typed, setTyped] = createSignal("");
  const [problem, setProblem] = createSignal<Problem>();
  const remove = async (e: SubmitEvent) => {
    e.preventDefault();
    const done = await call(() => api.v1.me.$delete());
    if (!done.ok) return setProblem(done.problem);
    endSession();
    navigate("/signup", { replace: true });
  };
  return (
    <section aria-labelledby="delete-title" class="danger-zone">
      <h2 id="delete-title">Delete your account</h2>
      <p>
        Everything goes: your contacts, their history, your asks and tokens. Export a backup first if you may want it
        back.
      </p>
      <form onSubmit={remove}>
        <div class="field">
          <label for="delete-confirm">Type your e-mail ({user()?.email}) to confirm</label>
          <input
            id="delete-confirm"
            type="email"
            autocomplete="off"
            value={typed()}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </div>
        <button
          type="submit"
          class="danger"
          disabled={typed().trim().toLowerCase() !== (user()?.email ?? "").toLowerCase()}
        >
          Delete my account
        </button>
      </form>
      <ProblemView problem={problem()} />
    </section>
  );
}
