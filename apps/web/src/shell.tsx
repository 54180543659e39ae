import { A, useNavigate, type RouteSectionProps } from "@solidjs/router";
import { ErrorBoundary, For, onCleanup, Show, Suspense } from "solid-js";
import { api } from "./api/client";
import { call, onSignedOut } from "./api/call";
import { endSession, user } from "./session";

const NAV = [
  ["/", "This week"],
  ["/circles", "Circles"],
  ["/compose", "Compose"],
  ["/ask", "Ask checker"],
  ["/import", "Import"],
  ["/settings", "Settings"],
] as const;

export function Shell(props: RouteSectionProps) {
  const navigate = useNavigate();
  // A session that ended elsewhere (logged out in another tab, expired) leads back to the log-in screen.
  onCleanup(
    onSignedOut(() => {
      endSession();
      navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
    }),
  );
  const logout = async () => {
    await call(() => api.v1.auth.logout.$post());
    endSession();
    navigate("/login", { replace: true });
  };
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <A href="/" class="brand" end>
          Enlist
        </A>
        <Show when={user()}>
          <nav aria-label="Main">
            <ul>
              <For each={NAV}>
                {([href, label]) => (
                  <li>
                    <A href={href} end={href === "/"} activeClass="active">
                      {label}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </nav>
          <button type="button" class="link" onClick={logout}>
            Log out
          </button>
        </Show>
      </header>
      <main id="main">
        {/* A screen that cannot load (its script lost on a bad connection) or fails says so, with a retry. */}
        <ErrorBoundary
          fallback={(error, reset) => (
            <div class="problem" role="alert">
              <p>
                <strong>This screen could not be shown.</strong>{" "}
                {String(error?.message ?? error).includes("fetch") || String(error).includes("import")
                  ? "The connection may have dropped."
                  : "Something went wrong in the page."}{" "}
                What you typed in the composer is kept.
              </p>
              <button type="button" onClick={reset}>
                Try again
              </button>
            </div>
          )}
        >
          <Suspense fallback={<p class="loading">Loading…</p>}>{props.children}</Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
