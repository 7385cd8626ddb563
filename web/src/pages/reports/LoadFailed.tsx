/** How the reports area says a load failed, and sends a person whose session ended to sign in. */
import { createEffect, Show } from "solid-js";
import type { ApiError } from "../../api";
import { describeError } from "../../ui/errors";
import { Message } from "../../ui/Feedback";

export function watchExpiry(error: () => ApiError | undefined, expired: () => void) {
  createEffect(() => {
    if (error()?.status === 401) expired();
  });
}

export function LoadFailed(props: { error: ApiError; retry: () => void }) {
  return (
    <Message kind="error" title="This didn't load">
      <p>
        {props.error.status === 403
          ? "You need the Leader role to see reports. Roles are given by an admin at your council."
          : props.error.code === "report.invalid_filter"
            ? "One of the filters isn't valid for this survey. Clear the filters and try again."
            : describeError(props.error)}
      </p>
      <Show
        when={
          props.error.status !== 403 && props.error.status !== 404 && props.error.status !== 400
        }
      >
        <button type="button" class="btn" onClick={props.retry}>
          Try again
        </button>
      </Show>
    </Message>
  );
}
