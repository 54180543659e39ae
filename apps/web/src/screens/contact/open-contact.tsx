// Test support: a contact created through the in-process API and its screen opened, as a user who clicks
// through to it would see it.
import { Route, Router } from "@solidjs/router";
import { render, screen } from "@solidjs/testing-library";
import type { TestApi } from "../../test/api-in-process";
import ContactScreen from "./contact-screen";

export async function openContact(api: TestApi, fields: Record<string, unknown>): Promise<string> {
  const created = (
    await api.request("/v1/contacts", { method: "POST", body: { circle: "leaders", tie: "stranger", ...fields } })
  ).json() as { id: string };
  history.pushState({}, "", `/contacts/${created.id}`);
  render(() => (
    <Router>
      <Route path="/contacts/:id" component={ContactScreen} />
    </Router>
  ));
  await screen.findByRole("heading", { level: 1, name: String(fields.name) });
  return created.id;
}
