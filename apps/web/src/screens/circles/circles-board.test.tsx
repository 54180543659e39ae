import { Route, Router } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startApi, type TestApi } from "../../test/api-in-process";
import { CirclesBoard } from "./circles-board";
import { NO_FILTER, type Filter } from "./contact-pages";

let api: TestApi;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startApi();
  const people = [
    { name: "Ana Lima", circle: "backers", tie: "close" },
    { name: "Carol Davis", circle: "leaders", tie: "weak", company: "BigCo" },
    { name: "Priya Raman", circle: "pathfinders", tie: "acquaintance", status: "contacted" },
  ];
  for (const p of people)
    ids[p.name] = ((await api.request("/v1/contacts", { method: "POST", body: p })).json() as { id: string }).id;
  // Enough backers that only a screenful of them may be in the page at a time.
  for (let i = 0; i < 300; i++)
    await api.request("/v1/contacts", {
      method: "POST",
      body: { name: `Backer ${String(i).padStart(3, "0")}`, circle: "backers", tie: "friend" },
    });
});
afterAll(() => api.close());
afterEach(cleanup);

const renderBoard = (filter: Filter = NO_FILTER) =>
  render(() => (
    <Router>
      <Route path="*" component={() => <CirclesBoard filter={filter} />} />
    </Router>
  ));

const column = (circle: string) => document.querySelector(`.column.circle-${circle}`) as HTMLElement;
const circleOf = async (name: string) =>
  ((await api.request(`/v1/contacts/${ids[name]}`)).json() as { circle: string }).circle;

