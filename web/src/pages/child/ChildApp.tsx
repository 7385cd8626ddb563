/**
 * The child's journey: code → what happens to your answers → one question per screen → send →
 * thank you. Answers live only in memory: nothing about a child is left on a shared tablet.
 */
import "./child.css";
import { isRightToLeft } from "@chorus/core/survey/languages";
import { bandFor, questionForBand, visibleQuestions } from "@chorus/core/survey/logic";
import { type AnswerValue, type PublicSurvey, pick } from "@chorus/core/survey/schema";
import {
  batch,
  createEffect,
  createMemo,
  createSignal,
  Match,
  on,
  onCleanup,
  Switch,
} from "solid-js";
import { type ApiError, api } from "../../api";
import { navigate } from "../../router";
import { asApiError } from "../../ui/errors";
import { setTitle } from "../../ui/Feedback";
import { uuidv7 } from "../../uuidv7";
import { CodeEntry, normaliseCode } from "./CodeEntry";
import { type Delivery, SendScreen, ThankYou } from "./Finish";
import { LanguageChoice } from "./LanguageChoice";
import { Privacy } from "./Privacy";
import { QuestionScreen } from "./QuestionScreen";
import { buildResponse, sendResponse } from "./send";

type Stage = "code" | "language" | "privacy" | "question" | "send" | "done";
type Answers = Record<string, AnswerValue>;

export function ChildApp(props: { code?: string; invite?: string }) {
  const [stage, setStage] = createSignal<Stage>("code");
  const [found, setFound] = createSignal<PublicSurvey>();
  const [lookup, setLookup] = createSignal<{ busy: boolean; error?: string; code?: string }>({
    busy: false,
  });
  const [index, setIndex] = createSignal(0);
  const [answers, setAnswers] = createSignal<Answers>({});
  const [delivery, setDelivery] = createSignal<Delivery>({ state: "ready" });
  const [chosen, setChosen] = createSignal<string>();
  // Where the survey came from, and where its response goes (see send.ts).
  let target = "";
  let startedAt = "";
  // Built at the first send and reused, so every retry is the very same response.
  let pending: ReturnType<typeof buildResponse> | undefined;

  const survey = () => found()?.survey;
  // The API lists only complete languages, so a chosen one never needs the default's words.
  const language = () => chosen() ?? survey()?.defaultLanguage ?? "en";
  const fallback = () => survey()?.defaultLanguage ?? "en";
  const manyLanguages = () => (survey()?.languages.length ?? 0) > 1;
  const t = (text: Parameters<typeof pick>[0]) => pick(text, language(), fallback());
  // The child is not asked their band; a survey for one band knows it (see send.ts).
  const band = () => {
    const current = survey();
    return current ? bandFor(current) : undefined;
  };
  // Rules only look back, so answering the current question never moves it in this list.
  const questions = createMemo(() => {
    const current = survey();
    return current ? visibleQuestions(current, answers(), band()) : [];
  });
  const question = () => questions()[index()];
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
    });
    startedAt = "";
    pending = undefined;
  }

  async function open(raw: string) {
    const code = normaliseCode(raw);
    if (!code) return setLookup({ busy: false, error: "Type your code first.", code: raw });
    setLookup({ busy: true, code });
    await load(`/api/s/${encodeURIComponent(code)}`, code);
  }

  /** Fetches a survey by code or invite link and starts it; a failure goes back to code entry. */
  async function load(source: string, code?: string) {
    try {
      const result = await api.get<PublicSurvey>(source);
      target = source;
      batch(() => {
        reset();
        setFound(result);
        setChosen(undefined);
        setLookup({ busy: false });
        setStage(result.survey.languages.length > 1 ? "language" : "privacy");
      });
    } catch (error) {
      batch(() => {
        setLookup({ busy: false, error: lookupMessage(asApiError(error)), code });
        setStage("code");
      });
    }
  }

  // A deep link (/s/CODE) opens its survey at once; the code is checked like a typed one.
  createEffect(
    on(
      () => props.code,
      (code) => {
        if (code && normaliseCode(code) !== found()?.code.toUpperCase()) void open(code);
      },
    ),
  );

  // A single-use invite link (/i/TOKEN) opens its survey the same way; the token stays private.
  createEffect(
    on(
      () => props.invite,
      (token) => {
        if (!token) return;
        setLookup({ busy: true });
        void load(`/api/i/${encodeURIComponent(token)}`);
      },
    ),
  );

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
    if (index() + 1 < questions().length) setIndex(index() + 1);
    else setStage("send");
  }

  function back() {
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
      startedAt: startedAt || new Date().toISOString(),
      submittedAt: new Date().toISOString(),
      answers: shownAnswers(),
    });
    try {
      await sendResponse(target, pending, {
        onAttempt: (attempt) => setDelivery({ state: "sending", attempt }),
      });
      batch(() => {
        // The thank-you screen needs nothing of the answers: forget them now.
        reset();
        setStage("done");
      });
    } catch (error) {
      setDelivery({ state: "failed", error: asApiError(error) });
    }
  }

  function finish() {
    batch(() => {
      reset();
      setFound(undefined);
      setLookup({ busy: false });
      setStage("code");
    });
    navigate("/");
  }

  // Closing or reloading the page would lose unsent answers; the browser asks first.
  const guard = (event: BeforeUnloadEvent) => {
    const unsent = stage() === "question" || stage() === "send";
    if (unsent && Object.keys(answers()).length > 0) event.preventDefault();
  };
  window.addEventListener("beforeunload", guard);
  onCleanup(() => window.removeEventListener("beforeunload", guard));

  createEffect(() => {
    const title = t(survey()?.title);
    const titles: Record<Stage, string | undefined> = {
      code: "Have your say",
      language: "Choose your language",
      privacy: title,
      question: `Question ${index() + 1} of ${questions().length}`,
      send: "Ready to send?",
      done: "Thank you",
    };
    setTitle(titles[stage()], stage() === "code" ? undefined : title);
  });

  return (
    <main class="child page narrow" dir={isRightToLeft(language()) ? "rtl" : undefined}>
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
              setStage("privacy");
            }}
          />
        </Match>
        <Match when={stage() === "privacy"}>
          <Privacy
            title={t(survey()?.title)}
            intro={t(survey()?.intro) || undefined}
            language={language()}
            // Leaving here would drop answers already given, so Back only shows before any.
            onBack={
              Object.keys(answers()).length > 0
                ? undefined
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
              language={language()}
              fallback={fallback()}
              number={index() + 1}
              total={questions().length}
              answered={questions().map((q) => answers()[q.id] !== undefined)}
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
            total={questions().filter((q) => q.type !== "info").length}
            delivery={delivery()}
            onBack={delivery().state === "ready" ? () => setStage("question") : undefined}
            onSend={send}
          />
        </Match>
        <Match when={stage() === "done"}>
          <ThankYou onFinish={finish} />
        </Match>
      </Switch>
    </main>
  );
}

function lookupMessage(error: ApiError): string {
  // These are written for children already: a used invite link, a survey not open yet.
  if (error.code.startsWith("invite.") || error.code === "survey.not_open_yet")
    return error.message;
  if (error.status === 404) return "We couldn't find that code. Check it and try again.";
  if (error.status === 410) return "That survey has closed. Thank you for wanting to take part.";
  if (error.retryable) return "We couldn't connect. Check the Wi-Fi or internet, then try again.";
  return "Something went wrong. Please ask the adult helping you.";
}
