import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it.each([
    ["one proxy appended the client", "203.0.113.9", 1, "203.0.113.9"],
    ["a client's forged entry is left of the proxy's", "6.6.6.6, 203.0.113.9", 1, "203.0.113.9"],
    ["two proxies: the first one's entry is the client", "6.6.6.6, 203.0.113.9, 10.0.0.2", 2, "203.0.113.9"],
    ["fewer entries than proxies: not our proxies' header", "203.0.113.9", 2, "192.0.2.1"],
    ["no header", undefined, 1, "192.0.2.1"],
  ])("%s", (_name, header, hops, address) => {
    expect(clientAddress(header, hops, "192.0.2.1")).toBe(address);
  });
});
