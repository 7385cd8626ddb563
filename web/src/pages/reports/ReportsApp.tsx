/**
 * Leaders' reports: the organisation's surveys, and for one survey how its questions were
 * answered. Lives in its own lazily loaded chunk.
 */
import "./reports.css";
import type { SurveyReport, SurveySummary } from "@chorus/core/report/schema";
import { pick } from "@chorus/core/survey/schema";
import { createEffect, Match, Show, Switch } from "solid-js";
import { type ApiError, api } from "../../api";
import { describeError } from "../../ui/errors";
import { Message, Spinner, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { StaffShell } from "../staff/StaffShell";
import { ActionsPage } from "./actions/ActionsPage";
import { SurveyList } from "./SurveyList";
import { SurveyReportView } from "./SurveyReportView";

export function ReportsApp(props: { surveyId?: string }) {
  return (
    <StaffShell area="Reports" requires="leader">
      {(user, expired) => (
        <Show when={props.surveyId} fallback={<Surveys expired={expired} />}>
          {(id) =>
            id() === "actions" ? (
              <ActionsPage expired={expired} orgName={user.orgName} />
            ) : (
              <Report surveyId={id()} expired={expired} />
            )
          }
        </Show>
      )}
    </StaffShell>
  );
}

function Surveys(props: { expired: () => void }) {
  const list = createLoad(
    () => "all",
    () => api.get<{ surveys: SurveySummary[] }>("/api/reports/surveys"),
  );
  setTitle("Surveys", "Reports");
  watchExpiry(list.error, props.expired);

  return (
    <>
      <h1>Surveys</h1>
      <Switch>
        <Match when={list.error()}>
          {(error) => <LoadFailed error={error()} retry={list.reload} />}
        </Match>
        <Match when={list.data()}>{(data) => <SurveyList surveys={data().surveys} />}</Match>
        <Match when={list.loading()}>
          <Spinner label="Loading surveys…" />
        </Match>
      </Switch>
    </>
  );
}

function Report(props: { surveyId: string; expired: () => void }) {
  const report = createLoad(
    () => props.surveyId,
    (id) => api.get<SurveyReport>(`/api/reports/surveys/${encodeURIComponent(id)}`),
  );
  watchExpiry(report.error, props.expired);
  createEffect(() => {
    const survey = report.data()?.survey;
    setTitle(survey ? pick(survey.title, survey.defaultLanguage, "en") : "Report", "Reports");
  });

  return (
    <>
      <p class="crumbs">
        <a href="/reports">
          <span aria-hidden="true">←</span> All surveys
        </a>
      </p>
      <Switch>
        <Match when={report.error()}>
          {(error) => <LoadFailed error={error()} retry={report.reload} />}
        </Match>
        <Match when={report.loading()}>
          <Spinner label="Loading the report…" />
        </Match>
        <Match when={report.data()}>{(data) => <SurveyReportView report={data()} />}</Match>
      </Switch>
    </>
  );
}

function watchExpiry(error: () => ApiError | undefined, expired: () => void) {
  createEffect(() => {
    if (error()?.status === 401) expired();
  });
}

function LoadFailed(props: { error: ApiError; retry: () => void }) {
  return (
    <Message kind="error" title="This didn't load">
      <p>
        {props.error.status === 403
          ? "You need the leader role to see reports."
          : describeError(props.error)}
      </p>
      <Show when={props.error.status !== 403 && props.error.status !== 404}>
        <button type="button" class="btn" onClick={props.retry}>
          Try again
        </button>
      </Show>
    </Message>
  );
}
