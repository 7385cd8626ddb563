/**
 * What happens to a child's answers, said plainly before the first question, with Childline's
 * number in reach.
 */
import { Show } from "solid-js";
import { focusOnMount } from "../../ui/Feedback";

export function Privacy(props: {
  title: string;
  intro?: string;
  language: string;
  onStart: () => void;
  onBack?: () => void;
}) {
  return (
    <section class="privacy" aria-labelledby="privacy-title">
      <h1 id="privacy-title" tabindex="-1" ref={focusOnMount} lang={props.language}>
        {props.title}
      </h1>
      <Show when={props.intro}>
        <p class="lead" lang={props.language}>
          {props.intro}
        </p>
      </Show>
      <h2>Before you start</h2>
      <ul class="promises">
        <li>
          <strong>Your answers are private.</strong> We don't ask for your name.
        </li>
        <li>You can skip any question, or go back and change an answer.</li>
        <li>There are no right or wrong answers. We want to know what you really think.</li>
        <li>
          <strong>If you tell us you are not safe, a worker must act</strong> to help keep you safe.
          They may need to talk to you or to other people about it.
        </li>
      </ul>
      <Childline />
      <div class="step-nav">
        <Show when={props.onBack} fallback={<span />}>
          {(back) => (
            <button type="button" class="btn back" onClick={back()}>
              <span aria-hidden="true">←</span> Back
            </button>
          )}
        </Show>
        <span />
        <button type="button" class="btn primary next" onClick={props.onStart}>
          Start <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  );
}

/** Free, confidential help for children, any time; shown before and after the questions. */
export function Childline() {
  return (
    <aside class="childline" aria-label="Someone to talk to">
      <p>
        Want to talk to someone now? Call <strong>Childline</strong> free on{" "}
        <a href="tel:08001111">0800&nbsp;1111</a>, any time, day or night.
      </p>
    </aside>
  );
}

/** Shown when a draft kept on this tablet was picked up again (see draft.ts). */
export function ResumeBanner(props: { onStartAgain: () => void }) {
  return (
    <div class="resume" role="status">
      <p>
        <strong>Welcome back</strong> — carry on where you left off.
      </p>
      <button type="button" class="btn quiet start-again" onClick={props.onStartAgain}>
        Start again
      </button>
    </div>
  );
}
