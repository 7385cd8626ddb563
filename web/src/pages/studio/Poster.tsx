/**
 * A poster for a code: the council's logo and name, the survey's title in the language the
 * officer chooses from the survey's own (written right to left where the language is), the code
 * in big letters and a QR code that opens it, laid out for A4 when printed (the studio's chrome
 * is hidden by the print styles).
 */
import type { OrgSettings } from "@chorus/core/org/schema";
import { isRightToLeft, LANGUAGES, ownName } from "@chorus/core/survey/languages";
import { pick } from "@chorus/core/survey/schema";
import { createEffect, createSignal, For, Show } from "solid-js";
import { api } from "../../api";
import { describeError } from "../../ui/errors";
import { Message, Spinner, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { qrPath } from "./qr";
import { studio } from "./studioApi";

export function Poster(props: { surveyId: string; distributionId: string }) {
  const data = createLoad(
    () => props.surveyId,
    async (id) => {
      const [view, { distributions }, org] = await Promise.all([
        studio.get(id),
        studio.distributions(id),
        api.get<OrgSettings>("/api/org"),
      ]);
      return { view, org, distribution: distributions.find((d) => d.id === props.distributionId) };
    },
  );
  const [chosen, setChosen] = createSignal<string>();
  const definition = () => data.data()?.view.draft.definition;
  const language = () => chosen() ?? definition()?.defaultLanguage ?? "en";
  const title = () => {
    const survey = definition();
    return survey ? pick(survey.title, language(), survey.defaultLanguage) : "";
  };
  // The language's English name for the officer choosing, its own name beside it.
  const nameOf = (code: string) => {
    const english = LANGUAGES.find((entry) => entry.code === code)?.english ?? code;
    const own = ownName(code);
    return own === english ? english : `${english} (${own})`;
  };
  createEffect(() => setTitle("Poster", title() || undefined, "Studio"));
  return (
    <>
      <p class="crumbs no-print">
        <a href={`/studio/${props.surveyId}/distribute`}>
          <span aria-hidden="true">←</span> Back to codes
        </a>
      </p>
      <Show when={data.loading()}>
        <Spinner label="Making the poster…" />
      </Show>
      <Show when={data.error()}>
        {(error) => <Message kind="error">{describeError(error())}</Message>}
      </Show>
      <Show when={data.data() && !data.data()?.distribution}>
        <Message kind="error">There is no such code for this survey.</Message>
      </Show>
      <Show when={data.data()?.distribution}>
        {(distribution) => {
          const url = () => `${location.origin}/s/${distribution().code}`;
          const qr = () => qrPath(url());
          // Care leavers are adults: a code only they use points to Samaritans, not Childline.
          const leaversOnly = () => {
            const d = distribution();
            const bands = d.ageBand ? [d.ageBand] : (definition()?.ageBands ?? []);
            return bands.length > 0 && bands.every((band) => band === "16-25");
          };
          return (
            <>
              <div class="actions no-print poster-controls">
                <Show when={(definition()?.languages.length ?? 0) > 1}>
                  <div class="text-field">
                    <label class="field" for="poster-language">
                      Language of the survey's title
                    </label>
                    <select
                      id="poster-language"
                      class="text"
                      value={language()}
                      onChange={(event) => setChosen(event.currentTarget.value)}
                    >
                      <For each={definition()?.languages}>
                        {(code) => <option value={code}>{nameOf(code)}</option>}
                      </For>
                    </select>
                  </div>
                </Show>
                <button type="button" class="btn primary" onClick={() => window.print()}>
                  Print the poster
                </button>
              </div>
              <article class="poster" aria-label="Poster">
                <Show when={data.data()?.org}>
                  {(org) => (
                    <header class="poster-council">
                      <Show when={org().logo}>
                        {(logo) => (
                          <img
                            src={`/api/org/logo?v=${logo().version}`}
                            alt=""
                            width={logo().width}
                            height={logo().height}
                          />
                        )}
                      </Show>
                      <p data-testid="poster-council">{org().name}</p>
                    </header>
                  )}
                </Show>
                <p class="poster-kicker">Have your say</p>
                <h1 lang={language()} dir={isRightToLeft(language()) ? "rtl" : "ltr"}>
                  {title()}
                </h1>
                <svg
                  class="qr"
                  viewBox={`0 0 ${qr().size} ${qr().size}`}
                  role="img"
                  aria-label={`QR code for ${url()}`}
                  shape-rendering="crispEdges"
                >
                  <rect width={qr().size} height={qr().size} fill="#fff" />
                  <path d={qr().d} fill="#000" />
                </svg>
                <p class="poster-step">Scan the code, or go to</p>
                <p class="poster-url">{location.host}</p>
                <p class="poster-step">and type this code:</p>
                <p class="poster-code" data-testid="poster-code">
                  {distribution().code}
                </p>
                <p class="poster-small" data-testid="poster-help">
                  {leaversOnly()
                    ? "You don't need to give your name. If you are struggling, call Samaritans free on 116 123, or talk to your personal adviser."
                    : "You don't need to give your name. If you are worried, call Childline free on 0800 1111."}
                </p>
              </article>
            </>
          );
        }}
      </Show>
    </>
  );
}
