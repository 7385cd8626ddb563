/** The organisation's surveys as a table; each title opens that survey's report. */
import type { SurveySummary } from "@chorus/core/report/schema";
import { pick } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";

const STATUS: Record<SurveySummary["status"], string> = {
  draft: "Draft",
  published: "Open",
  archived: "Closed",
};

export function SurveyList(props: { surveys: SurveySummary[] }) {
  return (
    <Show
      when={props.surveys.length > 0}
      fallback={<p>There are no surveys yet. Participation officers create them in the studio.</p>}
    >
      <div class="table-wrap">
        <table class="data surveys">
          <caption class="sr-only">Your organisation's surveys</caption>
          <thead>
            <tr>
              <th scope="col">Survey</th>
              <th scope="col">Code</th>
              <th scope="col">Status</th>
              <th scope="col" class="num">
                Responses
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.surveys}>
              {(survey) => (
                <tr>
                  <th scope="row">
                    <a href={`/reports/${encodeURIComponent(survey.id)}`}>{survey.staffName}</a>
                    <Show
                      when={pick(survey.title, survey.defaultLanguage, "en") !== survey.staffName}
                    >
                      <span class="muted child-title">
                        Children see “{pick(survey.title, survey.defaultLanguage, "en")}”
                      </span>
                    </Show>
                  </th>
                  <td>
                    <Show when={survey.code} fallback={<span class="muted">None</span>}>
                      <code>{survey.code}</code>
                    </Show>
                  </td>
                  <td>
                    <span class={`status ${survey.status}`}>{STATUS[survey.status]}</span>
                  </td>
                  <td class="num">{survey.responseCount.toLocaleString("en-GB")}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
