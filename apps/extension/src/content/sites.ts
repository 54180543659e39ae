import type { LintContext } from "@enlist/core/schemas";
import type { Recipient } from "../shared/messages";

export type Channel = LintContext["channel"];

/** What the page around a compose box says about the message being written there. */
export interface BoxContext {
  recipient: Recipient;
  subject?: string;
  /** The page's own limit says a free account: LinkedIn gives free accounts 200 characters for a note. */
  freeAccount?: boolean;
}

/** A compose box Enlist lints: which channel it writes in, and how to read its surroundings when needed. */
export interface ComposeBox {
  element: HTMLTextAreaElement | HTMLElement;
  channel: Channel;
  /** Read at every lint: the "To" field or subject may be filled in after the box is focused. */
  context(): BoxContext;
}

const MAX_CLIMB = 12;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, " ").trim() || undefined;

/** The nearest element around `from` (itself included, up to a dozen levels) that holds a match. */
function near<T extends Element>(from: Element, selector: string): T | null {
  let el: Element | null = from;
  for (let i = 0; el && i < MAX_CLIMB; i++, el = el.parentElement) {
    const found = el.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

const isEditable = (el: Element): el is HTMLElement =>
  el instanceof HTMLElement && el.isContentEditable && el.getAttribute("contenteditable") !== "false";

/** The editing host of a node inside a contenteditable: focus lands on it, its children are the text. */
function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement && isEditable(host.parentElement)) host = host.parentElement;
  return host;
}

/** A LinkedIn profile address, reduced to https://www.linkedin.com/in/<slug>/. */
export function profileUrl(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, "https://www.linkedin.com/");
    const slug = /^\/in\/([^/?#]+)/.exec(u.pathname)?.[1];
    return slug ? `https://www.linkedin.com/in/${decodeURIComponent(slug)}/` : undefined;
  } catch {
    return undefined;
  }
}

function linkedInRecipient(box: Element): Recipient {
  // On a profile the person is the page's heading (and its address the page's); in a conversation they are
  // linked from its header.
  const own = profileUrl(location.href);
  const heading = text(document.querySelector("main h1"));
  if (own && heading) return { name: heading, linkedInUrl: own };
  const link = near<HTMLAnchorElement>(box, 'a[href*="/in/"]');
  const linkName = text(link);
  return link && linkName ? { name: linkName, ...withUrl(profileUrl(link.getAttribute("href"))) } : withUrl(own);
}

const withName = (name: string | undefined) => (name ? { name } : {});
const withUrl = (linkedInUrl: string | undefined) => (linkedInUrl ? { linkedInUrl } : {});

function linkedInBox(el: HTMLElement): ComposeBox | null {
  if (el instanceof HTMLTextAreaElement) {
    // The invitation's note is the textarea of a dialog (or one named as a message); other textareas are not outreach.
    if (!el.closest('[role="dialog"]') && el.name !== "message") return null;
    return {
      element: el,
      channel: "linkedin-note",
      context: () => ({
        recipient: linkedInRecipient(el),
        ...(el.maxLength > 0 && el.maxLength <= 200 ? { freeAccount: true } : {}),
      }),
    };
  }
  if (!isEditable(el)) return null;
  const host = editingHost(el);
  const label = `${host.getAttribute("aria-label") ?? ""} ${host.getAttribute("aria-placeholder") ?? ""} ${host.dataset.placeholder ?? ""}`;
  const form = host.closest("form");
  // Messages and InMail are written in a form about messaging; posts and comments are left alone.
  if (
    !/message/i.test(label) &&
    !(form && /msg|message/i.test(`${form.className} ${form.getAttribute("aria-label") ?? ""}`))
  )
    return null;
  return {
    element: host,
    channel: "linkedin-message",
    context: () => {
      const subject = (form ?? host.parentElement)
        ?.querySelector<HTMLInputElement>('input[name="subject"], input[placeholder*="ubject"]')
        ?.value.trim();
      return { recipient: linkedInRecipient(host), ...(subject ? { subject } : {}) };
    },
  };
}

/** "Sarah Chen <sarah@example.com>" or a bare address, as typed into a "To" field. */
export function parseAddress(value: string): Recipient {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>\s]+@[^>\s]+)>\s*$/.exec(value);
  if (m) return { ...withName(m[1]?.trim() || undefined), email: m[2] as string };
  const bare = /[^\s,;<>]+@[^\s,;<>]+/.exec(value)?.[0];
  return bare ? { email: bare } : {};
}

function gmailRecipient(box: Element): Recipient {
  // Gmail shows each recipient as a chip carrying the address (and the name it knows) as attributes.
  const chip = near<HTMLElement>(box, "[email]");
  if (chip) {
    const email = chip.getAttribute("email") ?? undefined;
    const name = chip.getAttribute("name")?.trim() || text(chip);
    return { ...withName(name && name !== email ? name : undefined), ...(email ? { email } : {}) };
  }
  const to = near<HTMLInputElement>(box, 'input[name="to"], textarea[name="to"], input[aria-label^="To"]');
  return to ? parseAddress(to.value) : {};
}

function gmailBox(el: HTMLElement): ComposeBox | null {
  if (!isEditable(el)) return null;
  const host = editingHost(el);
  if (host.getAttribute("role") !== "textbox" && !host.hasAttribute("g_editable")) return null;
  return {
    element: host,
    channel: "email",
    context: () => {
      // A new message has a subject field; a reply answers the thread, whose subject is its heading.
      const subject =
        near<HTMLInputElement>(host, 'input[name="subjectbox"], input[name="subject"]')?.value.trim() ||
        text(document.querySelector('[role="main"] h2'));
      return { recipient: gmailRecipient(host), ...(subject ? { subject } : {}) };
    },
  };
}

/** The compose box an element belongs to on this site, or null where Enlist has nothing to say. */
export function composeBoxOf(el: Element | null, hostname: string = location.hostname): ComposeBox | null {
  if (!(el instanceof HTMLElement)) return null;
  if (hostname === "mail.google.com") return gmailBox(el);
  if (hostname === "linkedin.com" || hostname.endsWith(".linkedin.com")) return linkedInBox(el);
  return null;
}
