/**
 * One survey's report, as leaders read it and as a share link shows it: a cover (printed), the
 * headline numbers, the method note, each question with its charts and tables, and the themes.
 * With `controls` it also has the filter bar, exports, print and share; without (a share link)
 * it is read-only.
 */
import type { ReportFilters, SurveyReport } from "@chorus/core/report/schema";
import { pick, type Text } from "@chorus/core/survey/schema";
import { For, type JSX, Show } from "solid-js";
import { ExportButtons } from "./ExportButtons";
import { FilterBar } from "./FilterBar";
import { filterQuery } from "./filters";
import { QuestionSection } from "./QuestionSection";
import type { AnyReport } from "./reportsApi";
import { SmallMark } from "./SmallMark";
import { ThemesSection } from "./ThemesSection";
import { bandName, byName, countText, dayText, languageName, METHOD_NOTE } from "./words";

export type ReportControls = {
  filters: ReportFilters;
  onFilters: (filters: ReportFilters) => void;
  /** Shown while a new filter's report loads, in place of the sections. */
  loading?: JSX.Element;
};

/** A leader's report has the filter bar's options and the survey's code; a shared one has not. */
const staffReport = (report: AnyReport): SurveyReport | undefined =>
  "options" in report ? (report as SurveyReport) : undefined;

export function SurveyReportView(props: {
  report: AnyReport;
  orgName?: string;
  controls?: ReportControls;
}) {
  const survey = () => props.report.survey;
  const t = (text: Text) => pick(text, survey().defaultLanguage, "en");
  const title = () => t(survey().title);
  // Staff reports carry the name staff know the survey by; a shared report has only its title.
  const staffName = () =>
    props.controls ? staffReport(props.report)?.survey.staffName : undefined;
  const filters = () => props.controls?.filters ?? props.report.filters ?? {};
  const slug = () =>
    title()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "report";

  return (
    <article class="report">
      <header class="print-cover">
        <p class="cover-org">{props.orgName || "Chorus"}</p>
        <p class="cover-kind">Voice of the child report</p>
        <p class="cover-title">{title()}</p>
        <p class="cover-scope">{scopeText(props.report, filters())}</p>
        <p class="cover-note">{METHOD_NOTE}</p>
        <p class="cover-date">
          Printed {new Date().toLocaleDateString("en-GB", { dateStyle: "long" })}
        </p>
      </header>
      <h1>{staffName() ?? title()}</h1>
      <Show when={staffName() && staffName() !== title()}>
        <p class="muted">Children see “{title()}”</p>
      </Show>
      <p class="scope">{scopeText(props.report, filters())}</p>
      <Show when={props.controls}>
        {(controls) => (
          <>
            <FilterBar
              options={staffReport(props.report)?.options}
              filters={controls().filters}
              onChange={controls().onFilters}
            />
            <div class="report-actions no-print">
              <ExportButtons surveyId={survey().id} filters={controls().filters} slug={slug()} />
              <button type="button" class="btn" onClick={() => window.print()}>
                Print
              </button>
              <a
                class="btn quiet"
                href={`/reports/shares${filterQuery(controls().filters, { survey: survey().id })}`}
              >
                Share a read-only link
              </a>
            </div>
          </>
        )}
      </Show>
      <Headline report={props.report} staff={Boolean(props.controls)} />
      <p class="note method">{METHOD_NOTE}</p>
      <Show when={props.controls?.loading} fallback={<Sections report={props.report} t={t} />}>
        {props.controls?.loading}
      </Show>
    </article>
  );
}

function Sections(props: { report: AnyReport; t: (text: Text) => string }) {
  return (
    <>
      <section class="report-section questions" aria-labelledby="questions-heading">
        <h2 id="questions-heading">
          Answers, question by question
          <Show when={props.report.groups}>
            {(groups) => <span class="muted"> (broken down by {byName(groups().by)})</span>}
          </Show>
        </h2>
        <For
          each={props.report.questions}
          fallback={<p>No one has answered yet, or this survey has no questions to count.</p>}
        >
          {(question, i) => (
            <QuestionSection
              question={question}
              number={i() + 1}
              t={props.t}
              groups={props.report.groups}
              trend={props.report.trend}
            />
          )}
        </For>
      </section>
      <Show when={props.report.themes}>
        {(themes) => <ThemesSection themes={themes()} t={props.t} trend={props.report.trend} />}
      </Show>
    </>
  );
}

function Headline(props: { report: AnyReport; staff: boolean }) {
  const staff = () => (props.staff ? staffReport(props.report) : undefined);
  return (
    <dl class="facts">
      <Show when={props.report.base !== undefined}>
        <div>
          <dt>Children in this report</dt>
          <dd>
            {countText(props.report.base)}
            <SmallMark when={Boolean(props.report.small)} />
          </dd>
        </div>
      </Show>
      <Show when={staff()}>
        {(report) => (
          <>
            <div>
              <dt>All responses to the survey</dt>
              <dd>{report().survey.responseCount.toLocaleString("en-GB")}</dd>
            </div>
            <div>
              <dt>Code</dt>
              <dd>{report().survey.code ?? "None"}</dd>
            </div>
          </>
        )}
      </Show>
      <Show when={props.report.trend && props.report.trend.waves.length > 0}>
        <div>
          <dt>Waves</dt>
          <dd>{props.report.trend?.waves.map((w) => w.label).join(", ")}</dd>
        </div>
      </Show>
    </dl>
  );
}

/** "Ages 8 to 11 · Spring 2027 · 1 March 2027 to 31 May 2027", or "All answers". */
export function scopeText(report: AnyReport, filters: ReportFilters): string {
  const options = staffReport(report)?.options;
  const parts: string[] = [];
  if (filters.band) parts.push(bandName(filters.band));
  if (filters.cohort)
    parts.push(options?.cohorts.find((c) => c.id === filters.cohort)?.label ?? filters.cohort);
  if (filters.code) parts.push(`Code ${filters.code}`);
  if (filters.language) parts.push(`Answered in ${languageName(filters.language)}`);
  if (filters.wave)
    parts.push(options?.waves.find((w) => w.id === filters.wave)?.label ?? filters.wave);
  if (filters.from || filters.to) {
    const from = filters.from ?? options?.firstDay;
    const to = filters.to ?? options?.lastDay;
    parts.push(
      from && to
        ? `${dayText(from)} to ${dayText(to)}`
        : from
          ? `From ${dayText(from)}`
          : `Until ${dayText(to ?? "")}`,
    );
  } else if (!filters.wave && options?.firstDay && options.lastDay) {
    parts.push(`Answers from ${dayText(options.firstDay)} to ${dayText(options.lastDay)}`);
  }
  if (filters.by) parts.push(`By ${byName(filters.by)}`);
  return parts.length > 0 ? parts.join(" · ") : "All answers";
}
