import { Route, Router } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startApi, type TestApi } from "../../test/api-in-process";
import { CirclesBoard } from "./circles-board";

let api: TestApi;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startApi();
  const people = [
    { name: "Ana Lima", circle: "backers", tie: "close" },
    { name: "Carol Davis", circle: "leaders", tie: "weak", company: "BigCo" },
    { name: "Priya Raman", circle: "pathfinders", tie: "acquaintance", status: "contacted" },
  ];
  for (const p of people) ids[p.name] = ((await api.request("/v1/contacts", { method: "POST", body: p })).json() as { id: string }).id;
  // Enough backers that only a screenful of them may be in the page at a time.
  for (let i = 0; i < 300; i++) await api.request("/v1/contacts", { method: "POST", body: { name: `Backer ${String(i).padStart(3, "0")}`, circle: "backers", tie: "friend" } });
});
afterAll(() => api.close());
afterEach(cleanup);

const renderBoard = (filter = { q: "", status: "" }) =>
  render(() => (
    <Router>
      <Route path="*" component={() => <CirclesBoard filter={filter} />} />
    </Router>
  ));

const column = (circle: string) => document.querySelector(`.column.circle-${circle}`) as HTMLElement;
const circleOf = async (name: string) => ((await api.request(`/v1/contacts/${ids[name]}`)).json() as { circle: string }).circle;

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
    renderBoard({ q: "ana", status: "" });
    await within(column("backers")).findByText("Ana Lima");
    await waitFor(() => expect(column("backers").querySelectorAll(".card").length).toBe(1));
    await waitFor(() => expect(column("leaders").textContent).toContain("No one here matches."));
    await waitFor(() => expect(column("pathfinders").textContent).toContain("No one here matches."));
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
});
