import { describe, expect, it } from "vitest";
import { ENGINES, isProblem, useTestApp } from "./test-app";

interface Answered {
  id: string;
  name: string;
  version: number;
  currentColleague?: boolean;
  colleagueSource?: string;
  colleagueReason?: string;
  trusted?: boolean;
}

const teacher = {
  fromField: "teaching",
  toField: "instructional design",
  targetRoles: ["instructional designer"],
  stillEmployed: true,
  currentEmployer: "Lincoln High School",
  weeklyMinutes: 120,
};
const marks = ({ currentColleague, colleagueSource, colleagueReason }: Answered) => ({
  currentColleague,
  colleagueSource,
  colleagueReason,
});
/** As the employer rule marks them; the employer is named when their company is spelled otherwise. */
const byRule = (company: string, employer?: string) => ({
  currentColleague: true,
  colleagueSource: "employer",
  colleagueReason: `Works at ${company}, your current employer${employer ? ` (${employer})` : ""}.`,
});
const unmarked = { currentColleague: undefined, colleagueSource: undefined, colleagueReason: undefined };

describe.each(ENGINES)("current colleagues on %s", (engine) => {
  const app = useTestApp(engine);

  async function signedUp(pivot: object = teacher) {
    const { auth } = await app.user();
    expect((await app.request("/v1/pivot", { method: "PUT", headers: auth, json: pivot })).status).toBe(200);
    const create = async (fields: object) => {
      const res = await app.request("/v1/contacts", {
        method: "POST",
        headers: auth,
        json: { circle: "backers", tie: "weak", ...fields },
      });
      expect(res.status).toBe(201);
      return (await res.json()) as Answered;
    };
    const get = async (id: string) =>
      (await (await app.request(`/v1/contacts/${id}`, { headers: auth })).json()) as Answered;
    const patch = async (id: string, body: object) => {
      const current = await get(id);
      const res = await app.request(`/v1/contacts/${id}`, {
        method: "PATCH",
        headers: { ...auth, "if-match": `"${id}.${current.version}"` },
        json: body,
      });
      expect(res.status).toBe(200);
      return (await res.json()) as Answered;
    };
    const putPivot = async (body: object) =>
      expect((await app.request("/v1/pivot", { method: "PUT", headers: auth, json: body })).status).toBe(200);
    return { auth, create, get, patch, putPivot };
  }

  it("the pivot takes and gives back the current employer, trimmed; a blank or over-long one is a problem naming the field", async () => {
    const { auth } = await signedUp({ ...teacher, currentEmployer: "  Lincoln High School " });
    expect(
      ((await (await app.request("/v1/pivot", { headers: auth })).json()) as { currentEmployer?: string })
        .currentEmployer,
    ).toBe("Lincoln High School");
    for (const currentEmployer of ["   ", "x".repeat(201), 42]) {
      const res = await app.request("/v1/pivot", {
        method: "PUT",
        headers: auth,
        json: { ...teacher, currentEmployer },
      });
      expect(await isProblem(res.clone(), 400)).toBe(true);
      expect(((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
        "json.currentEmployer",
      ]);
    }
    // Left out, there is none.
    expect(
      (
        await app.request("/v1/pivot", {
          method: "PUT",
          headers: auth,
          json: { ...teacher, currentEmployer: undefined },
        })
      ).status,
    ).toBe(200);
    expect("currentEmployer" in ((await (await app.request("/v1/pivot", { headers: auth })).json()) as object)).toBe(
      false,
    );
  });

  it("a contact created at the employer, however it is spelled, is a current colleague with the reason; one elsewhere is not", async () => {
    const { create, get } = await signedUp();
    const ap = await create({ name: "Maria Lopez", role: "Assistant Principal", company: "Lincoln High" });
    expect(marks(ap)).toEqual(byRule("Lincoln High", "Lincoln High School"));
    expect(marks(await get(ap.id))).toEqual(byRule("Lincoln High", "Lincoln High School"));
    expect(marks(await create({ name: "Dan Okafor", company: "Washington High School" }))).toEqual(unmarked);
    // The web form sends back what the rule showed it: that is not a choice of the user's.
    expect(marks(await create({ name: "Kim Tran", company: "LINCOLN HIGH SCHOOL", currentColleague: true }))).toEqual(
      byRule("LINCOLN HIGH SCHOOL"),
    );
  });

  it("the user's own choice is kept, and null hands the decision back to the employer", async () => {
    const { create, patch } = await signedUp();
    const notOne = await create({ name: "Lee Park", company: "Lincoln High School", currentColleague: false });
    expect(marks(notOne)).toEqual({ currentColleague: false, colleagueSource: "you", colleagueReason: undefined });
    // Other edits leave the choice alone.
    expect(marks(await patch(notOne.id, { role: "Coach" }))).toEqual({
      currentColleague: false,
      colleagueSource: "you",
      colleagueReason: undefined,
    });
    expect(marks(await patch(notOne.id, { currentColleague: null }))).toEqual(byRule("Lincoln High School"));
    const contractor = await create({ name: "Bo Chan", company: "EdTech Partners", currentColleague: true });
    expect(marks(contractor)).toEqual({ currentColleague: true, colleagueSource: "you", colleagueReason: undefined });
  });

  it("an edit of the company marks or unmarks by the employer", async () => {
    const { create, patch } = await signedUp();
    const c = await create({ name: "Ana Ruiz", company: "Duolingo" });
    expect(marks(await patch(c.id, { company: "Lincoln High" }))).toEqual(
      byRule("Lincoln High", "Lincoln High School"),
    );
    expect(marks(await patch(c.id, { company: "Coursera" }))).toEqual(unmarked);
    expect(marks(await patch(c.id, { company: "Lincoln High School" }))).toEqual(byRule("Lincoln High School"));
    expect(marks(await patch(c.id, { company: null }))).toEqual(unmarked);
  });

  it("trusted is stored, changed and removed", async () => {
    const { create, patch, get } = await signedUp();
    const c = await create({ name: "Maria Lopez", company: "Lincoln High School", trusted: true });
    expect(c.trusted).toBe(true);
    expect((await patch(c.id, { trusted: false })).trusted).toBe(false);
    expect((await patch(c.id, { trusted: null })).trusted).toBeUndefined();
    expect((await get(c.id)).trusted).toBeUndefined();
  });

  it("a contact whose trusted flag is not a boolean is a problem naming the field", async () => {
    const { auth } = await signedUp();
    const res = await app.request("/v1/contacts", {
      method: "POST",
      headers: auth,
      json: { name: "X", circle: "backers", tie: "weak", trusted: "yes" },
    });
    expect(await isProblem(res.clone(), 400)).toBe(true);
    expect(((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(["json.trusted"]);
  });

  it("when the employer changes, the contacts it decides are marked anew, and the user's choices are not touched", async () => {
    const { create, get, putPivot } = await signedUp({ ...teacher, currentEmployer: undefined });
    const atLincoln = await create({ name: "Maria Lopez", company: "Lincoln High School" });
    const atAcme = await create({ name: "Sam Ode", company: "ACME Inc" });
    const saidYes = await create({ name: "Bo Chan", company: "EdTech Partners", currentColleague: true });
    const nobody = await create({ name: "Jess Moreau", company: "St. Mary's Hospital" });
    expect(marks(atLincoln)).toEqual(unmarked);

    await putPivot(teacher);
    expect(marks(await get(atLincoln.id))).toEqual(byRule("Lincoln High School"));
    expect((await get(atLincoln.id)).version).toBe(atLincoln.version + 1);
    expect(marks(await get(atAcme.id))).toEqual(unmarked);
    expect(marks(await get(saidYes.id))).toEqual({
      currentColleague: true,
      colleagueSource: "you",
      colleagueReason: undefined,
    });
    expect((await get(nobody.id)).version).toBe(nobody.version);
    // Someone at the school the user says is no colleague of theirs (they left, say).
    const saidNo = await create({ name: "Lee Park", company: "Lincoln High", currentColleague: false });

    // A new job: Lincoln's colleagues are not colleagues any more, Acme's are.
    await putPivot({ ...teacher, currentEmployer: "Acme, Inc." });
    expect(marks(await get(atLincoln.id))).toEqual(unmarked);
    expect(marks(await get(atAcme.id))).toEqual(byRule("ACME Inc"));
    expect(marks(await get(saidYes.id)).colleagueSource).toBe("you");

    // Back to the school: the user's "no" still stands, though the employer would say yes.
    await putPivot(teacher);
    expect(await get(saidNo.id)).toMatchObject({
      currentColleague: false,
      colleagueSource: "you",
      version: saidNo.version,
    });
    expect(marks(await get(atLincoln.id))).toEqual(byRule("Lincoln High School"));

    // Saving the pivot with the same employer changes no contact.
    const before = await get(atLincoln.id);
    await putPivot({ ...teacher, weeklyMinutes: 60 });
    expect((await get(atLincoln.id)).version).toBe(before.version);
  });

  it("re-marking touches only the user's own contacts", async () => {
    const other = await signedUp({ ...teacher, currentEmployer: undefined });
    const theirs = await other.create({ name: "Maria Lopez", company: "Lincoln High School" });
    const mine = await signedUp({ ...teacher, currentEmployer: undefined });
    await mine.putPivot(teacher);
    expect(marks(await other.get(theirs.id))).toEqual(unmarked);
  });

  it("an ask recorded of a colleague is flagged for discretion until they are trusted", async () => {
    const { auth, create, patch } = await signedUp();
    const ap = await create({ name: "Maria Lopez", tie: "close", company: "Lincoln High School" });
    const ruleIds = async () => {
      const res = await app.request(`/v1/contacts/${ap.id}/asks`, {
        method: "POST",
        headers: auth,
        json: { kind: "resume-review", specifics: "my résumé for instructional designer roles", minutes: 30 },
      });
      expect(res.status).toBe(201);
      const recorded = (await res.json()) as { id: string; verdict: { findings: { ruleId: string }[] } };
      // Withdrawn at once, so the next ask is not judged against this one still open.
      await app.request(`/v1/contacts/${ap.id}/asks/${recorded.id}`, {
        method: "PATCH",
        headers: auth,
        json: { status: "withdrawn" },
      });
      return recorded.verdict.findings.map((f) => f.ruleId);
    };
    expect(await ruleIds()).toContain("discretion");
    await patch(ap.id, { trusted: true });
    expect(await ruleIds()).not.toContain("discretion");
  });

  it("an import marks colleagues: the preview shows who and why, the import stores it", async () => {
    const { auth } = await signedUp();
    const csv = [
      "First Name,Last Name,Email Address,Company,Position,Connected On",
      "Maria,Lopez,maria@example.com,Lincoln High School,Assistant Principal,05 Mar 2024",
      "Dan,Okafor,,Lincoln HS,Science Teacher,05 Mar 2024",
      "Ana,Ruiz,,Duolingo,Instructional Designer,05 Mar 2024",
    ].join("\n");
    const dry = (await (
      await app.request("/v1/contacts/import?dryRun=true", {
        method: "POST",
        headers: { ...auth, "content-type": "text/csv" },
        body: csv,
      })
    ).json()) as { contacts: { name: string; currentColleague?: boolean; colleagueReason?: string }[] };
    expect(dry.contacts.map((c) => [c.name, c.currentColleague, c.colleagueReason])).toEqual([
      ["Maria Lopez", true, "Works at Lincoln High School, your current employer."],
      ["Dan Okafor", true, "Works at Lincoln HS, your current employer."],
      ["Ana Ruiz", undefined, undefined],
    ]);
    await app.request("/v1/contacts/import", {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: csv,
    });
    const list = (await (await app.request("/v1/contacts", { headers: auth })).json()) as { items: Answered[] };
    expect(Object.fromEntries(list.items.map((c) => [c.name, marks(c)]))).toEqual({
      "Maria Lopez": byRule("Lincoln High School"),
      "Dan Okafor": {
        currentColleague: true,
        colleagueSource: "employer",
        colleagueReason: "Works at Lincoln HS, your current employer.",
      },
      "Ana Ruiz": unmarked,
    });
  });

  it("the still-employed teacher's plan keeps her move from her assistant principal until she marks her trusted", async () => {
    const { auth, create, patch } = await signedUp();
    const ap = await create({
      name: "Maria Lopez",
      tie: "friend",
      role: "Assistant Principal",
      company: "Lincoln High School",
    });
    await create({ name: "Jess Moreau", tie: "acquaintance", company: "St. Mary's Hospital" });
    await create({
      name: "Ana Ruiz",
      circle: "pathfinders",
      transition: { from: "teaching", to: "instructional design" },
    });
    type Week = {
      items: { contactId: string; action: string }[];
      heldBack: { count: number; people: { contactId: string; reason: string }[] };
    };
    const plan = async () => (await (await app.request("/v1/plan?today=2026-11-25", { headers: auth })).json()) as Week;

    const week = await plan();
    expect(week.items.map((i) => i.contactId)).not.toContain(ap.id);
    expect(week.items[0]?.action).toBe("reach-out");
    expect(week.heldBack).toEqual({
      count: 1,
      people: [
        {
          contactId: ap.id,
          contactName: "Maria Lopez",
          circle: "backers",
          reason:
            "Maria Lopez works at Lincoln High School, your current employer. While you still work there, the plan keeps your move from them: mark them trusted once you have told them.",
        },
      ],
    });

    await patch(ap.id, { trusted: true });
    const after = await plan();
    expect(after.items[0]).toMatchObject({ action: "reach-out", contactId: ap.id });
    expect(after.heldBack.count).toBe(0);
  });
});
