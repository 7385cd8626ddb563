/**
 * The last two screens: sending (with its waiting and failure states) and thank you. A response
 * the network could not take is kept on the tablet and the child still gets their thank you; one
 * the server refused stays here, with the same request ready to try again.
 */
import { Match, Show, Switch } from "solid-js";
import type { ApiError } from "../../api";
import { Face } from "../../ui/Face";
import { focusOnMount, Message, Spinner } from "../../ui/Feedback";
import { WaitingCount } from "./OutboxNotice";
import { Childline } from "./Privacy";

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

  return (
    <section class="send" aria-labelledby="send-title">
      <h1 id="send-title" tabindex="-1" ref={focusOnMount}>
        Ready to send?
      </h1>
      <p class="lead">
        You answered {props.answered} of {props.total} questions.
        <Show when={props.answered === 0}> You can still send, or go back and answer some.</Show>
      </p>
      <p>Once they are sent, you can't change them. Your name is not sent with them.</p>
      <Show when={failure()}>{(error) => <SendFailure error={error()} />}</Show>
      <div class="send-status" aria-live="polite">
        <Show when={attempt() > 1}>
          <p>The connection is slow. Still trying to send your answers…</p>
        </Show>
      </div>
      <div class="step-nav">
        <Show when={props.onBack} fallback={<span />}>
          {(back) => (
            <button type="button" class="btn back" onClick={back()}>
              <span aria-hidden="true">←</span> Back
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
          <Switch fallback="Send my answers">
            <Match when={sending()}>
              <Spinner inline label="Sending…" />
            </Match>
            <Match when={failure()}>Try again</Match>
          </Switch>
        </button>
      </div>
    </section>
  );
}

function SendFailure(props: { error: ApiError }) {
  return (
    <Switch
      fallback={
        <Message kind="error" title="Your answers haven't been sent yet">
          <p>
            Don't worry, they are still here. Check the Wi-Fi or internet connection, then press Try
            again.
          </p>
        </Message>
      }
    >
      <Match when={props.error.status === 410}>
        <Message kind="error" title="This survey has closed">
          <p>It closed before your answers could be sent. Thank you for taking part.</p>
        </Message>
      </Match>
      <Match when={!props.error.retryable}>
        <Message kind="error" title="Something went wrong sending your answers">
          <p>
            Your answers are still here. Please show this to the adult helping you.{" "}
            <span class="error-code">(Code: {props.error.code})</span>
          </p>
        </Message>
      </Match>
    </Switch>
  );
}

/** `queued`: the answers are safe on the tablet but could not be sent yet (offline). */
export function ThankYou(props: { queued?: boolean; onFinish: () => void }) {
  return (
    <section class="done" aria-labelledby="done-title">
      <Face value={5} of={5} class="big" />
      <h1 id="done-title" tabindex="-1" ref={focusOnMount}>
        Thank you!
      </h1>
      <Show when={props.queued} fallback={<p class="lead">Your answers have been sent.</p>}>
        <p class="lead">
          Your answers are saved on this tablet. They will be sent when it is online.
        </p>
        <WaitingCount />
      </Show>
      <p>What you told us will help make things better for children and young people in care.</p>
      <Childline />
      <button type="button" class="btn primary big" onClick={props.onFinish}>
        Finish
      </button>
    </section>
  );
}
