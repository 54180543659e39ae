import { A } from "@solidjs/router";
import { Page } from "../ui/page";

export default function NotFoundScreen() {
  return (
    <Page title="Nothing here">
      <p>
        This page does not exist. <A href="/">Go to this week's plan</A>.
      </p>
    </Page>
  );
}
