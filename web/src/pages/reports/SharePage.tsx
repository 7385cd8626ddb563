/**
 * What someone without an account sees at /share/TOKEN: the shared survey report or story of
 * place, read-only (no filters, exports or links into Chorus), or why the link no longer works.
 * It is outside the staff frame, so it never asks anyone to sign in.
 */
import "../staff/staff.css";
import "./reports.css";
import { pick } from "@chorus/core/survey/schema";
import { createEffect, Match, Show, Switch } from "solid-js";
import { describeError } from "../../ui/errors";
import { Message, Spinner, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { PlaceView } from "./PlaceView";
import { reportsApi } from "./reportsApi";
import { SurveyReportView } from "./SurveyReportView";

export function SharePage(props: { token: string }) {
  const shared = createLoad(
    () => props.token,
    (token) => reportsApi.shared(token),
  );
  createEffect(() => {
    const data = shared.data();
    if (!data) return setTitle("Shared report");
    if (data.kind === "place") return setTitle("The story of place");
    const survey = data.report.survey;
    setTitle(pick(survey.title, survey.defaultLanguage, "en"));
  });
  const sharedBy = () => {
    const data = shared.data();
    return data?.kind === "place" ? data.place.orgName : data?.orgName;
  };
  const ended = () => {
    const status = shared.error()?.status;
    return status === 410 || status === 404;
  };

  return (
    <div class="shared">
      <header class="shared-bar no-print">
        <p>
          <strong>Chorus</strong> · a read-only report shared with you
          <Show when={sharedBy()}>{(org) => ` by ${org()}`}</Show>
        </p>
      </header>
      <main class="page wide">
        <Switch>
          <Match when={shared.data()}>
            {(data) => {
              const value = data();
              return value.kind === "place" ? (
                <PlaceView place={value.place} />
              ) : (
                <SurveyReportView report={value.report} orgName={value.orgName} />
              );
            }}
          </Match>
          <Match when={ended()}>
            <Message kind="info" title="This link no longer works">
              <p>
                It has ended or was withdrawn by the council that shared it. Ask them for a new link
                if you still need the report.
              </p>
            </Message>
          </Match>
          <Match when={shared.error()}>
            {(error) => (
              <Message kind="error" title="This report didn't load">
                <p>{describeError(error())}</p>
                <button type="button" class="btn" onClick={shared.reload}>
                  Try again
                </button>
              </Message>
            )}
          </Match>
          <Match when={shared.loading()}>
            <Spinner label="Loading the report…" />
          </Match>
        </Switch>
      </main>
    </div>
  );
}
