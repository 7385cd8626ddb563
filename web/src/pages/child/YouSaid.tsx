/**
 * "You said, we did" for children: what the council did about what children said, on the
 * thank-you screen and at /s/CODE/you-said. Loaded on demand (never in the first download), and
 * never in the way: if it cannot be fetched, the thank-you screen simply thanks the child.
 * Its words live here and in you-said/<tag>.ts, not in the word tables, so they come only with
 * this screen; each language's file is fetched only for a child reading it.
 */
import "./you-said.css";
import type { YouSaid as YouSaidBody } from "@chorus/core/action/schema";
import { isRightToLeft } from "@chorus/core/survey/languages";
import { createEffect, createResource, For, Match, Show, Switch } from "solid-js";
import { api } from "../../api";
import { focusOnMount, setTitle } from "../../ui/Feedback";

type Status = YouSaidBody["actions"][number]["status"];

const en = {
  title: "You said, we did",
  intro: "Children told us what would make things better. This is what we are doing about it.",
  status: {
    doing: "We're doing this now",
    done: "We did this",
    planned: "We're going to do this",
  } as Record<Status, string>,
  by: (date: string) => `By ${date}`,
  on: (date: string) => `Done on ${date}`,
  fallback: "Some of this is in English because it is not translated yet.",
  none: "Nothing here yet. Come back soon to see what we are doing.",
  failed: "We can't show this right now. Please try again later.",
  tryAgain: "Try again",
  loading: "Loading…",
};
/** This screen's words; English's shape is every language's. */
export type YouSaidWords = typeof en;

// One file per language, fetched when a child reading it reaches this screen: with every
// language in this chunk it was 7.3 KB gzipped (and growing with each table), now 3.6 KB.
const FILES = import.meta.glob<{ default: YouSaidWords }>("./you-said/*.ts");

/** Each language's loader, by tag: `./you-said/pt.ts` → `pt`. */
const LOADERS: Record<string, () => Promise<{ default: YouSaidWords }>> = Object.fromEntries(
  Object.entries(FILES).map(([path, load]) => [path.replace(/^.*\/|\.ts$/g, ""), load]),
);

/** The tags of the languages this screen speaks besides English. */
export const YOU_SAID_LANGUAGES = Object.keys(LOADERS);

const loaded = new Map<string, YouSaidWords>([["en", en]]);

/** "pt-BR" reads Portuguese's words, "pa-Arab" none (its file is in Gurmukhi). */
function fileTag(language: string): string {
  if (LOADERS[language]) return language;
  const [primary = "", script] = language.split("-");
  if (primary === "pa" && script?.toLowerCase() === "arab") return "en";
  return primary;
}

/**
 * This screen's words in a language, fetching them the first time; English where there are none
 * yet or they cannot be fetched (offline, a new deploy), so the screen never breaks for words.
 */
export async function loadYouSaidWords(language: string): Promise<YouSaidWords> {
  const tag = fileTag(language);
  const known = loaded.get(tag);
  if (known) return known;
  const load = LOADERS[tag];
  if (!load) return en;
  try {
    const words = (await load()).default;
    loaded.set(tag, words);
    return words;
  } catch {
    return en;
  }
}

const dirOf = (language: string) => (isRightToLeft(language) ? "rtl" : "ltr");

/**
 * A date a child can read, "28 February 2027", in their language's way (a whole date, so Polish
 * and Arabic put the month in the form a date needs).
 */
function longDate(day: string, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, {
      dateStyle: "long",
      timeZone: "UTC",
      // Pashto and Dari would otherwise count in the Solar Hijri calendar; the council's date is
      // a Gregorian one, as in its letters and on the staff screens.
      calendar: "gregory",
    }).format(new Date(`${day}T12:00:00Z`));
  } catch {
    return day;
  }
}

/** `from` is where the survey came from: `/api/s/CODE`, `/api/i/TOKEN` or `/api/t/TOKEN`. */
export function fetchYouSaid(from: string, language: string) {
  const query = new URLSearchParams({ language });
  return api.get<YouSaidBody>(
    `${from}/you-said?${query.toString()}`,
    // A thank-you screen does not wait long for extras.
    { timeoutMs: 8000 },
  );
}

