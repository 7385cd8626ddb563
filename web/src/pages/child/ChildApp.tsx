/**
 * The child's journey: code → what happens to your answers → one question per screen → send →
 * thank you. Answers in progress are kept on the device (draft.ts) so a reload resumes; they are
 * wiped once sent or when the child starts again, so nothing is left on a shared tablet.
 */
import "./child.css";
import type { HelpContact } from "@chorus/core/help/schema";
import { isRightToLeft } from "@chorus/core/survey/languages";
import { bandFor, concernsMet, questionForBand, visibleQuestions } from "@chorus/core/survey/logic";
import { pick } from "@chorus/core/survey/parts";
import type { AgeBand, AnswerValue, PublicSurvey } from "@chorus/core/survey/schema";
import {
  batch,
  createEffect,
  createMemo,
  createSignal,
  type JSX,
  Match,
  Show,
  Switch,
} from "solid-js";
import { navigate } from "../../router";
import { asApiError } from "../../ui/errors";
import { setTitle } from "../../ui/Feedback";
import { uuidv7 } from "../../uuidv7";
import { BandChoice } from "./BandChoice";
import { CodeEntry, createLookup, type KioskSource } from "./CodeEntry";
import { clearDraft, type Draft, draftKey, loadDraft, saveDraft } from "./draft";
import { type Delivery, SendScreen, ThankYou } from "./Finish";
import { Heard } from "./Heard";
import { HelpPanel, type HelpState } from "./HelpPanel";
import { LanguageChoice } from "./LanguageChoice";
import { Privacy, ResumeBanner } from "./Privacy";
import { positionOf } from "./progress";
import { QuestionScreen } from "./QuestionScreen";
import { onQuiet } from "./quiet";
import { useRecordings } from "./ReadAloud";
import { referenceFor } from "./reference";
import { buildHelp, buildResponse, deliverHelp, deliverResponse } from "./send";
import { inEachLanguage, loadWords, WordsLanguage, wordsFor, wordsLanguage } from "./words";

type Stage = "code" | "language" | "band" | "privacy" | "question" | "send" | "done";
type Answers = Record<string, AnswerValue>;

/** On a kiosk tablet, the thank-you screen goes back to the welcome after this long untouched. */
export const KIOSK_DONE_IDLE_MS = 60_000;

