/**
 * The last two screens: sending (with its waiting and failure states) and thank you. A response
 * the network could not take is kept on the tablet and the child still gets their thank you; one
 * the server refused stays here, with the same request ready to try again.
 */

import type { AgeBand } from "@chorus/core/survey/schema";
import { ErrorBoundary, lazy, Match, Show, Suspense, Switch } from "solid-js";
import type { ApiError } from "../../api";
import { Face } from "../../ui/Face";
import { focusOnMount, Message, Spinner } from "../../ui/Feedback";
import { HelpLines, isLeaver } from "./HelpLines";
import { WaitingCount } from "./OutboxNotice";
import { useWords } from "./words";

// "You said, we did" comes after the thanks, in its own chunk, so it costs a first load nothing.
const YouSaidPanel = lazy(() =>
  import("./YouSaid").then((module) => ({ default: module.YouSaidPanel })),
);

export type Delivery =
  | { state: "ready" }
  | { state: "sending"; attempt: number }
  | { state: "failed"; error: ApiError };

export function SendScreen(props: {
  answered: number;
  total: number;
  delivery: Delivery;
  /** Absent once a send has been tried: the answers are then fixed, so a retry matches. */
  onBack?: () => void;
  onSend: () => void;
}) {
  const sending = () => props.delivery.state === "sending";
  const attempt = () => (props.delivery.state === "sending" ? props.delivery.attempt : 0);
  const failure = () => (props.delivery.state === "failed" ? props.delivery.error : undefined);
  const w = useWords();

  return (
    <section class="send" aria-labelledby="send-title">
      <h1 id="send-title" tabindex="-1" ref={focusOnMount}>
        {w().readyToSend}
      </h1>
      <p class="lead">
        {w().answeredOf(props.answered, props.total)}
        <Show when={props.answered === 0}> {w().canStillSend}</Show>
      </p>
      <p>{w().cantChange}</p>
      <Show when={failure()}>{(error) => <SendFailure error={error()} />}</Show>
      <div class="send-status" aria-live="polite">
        <Show when={attempt() > 1}>
          <p>{w().slow}</p>
        </Show>
      </div>
      <div class="step-nav">
        <Show when={props.onBack} fallback={<span />}>
          {(back) => (
            <button type="button" class="btn back" onClick={back()}>
              <span aria-hidden="true">←</span> {w().back}
            </button>
          )}
        </Show>
        <span />
        <button
          type="button"
          class="btn primary next big"
          aria-disabled={sending()}
          onClick={() => !sending() && props.onSend()}
        >
          <Switch fallback={w().sendAnswers}>
            <Match when={sending()}>
              <Spinner inline label={w().sending} />
            </Match>
            <Match when={failure()}>{w().tryAgain}</Match>
          </Switch>
        </button>
      </div>
    </section>
  );
}

function SendFailure(props: { error: ApiError }) {
  const w = useWords();
  return (
    <Switch
      fallback={
        <Message kind="error" title={w().notSentTitle}>
          <p>{w().notSent}</p>
        </Message>
      }
    >
      <Match when={props.error.status === 410}>
        <Message kind="error" title={w().closedTitle}>
          <p>{w().closed}</p>
        </Message>
      </Match>
      <Match when={!props.error.retryable}>
        <Message kind="error" title={w().failedTitle}>
          <p>
            {w().failed}{" "}
            <span class="error-code" dir="auto">
              {w().errorCode(props.error.code)}
            </span>
          </p>
        </Message>
      </Match>
    </Switch>
  );
}

/**
 * `queued`: the answers are safe on the tablet but could not be sent yet (offline). `from`: where
 * the survey came from (`/api/s/CODE`, `/api/i/TOKEN`, `/api/t/TOKEN`), whose published "You said,
 * we did" actions follow the thanks (in `language`) once they arrive; nothing waits for them, and
 * a failure shows nothing.
 */
export function ThankYou(props: {
  queued?: boolean;
  /** What to give a worker to ask for a copy of the answers or their deletion. */
  reference?: string;
  onFinish: () => void;
  from?: string;
  language?: string;
  band?: AgeBand;
}) {
  const w = useWords();
  return (
    <section class="done" aria-labelledby="done-title">
      <Face value={5} of={5} class="big" />
      <h1 id="done-title" tabindex="-1" ref={focusOnMount}>
        {w().thankYou}
      </h1>
      <Show when={props.queued} fallback={<p class="lead">{w().sent}</p>}>
        <p class="lead">{w().savedHere}</p>
        <WaitingCount />
      </Show>
      <p>{isLeaver(props.band) ? w().willHelpLeavers : w().willHelp}</p>
      <Reference reference={props.reference} />
      <HelpLines band={props.band} />
      <button type="button" class="btn primary big" onClick={props.onFinish}>
        {w().finish}
      </button>
      <Show when={props.from}>
        {(from) => (
          <ErrorBoundary fallback={null}>
            <Suspense>
              <YouSaidPanel from={from()} language={props.language ?? "en"} />
            </Suspense>
          </ErrorBoundary>
        )}
      </Show>
    </section>
  );
}

/** The child's reference (see reference.ts), in a form they can read out or photograph. */
export function Reference(props: { reference?: string }) {
  const w = useWords();
  return (
    <Show when={props.reference}>
      {(reference) => (
        <p class="reference">
          {w().yourReference}:{" "}
          <strong dir="ltr" class="reference-code">
            {reference()}
          </strong>
          <br />
          <span class="reference-why">{w().referenceWhy}</span>
        </p>
      )}
    </Show>
  );
}
