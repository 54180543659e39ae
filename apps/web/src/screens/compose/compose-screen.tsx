import { useLocation, useSearchParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import type { PlanItem } from "@enlist/core/schemas";
import { api } from "../../api/client";
import { call, type Outcome } from "../../api/call";
import type { StoredContact, StoredInteraction } from "../../api/types";
import { Loaded } from "../../ui/loaded";
import { Page } from "../../ui/page";
import { ContactPicker } from "./contact-picker";
import { Composer } from "./composer";

async function loadRecipient(
  id: string,
): Promise<Outcome<{ contact: StoredContact; interactions: StoredInteraction[] }>> {
  const [contact, history] = await Promise.all([
    call(() => api.v1.contacts[":id"].$get({ param: { id } })),
    call(() => api.v1.contacts[":id"].interactions.$get({ param: { id } })),
  ]);
  if (!contact.ok) return contact;
  if (!history.ok) return history;
  return { ok: true, value: { contact: contact.value, interactions: history.value.items }, response: contact.response };
}

export default function ComposeScreen() {
  const [params] = useSearchParams();
  const location = useLocation<{ item?: PlanItem }>();
  const contactId = () => (typeof params.contact === "string" && params.contact ? params.contact : undefined);
  const [recipient, { refetch }] = createResource(contactId, loadRecipient);

  return (
    <Page
      title="Compose"
      lead="Build a first draft from its parts, then make it yours. Findings appear as you type; nothing leaves this page until you send it."
    >
      <Show when={contactId()} fallback={<ContactPicker />}>
        <Loaded outcome={recipient.latest} retry={() => void refetch()}>
          {(r) => (
            <Composer
              contact={r.contact}
              interactions={r.interactions}
              item={location.state?.item?.contactId === r.contact.id ? location.state.item : undefined}
            />
          )}
        </Loaded>
      </Show>
    </Page>
  );
}
