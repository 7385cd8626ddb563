/**
 * Raw answers for an admin: one survey's every response as a spreadsheet, free text with names,
 * phone numbers, e-mails, addresses and schools taken out unless the admin asks for it in full.
 * Each download is written to the audit log, with which of the two it was.
 */
import type { SurveySummary } from "@chorus/core/report/schema";
import { For, Show } from "solid-js";
import { api } from "../../api";
import { focusOnMount, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import type { AdminProps } from "./AdminApp";
import { Loaded } from "./Loaded";

const rawUrl = (surveyId: string, text: "redacted" | "full") =>
  `/api/admin/surveys/${encodeURIComponent(surveyId)}/raw.csv?text=${text}`;

const titleOf = (survey: SurveySummary) =>
  survey.title[survey.defaultLanguage] ?? Object.values(survey.title)[0] ?? survey.id;

export function AnswersPage(props: AdminProps) {
  setTitle("Raw answers", "Admin");
  const load = createLoad(
    () => "all",
    () => api.get<{ surveys: SurveySummary[] }>("/api/admin/surveys"),
  );
  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        Raw answers
      </h1>
      <p class="lede">
        Every response to a survey, one row each, for a request only an admin can meet (a child's or
        family's own answers, an information request, a check of a report). Leaders' reports and
        exports never hold raw answers. Every download is written to the audit log.
      </p>
      <p>
        <strong>With names taken out</strong> replaces names, phone numbers, e-mail addresses,
        postcodes, street addresses and school names in what children wrote. Use{" "}
        <strong>in full</strong> only when the request needs the words exactly as written, and keep
        the file as safely as a case file.
      </p>
      <Loaded load={load} loading="Loading surveys…" expired={props.expired}>
        {(data) => (
          <Show when={data().surveys.length > 0} fallback={<p>There are no surveys yet.</p>}>
            <table class="answers-table">
              <caption class="sr-only">Surveys and their answers</caption>
              <thead>
                <tr>
                  <th scope="col">Survey</th>
                  <th scope="col">Responses</th>
                  <th scope="col">Download</th>
                </tr>
              </thead>
              <tbody>
                <For each={data().surveys}>
                  {(survey) => (
                    <tr>
                      <th scope="row">{titleOf(survey)}</th>
                      <td>{survey.responseCount}</td>
                      <td>
                        <a class="btn small" href={rawUrl(survey.id, "redacted")} download="">
                          With names taken out
                          <span class="sr-only"> ({titleOf(survey)})</span>
                        </a>{" "}
                        <a class="btn small" href={rawUrl(survey.id, "full")} download="">
                          In full<span class="sr-only"> ({titleOf(survey)})</span>
                        </a>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Loaded>
    </>
  );
}