/** The list itself: each action's two sentences and where it stands, in words. */
export function YouSaidList(props: { body: YouSaidBody; words: YouSaidWords }) {
  const w = () => props.words;
  const fellBack = () => props.body.actions.some((a) => a.language !== props.body.language);
  return (
    <Show when={props.body.actions.length > 0} fallback={<p class="you-said-none">{w().none}</p>}>
      <Show when={fellBack()}>
        <p class="you-said-fallback">{w().fallback}</p>
      </Show>
      <ul class="you-said-list">
        <For each={props.body.actions}>
          {(action) => (
            <li
              class={`you-said-item status-${action.status}`}
              lang={action.language}
              dir={dirOf(action.language)}
            >
              <p class="you-said-said">{action.said}</p>
              <p class="you-said-did">{action.did}</p>
              <p
                class="you-said-status"
                lang={props.body.language}
                dir={dirOf(props.body.language)}
              >
                <span class="you-said-dot" aria-hidden="true" />
                <strong>{w().status[action.status]}</strong>
                <Show when={action.due}>
                  {(due) => (
                    <span class="you-said-when">
                      {" · "}
                      {action.status === "done"
                        ? w().on(longDate(due(), props.body.language))
                        : w().by(longDate(due(), props.body.language))}
                    </span>
                  )}
                </Show>
              </p>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/**
 * Under the thank-you: shown only once there is something to show. Offline, a wrong code or a
 * slow server shows nothing at all rather than an error after a child has just finished.
 */
export function YouSaidPanel(props: { from: string; language: string }) {
  // The words are those of the language the council answered in, which may not be the child's.
  const [shown] = createResource(
    () => ({ from: props.from, language: props.language }),
    async ({ from, language }) => {
      const body = await fetchYouSaid(from, language).catch(() => undefined);
      if (!body?.actions.length) return undefined;
      return { body, words: await loadYouSaidWords(body.language) };
    },
  );
  return (
    <Show when={shown()}>
      {(found) => (
        <section
          class="you-said in-thanks"
          aria-labelledby="you-said-title"
          lang={found().body.language}
          dir={dirOf(found().body.language)}
        >
          <h2 id="you-said-title">{found().words.title}</h2>
          <p class="you-said-intro">{found().words.intro}</p>
          <YouSaidList body={found().body} words={found().words} />
        </section>
      )}
    </Show>
  );
}

/** The language a visitor to /s/CODE/you-said reads in: `?language=`, else their browser's. */
export function pageLanguage(search: string, browser: readonly string[]): string | undefined {
  const asked = new URLSearchParams(search).get("language");
  if (asked && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(asked)) return asked;
  const first = browser[0]?.split("-")[0]?.toLowerCase();
  return first && /^[a-z]{2,3}$/.test(first) ? first : undefined;
}

/** The public page at /s/CODE/you-said: nothing to answer, just what the council did. */
export function YouSaidPage(props: { code: string; language?: string }) {
  const language = () =>
    props.language ?? pageLanguage(location.search, navigator.languages ?? []) ?? "en";
  // The asked language's words head the page while the actions load (or fail to).
  const [asked] = createResource(language, loadYouSaidWords);
  // Failures are kept as a value, not thrown, so the page can say so in the child's words.
  const [result, { refetch }] = createResource(
    () => ({ code: props.code, language: language() }),
    ({ code, language }) =>
      fetchYouSaid(`/api/s/${encodeURIComponent(code)}`, language).then(
        async (body) => ({ body, words: await loadYouSaidWords(body.language) }),
        () => ({ body: undefined, words: undefined }),
      ),
  );
  const body = () => result()?.body;
  const shownIn = () => body()?.language ?? language();
  const words = () => result()?.words ?? asked();
  createEffect(() => setTitle(asked()?.title));
  return (
    <main class="child page narrow you-said-page" lang={shownIn()} dir={dirOf(shownIn())}>
      <Show when={words()}>
        {(w) => (
          <section class="you-said" aria-labelledby="you-said-title">
            <h1 id="you-said-title" tabindex="-1" ref={focusOnMount}>
              {w().title}
            </h1>
            <p class="you-said-intro">{w().intro}</p>
            <Switch fallback={<p role="status">{w().loading}</p>}>
              <Match when={body()}>{(found) => <YouSaidList body={found()} words={w()} />}</Match>
              <Match when={result() && !result.loading}>
                <div class="message error" role="alert">
                  <p>{w().failed}</p>
                  <button type="button" class="btn" onClick={() => refetch()}>
                    {w().tryAgain}
                  </button>
                </div>
              </Match>
            </Switch>
          </section>
        )}
      </Show>
    </main>
  );
}

export default YouSaidPage;
