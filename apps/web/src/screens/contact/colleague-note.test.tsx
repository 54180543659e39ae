import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pivot, setPivot } from "../../session";
import { startApi, type TestApi } from "../../test/api-in-process";
import { openContact as openShared } from "./open-contact";

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
  const withEmployer = { ...pivot(), currentEmployer: "Lincoln High School" };
  expect((await api.request("/v1/pivot", { method: "PUT", body: withEmployer })).status).toBe(200);
  setPivot(withEmployer as never);
});
afterAll(() => api.close());
afterEach(cleanup);

type Stored = { id: string; currentColleague?: boolean; colleagueSource?: string; trusted?: boolean };
const stored = async (id: string) => (await api.request(`/v1/contacts/${id}`)).json() as Stored;

/** The colleague screens start from a weak tie among backers, as an imported co-worker would be. */
const openContact = (fields: Record<string, unknown>) => openShared(api, { circle: "backers", tie: "weak", ...fields });

const submit = () => fireEvent.submit(screen.getByRole("button", { name: "Save" }).closest("form") as HTMLFormElement);

describe("a current colleague's page", () => {
  it('says why they are one, and saves the "told them" box as soon as it is ticked', async () => {
    const id = await openContact({ name: "Maria Lopez", company: "Lincoln High" });
    const note = screen.getByRole("region", { name: "Current colleague" });
    expect(note.textContent).toContain(
      "Current colleague — works at Lincoln High, your current employer (Lincoln High School).",
    );
    fireEvent.click(within(note).getByLabelText("I've told them about my move"));
    await waitFor(async () => expect((await stored(id)).trusted).toBe(true));
    // The page shows the contact as saved.
    await screen.findByText(/They know: the plan may suggest asking them/);
    const box = screen.getByLabelText("I've told them about my move") as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect((await stored(id)).trusted).toBeUndefined());
    await screen.findByText(/Until you tick this/);
  });

  it("shows nothing of the kind for someone elsewhere", async () => {
    await openContact({ name: "Ana Ruiz", company: "Duolingo" });
    expect(screen.queryByRole("region", { name: "Current colleague" })).toBeNull();
  });

  it("the form ticks the colleague box as a matching company is typed, and the save leaves it to the employer", async () => {
    const id = await openContact({ name: "Dan Okafor", company: "Coursera" });
    fireEvent.click(screen.getByRole("button", { name: "Edit" }));
    const box = screen.getByLabelText("Works at my current employer") as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.input(screen.getByLabelText("Company"), { target: { value: "Lincoln HS" } });
    await waitFor(() => expect(box.checked).toBe(true));
    expect(box.closest(".field")?.textContent).toContain("Works at Lincoln HS, your current employer.");
    submit();
    await screen.findByRole("region", { name: "Current colleague" });
    expect(await stored(id)).toMatchObject({ currentColleague: true, colleagueSource: "employer" });
  });

  it("unticking the box is the user's own choice, which they can hand back to the employer", async () => {
    const id = await openContact({ name: "Lee Park", company: "Lincoln High School" });
    fireEvent.click(screen.getByRole("button", { name: "Edit" }));
    fireEvent.click(screen.getByLabelText("Works at my current employer"));
    submit();
    await waitFor(async () =>
      expect(await stored(id)).toMatchObject({ currentColleague: false, colleagueSource: "you" }),
    );
    expect(screen.queryByRole("region", { name: "Current colleague" })).toBeNull();

    fireEvent.click(await screen.findByRole("button", { name: "Edit" }));
    expect((screen.getByLabelText("Works at my current employer") as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Let Enlist decide from their company" }));
    expect((screen.getByLabelText("Works at my current employer") as HTMLInputElement).checked).toBe(true);
    submit();
    await waitFor(async () =>
      expect(await stored(id)).toMatchObject({ currentColleague: true, colleagueSource: "employer" }),
    );
  });
});
