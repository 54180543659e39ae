import { useNavigate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import { fieldErrors, type Problem } from "../../api/problem";
import { pivot, setPivot } from "../../session";
import { createEditableErrors } from "../../ui/editable-errors";
import { CheckField, TextArea, TextField } from "../../ui/fields";
import { Page } from "../../ui/page";
import { ProblemView } from "../../ui/problem-view";

/** Target roles are typed one per line (or separated by commas); blanks are dropped. */
const roles = (text: string) =>
  text
    .split(/[\n,]/)
    .map((r) => r.trim())
    .filter(Boolean);

export default function PivotScreen() {
  const navigate = useNavigate();
  const first = pivot() === null;
  const current = pivot() ?? undefined;
  const [stillEmployed, setStillEmployed] = createSignal(current?.stillEmployed ?? true);
  const [problem, setProblem] = createSignal<Problem>();
  const [busy, setBusy] = createSignal(false);
  const { errors, onInput } = createEditableErrors(() => fieldErrors(problem()));

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const hours = Number(form.get("weeklyHours"));
    // Left blank, there is no employer: a pivot is saved whole, so leaving it out removes one set before.
    const employer = String(form.get("currentEmployer") ?? "").trim();
    const body = {
      fromField: String(form.get("fromField") ?? ""),
      toField: String(form.get("toField") ?? ""),
      targetRoles: roles(String(form.get("targetRoles") ?? "")),
      stillEmployed: stillEmployed(),
      ...(employer ? { currentEmployer: employer } : {}),
      weeklyMinutes: Number.isFinite(hours) ? Math.round(hours * 60) : -1,
    };
    setBusy(true);
    const saved = await call(() => api.v1.pivot.$put({ json: body }));
    setBusy(false);
    if (!saved.ok) return setProblem(saved.problem);
    setPivot(saved.value);
    navigate(first ? "/import" : "/", { replace: first });
  };

  return (
    <Page
      title={first ? "Your pivot" : "Edit your pivot"}
      lead="Enlist plans each week around the move you are making: who can help, what to ask them, and how much of your time it takes."
    >
      <form class="narrow" onSubmit={onSubmit} onInput={onInput} onChange={onInput} novalidate>
        <TextField
          label="The field you are leaving"
          name="fromField"
          required
          value={current?.fromField ?? ""}
          hint="People who moved out of this field into yours are your pathfinders: they know the road."
          error={errors().fromField}
        />
        <TextField
          label="The field you are moving into"
          name="toField"
          required
          value={current?.toField ?? ""}
          hint="People excelling here are your leaders; Enlist looks for them in your network."
          error={errors().toField}
        />
        <TextArea
          label="Roles you are aiming for (one per line)"
          name="targetRoles"
          rows={3}
          value={(current?.targetRoles ?? []).join("\n")}
          hint="They make the questions you ask specific, and specific asks get answers."
          error={errors().targetRoles}
        />
        <CheckField
          label="I am still employed"
          name="stillEmployed"
          checked={stillEmployed()}
          onChange={setStillEmployed}
          hint="Enlist then keeps your plans discreet with current colleagues: it warns before a message to them mentions leaving."
          error={errors().stillEmployed}
        />
        <TextField
          label="Current employer"
          name="currentEmployer"
          value={current?.currentEmployer ?? ""}
          autocomplete="organization"
          hint="Everyone whose company matches it is a current colleague: while you are still employed, the plan keeps your move from them until you say you have told them."
          error={errors().currentEmployer}
        />
        <TextField
          label="Hours a week for outreach"
          name="weeklyHours"
          type="number"
          min="0"
          max="168"
          step="0.5"
          inputmode="decimal"
          required
          value={current ? String(current.weeklyMinutes / 60) : "2"}
          hint="The weekly plan never asks more of your time than this. Two hours is plenty to start."
          error={errors().weeklyMinutes}
        />
        <ProblemView problem={problem()?.errors ? undefined : problem()} />
        <button type="submit" class="primary" disabled={busy()}>
          {first ? "Save and continue" : "Save"}
        </button>
      </form>
    </Page>
  );
}
