import { describe, expect, it } from "vitest";
import { channelFor } from "./channel-for";

describe("channelFor", () => {
  it("writes to an address when there is one", () => {
    expect(
      channelFor({
        email: "ana@example.com",
        linkedInUrl: "https://www.linkedin.com/in/ana",
        connectedOn: "2021-05-03",
      }),
    ).toBe("email");
    expect(channelFor({})).toBe("email");
  });

  it("sends a connection a message, and a connection note only to someone not yet connected", () => {
    expect(channelFor({ linkedInUrl: "https://www.linkedin.com/in/ana", connectedOn: "2021-05-03" })).toBe(
      "linkedin-message",
    );
    expect(channelFor({ linkedInUrl: "https://www.linkedin.com/in/ana" })).toBe("linkedin-note");
  });
});
