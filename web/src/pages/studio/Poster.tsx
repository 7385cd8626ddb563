/**
 * A poster for a code: the survey's title, the code in big letters and a QR code that opens it,
 * laid out for A4 when printed (the studio's chrome is hidden by the print styles).
 */
import { pick } from "@chorus/core/survey/schema";
import { createEffect, Show } from "solid-js";
import { describeError } from "../../ui/errors";
import { Message, Spinner, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { qrPath } from "./qr";
import { studio } from "./studioApi";

export function Poster(props: { surveyId: string; distributionId: string }) {
  const data = createLoad(
    () => props.surveyId,
    async (id) => {
      const [view, { distributions }] = await Promise.all([
        studio.get(id),
        studio.distributions(id),
      ]);
      return { view, distribution: distributions.find((d) => d.id === props.distributionId) };
    },
  );
  const title = () => {
    const definition = data.data()?.view.draft.definition;
    return definition ? pick(definition.title, definition.defaultLanguage, "en") : "";
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
          return (
            <>
              <div class="actions no-print">
                <button type="button" class="btn primary" onClick={() => window.print()}>
                  Print the poster
                </button>
              </div>
              <article class="poster" aria-label="Poster">
                <p class="poster-kicker">Have your say</p>
                <h1>{title()}</h1>
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
                <p class="poster-small">
                  You don't need to give your name. If you are worried, call Childline free on 0800
                  1111.
                </p>
              </article>
            </>
          );
        }}
      </Show>
    </>
  );
}
