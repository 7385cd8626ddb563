/**
 * A tablet in a kiosk session: one child after another on the same device. Between children it
 * shows a welcome with the count; each child gets a freshly mounted ChildApp that keeps no draft,
 * and when they finish the app comes back here with the history collapsed, so neither Back nor
 * an address typed in can reach what the child before said.
 */
import "./kiosk.css";
import { isRightToLeft } from "@chorus/core/survey/languages";
import { pick } from "@chorus/core/survey/parts";
import type { PublicSurvey } from "@chorus/core/survey/schema";
import type { KioskStatus } from "@chorus/core/tablet/schema";
import { createSignal, Match, onCleanup, onMount, Switch } from "solid-js";
import { api } from "../../api";
import { asApiError } from "../../ui/errors";
import { focusOnMount, Message, Spinner, setTitle } from "../../ui/Feedback";
import { ChildApp } from "./ChildApp";
import { KioskPin } from "./KioskPin";
import { OutboxNotice } from "./OutboxNotice";
import { Childline } from "./Privacy";
import { StillThere } from "./StillThere";
import { countFinished, forgetTablet, readTablet, wipeDrafts } from "./tabletStore";
import { loadWords, useWords, WordsLanguage, wordsLanguage } from "./words";

export type KioskSurvey = PublicSurvey & { session: KioskStatus };

type Screen =
  | { at: "loading" }
  | { at: "welcome"; found: KioskSurvey }
  /** `run` is new for every child, so each one gets a ChildApp with nothing in it. */
  | { at: "child"; found: KioskSurvey; run: number }
  | { at: "pin"; found: KioskSurvey }
  | { at: "ended" }
  | { at: "offline" };

/** Where staff go when a session is over: the studio's sign-in. */
const STAFF_START = "/studio";

export function Kiosk(props: { token: string }) {
  const [screen, setScreen] = createSignal<Screen>({ at: "loading" });
  const [finished, setFinished] = createSignal(readTablet()?.finished ?? 0);
  let runs = 0;

  async function load() {
    try {
      const found = await api.get<KioskSurvey>(`/api/t/${encodeURIComponent(props.token)}`);
      setScreen({ at: "welcome", found });
    } catch (error) {
      const failure = asApiError(error);
      setScreen(
        failure.status === 404 || failure.status === 410 ? { at: "ended" } : { at: "offline" },
      );
    }
  }

  /** Back to the welcome for the next child, leaving nothing of this one behind. */
  function welcome(done = false) {
    if (done) setFinished(countFinished());
    wipeDrafts();
    // One entry in this page's history, so Back has no earlier screen of this child to show.
    history.replaceState(null, "", "/t");
    setScreen({ at: "loading" });
    void load();
  }

  const leave = () => {
    forgetTablet();
    wipeDrafts();
    location.replace(STAFF_START);
  };

  const found = () => {
    const current = screen();
    return "found" in current ? current.found : undefined;
  };
  const child = () => {
    const current = screen();
    return current.at === "child" ? current : undefined;
  };

  onMount(() => welcome());
  // Back (or Forward) while in the kiosk always lands on the welcome, whatever it was showing.
  const onPop = () => welcome();
  window.addEventListener("popstate", onPop);
  onCleanup(() => window.removeEventListener("popstate", onPop));

  return (
    <Switch>
      <Match when={screen().at === "loading"}>
        <main class="child page narrow kiosk">
          <Spinner label="Getting ready…" />
        </main>
      </Match>
      <Match when={screen().at === "welcome" && found()} keyed>
        {(current) => (
          <Welcome
            found={current}
            finished={finished()}
            onStart={() => setScreen({ at: "child", found: current, run: ++runs })}
            onEnd={() => setScreen({ at: "pin", found: current })}
          />
        )}
      </Match>
      <Match when={child()} keyed>
        {(current) => (
          <ChildApp tablet={{ token: props.token, found: current.found }} onFinish={welcome}>
            <StillThere onGone={() => welcome()} />
          </ChildApp>
        )}
      </Match>
      <Match when={screen().at === "pin"}>
        <KioskPin token={props.token} onCancel={() => welcome()} onEnded={leave} />
      </Match>
      <Match when={screen().at === "ended"}>
        <Ended onLeave={leave} />
      </Match>
      <Match when={screen().at === "offline"}>
        <main class="child page narrow kiosk">
          <Message kind="error" title="This tablet can't reach Chorus">
            <p>Check the Wi-Fi or internet connection, then try again.</p>
          </Message>
          <button type="button" class="btn primary big" onClick={() => welcome()}>
            Try again
          </button>
        </main>
      </Match>
    </Switch>
  );
}

function Welcome(props: {
  found: KioskSurvey;
  finished: number;
  onStart: () => void;
  onEnd: () => void;
}) {
  const survey = props.found.survey;
  const title = pick(survey.title, survey.defaultLanguage, survey.defaultLanguage);
  setTitle(title);
  // The server's count, unless answers sent here have not reached it yet (offline, or a count
  // read from a cached copy): this tablet's own tally is then the better lower bound.
  const taken = () => Math.max(props.found.session.participants, props.finished);
  // No child has chosen a language yet, so the welcome speaks the survey's own first language.
  const language = survey.defaultLanguage;
  void loadWords(language);
  return (
    <main
      class="child page narrow kiosk"
      lang={wordsLanguage(language)}
      dir={isRightToLeft(language) ? "rtl" : undefined}
    >
      <WordsLanguage value={() => language}>
        <WelcomeWords title={title} taken={taken()} onStart={props.onStart} />
      </WordsLanguage>
      {/* Only staff use the footer, in the staff screens' language. */}
      <footer class="kiosk-staff" lang="en">
        <span>{props.found.session.label}</span>
        <button type="button" class="btn quiet" onClick={props.onEnd}>
          End session (staff)
        </button>
      </footer>
    </main>
  );
}

function WelcomeWords(props: { title: string; taken: number; onStart: () => void }) {
  const w = useWords();
  return (
    <section class="welcome" aria-labelledby="kiosk-title">
      <h1 id="kiosk-title" tabindex="-1" ref={focusOnMount}>
        {props.title}
      </h1>
      <p class="lead">{w().tapWhenReady}</p>
      <button type="button" class="btn primary big kiosk-start" onClick={props.onStart}>
        {w().tapToStart}
      </button>
      <p class="kiosk-count" aria-live="polite">
        {props.taken === 0 ? w().firstToday : w().takenPart(props.taken)}
      </p>
      {/* Answers kept here while offline: staff should not end the session on them unseen. */}
      <OutboxNotice />
      <Childline />
    </section>
  );
}

function Ended(props: { onLeave: () => void }) {
  setTitle("Session ended");
  return (
    <main class="child page narrow kiosk">
      <h1 tabindex="-1" ref={focusOnMount}>
        This tablet session has ended
      </h1>
      <p class="lead">
        Thank you to everyone who took part. Please give the tablet to a member of staff.
      </p>
      <button type="button" class="btn primary big" onClick={props.onLeave}>
        Staff: sign in
      </button>
    </main>
  );
}
