import { useNavigate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import { fieldErrors, type Problem } from "../../api/problem";
import { Page } from "../../ui/page";
import { ProblemView } from "../../ui/problem-view";
import { ContactForm, type ContactFields } from "./contact-form";

export default function NewContactScreen() {
  const navigate = useNavigate();
  const [problem, setProblem] = createSignal<Problem>();
  const [busy, setBusy] = createSignal(false);
  let last: ContactFields | undefined;
  const save = async (fields: ContactFields) => {
    last = fields;
    setBusy(true);
    // Null (let the employer decide) is what leaving it out says on a new contact.
    const { currentColleague, ...rest } = fields;
    const created = await call(() =>
      api.v1.contacts.$post({
        json: { ...rest, ...(typeof currentColleague === "boolean" ? { currentColleague } : {}) },
      }),
    );
    setBusy(false);
    if (!created.ok) return setProblem(created.problem);
    navigate(`/contacts/${created.value.id}`, { replace: true });
  };
  return (
    <Page title="Add a contact">
      <ContactForm errors={fieldErrors(problem())} busy={busy()} submitLabel="Add" onSubmit={save}>
        <ProblemView problem={problem()?.errors ? undefined : problem()} retry={() => last && void save(last)} />
      </ContactForm>
    </Page>
  );
}