export function ChildApp(props: {
  code?: string;
  invite?: string;
  /** A tablet in a kiosk session: the survey is already loaded, and nothing is kept on disk. */
  tablet?: KioskSource;
  /** Replaces going back to the code screen; `done` says whether the child's answers were sent. */
  onFinish?: (done: boolean) => void;
  /** Shown over the screens in the child's language, e.g. the kiosk's "Are you still there?". */
  children?: JSX.Element;
}) {
  const [stage, setStage] = createSignal<Stage>("code");
  const [found, setFound] = createSignal<PublicSurvey>();
  const [index, setIndex] = createSignal(0);
  const [answers, setAnswers] = createSignal<Answers>({});
  const [delivery, setDelivery] = createSignal<Delivery>({ state: "ready" });
  const [chosen, setChosen] = createSignal<string>();
  const [pickedBand, setPickedBand] = createSignal<AgeBand>();
  // "Tell my worker", sent on its own when pressed; its id goes with the answers to link them.
  const [help, setHelp] = createSignal<{ id: string; state?: HelpState }>();
  // A draft from before requests went on their own may still say the child asked.
  const [tellWorker, setTellWorker] = createSignal(false);
  // The child asked for their worker or gave a worrying answer: the help screen, not a smiley.
  const [heard, setHeard] = createSignal(false);
  /** The reference the thank-you screen shows (see reference.ts); gone with the next child. */
  const [reference, setReference] = createSignal<string>();
  const [resumed, setResumed] = createSignal(false);
  // The last response went to the outbox rather than the server (offline): the thank-you says so.
  const [queued, setQueued] = createSignal(false);
  // Where the survey came from, and where its response goes (see send.ts).
  let target = "";
  // Where "You said, we did" is asked for on the thank-you: the survey's own source.
  const [youSaidFrom, setYouSaidFrom] = createSignal<string>();
  let draft = "";
  let startedAt = "";
  // Built at the first send and reused, so every retry is the very same response.
  let pending: ReturnType<typeof buildResponse> | undefined;

  const survey = () => found()?.survey;
  // The API lists only complete languages, so a chosen one never needs the default's words.
  const language = () => chosen() ?? survey()?.defaultLanguage ?? "en";
  const fallback = () => survey()?.defaultLanguage ?? "en";
  const manyLanguages = () => (survey()?.languages.length ?? 0) > 1;
  const t = (text: Parameters<typeof pick>[0]) => pick(text, language(), fallback());
  // The screens' own words stay English until the child has had the chance to choose.
  const shown = () => (stage() === "code" || stage() === "language" ? "en" : language());
  const words = () => wordsFor(shown());
  // The code's own band, else the survey's only one, else the one the child picked.
  const fixedBand = () => {
    const current = found();
    return current ? (current.ageBand ?? bandFor(current.survey)) : undefined;
  };
  const band = () => fixedBand() ?? pickedBand();
  const asksBand = () => survey() !== undefined && fixedBand() === undefined;
  // The steps before the questions, each shown only when there is something to choose.
  const opening = (): Stage => (manyLanguages() ? "language" : asksBand() ? "band" : "privacy");
  // Rules only look back, so answering the current question never moves it in this list.
  const questions = createMemo(() => {
    const current = survey();
    return current ? visibleQuestions(current, answers(), band()) : [];
  });
  const question = () => questions()[index()];
  const position = () => positionOf(questions(), index(), (q) => answers()[q.id] !== undefined);
  // Answers to questions a changed answer has since hidden are not sent: the API refuses them.
  const shownAnswers = () => {
    const shown = new Set(questions().map((q) => q.id));
    return Object.fromEntries(Object.entries(answers()).filter(([id]) => shown.has(id)));
  };

  function reset() {
    batch(() => {
      setAnswers({});
      setIndex(0);
      setDelivery({ state: "ready" });
      setTellWorker(false);
      setHelp(undefined);
      setHeard(false);
      setReference(undefined);
      setResumed(false);
    });
    startedAt = "";
    pending = undefined;
  }

  const { lookup, open, clear } = createLookup(
    props,
    () => found()?.code,
    (result, source) => {
      target = source;
      setYouSaidFrom(source);
      // Fetched now, while there is a connection, so the chosen language's words are ready.
      for (const code of result.survey.languages) void loadWords(code);
      // The officer's recordings, fetched now too, so they play offline.
      useRecordings(source, result.survey.audio);
      // A kiosk keeps no draft: the next child must find nothing of this one on the tablet.
      draft = props.tablet ? "" : draftKey(source, result.survey.version);
      const saved = draft ? loadDraft(draft) : undefined;
      batch(() => {
        reset();
        setFound(result);
        setChosen(undefined);
        setPickedBand(undefined);
        if (saved) resume(saved, result);
        else setStage(opening());
      });
      // A typed code goes into the address, so a reload finds the survey (and its draft) again.
      if (result.code && source.startsWith("/api/s/") && location.pathname === "/") {
        navigate(`/s/${encodeURIComponent(result.code)}`, { replace: true });
      }
    },
    () => setStage("code"),
  );

  function resume(saved: Draft, result: PublicSurvey) {
    if (saved.language && result.survey.languages.includes(saved.language))
      setChosen(saved.language);
    if (saved.ageBand && result.survey.ageBands.includes(saved.ageBand))
      setPickedBand(saved.ageBand);
    setAnswers(saved.answers);
    setIndex(saved.index);
    setTellWorker(saved.tellMyWorker);
    // Sent already (it went through the outbox when pressed); only the link to it is kept.
    if (saved.helpId) setHelp({ id: saved.helpId, state: "sent" });
    startedAt = saved.startedAt;
    setResumed(true);
    setStage(saved.atSend ? "send" : "question");
  }

  function startAgain() {
    clearDraft(draft);
    batch(() => {
      reset();
      setChosen(undefined);
      setPickedBand(undefined);
      setStage(opening());
    });
  }

  // Saved at every change while answering, so the device always holds the latest position.
  createEffect(() => {
    const atSend = stage() === "send";
    if (!draft || (stage() !== "question" && !atSend)) return;
    saveDraft(draft, {
      answers: answers(),
      index: index(),
      atSend,
      language: chosen(),
      ageBand: pickedBand(),
      startedAt,
      tellMyWorker: tellWorker(),
      helpId: help()?.id,
      savedAt: Date.now(),
    });
  });

  function setAnswer(value: AnswerValue | undefined) {
    const id = question()?.id;
    if (!id) return;
    setAnswers((previous) => {
      const next = { ...previous };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next;
    });
  }

  function forward() {
    setResumed(false);
    if (index() + 1 < questions().length) setIndex(index() + 1);
    else setStage("send");
  }

  function back() {
    setResumed(false);
    if (index() === 0) setStage("privacy");
    else setIndex(index() - 1);
  }

  async function send() {
    const current = found();
    if (!current || delivery().state === "sending") return;
    pending ??= buildResponse({
      id: uuidv7(),
      language: language(),
      version: current.survey.version,
      ageBands: current.survey.ageBands,
      ageBand: band(),
      startedAt: startedAt || new Date().toISOString(),
      submittedAt: new Date().toISOString(),
      answers: shownAnswers(),
      tellMyWorker: tellWorker(),
      helpId: help()?.id,
    });
    // Decided as the server will decide (the survey's own rules), before the answers are wiped.
    const worrying =
      help() !== undefined ||
      tellWorker() ||
      concernsMet(current.survey, pending.answers, pending.ageBand).length > 0;
    // Every question skipped and no worker asked for: there is nothing to send (the server turns
    // an empty response away), so the child is thanked without a request that could only fail.
    const empty =
      Object.keys(pending.answers).length === 0 && !pending.helpId && !pending.tellMyWorker;
    try {
      const outcome = empty
        ? "sent"
        : await deliverResponse(target, pending, {
            onAttempt: (attempt) => setDelivery({ state: "sending", attempt }),
            // Once in the outbox the draft must go: resumed, it would be sent again under a new id.
            onQueued: () => clearDraft(draft),
          });
      // Made before the answers are forgotten; only for answers that were (or will be) sent.
      const reference = empty ? undefined : await referenceFor(pending.id).catch(() => undefined);
      batch(() => {
        // The thank-you screen needs nothing of the answers: forget them now, here and on disk.
        // Kept past the answers, so help on the last screen shows the request already made.
        const told = help();
        reset();
        setHelp(told);
        setQueued(outcome === "queued" || told?.state === "queued");
        setHeard(worrying);
        setReference(reference);
        setStage("done");
      });
      clearDraft(draft);
    } catch (error) {
      setDelivery({ state: "failed", error: asApiError(error) });
    }
  }

  /**
   * The child pressed "Tell my worker": the request goes now, on its own, through the outbox, so
   * closing the tab straight after loses nothing. It is linked to the answers by its id.
   */
  async function tellMyWorker(contact: HelpContact) {
    const current = found();
    if (!current || help()) return;
    const body = buildHelp({
      id: uuidv7(),
      language: language(),
      ageBand: band(),
      sentAt: new Date().toISOString(),
      contact,
    });
    setHelp({ id: body.id, state: "sending" });
    try {
      const outcome = await deliverHelp(target, body);
      setHelp({ id: body.id, state: outcome });
    } catch {
      // Refused (a closed survey): the request stays on the tablet, stuck, for the adult to see.
      setHelp({ id: body.id, state: "failed" });
    }
  }

  function finish() {
    if (props.onFinish) return props.onFinish(stage() === "done");
    batch(() => {
      reset();
      setFound(undefined);
      clear();
      setStage("code");
    });
    navigate("/");
  }

  // A child who walks away from the thank-you screen leaves the tablet ready for the next one.
  createEffect(() => {
    if (stage() === "done" && props.onFinish) onQuiet(KIOSK_DONE_IDLE_MS, finish);
  });

  createEffect(() => {
    const title = t(survey()?.title);
    const { number, total } = position();
    const current = question();
    const titles: Record<Stage, string | undefined> = {
      code: "Have your say",
      language: inEachLanguage(survey()?.languages ?? [], "chooseLanguage")
        .map((said) => said.text)
        .join(" · "),
      band: words().howOld,
      privacy: title,
      // An information screen is named by its own words, not numbered as a question.
      question: number
        ? words().questionOf(number, total)
        : t(current && questionForBand(current, band()).prompt),
      send: words().readyToSend,
      done: heard() ? words().heardTitle : words().thankYou,
    };
    setTitle(titles[stage()], stage() === "code" ? undefined : title);
  });

  return (
    <main
      // The band's layout starts after the band is chosen, so the choosing screen keeps still.
      class={
        band() && stage() !== "band" ? `child page narrow band-${band()}` : "child page narrow"
      }
      dir={isRightToLeft(shown()) ? "rtl" : undefined}
      lang={wordsLanguage(shown())}
    >
      <WordsLanguage value={shown}>
        {/* On every screen, the code screen too: a child may need help before any survey. */}
        <HelpPanel
          // A request goes on its own, so it can be made at any point, even after the answers;
          // before a code there is no survey, and so nobody to send it to.
          canTellWorker={stage() !== "code" && survey()?.tellWorker !== false && !tellWorker()}
          told={help()?.state}
          band={band()}
          onTellWorker={tellMyWorker}
        />
        <Show when={resumed() && (stage() === "question" || stage() === "send")}>
          <ResumeBanner onStartAgain={startAgain} />
        </Show>
        <Switch>
          <Match when={stage() === "code"}>
            <CodeEntry
              initialCode={lookup().code ?? props.code}
              busy={lookup().busy}
              error={lookup().error}
              onSubmit={open}
            />
          </Match>
          <Match when={stage() === "language"}>
            <LanguageChoice
              languages={survey()?.languages ?? []}
              onBack={finish}
              onChoose={(code) => {
                setChosen(code);
                setStage(asksBand() ? "band" : "privacy");
              }}
            />
          </Match>
          <Match when={stage() === "band"}>
            <BandChoice
              bands={survey()?.ageBands ?? []}
              value={pickedBand()}
              onChoose={setPickedBand}
              onBack={manyLanguages() ? () => setStage("language") : finish}
              onNext={() => setStage("privacy")}
            />
          </Match>
          <Match when={stage() === "privacy"}>
            <Privacy
              title={t(survey()?.title)}
              intro={t(survey()?.intro) || undefined}
              language={language()}
              band={band()}
              // Leaving here would drop answers already given, so Back only shows before any.
              onBack={
                Object.keys(answers()).length > 0
                  ? undefined
                  : asksBand()
                    ? () => setStage("band")
                    : manyLanguages()
                      ? () => setStage("language")
                      : finish
              }
              onStart={() => {
                startedAt ||= new Date().toISOString();
                setIndex(0);
                setStage("question");
              }}
            />
          </Match>
          <Match when={stage() === "question" && question()} keyed>
            {(current) => (
              <QuestionScreen
                question={questionForBand(current, band())}
                band={band()}
                language={language()}
                fallback={fallback()}
                position={position()}
                value={answers()[current.id]}
                onChange={setAnswer}
                onBack={back}
                onSkip={() => {
                  setAnswer(undefined);
                  forward();
                }}
                onNext={forward}
              />
            )}
          </Match>
          <Match when={stage() === "send"}>
            <SendScreen
              answered={Object.keys(shownAnswers()).length}
              total={position().total}
              delivery={delivery()}
              onBack={delivery().state === "ready" ? () => setStage("question") : undefined}
              onSend={send}
            />
          </Match>
          <Match when={stage() === "done"}>
            <Show
              when={heard()}
              fallback={
                <ThankYou
                  queued={queued()}
                  reference={reference()}
                  onFinish={finish}
                  from={youSaidFrom()}
                  language={language()}
                  band={band()}
                />
              }
            >
              <Heard band={band()} queued={queued()} onFinish={finish} reference={reference()} />
            </Show>
          </Match>
        </Switch>
        {props.children}
      </WordsLanguage>
    </main>
  );
}
