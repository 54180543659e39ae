import { createSignal, onMount, Show } from "solid-js";
import { render } from "solid-js/web";
import type { CheckServerAnswer } from "../shared/messages";
import { originPattern, SERVER_KEY, type ServerSettings } from "../shared/settings";

/** An http(s) address with nothing but an origin and maybe a path: what the API is served at. */
function serverUrl(text: string): URL | null {
  try {
    const u = new URL(text.trim());
    return u.protocol === "https:" || u.protocol === "http:" ? u : null;
  } catch {
    return null;
  }
}

function Options() {
  const [url, setUrl] = createSignal("");
  const [token, setToken] = createSignal("");
  const [status, setStatus] = createSignal<{ text: string; error?: boolean } | null>(null);
  const [connected, setConnected] = createSignal(false);

  onMount(async () => {
    const s = (await chrome.storage.local.get(SERVER_KEY))[SERVER_KEY] as ServerSettings | undefined;
    if (!s) return;
    setUrl(s.url);
    setToken(s.token);
    const allowed = await chrome.permissions.contains({ origins: [originPattern(s.url)] });
    setConnected(allowed);
    setStatus(
      allowed
        ? { text: `Connected to ${s.url}.` }
        : { text: `Enlist may not reach ${s.url} yet: connect again to allow it.`, error: true },
    );
  });

  const connect = async (e: SubmitEvent) => {
    e.preventDefault();
    const u = serverUrl(url());
    if (!u)
      return setStatus({
        text: "The server address must start with https:// (or http:// on your own machine).",
        error: true,
      });
    if (!token().trim())
      return setStatus({ text: "Paste a personal access token from your Enlist server.", error: true });
    const base = u.href.replace(/\/+$/, "");
    // The browser asks the user here, once, for this one server; no other site is ever reachable.
    const granted = await chrome.permissions.request({ origins: [originPattern(base)] });
    if (!granted) return setStatus({ text: `Without your permission Enlist cannot reach ${u.host}.`, error: true });
    const answer = (await chrome.runtime.sendMessage({
      type: "check-server",
      url: base,
      token: token().trim(),
    })) as CheckServerAnswer;
    if (!answer.ok) return setStatus({ text: answer.error, error: true });
    await chrome.storage.local.set({ [SERVER_KEY]: { url: base, token: token().trim() } satisfies ServerSettings });
    setConnected(true);
    setStatus({ text: `Connected to ${base}${answer.name ? ` as ${answer.name}` : ""}.` });
  };

  const disconnect = async () => {
    const s = (await chrome.storage.local.get(SERVER_KEY))[SERVER_KEY] as ServerSettings | undefined;
    await chrome.storage.local.remove(SERVER_KEY);
    if (s) await chrome.permissions.remove({ origins: [originPattern(s.url)] }).catch(() => false);
    setToken("");
    setConnected(false);
    setStatus({ text: "Disconnected: nothing leaves this browser." });
  };

  return (
    <>
      <h1>Enlist</h1>
      <p>
        Enlist lints what you write in LinkedIn and Gmail right here in the browser. Connect your own Enlist server to
        judge each message against the circle and tie you recorded for that person, and to log a message as sent.
      </p>
      <form onSubmit={connect}>
        <label for="server">Enlist server address</label>
        <input
          id="server"
          type="url"
          placeholder="https://enlist.example.org"
          value={url()}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <label for="token">Personal access token</label>
        <input
          id="token"
          type="password"
          autocomplete="off"
          placeholder="enl_…"
          value={token()}
          onInput={(e) => setToken(e.currentTarget.value)}
        />
        <p class="hint">Make one on your server: POST /v1/tokens (see its API reference at /docs).</p>
        <button type="submit">Connect</button>
        <Show when={connected()}>
          <button type="button" onClick={disconnect}>
            Disconnect
          </button>
        </Show>
      </form>
      <Show when={status()}>
        {(s) => (
          <p class={s().error ? "status error" : "status"} role="status">
            {s().text}
          </p>
        )}
      </Show>
    </>
  );
}

render(() => <Options />, document.getElementById("app") as HTMLElement);
