import { A, useNavigate, type RouteSectionProps } from "@solidjs/router";
import { onCleanup, Show, Suspense } from "solid-js";
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
              {NAV.map(([href, label]) => (
                <li>
                  <A href={href} end={href === "/"} activeClass="active">
                    {label}
                  </A>
                </li>
              ))}
            </ul>
          </nav>
          <button type="button" class="link" onClick={logout}>
            Log out
          </button>
        </Show>
      </header>
      <main id="main">
        <Suspense fallback={<p class="loading">Loading…</p>}>{props.children}</Suspense>
      </main>
    </>
  );
}
