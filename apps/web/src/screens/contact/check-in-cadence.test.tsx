import { cleanup, fireEvent, screen, waitFor } from "@solidjs/testing-library";
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
const stored = async (id: string) =>
  (await api.request(`/v1/contacts/${id}`)).json() as { checkInWeeks?: number; archived?: boolean };
const save = () => fireEvent.submit(screen.getByRole("button", { name: "Save" }).closest("form") as HTMLFormElement);
const cadence = () => screen.getByLabelText("Check in every … weeks") as HTMLInputElement;

describe("a backer's check-in cadence on their page", () => {
  it("shows the tie's default, and saves one of their own", async () => {
    const id = await openContact({ name: "Mum", circle: "backers", tie: "close" });
    expect(screen.getByTestId("check-in-cadence").textContent).toBe("Every 4 weeks, the default for their tie");
    fireEvent.click(screen.getByRole("button", { name: "Edit" }));
    expect(cadence().value).toBe("");
    expect(cadence().closest(".field")?.textContent).toContain("Left empty: every 4 weeks, as for all close ties.");
    fireEvent.input(cadence(), { target: { value: "2" } });
    save();
    await waitFor(() => expect(screen.getByTestId("check-in-cadence").textContent).toBe("Every 2 weeks"));
    expect((await stored(id)).checkInWeeks).toBe(2);

    // Emptied, the tie decides again.
    fireEvent.click(screen.getByRole("button", { name: "Edit" }));
    fireEvent.input(cadence(), { target: { value: "" } });
    save();
    await waitFor(() =>
      expect(screen.getByTestId("check-in-cadence").textContent).toBe("Every 4 weeks, the default for their tie"),
    );
    expect((await stored(id)).checkInWeeks).toBeUndefined();
  });

  it.each([
    ["0", "Check in every … weeks must be at least 1."],
    ["six", "Check in every … weeks must be a number."],
  ])("refuses %s weeks with a sentence beside the field, and keeps what was stored", async (typed, sentence) => {
    const id = await openContact({ name: `Tom ${typed}`, circle: "backers", tie: "friend", checkInWeeks: 5 });
    fireEvent.click(screen.getByRole("button", { name: "Edit" }));
    fireEvent.input(cadence(), { target: { value: typed } });
    save();
    await waitFor(() => expect(cadence().getAttribute("aria-invalid")).toBe("true"));
    expect(cadence().closest(".field")?.querySelector(".field-error")?.textContent).toBe(sentence);
    expect((await stored(id)).checkInWeeks).toBe(5);
  });

  it("is asked only of backers", async () => {
    await openContact({ name: "Lee Park", circle: "leaders", tie: "stranger" });
    expect(screen.queryByTestId("check-in-cadence")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Edit" }));
    expect(screen.queryByLabelText("Check in every … weeks")).toBeNull();
  });
});

describe("an archived contact's page", () => {
  it("says they are archived, and restores them", async () => {
    const id = await openContact({ name: "Ari Gone", circle: "backers", tie: "weak", archived: true });
    const note = screen.getByRole("region", { name: "Archived" });
    expect(note.textContent).toContain("Archived as not relevant: left out of the plan and the board.");
    fireEvent.click(screen.getByRole("button", { name: "Restore to the board" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "Archived" })).toBeNull());
    expect((await stored(id)).archived).toBeUndefined();
  });
});
