/**
 * One alert: why it was raised, where the child was, the whole response in the child's language
 * beside the survey's own, and what the safeguarding lead does about it. Every view is audited
 * by the API, so this page loads the alert once and never polls it.
 */
import { isRightToLeft, LANGUAGES } from "@chorus/core/survey/languages";
import {
  allQuestions,
  HOUSES,
  type HousesAnswer,
  pick,
  type Question,
  type SurveyVersion,
} from "@chorus/core/survey/schema";
import { createEffect, createSignal, For, type JSX, Show } from "solid-js";
import { api } from "../../api";
import { focusOnMount, setTitle } from "../../ui/Feedback";
import { StatusLine } from "../../ui/fields";
import { createLoad } from "../../ui/load";
import { Loaded } from "../admin/Loaded";
import { AlertActions } from "./AlertActions";
import { ownerName, type SafeguardingProps } from "./SafeguardingApp";
import type {
  AlertContact,
  AlertContext,
  AlertView,
  AnsweredResponse,
  Colleague,
  FullAlert,
  Reason,
} from "./types";
import {
  answerWords,
  clockTime,
  gravestFirst,
  highlight,
  houseName,
  isOverdue,
  outcomeWords,
  reasonWords,
  relativeTime,
  SEVERITY_WORDS,
  STATUS_WORDS,
} from "./words";

export function AlertPage(props: SafeguardingProps & { alertId: string; colleagues: Colleague[] }) {
  setTitle("Alert", "Safeguarding");
  const view = createLoad(
    () => props.alertId,
    (id) => api.get<AlertView>(`/api/safeguarding/alerts/${encodeURIComponent(id)}`),
  );
  return (
    <>
      <p class="crumbs">
        <a href="/safeguarding">
          <span aria-hidden="true">←</span> All alerts
        </a>
      </p>
      <Loaded load={view} loading="Loading the alert…" expired={props.expired}>
        {(data) => <AlertDetail {...props} view={data()} />}
      </Loaded>
    </>
  );
}

const languageName = (code: string) =>
  LANGUAGES.find((language) => language.code === code)?.english ?? code;

