import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startApi, type TestApi } from "../../test/api-in-process";
import { openContact as openShared } from "./open-contact";

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());
afterEach(cleanup);

const openContact = (fields: Record<string, unknown>) => openShared(api, fields);

const patch = async (id: string, body: Record<string, unknown>) => {
  const current = (await api.request(`/v1/contacts/${id}`)).json() as { version: number };
  const res = await fetchPatch(id, current.version, body);
  expect(res.status).toBe(200);
};
// The API's ETag is "<id>.<version>"; the test plays another tab that read it a moment ago.
const fetchPatch = (id: string, version: number, body: Record<string, unknown>) =>
  api.request(`/v1/contacts/${id}`, { method: "PATCH", body, headers: { "if-match": `"${id}.${version}"` } });

describe("a contact", () => {
  it("saves an edit, and shows it", async () => {
    await openContact({ name: "Sarah Chen", company: "Duolingo" });
    fireEvent.click(screen.getByRole("button", { name: "Edit" }));
    fireEvent.input(screen.getByLabelText("What did they do that you admire?"), {
      target: { value: "Her DevLearn talk on microlearning" },
    });
    fireEvent.submit(screen.getByRole("button", { name: "Save" }).closest("form") as HTMLFormElement);
    await screen.findByText("Her DevLearn talk on microlearning");
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });

  it("shows what changed meanwhile when a save is stale (412), and saves over it only when asked", async () => {
    const id = await openContact({ name: "Priya Raman", company: "Razorpay" });
    fireEvent.click(screen.getByRole("button", { name: "Edit" }));
    // Another tab changes the company while this one is editing.
    await patch(id, { company: "Stripe" });
    fireEvent.input(screen.getByLabelText("Role"), { target: { value: "Product Designer" } });
    fireEvent.submit(screen.getByRole("button", { name: "Save" }).closest("form") as HTMLFormElement);
    const conflict = await screen.findByRole("alert");
    expect(within(conflict).getByText("This contact changed while you were editing")).toBeTruthy();
    const company = within(conflict).getByRole("rowheader", { name: "Company" }).closest("tr") as HTMLElement;
    expect(company.textContent).toContain("Stripe");
    expect(company.textContent).toContain("Razorpay");
    // Nothing was overwritten yet.
    expect(((await api.request(`/v1/contacts/${id}`)).json() as { role?: string }).role).toBeUndefined();

    fireEvent.click(within(conflict).getByRole("button", { name: "Save my edit over it" }));
    await waitFor(async () =>
      expect(((await api.request(`/v1/contacts/${id}`)).json() as { role?: string }).role).toBe("Product Designer"),
    );
  });

  it("shows the API's field error beside the field", async () => {
    await openContact({ name: "Bo Chan" });
    fireEvent.click(screen.getByRole("button", { name: "Edit" }));
    fireEvent.input(screen.getByLabelText("E-mail"), { target: { value: "not an address" } });
    fireEvent.submit(screen.getByRole("button", { name: "Save" }).closest("form") as HTMLFormElement);
    await waitFor(() => expect(screen.getByLabelText("E-mail").getAttribute("aria-invalid")).toBe("true"));
    const error = () => screen.getByLabelText("E-mail").closest(".field")?.querySelector(".field-error")?.textContent;
    // A sentence, in the form's words, not the validator's.
    expect(error()).toBe("E-mail must be an e-mail address.");
    // Fixing the field takes the error away at once, before anything is saved.
    fireEvent.input(screen.getByLabelText("E-mail"), { target: { value: "bo@example.com" } });
    expect(error()).toBe("");
    expect(screen.getByLabelText("E-mail").getAttribute("aria-invalid")).toBeNull();
  });

  it("shows an empty name as a sentence, and shows it again if it comes back", async () => {
    await openContact({ name: "Ines Duarte" });
    fireEvent.click(screen.getByRole("button", { name: "Edit" }));
    const name = () => screen.getByLabelText("Name") as HTMLInputElement;
    const error = () => name().closest(".field")?.querySelector(".field-error")?.textContent;
    fireEvent.input(name(), { target: { value: "   " } });
    fireEvent.submit(screen.getByRole("button", { name: "Save" }).closest("form") as HTMLFormElement);
    await waitFor(() => expect(error()).toBe("Name must not be empty."));
    fireEvent.input(name(), { target: { value: "  " } });
    expect(error()).toBe("");
    fireEvent.submit(screen.getByRole("button", { name: "Save" }).closest("form") as HTMLFormElement);
    await waitFor(() => expect(error()).toBe("Name must not be empty."));
  });
});
