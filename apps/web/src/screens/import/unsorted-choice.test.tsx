import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { UnsortedChoice } from "./unsorted-choice";

afterEach(cleanup);

describe("the contacts in no circle yet", () => {
  it("says how many, why, and lets the user keep them all or leave them all out", () => {
    const [kept, setKept] = createSignal(0);
    render(() => (
      <UnsortedChoice
        count={3}
        kept={kept()}
        toField="UX Research"
        onKeepAll={() => setKept(3)}
        onLeaveAll={() => setKept(0)}
      />
    ));
    const section = screen.getByRole("region", { name: "Not in a circle yet (3)" });
    expect(section.textContent).toContain("neither a leader nor a pathfinder for your move into UX Research");
    expect(section.querySelector(".unsorted-summary")?.textContent).toBe("0 of 3 kept.");
    fireEvent.click(screen.getByRole("button", { name: "Keep them all, in Backers" }));
    expect(section.querySelector(".unsorted-summary")?.textContent).toBe("3 of 3 kept.");
    fireEvent.click(screen.getByRole("button", { name: "Leave out all not in a circle" }));
    expect(section.querySelector(".unsorted-summary")?.textContent).toBe("0 of 3 kept.");
  });

  it("shows nothing when everyone has a circle", () => {
    render(() => (
      <UnsortedChoice count={0} kept={0} toField="UX Research" onKeepAll={() => {}} onLeaveAll={() => {}} />
    ));
    expect(screen.queryByRole("region")).toBeNull();
  });
});
