import type { Ask } from "@enlist/core/schemas";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { AskFields } from "./ask-fields";

afterEach(cleanup);

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement;

function renderFields(start: Ask) {
  const [ask, setAsk] = createSignal(start);
  render(() => <AskFields ask={ask()} onChange={setAsk} />);
  return ask;
}

describe("the ask's fields", () => {
  it("start a new kind from its own size, keeping what the ask is about", () => {
    const ask = renderFields({
      kind: "coffee",
      specifics: "how you moved into research ops",
      format: "in-person",
      minutes: 60,
      travelMinutes: 30,
    });
    fireEvent.change(field("What you ask for"), { target: { value: "questions" } });
    expect(ask()).toEqual({
      kind: "questions",
      specifics: "how you moved into research ops",
      format: "async",
      minutes: 10,
      questions: 2,
    });
    expect(field("Their travel (minutes)").value).toBe("");
    expect(field("Format").value).toBe("async");

    fireEvent.change(field("What you ask for"), { target: { value: "meeting" } });
    expect(ask().questions).toBeUndefined();
    expect(ask().format).toBe("in-person");
    expect(ask().travelMinutes).toBeGreaterThan(0);
  });

  it("keeps what the user typed while the kind stays", () => {
    const ask = renderFields({ kind: "call", specifics: "onboarding research", format: "call", minutes: 20 });
    fireEvent.input(field("Their time (minutes)"), { target: { value: "15" } });
    expect(ask().minutes).toBe(15);
    expect(ask().kind).toBe("call");
  });
});
