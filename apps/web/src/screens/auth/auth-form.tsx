import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { fieldErrors, type Problem } from "../../api/problem";
import { loadSession, pivot, startSession, type User } from "../../session";
import type { Outcome } from "../../api/call";
import { createEditableErrors } from "../../ui/editable-errors";
import { TextField } from "../../ui/fields";
import { Page } from "../../ui/page";
import { ProblemView } from "../../ui/problem-view";

type Session = { user: User; csrfToken: string };

/** Log-in and sign-up share one form: e-mail and password, plus a name to sign up. */
export function AuthForm(props: {
  mode: "login" | "signup";
  submit: (body: { email: string; password: string; name: string }) => Promise<Outcome<Session>>;
}) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [problem, setProblem] = createSignal<Problem>();
  const [busy, setBusy] = createSignal(false);
  const { errors, onInput } = createEditableErrors(() => fieldErrors(problem()));
  const signup = () => props.mode === "signup";

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    setBusy(true);
    const result = await props.submit({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      name: String(form.get("name") ?? ""),
    });
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    startSession(result.value, { newAccount: signup() });
    // Know whether the pivot is set before leaving, so that the first screen is the right one at once.
    if (!signup()) await loadSession();
    const next =
      typeof params.next === "string" && params.next.startsWith("/") && !params.next.startsWith("//")
        ? params.next
        : "/";
    navigate(pivot() === null ? "/pivot" : next, { replace: true });
  };

  return (
    <Page
      title={signup() ? "Create your account" : "Log in"}
      lead={
        signup()
          ? "Enlist helps you ask the right people for the right thing while you change careers. It starts with an account that keeps your network private to you."
          : "Welcome back."
      }
    >
      <Show when={!signup()}>
        <section class="about narrow" aria-labelledby="about-title">
          <h2 id="about-title">What Enlist is</h2>
          <p>
            Changing careers goes faster with help, and help comes from people. Enlist sorts the people you know into
            three circles and helps you ask each of them for the right thing, in the right words:
          </p>
          <ul>
            <li>
              <strong>Backers</strong> — friends and family who have your back, for encouragement and introductions.
            </li>
            <li>
              <strong>Leaders</strong> — people doing the work you want, for a question or two about it.
            </li>
            <li>
              <strong>Pathfinders</strong> — people who already made a move like yours, for how they did it.
            </li>
          </ul>
          <p>
            Import your LinkedIn connections, get a short plan each week, and have every message checked against the
            relationship before you send it. Your network stays on this server, private to you.
          </p>
        </section>
      </Show>
      <form class="narrow" onSubmit={onSubmit} onInput={onInput} novalidate>
        <Show when={signup()}>
          <TextField
            label="Your name"
            name="name"
            autocomplete="name"
            required
            hint="Used to sign the messages Enlist drafts for you."
            error={errors().name}
          />
        </Show>
        <TextField label="E-mail" name="email" type="email" autocomplete="email" required error={errors().email} />
        <TextField
          label="Password"
          name="password"
          type="password"
          autocomplete={signup() ? "new-password" : "current-password"}
          required
          hint={signup() ? "At least 10 characters." : undefined}
          error={errors().password}
        />
        <ProblemView problem={problem()?.errors ? undefined : problem()} />
        <button type="submit" class="primary" disabled={busy()}>
          {signup() ? "Sign up" : "Log in"}
        </button>
      </form>
      <p>
        {signup() ? "Already have an account? " : "New to Enlist? "}
        <A href={signup() ? "/login" : "/signup"}>{signup() ? "Log in" : "Create an account"}</A>
      </p>
    </Page>
  );
}
