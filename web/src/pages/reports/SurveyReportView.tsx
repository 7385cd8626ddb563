/**
 * One survey's report: for each question, how many chose each answer, as a real table (so it can
 * be read aloud, copied and printed) with a plain CSS bar beside each count. Hidden small groups
 * read "fewer than N" and get no bar, so nothing can be measured off the screen.
 */
import type { QuestionReport, ReportRow, SurveyReport } from "@chorus/core/report/schema";
import { pick, type Text } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";
import { Face } from "../../ui/Face";

const STATUS = { draft: "Draft", published: "Open", archived: "Closed" } as const;

export function SurveyReportView(props: { report: SurveyReport }) {
  const survey = () => props.report.survey;
  const t = (text: Text) => pick(text, survey().defaultLanguage, "en");

  return (
    <article class="report">
      <h1>{t(survey().title)}</h1>
      <dl class="facts">
        <div>
          <dt>Responses</dt>
          <dd>{survey().responseCount.toLocaleString("en-GB")}</dd>
        </div>
        <div>
          <dt>Code</dt>
          <dd>{survey().code ?? "None"}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{STATUS[survey().status]}</dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>{survey().version}</dd>
        </div>
      </dl>
      <p class="note">
        To protect children's privacy, any group smaller than {props.report.threshold} is shown as
        "fewer than {props.report.threshold}".
      </p>
      <For
        each={props.report.questions}
        fallback={<p>No one has answered yet, or this survey has no questions to count.</p>}
      >
        {(question, i) => (
          <QuestionTable
            question={question}
            number={i() + 1}
            threshold={props.report.threshold}
            t={t}
          />
        )}
      </For>
    </article>
  );
}

function QuestionTable(props: {
  question: QuestionReport;
  number: number;
  threshold: number;
  t: (text: Text) => string;
}) {
  const headingId = () => `report-${props.question.questionId}`;
  const fewer = () => `fewer than ${props.threshold}`;
  // Bars are a share of everyone who answered; if even that total is hidden, they are drawn
  // against the largest count instead and no percentage is claimed.
  const answered = () => props.question.answered;
  const scale = () => answered() ?? Math.max(1, ...props.question.rows.map((r) => r.count ?? 0));
  const share = (row: ReportRow) =>
    row.count === null ? undefined : Math.round((row.count / Math.max(1, scale())) * 100);
  // The report carries no face count, but an emoji question's numbered rows are its faces.
  const faces = (): 3 | 5 =>
    props.question.rows.filter((r) => typeof r.value === "number").length === 3 ? 3 : 5;
  const isFace = (row: ReportRow) =>
    props.question.type === "emoji" && typeof row.value === "number";

  return (
    <section class="question-report" aria-labelledby={headingId()}>
      <h2 id={headingId()}>
        <span class="number">{props.number}.</span> {props.t(props.question.prompt)}
      </h2>
      <p class="muted">
        Answered by {answered() === null ? fewer() : answered()?.toLocaleString("en-GB")}
      </p>
      <Show
        when={props.question.rows.length > 0}
        fallback={<p class="muted">Written answers are not counted in this table.</p>}
      >
        <div class="table-wrap">
          <table class="data distribution" aria-labelledby={headingId()}>
            <thead>
              <tr>
                <th scope="col">Answer</th>
                <th scope="col" class="num">
                  Children
                </th>
                <th scope="col" class="share">
                  {answered() === null ? "Compared" : "Share"}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.question.rows}>
                {(row) => (
                  <tr classList={{ hidden: row.count === null }}>
                    <th scope="row">
                      <Show when={isFace(row)}>
                        <Face value={row.value as number} of={faces()} />
                      </Show>
                      {props.t(row.label)}
                    </th>
                    <td class="num">{row.count === null ? fewer() : row.count}</td>
                    <td class="share">
                      <Show when={share(row) !== undefined} fallback={<span class="muted">–</span>}>
                        <span class="bar" aria-hidden="true">
                          <span style={{ width: `${share(row)}%` }} />
                        </span>
                        <Show when={answered() !== null}>
                          <span class="pct">{share(row)}%</span>
                        </Show>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