function AlertDetail(
  props: SafeguardingProps & { view: AlertView; colleagues: Colleague[] },
): JSX.Element {
  // The actions answer with the alert as it now stands; the page shows that from then on.
  const [alert, setAlert] = createSignal<FullAlert>(props.view.alert);
  const [said, setSaid] = createSignal<string>();
  const [now, setNow] = createSignal(new Date());
  let actHeading: HTMLHeadingElement | undefined;
  const changed = (next: FullAlert, words: string) => {
    setAlert(next);
    setNow(new Date());
    setSaid(words);
    // The button just pressed may be gone (acknowledge, close, reopen): keyboard users carry on
    // from the actions' heading rather than from the top of the page.
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) actHeading?.focus();
    });
  };
  const context = (): AlertContext => ({ ...props.view.alert.context, ...props.view.context });
  const contact = (): AlertContact | undefined => props.view.contact ?? props.view.alert.contact;
  const overdue = () =>
    isOverdue(
      { ...alert(), overdue: alert().status === "open" ? props.view.overdue : false },
      now(),
    );
  const owner = () => ownerName(props.colleagues, alert().ownerId, props.me);
  const survey = () => props.view.survey;
  /** An answer reason in words: the question, and what the child chose, in the survey's words. */
  const explain = (reason: Reason) => {
    const definition = survey();
    if (reason.kind !== "answer" || !definition) return reasonWords(reason);
    const question = allQuestions(definition).find((q) => q.id === reason.questionId);
    if (!question) return reasonWords(reason);
    const language = definition.defaultLanguage;
    const value = props.view.response?.answers[question.id];
    return reasonWords(
      reason,
      pick(question.prompt, language, "en"),
      value === undefined ? undefined : answerWords(question, value, language),
    );
  };
  createEffect(() => setTitle(`${SEVERITY_WORDS[alert().severity]} alert`, "Safeguarding"));

  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        {SEVERITY_WORDS[alert().severity]} alert
        <span class="h1-status"> · {STATUS_WORDS[alert().status]}</span>
      </h1>
      <Show when={overdue()}>
        <p class="overdue-banner">
          <span class="badge overdue">Overdue</span> Nobody acknowledged this alert by{" "}
          {clockTime(alert().dueAt, now())}.
        </p>
      </Show>
      <dl class="facts">
        <div>
          <dt>Arrived</dt>
          <dd>
            <time datetime={alert().raisedAt}>{clockTime(alert().raisedAt, now())}</time> (
            {relativeTime(alert().raisedAt, now())})
          </dd>
        </div>
        <Show when={alert().status === "open"}>
          <div>
            <dt>{overdue() ? "Was due" : "Acknowledge by"}</dt>
            <dd>
              <time datetime={alert().dueAt}>{clockTime(alert().dueAt, now())}</time> (
              {relativeTime(alert().dueAt, now())})
            </dd>
          </div>
        </Show>
        <div>
          <dt>Owner</dt>
          <dd>{owner() ?? "Nobody yet"}</dd>
        </div>
        <Show when={alert().status === "closed" && alert().outcome}>
          {(outcome) => (
            <div>
              <dt>Outcome</dt>
              <dd>
                {outcomeWords(outcome())}
                <Show when={alert().reason}>{(reason) => <>: {reason()}</>}</Show>
              </dd>
            </div>
          )}
        </Show>
      </dl>

      <div class="alert-columns">
        <div>
          <section aria-labelledby="why">
            <h2 id="why">Why this alert was raised</h2>
            <ul class="reasons">
              <For each={gravestFirst(alert().reasons)}>
                {(reason) => <li>{explain(reason)}</li>}
              </For>
            </ul>
          </section>

          <ContextFacts context={context()} contact={contact()} />

          <section aria-labelledby="said">
            <h2 id="said">What the child said</h2>
            <Show
              when={props.view.response && survey() ? props.view.response : undefined}
              fallback={
                <p>The child's answers could not be found. Tell your Chorus administrator.</p>
              }
            >
              {(response) => (
                <Answers
                  response={response()}
                  survey={survey() as SurveyVersion}
                  reasons={alert().reasons}
                />
              )}
            </Show>
          </section>
        </div>
        <section aria-labelledby="act" class="card act">
          <h2 id="act" tabindex="-1" ref={actHeading}>
            What to do
          </h2>
          <StatusLine text={said()} />
          <AlertActions
            alert={alert()}
            me={props.me}
            colleagues={props.colleagues}
            expired={props.expired}
            onChange={changed}
          />
        </section>
      </div>
    </>
  );
}

/** Where the child was and how to reach them: whatever the alert carries, and nothing else. */
function ContextFacts(props: { context: AlertContext; contact?: AlertContact }) {
  const facts = () => {
    const c = props.context;
    const rows: [string, string][] = [];
    if (c.code) rows.push(["Code", c.code]);
    if (c.cohort) rows.push(["Group", c.cohort]);
    if (c.inviteLabel) rows.push(["Invite label", c.inviteLabel]);
    if (c.tabletLabel || c.tabletSessionId) {
      rows.push(["Tablet session", c.tabletLabel ?? c.tabletSessionId ?? ""]);
    }
    if (c.officer) rows.push(["Officer running it", c.officer.name]);
    if (!c.code && c.distributionId) rows.push(["Distribution", c.distributionId]);
    return rows;
  };
  const contact = () => {
    const c = props.contact;
    const rows: [string, string][] = [];
    if (c?.firstName) rows.push(["First name", c.firstName]);
    if (c?.reach) rows.push(["How to reach them", c.reach]);
    if (c?.workerName) rows.push(["Their worker", c.workerName]);
    return rows;
  };
  return (
    <>
      <section aria-labelledby="where">
        <h2 id="where">Where the child was</h2>
        <Show
          when={facts().length > 0}
          fallback={<p>Chorus has nothing about where this child answered.</p>}
        >
          <FactList rows={facts()} />
        </Show>
      </section>
      <Show when={contact().length > 0}>
        <section aria-labelledby="reach" class="contact">
          <h2 id="reach">How to reach the child</h2>
          <p>The child gave these so someone can reach them. They are not anonymous.</p>
          <FactList rows={contact()} />
        </section>
      </Show>
    </>
  );
}

