import { Navigate, useLocation, type RouteSectionProps } from "@solidjs/router";
import { createResource, Match, Switch } from "solid-js";
import type { Problem } from "./api/problem";
import { loadSession, pivot, user } from "./session";
import { ProblemView } from "./ui/problem-view";

/** The screens behind log-in: first the session, then, until it is set, the pivot (first run). */
export function RequireSession(props: RouteSectionProps) {
  const location = useLocation();
  // Keyed by who is signed in, so that a new log-in loads that user's pivot.
  const [session, { refetch }] = createResource(
    () => (user() === undefined ? "?" : user() && pivot() === undefined ? user()?.id : false),
    () => loadSession(),
  );
  const problem = (): Problem | undefined => {
    const s = session();
    return s && !s.ok && s.problem.status !== 401 ? s.problem : undefined;
  };
  return (
    <Switch fallback={<p class="loading">Loading…</p>}>
      <Match when={problem()}>
        <ProblemView problem={problem()} retry={() => void refetch()} />
      </Match>
      <Match when={user() === null}>
        <Navigate href={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} />
      </Match>
      <Match when={user() && pivot() === null && location.pathname !== "/pivot"}>
        <Navigate href="/pivot" />
      </Match>
      <Match when={user() && pivot() !== undefined}>{props.children}</Match>
    </Switch>
  );
}
