import { Route, Router } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pivot } from "../../session";
import { startApi, type TestApi } from "../../test/api-in-process";
import PivotScreen from "./pivot-screen";

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());
afterEach(cleanup);

function openPivot() {
  history.pushState({}, "", "/pivot");
  render(() => (
    <Router>
      <Route path="/pivot" component={PivotScreen} />
      <Route path="/" component={() => <h1>This week</h1>} />
    </Router>
  ));
}
const employerField = () => screen.getByLabelText("Current employer") as HTMLInputElement;
const submit = () => fireEvent.submit(screen.getByRole("button", { name: "Save" }).closest("form") as HTMLFormElement);
const saved = async () => (await api.request("/v1/pivot")).json() as { currentEmployer?: string };

describe("the pivot's current employer", () => {
  it("is saved with the pivot, and cleared when left blank", async () => {
    openPivot();
    fireEvent.input(employerField(), { target: { value: "  Lincoln High School " } });
    submit();
    await screen.findByRole("heading", { name: "This week" });
    expect((await saved()).currentEmployer).toBe("Lincoln High School");
    expect(pivot()?.currentEmployer).toBe("Lincoln High School");

    cleanup();
    openPivot();
    expect(employerField().value).toBe("Lincoln High School");
    fireEvent.input(employerField(), { target: { value: "" } });
    submit();
    await screen.findByRole("heading", { name: "This week" });
    expect(await saved()).not.toHaveProperty("currentEmployer");
  });

  it("shows the API's error beside the field", async () => {
    openPivot();
    fireEvent.input(employerField(), { target: { value: "x".repeat(201) } });
    submit();
    await waitFor(() => expect(employerField().getAttribute("aria-invalid")).toBe("true"));
    expect(employerField().closest(".field")?.querySelector(".field-error")?.textContent).toMatch(/200/);
  });
});