function FactList(props: { rows: [string, string][] }) {
  return (
    <dl class="facts">
      <For each={props.rows}>
        {([term, value]) => (
          <div>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}

/** Words in a language, marked up so a screen reader and the text direction follow it. */
function InLanguage(props: { language: string; children: JSX.Element; class?: string }) {
  return (
    <p
      lang={props.language}
      dir={isRightToLeft(props.language) ? "rtl" : "ltr"}
      class={props.class}
    >
      {props.children}
    </p>
  );
}

function Marked(props: { text: string; words: string[] }) {
  return (
    <For each={highlight(props.text, props.words)}>
      {(run) => (run.mark ? <mark>{run.text}</mark> : run.text)}
    </For>
  );
}

/** Every question the child could see, with their answer, in their language and the survey's. */
function Answers(props: { response: AnsweredResponse; survey: SurveyVersion; reasons: Reason[] }) {
  const child = () => props.response.language;
  const own = () => props.survey.defaultLanguage;
  const both = () => child() !== own();
  const questions = () => allQuestions(props.survey).filter((q) => q.type !== "info");
  const submitted = () => new Date(props.response.submittedOn);
  return (
    <>
      <p>
        Answered in {languageName(child())}
        {props.response.ageBand ? `, age ${props.response.ageBand}` : ""}, sent{" "}
        {Number.isNaN(submitted().getTime())
          ? props.response.submittedOn
          : submitted().toLocaleDateString("en-GB", { dateStyle: "long" })}
        .
        <Show when={both()}>
          {" "}
          Each question and choice is shown in {languageName(child())} and, beside it, in{" "}
          {languageName(own())}. What the child wrote is shown as they wrote it.
        </Show>
      </p>
      <ol class="answers" classList={{ both: both() }}>
        <For each={questions()}>
          {(question) => (
            <AnswerItem
              question={question}
              value={props.response.answers[question.id]}
              band={props.response.ageBand}
              child={child()}
              own={own()}
              reasons={props.reasons.filter(
                (reason) => "questionId" in reason && reason.questionId === question.id,
              )}
            />
          )}
        </For>
      </ol>
    </>
  );
}

function AnswerItem(props: {
  question: Question;
  value: unknown;
  band?: string;
  child: string;
  own: string;
  reasons: Reason[];
}) {
  const promptIn = (language: string) => {
    const banded = props.band
      ? props.question.bands?.[props.band as keyof NonNullable<Question["bands"]>]?.prompt
      : undefined;
    return pick(banded ?? props.question.prompt, language, props.own);
  };
  const matched = (part?: string) =>
    props.reasons.flatMap((reason) =>
      reason.kind === "text" && reason.part === part ? reason.matched : [],
    );
  const both = () => props.child !== props.own;
  const answered = () => props.value !== undefined && props.value !== "";
  return (
    <li class="card answer" classList={{ flagged: props.reasons.length > 0 }}>
      <Show when={props.reasons.length > 0}>
        <p class="badge raised">Raised this alert</p>
      </Show>
      <div class="side-by-side">
        <InLanguage language={props.child} class="prompt">
          {promptIn(props.child)}
        </InLanguage>
        <Show when={both()}>
          <InLanguage language={props.own} class="prompt translation">
            {promptIn(props.own)}
          </InLanguage>
        </Show>
      </div>
      <Show when={answered()} fallback={<p class="muted">No answer</p>}>
        <Show
          when={props.question.type === "threeHouses"}
          fallback={
            <Show
              when={props.question.type === "text"}
              fallback={
                <div class="side-by-side">
                  <InLanguage language={props.child} class="given">
                    {answerWords(props.question, props.value, props.child)}
                  </InLanguage>
                  <Show when={both()}>
                    <InLanguage language={props.own} class="given translation">
                      {answerWords(props.question, props.value, props.own)}
                    </InLanguage>
                  </Show>
                </div>
              }
            >
              <InLanguage language={props.child} class="written">
                <Marked text={String(props.value)} words={matched()} />
              </InLanguage>
            </Show>
          }
        >
          <dl class="houses">
            <For each={HOUSES.filter((house) => (props.value as HousesAnswer)[house])}>
              {(house) => (
                <div>
                  <dt>
                    {houseName(house, props.own)}
                    <Show when={both()}>
                      {" "}
                      (<span lang={props.child}>{houseName(house, props.child)}</span>)
                    </Show>
                  </dt>
                  <dd>
                    <InLanguage language={props.child} class="written">
                      <Marked
                        text={(props.value as HousesAnswer)[house] ?? ""}
                        words={matched(house)}
                      />
                    </InLanguage>
                  </dd>
                </div>
              )}
            </For>
          </dl>
        </Show>
      </Show>
    </li>
  );
}
