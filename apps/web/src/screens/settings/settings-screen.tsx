import { A } from "@solidjs/router";
import { Page } from "../../ui/page";
import { api } from "../../api/client";
import { CalendarFeed } from "./calendar-feed";
import { DeleteAccount } from "./delete-account";
import { Tokens } from "./tokens";

export default function SettingsScreen() {
  const exportUrl = (format: "csv" | "vcard" | "json") => {
    const url = api.v1.contacts.export.$url({ query: { format } });
    return url.pathname + url.search;
  };
  return (
    <Page title="Settings">
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p>Your data is yours: take it to a spreadsheet, an address book, or another Enlist.</p>
        <ul class="row wrap plain">
          <li>
            <a class="button" href={exportUrl("csv")} download="">
              Contacts as CSV
            </a>
          </li>
          <li>
            <a class="button" href={exportUrl("vcard")} download="">
              Contacts as vCard
            </a>
          </li>
          <li>
            <a class="button" href={exportUrl("json")} download="">
              Full backup (JSON)
            </a>
          </li>
        </ul>
      </section>
      <CalendarFeed />
      <Tokens />
      <section aria-labelledby="pivot-title">
        <h2 id="pivot-title">Your pivot</h2>
        <p>
          <A href="/pivot">Change the fields, roles or weekly time</A> your plan is built on.
        </p>
      </section>
      <DeleteAccount />
    </Page>
  );
}
