import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startApi, type TestApi } from "../../test/api-in-process";
import { EncodingNotice, type EncodingReport } from "./encoding-notice";

// The reports come from the real API's dry run, for files made byte by byte here.
let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());
afterEach(cleanup);

const encoder = new TextEncoder();
const HEADER = encoder.encode("First Name,Last Name,Company\r\n");
const dryRun = async (body: Uint8Array) => {
  const res = await api.upload("/v1/contacts/import?dryRun=true", "text/csv", body);
  expect(res.status).toBe(200);
  return (res.json() as { report: EncodingReport }).report;
};

describe("how the preview says the file was read", () => {
  it("names the row a stray byte damaged in a UTF-8 file", async () => {
    const body = new Uint8Array([
      ...HEADER,
      ...encoder.encode("Søren,Dahl,Fjord\r\nBj"),
      0xff,
      ...encoder.encode("rn,Ek,Fjord\r\nZoë,Lind,Fjord\r\n"),
    ]);
    const report = await dryRun(body);
    render(() => <EncodingNotice report={report} />);
    const notice = screen.getByRole("status", { name: "How the file was read" });
    expect(notice.textContent).toContain("1 stretch of bytes could not be read.");
    expect(notice.textContent).toContain("Row 3: check it below");
    expect(notice.textContent).not.toContain("Windows-1252");
  });

  it("says plainly that a file mostly not UTF-8 was read as Windows-1252", async () => {
    const body = new Uint8Array([
      ...HEADER,
      ...Uint8Array.from("S\xf8ren,Dahl,Caf\xe9\r\nZo\xeb,Lind,Fjord\r\n", (c) => c.charCodeAt(0)),
    ]);
    const report = await dryRun(body);
    render(() => <EncodingNotice report={report} />);
    expect(screen.getByRole("status", { name: "How the file was read" }).querySelector("strong")?.textContent).toBe(
      "Read as Windows-1252, not UTF-8.",
    );
  });

  it("says nothing about a file that is UTF-8 throughout", async () => {
    const report = await dryRun(new Uint8Array([...HEADER, ...encoder.encode("Søren,Dahl,Fjord\r\n")]));
    render(() => <EncodingNotice report={report} />);
    expect(report.encoding).toBe("utf-8");
    expect(screen.queryByRole("status")).toBeNull();
  });
});
