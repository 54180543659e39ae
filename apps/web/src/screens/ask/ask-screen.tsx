import { askDefaults, checkAsk } from "@enlist/core/ask";
import { CIRCLE_IDS, TIES, type Ask, type CircleId, type Tie } from "@enlist/core/schemas";
import { createMemo, createSignal, Show } from "solid-js";
import { CIRCLE_NAMES } from "../../lib/labels";
import { today } from "../../lib/today";
import { pivot } from "../../session";
import { CheckField, SelectField } from "../../ui/fields";
import { Page } from "../../ui/page";
import { AskFields } from "./ask-fields";
import { VerdictView } from "./verdict-view";

export default function AskScreen() {
  const [circle, setCircle] = createSignal<CircleId>("leaders");
  const [tie, setTie] = createSignal<Tie>("stranger");
  const [colleague, setColleague] = createSignal(false);
  const [ask, setAsk] = createSignal<Ask>({
    kind: "coffee",
    specifics: "your move into the field",
    ...askDefaults("coffee"),
  });

  // checkAsk runs in the page: the verdict changes as the ask is typed, with no round trip.
  const verdict = createMemo(() => {
    const p = pivot();
    const result = checkAsk(
      ask(),
      { id: "draft", name: "Them", circle: circle(), tie: tie(), ...(colleague() ? { currentColleague: true } : {}) },
      { today: today(), ...(p ? { pivot: p } : {}) },
    );
    return result;
  });

  const askErrors = () => {
    const v = verdict();
    return v.ok ? {} : Object.fromEntries(v.error.issues.map((i) => [i.path.replace(/^ask\./, ""), i.message]));
  };

  return (
    <Page
      title="Ask checker"
      lead="Is this a reasonable thing to ask of this person now? Each relationship allows so much of someone's time; Enlist weighs the ask against it and offers the largest ask that fits."
    >
      <div class="composer-grid">
        <div>
          <fieldset>
            <legend>Whom you would ask</legend>
            <div class="row wrap">
              <SelectField
                label="Circle"
                name="circle"
                options={CIRCLE_IDS}
                labels={CIRCLE_NAMES}
                value={circle()}
                onChange={setCircle}
              />
              <SelectField
                label="Tie"
                name="tie"
                options={TIES}
                value={tie()}
                onChange={setTie}
                hint="Close ties allow big asks; strangers allow a few minutes."
              />
            </div>
            <CheckField
              label="A colleague at my current employer"
              name="colleague"
              checked={colleague()}
              onChange={setColleague}
            />
          </fieldset>
          <AskFields ask={ask()} onChange={setAsk} errors={askErrors()} />
        </div>
        <div>
          <Show
            when={(() => {
              const v = verdict();
              return v.ok ? v.value : undefined;
            })()}
          >
            {(v) => <VerdictView verdict={v()} onUseRightSized={setAsk} />}
          </Show>
        </div>
      </div>
    </Page>
  );
}
