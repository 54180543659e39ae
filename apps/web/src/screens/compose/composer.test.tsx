import { Route, Router } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { StoredContact } from "../../api/types";
import { startApi, type TestApi } from "../../test/api-in-process";
import { Composer } from "./composer";

let api: TestApi;
let carol: StoredContact;

beforeAll(async () => {
  api = await startApi();
  const res = await api.request("/v1/contacts", {
    method: "POST",
    body: {
      name: "Carol Davis",
      circle: "leaders",
      tie: "weak",
      company: "BigCo",
      role: "VP Engineering",
      linkedInUrl: "https://www.linkedin.com/in/caroldavis",
      researchNotes: "her talk on on-call rotations at LeadDev 2025",
    },
  });
  carol = res.json() as StoredContact;
});
afterAll(() => api.close());
afterEach(() => {
  cleanup();
  localStorage.clear();
  api.offline(false);
});

const renderComposer = () =>
  render(() => (
    <Router>
      <Route path="*" component={() => <Composer contact={carol} interactions={[]} />} />
    </Router>
  ));

const body = () => screen.getByLabelText("Message") as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(body(), { target: { value: text } });

describe("the composer", () => {
  it("starts from a draft built for the contact, which lints clean", async () => {
    renderComposer();
    await waitFor(() => expect(body().value).toMatch(/^Hi Carol/));
    expect(body().value).toContain("on-call rotations");
    expect(screen.getByText("No findings: the message reads well.")).toBeTruthy();
    // A LinkedIn connection note, counted against its 300 characters.
    expect(screen.getByText(/\/ 300 characters/)).toBeTruthy();
  });

  it("underlines a finding as you type, and fixes it in one click", async () => {
    const { container } = renderComposer();
    await waitFor(() => expect(body().value).toMatch(/^Hi Carol/));
    type(body().value.replace("Hi Carol", "Hi Karol"));
    const finding = await screen.findByText(/The greeting says "Karol"/);
    const mark = container.querySelector(".backdrop mark.sev-error");
    expect(mark?.textContent).toBe("Karol");
    fireEvent.click(screen.getByRole("button", { name: /^Fix/ }));
    await waitFor(() => expect(finding.isConnected).toBe(false));
    expect(body().value).toMatch(/^Hi Carol/);
    expect(container.querySelector(".backdrop mark")).toBeNull();
  });

  it("shows what Enlist reads as the ask, and follows the draft as it changes", async () => {
    renderComposer();
    await waitFor(() => expect(body().value).toMatch(/^Hi Carol/));
    const section = screen.getByRole("region", { name: "What Enlist reads as your ask" });
    expect(section.textContent).toMatch(/questions|to connect/);
    type("Hi Carol, could we grab coffee near your office next week?");
    await waitFor(() => expect(section.textContent).toContain("a coffee (in person) — unreasonable"));
    type("Hi Carol, I hope the conference went well.");
    await waitFor(() => expect(section.textContent).toContain("No request yet"));
  });

  it("counts characters against the channel's limit and says when it is over", async () => {
    const { container } = renderComposer();
    await waitFor(() => expect(body().value).toMatch(/^Hi Carol/));
    type(`Hi Carol — ${"I admire your work on incident reviews. ".repeat(10)}May I ask two quick questions?`);
    await waitFor(() => expect(container.querySelector(".counters .over")).not.toBeNull());
    expect(screen.getAllByText(/over the 300-character limit for a connection note/).length).toBeGreaterThan(0);
    expect(screen.getByText("Fix the errors before sending")).toBeTruthy();
  });

  it("writes to a LinkedIn connection in a message, not a connection note", () => {
    render(() => (
      <Router>
        <Route
          path="*"
          component={() => <Composer contact={{ ...carol, connectedOn: "2021-05-03" }} interactions={[]} />}
        />
      </Router>
    ));
    expect((screen.getByLabelText("Channel") as HTMLSelectElement).value).toBe("linkedin-message");
  });

  it("keeps what was typed when logging it as sent fails, and logs it on retry", async () => {
    renderComposer();
    await waitFor(() => expect(body().value).toMatch(/^Hi Carol/));
    const typed = `${body().value} Thank you!`;
    type(typed);
    expect(JSON.parse(localStorage.getItem(`enlist.draft.${carol.id}`) ?? "{}").body).toBe(typed);

    api.offline(true);
    fireEvent.click(screen.getByRole("button", { name: "Log as sent" }));
    await screen.findByText(/could not reach the server/);
    expect(body().value).toBe(typed);
    expect(JSON.parse(localStorage.getItem(`enlist.draft.${carol.id}`) ?? "{}").body).toBe(typed);

    api.offline(false);
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByText(/Logged as sent to Carol Davis/);
    expect(localStorage.getItem(`enlist.draft.${carol.id}`)).toBeNull();
    const history = (await api.request(`/v1/contacts/${carol.id}/interactions`)).json() as {
      items: { type: string; note?: string }[];
    };
    expect(history.items.map((i) => i.type)).toEqual(["sent"]);
    expect(history.items[0]?.note).toContain("Thank you!");
    const asks = (await api.request(`/v1/contacts/${carol.id}/asks`)).json() as {
      items: { ask: { kind: string }; verdict: { level: string } }[];
    };
    expect(asks.items[0]?.ask.kind).toBe("questions");
    expect(asks.items[0]?.verdict.level).toBe("reasonable");
  });

  it("brings back an unsent draft", async () => {
    localStorage.setItem(
      `enlist.draft.${carol.id}`,
      JSON.stringify({
        channel: "email",
        purpose: "ask",
        subject: "Two questions",
        body: "Hi Carol, half-written",
        ask: { kind: "questions", specifics: "x" },
        savedAt: "2026-11-25T10:00:00Z",
      }),
    );
    renderComposer();
    expect(body().value).toBe("Hi Carol, half-written");
    expect(screen.getByText(/Your unsent draft from before is back/)).toBeTruthy();
    expect((screen.getByLabelText("Subject") as HTMLInputElement).value).toBe("Two questions");
  });
});
