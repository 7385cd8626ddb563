/**
 * The three faces of a load: a spinner, a failure with a way to retry, or the data. A 401 means
 * the session ended meanwhile, and sends the person back to sign in.
 */
import { type Accessor, createEffect, type JSX, Match, Show, Switch } from "solid-js";
import type { ApiError } from "../../api";
import { describeError } from "../../ui/errors";
import { Message, Spinner } from "../../ui/Feedback";
import type { Load } from "../../ui/load";

export function Loaded<T>(props: {
  load: Load<T>;
  loading: string;
  expired: () => void;
  /** `refreshing` names what a reload is doing while the old data stays on screen. */
  refreshing?: string;
  children: (data: Accessor<T>) => JSX.Element;
}) {
  expireOn(props.load.error, props.expired);
  return (
    <>
      <Show when={props.load.loading() && props.load.data() !== undefined}>
        <Spinner inline label={props.refreshing ?? "Updating…"} />
      </Show>
      <Switch>
        <Match when={props.load.error()}>
          {(error) => (
            <Message kind="error" title="This didn't load">
              <p>{describeError(error())}</p>
              <Show when={error().status !== 403}>
                <button type="button" class="btn" onClick={props.load.reload}>
                  Try again
                </button>
              </Show>
            </Message>
          )}
        </Match>
        <Match when={props.load.data()}>{(data) => props.children(data)}</Match>
        <Match when={props.load.loading()}>
          <Spinner label={props.loading} />
        </Match>
      </Switch>
    </>
  );
}

/** Sends the person back to sign in when a request finds their session has ended meanwhile. */
export function expireOn(error: () => ApiError | undefined, expired: () => void): void {
  createEffect(() => {
    if (error()?.status === 401) expired();
  });
}
