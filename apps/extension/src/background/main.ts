import { createClient, type Client } from "@enlist/client";
import type { CheckServerAnswer, FindContactAnswer, LogSentAnswer, Request } from "../shared/messages";
import { originPattern, SERVER_KEY, type ServerSettings } from "../shared/settings";
import { findContact } from "./find-contact";

const clientFor = (s: ServerSettings): Client =>
  createClient(s.url.replace(/\/+$/, ""), { headers: { authorization: `Bearer ${s.token}` } });

/** The user's server, once they connected it and the browser lets the extension reach it. */
async function server(): Promise<Client | null> {
  const s = (await chrome.storage.local.get(SERVER_KEY))[SERVER_KEY] as ServerSettings | undefined;
  if (!s?.url || !s.token) return null;
  if (!(await chrome.permissions.contains({ origins: [originPattern(s.url)] }))) return null;
  return clientFor(s);
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function problem(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { detail?: string; title?: string } | null;
  return body?.detail ?? body?.title ?? `the server answered ${res.status}`;
}

async function handle(req: Request): Promise<FindContactAnswer | LogSentAnswer | CheckServerAnswer> {
  switch (req.type) {
    case "find-contact": {
      const api = await server();
      if (!api) return { connected: false };
      try {
        return { connected: true, contact: await findContact(api, req.recipient) };
      } catch (e) {
        return { connected: true, contact: null, error: message(e) };
      }
    }
    case "log-sent": {
      const api = await server();
      if (!api) return { ok: false, error: "Not connected to an Enlist server." };
      const param = { id: req.contactId };
      const logged = await api.v1.contacts[":id"].interactions.$post({ param, json: { type: "sent", date: req.date } });
      if (!logged.ok) return { ok: false, error: await problem(logged) };
      // The server moves the contact's status with the interaction; the panel shows where it moved to.
      const contact = await api.v1.contacts[":id"].$get({ param });
      const status = contact.ok ? ((await contact.json()) as { status?: string }).status : undefined;
      return { ok: true, ...(status ? { status } : {}) };
    }
    case "check-server": {
      const res = await clientFor(req).v1.me.$get();
      if (!res.ok)
        return {
          ok: false,
          error: (res.status as number) === 401 ? "The server did not accept this token." : await problem(res),
        };
      return { ok: true, name: (await res.json()).name };
    }
  }
}

chrome.runtime.onMessage.addListener((req: Request, sender, reply) => {
  // Only the extension's own pages and content scripts may use the connection.
  if (sender.id !== chrome.runtime.id) return false;
  handle(req).then(reply, (e: unknown) => reply({ ok: false, connected: false, error: message(e) }));
  return true;
});
