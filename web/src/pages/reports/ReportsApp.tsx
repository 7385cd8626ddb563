/**
 * Leaders' reports: the organisation's surveys, one survey's report (filtered through the
 * address), the story of place, share links, and "You said, we did". Lives in its own lazily
 * loaded chunk.
 */
import "./reports.css";
import type { ReportFilters, SurveyReport } from "@chorus/core/report/schema";
import { createEffect, createSignal, Match, onCleanup, Show, Switch } from "solid-js";
import { Spinner, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { SubNav } from "../../ui/SubNav";
import { StaffShell } from "../staff/StaffShell";
import { ActionsPage } from "./actions/ActionsPage";
import { filterQuery, readFilters } from "./filters";
import { LoadFailed, watchExpiry } from "./LoadFailed";
import { PlacePage } from "./PlacePage";
import { reportsApi } from "./reportsApi";
import { SharesPage } from "./SharesPage";
import { SurveyList } from "./SurveyList";
import { SurveyReportView } from "./SurveyReportView";

/** `page` is the path's part after /reports: a survey id, or one of the area's own pages. */
export function ReportsApp(props: { surveyId?: string }) {
  const page = () => props.surveyId;
  return (
    <StaffShell area="Reports" requires="leader" wide>
      {(user, expired) => (
        <>
          <SubNav
            label="Reports"
            items={[
              { href: "/reports", name: "Surveys", current: !page() || !OWN_PAGES.has(page()!) },
              { href: "/reports/place", name: "Story of place", current: page() === "place" },
              { href: "/reports/actions", name: "You said, we did", current: page() === "actions" },
              { href: "/reports/shares", name: "Share links", current: page() === "shares" },
            ]}
          />
          <Switch fallback={<Report surveyId={page()!} orgName={user.orgName} expired={expired} />}>
            <Match when={!page()}>
              <Surveys expired={expired} />
            </Match>
            <Match when={page() === "place"}>
              <PlacePage orgName={user.orgName} expired={expired} />
            </Match>
            <Match when={page() === "shares"}>
              <SharesPage expired={expired} />
            </Match>
            <Match when={page() === "actions"}>
              <ActionsPage expired={expired} orgName={user.orgName} />
            </Match>
          </Switch>
        </>
      )}
    </StaffShell>
  );
}

/** Paths under /reports that are pages, not survey ids. */
const OWN_PAGES = new Set(["place", "shares", "actions"]);

function Surveys(props: { expired: () => void }) {
  const list = createLoad(
    () => "all",
    () => reportsApi.surveys(),
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

function Report(props: { surveyId: string; orgName: string; expired: () => void }) {
  const [filters, setFilters] = createSignal<ReportFilters>(readFilters(location.search));
  // Back and Forward move between filters the person chose, so read them again from the address.
  const onPop = () => setFilters(readFilters(location.search));
  window.addEventListener("popstate", onPop);
  onCleanup(() => window.removeEventListener("popstate", onPop));

  const report = createLoad(
    () => `${props.surveyId}${filterQuery(filters())}`,
    () => reportsApi.report(props.surveyId, filters()),
  );
  // The last report that loaded stays on screen while a new filter loads or fails, so the filter
  // bar (and the focus in it) never disappears under the person.
  const [shown, setShown] = createSignal<SurveyReport>();
  createEffect(() => {
    const data = report.data();
    if (data) setShown(data);
  });
  watchExpiry(report.error, props.expired);
  createEffect(() => {
    const survey = shown()?.survey;
    setTitle(survey?.staffName ?? "Report", "Reports");
  });

  const change = (next: ReportFilters) => {
    setFilters(next);
    // Same page, new query: kept in the history for Back, without the router's scroll to the top.
    history.pushState(null, "", `${location.pathname}${filterQuery(next)}`);
  };

  return (
    <>
      <p class="crumbs no-print">
        <a href="/reports">
          <span aria-hidden="true">←</span> All surveys
        </a>
      </p>
      <Show
        when={shown()}
        fallback={
          <Switch>
            <Match when={report.error()}>
              {(error) => <LoadFailed error={error()} retry={report.reload} />}
            </Match>
            <Match when={report.loading()}>
              <Spinner label="Loading the report…" />
            </Match>
          </Switch>
        }
      >
        {(data) => (
          <SurveyReportView
            report={data()}
            orgName={props.orgName}
            controls={{
              filters: filters(),
              onFilters: change,
              loading: report.error() ? (
                <LoadFailed error={report.error()!} retry={report.reload} />
              ) : report.loading() ? (
                <Spinner label="Updating the report…" />
              ) : undefined,
            }}
          />
        )}
      </Show>
    </>
  );
}