describe("the circles board", () => {
  it("shows each circle with its count and progress, rendering only the rows in view", async () => {
    renderBoard();
    await waitFor(() => expect(within(column("backers")).getByRole("heading").textContent).toContain("301"));
    expect(within(column("pathfinders")).getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
    await waitFor(() => expect(within(column("backers")).getByText("Ana Lima")).toBeTruthy());
    const rendered = column("backers").querySelectorAll(".card").length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    // The list is as tall as all loaded rows, so the scrollbar tells the truth.
    expect(column("backers").querySelector("ul")?.style.height).toBe(`${100 * 64}px`);
  });

  it("moves a contact with Alt+arrow, and the server keeps it", async () => {
    renderBoard();
    const link = await within(column("leaders")).findByText("Carol Davis");
    fireEvent.keyDown(link, { key: "ArrowRight", altKey: true });
    await within(column("pathfinders")).findByText("Carol Davis");
    expect(within(column("leaders")).queryByText("Carol Davis")).toBeNull();
    expect(await circleOf("Carol Davis")).toBe("pathfinders");
    await screen.findByText("Carol Davis is now in Pathfinders.");
  });

  it("moves a contact with its arrow button", async () => {
    renderBoard();
    await within(column("pathfinders")).findByText("Priya Raman");
    fireEvent.click(screen.getByRole("button", { name: "Move Priya Raman to Leaders" }));
    await within(column("leaders")).findByText("Priya Raman");
    expect(await circleOf("Priya Raman")).toBe("leaders");
  });

  it("searches on the server, in every column", async () => {
    renderBoard({ ...NO_FILTER, q: "ana" });
    await within(column("backers")).findByText("Ana Lima");
    await waitFor(() => expect(column("backers").querySelectorAll(".card").length).toBe(1));
    // Each empty column says which circle has no one matching.
    await waitFor(() => expect(column("leaders").textContent).toContain("No one in Leaders matches."));
    await waitFor(() => expect(column("pathfinders").textContent).toContain("No one in Pathfinders matches."));
  });

  it("says so, and moves nothing, when the server cannot be reached", async () => {
    renderBoard();
    const link = await within(column("backers")).findByText("Ana Lima");
    api.offline(true);
    fireEvent.keyDown(link, { key: "ArrowRight", altKey: true });
    await screen.findByText(/could not reach the server/);
    api.offline(false);
    expect(within(column("backers")).getByText("Ana Lima")).toBeTruthy();
    expect(await circleOf("Ana Lima")).toBe("backers");
  });

  it("counts, in each heading, those the filter keeps", async () => {
    renderBoard({ ...NO_FILTER, company: "bigco" });
    await within(column("pathfinders")).findByText("Carol Davis");
    await waitFor(() => expect(within(column("pathfinders")).getByRole("heading").textContent).toContain("1"));
    await waitFor(() => expect(within(column("backers")).getByRole("heading").textContent).toMatch(/Backers\s*0/));
    expect(column("backers").textContent).toContain("No one in Backers matches.");
  });
});

describe("sorting several contacts at once", () => {
  const people = async (company: string, names: string[], circle = "pathfinders") => {
    for (const name of names)
      ids[name] = (
        (
          await api.request("/v1/contacts", { method: "POST", body: { name, circle, tie: "weak", company } })
        ).json() as { id: string }
      ).id;
  };
  const card = (name: string) => screen.getByText(name).closest(".card") as HTMLElement;
  const row = (name: string) => card(name).closest("li") as HTMLElement;
  const stored = async (name: string) =>
    (await api.request(`/v1/contacts/${ids[name]}`)).json() as { circle: string; archived?: boolean };

  it("picks cards with a click and a Shift+click, shows them picked, and moves them all in one call", async () => {
    await people("Pickco", ["Pia One", "Pia Two", "Pia Three"]);
    renderBoard({ ...NO_FILTER, company: "pickco" });
    await within(column("pathfinders")).findByText("Pia Three");
    const order = [...column("pathfinders").querySelectorAll(".card-name")].map((a) => a.textContent);
    const [first, , last] = order as [string, string, string];
    fireEvent.click(card(first).querySelector(".card-detail") as HTMLElement);
    fireEvent.click(card(last).querySelector(".card-detail") as HTMLElement, { shiftKey: true });
    for (const name of order) {
      expect(row(name as string).getAttribute("aria-selected")).toBe("true");
      expect(card(name as string).classList.contains("selected")).toBe(true);
    }
    expect(column("pathfinders").querySelector("ul")?.getAttribute("role")).toBe("grid");
    const bar = screen.getByRole("toolbar", { name: "Selected contacts" });
    expect(bar.textContent).toContain("3 contacts selected");
    fireEvent.click(within(bar).getByRole("button", { name: "Move to Leaders" }));
    await screen.findByText("3 contacts moved to Leaders.");
    for (const name of order) expect(within(column("leaders")).getByText(name as string)).toBeTruthy();
    expect(column("pathfinders").textContent).toContain("No one in Pathfinders matches.");
    for (const name of order) expect((await stored(name as string)).circle).toBe("leaders");
    expect(screen.queryByRole("toolbar")).toBeNull();
  });

  it("picks with Space and Shift+↓ from the keyboard, and Escape lets go", async () => {
    await people("Keyco", ["Kim One", "Kim Two", "Kim Three"], "leaders");
    renderBoard({ ...NO_FILTER, company: "keyco" });
    await within(column("leaders")).findByText("Kim Three");
    const [first, second, third] = [...column("leaders").querySelectorAll<HTMLElement>(".card-name")];
    first?.focus();
    fireEvent.keyDown(first as HTMLElement, { key: " " });
    expect(row(first?.textContent ?? "").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(first as HTMLElement, { key: "ArrowDown", shiftKey: true });
    expect(row(second?.textContent ?? "").getAttribute("aria-selected")).toBe("true");
    await waitFor(() => expect(document.activeElement).toBe(second));
    expect(row(third?.textContent ?? "").getAttribute("aria-selected")).toBe("false");
    // Space again lets the one with the focus go.
    fireEvent.keyDown(second as HTMLElement, { key: " " });
    expect(row(second?.textContent ?? "").getAttribute("aria-selected")).toBe("false");
    expect(screen.getByRole("toolbar").textContent).toContain("1 contact selected");
    fireEvent.keyDown(second as HTMLElement, { key: "Escape" });
    expect(screen.queryByRole("toolbar")).toBeNull();
  });

  it("archives as not relevant, hiding them, and restores them from the archived view", async () => {
    await people("Archco", ["Ari Gone", "Ari Kept"], "backers");
    const board = renderBoard({ ...NO_FILTER, company: "archco" });
    await within(column("backers")).findByText("Ari Gone");
    fireEvent.click(card("Ari Gone").querySelector(".card-detail") as HTMLElement);
    fireEvent.click(screen.getByRole("button", { name: "Archive as not relevant" }));
    await screen.findByText(
      "1 contact archived as not relevant: hidden from the plan and the board. Show archived to restore them.",
    );
    expect(within(column("backers")).queryByText("Ari Gone")).toBeNull();
    expect(within(column("backers")).getByText("Ari Kept")).toBeTruthy();
    expect((await stored("Ari Gone")).archived).toBe(true);
    await waitFor(() => expect(within(column("backers")).getByRole("heading").textContent).toMatch(/Backers\s*1/));
    await screen.findByText(/1 contact that matches is archived as not relevant and hidden here/);
    board.unmount();

    renderBoard({ ...NO_FILTER, company: "archco", archived: true });
    await within(column("backers")).findByText("Ari Gone");
    expect(within(column("backers")).queryByText("Ari Kept")).toBeNull();
    await waitFor(() => expect(column("leaders").textContent).toContain("No one in Leaders is archived that matches."));
    fireEvent.click(card("Ari Gone").querySelector(".card-detail") as HTMLElement);
    fireEvent.click(screen.getByRole("button", { name: "Restore 1 contact" }));
    await screen.findByText("1 contact restored to the board and the plan.");
    expect(within(column("backers")).queryByText("Ari Gone")).toBeNull();
    expect((await stored("Ari Gone")).archived).toBeUndefined();
  });

  it("keeps the selection and moves no one when the server cannot be reached, then moves them on a second try", async () => {
    await people("Offco", ["Oli Here", "Oli There"], "backers");
    renderBoard({ ...NO_FILTER, company: "offco" });
    await within(column("backers")).findByText("Oli There");
    fireEvent.click(card("Oli Here").querySelector(".card-detail") as HTMLElement);
    fireEvent.click(card("Oli There").querySelector(".card-detail") as HTMLElement);
    api.offline(true);
    fireEvent.click(screen.getByRole("button", { name: "Move to Leaders" }));
    await screen.findByText(/could not reach the server/);
    api.offline(false);
    expect((await stored("Oli Here")).circle).toBe("backers");
    expect(within(column("backers")).getByText("Oli Here")).toBeTruthy();
    expect(screen.getByRole("toolbar").textContent).toContain("2 contacts selected");
    fireEvent.click(screen.getByRole("button", { name: "Move to Leaders" }));
    await screen.findByText("2 contacts moved to Leaders.");
    expect((await stored("Oli There")).circle).toBe("leaders");
  });
});
