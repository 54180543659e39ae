import { Route, Router } from "@solidjs/router";
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pivot, setPivot } from "../../session";
import { startApi, type TestApi } from "../../test/api-in-process";
import WeekScreen from "./week-screen";

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
  const withEmployer = { ...pivot(), currentEmployer: "Lincoln High School" };
  await api.request("/v1/pivot", { method: "PUT", body: withEmployer });
  setPivot(withEmployer as never);
  await api.request("/v1/contacts", {
    method: "POST",
    body: {
      name: "Maria Lopez",
      circle: "backers",
      tie: "friend",
      role: "Assistant Principal",
      company: "Lincoln High",
    },
  });
  await api.request("/v1/contacts", {
    method: "POST",
    body: { name: "Jess Moreau", circle: "backers", tie: "acquaintance", company: "St. Mary's Hospital" },
  });
});
afterAll(() => api.close());
afterEach(cleanup);

describe("this week, while still employed", () => {
  it("plans no outreach to a current colleague, and lists them with the reason", async () => {
    render(() => (
      <Router>
        <Route path="*" component={WeekScreen} />
      </Router>
    ));
    const kept = await screen.findByRole("region", { name: "Kept from your move (1)" });
    expect(within(kept).getByRole("link", { name: "Maria Lopez" })).toBeTruthy();
    expect(kept.textContent).toContain("Maria Lopez works at Lincoln High, your current employer.");
    const plan = document.querySelector("ol.plan") as HTMLElement;
    expect(within(plan).getByText("Jess Moreau")).toBeTruthy();
    expect(within(plan).queryByText("Maria Lopez")).toBeNull();
  });
});
