import { Route, Router } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../lib/today";
import { startApi, type TestApi } from "../../test/api-in-process";
import WeekScreen from "./week-screen";

let api: TestApi;
let mum = "";
// Ten weeks before the day the test runs: past a close tie's four, whatever that day is.
const tenWeeksAgo = (() => {
  const d = new Date(`${today()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 70);
  return d.toISOString().slice(0, 10);
})();

beforeAll(async () => {
  api = await startApi();
  mum = (
    (
      await api.request("/v1/contacts", { method: "POST", body: { name: "Mum", circle: "backers", tie: "close" } })
    ).json() as { id: string }
  ).id;
  for (const type of ["sent", "replied"])
    await api.request(`/v1/contacts/${mum}/interactions`, { method: "POST", body: { type, date: tenWeeksAgo } });
  // A friend with a cadence of their own, not due yet.
  const tom = (
    (
      await api.request("/v1/contacts", {
        method: "POST",
        body: { name: "Tom Ode", circle: "backers", tie: "friend", checkInWeeks: 12 },
      })
    ).json() as { id: string }
  ).id;
  for (const type of ["sent", "replied"])
    await api.request(`/v1/contacts/${tom}/interactions`, { method: "POST", body: { type, date: tenWeeksAgo } });
});
afterAll(() => api.close());
afterEach(cleanup);

describe("this week, keeping in touch", () => {
  it("asks to check in with a backer whose cadence has passed, and marking it done logs an update", async () => {
    render(() => (
      <Router>
        <Route path="*" component={WeekScreen} />
      </Router>
    ));
    const item = (await screen.findByText("Check in")).closest("li") as HTMLElement;
    expect(within(item).getByRole("link", { name: "Mum" })).toBeTruthy();
    expect(item.textContent).toContain(
      `Your last contact with Mum was on ${tenWeeksAgo}, 10 weeks ago, and you keep in touch every 4 weeks`,
    );
    expect(within(item).getByRole("button", { name: "Write the message" })).toBeTruthy();
    expect((document.querySelector("ol.plan") as HTMLElement).textContent).not.toContain("Tom Ode");

    fireEvent.click(within(item).getByRole("button", { name: "Mark done" }));
    await waitFor(() => expect(screen.queryByText("Check in")).toBeNull());
    const history = (await api.request(`/v1/contacts/${mum}/interactions`)).json() as {
      items: { type: string; date: string }[];
    };
    expect(history.items.at(-1)).toMatchObject({ type: "updated", date: today() });
  });
});
