/**
 * "You said, we did" for children: what the council did about what children said, on the
 * thank-you screen and at /s/CODE/you-said. Loaded on demand (never in the first download), and
 * never in the way: if it cannot be fetched, the thank-you screen simply thanks the child.
 * Its words live here, not in words.ts, so they come with this chunk.
 */
import "./you-said.css";
import type { YouSaid as YouSaidBody } from "@chorus/core/action/schema";
import { isRightToLeft } from "@chorus/core/survey/languages";
import { createResource, For, Match, Show, Switch } from "solid-js";
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
type YouSaidWords = typeof en;

const pl: YouSaidWords = {
  title: "Mówiliście – działamy",
  intro: "Dzieci powiedziały nam, co może być lepsze. Oto co z tym robimy.",
  status: { doing: "Robimy to teraz", done: "To już zrobione", planned: "Zrobimy to" },
  by: (date) => `Do ${date}`,
  on: (date) => `Zrobione: ${date}`,
  fallback: "Część jest po angielsku, bo nie ma jeszcze tłumaczenia.",
  none: "Na razie nic tu nie ma. Zajrzyj wkrótce.",
  failed: "Nie możemy tego teraz pokazać. Spróbuj później.",
  tryAgain: "Spróbuj ponownie",
  loading: "Ładowanie…",
};

const ar: YouSaidWords = {
  title: "قلتم، وفعلنا",
  intro: "أخبرنا الأطفال بما يجعل الأمور أفضل. هذا ما نفعله.",
  status: { doing: "نعمل على هذا الآن", done: "فعلنا هذا", planned: "سنفعل هذا" },
  by: (date) => `قبل ${date}`,
  on: (date) => `تمّ في ${date}`,
  fallback: "بعض هذا بالإنجليزية لأنه لم يُترجم بعد.",
  none: "لا يوجد شيء هنا بعد. عُد قريباً لترى ما نفعله.",
  failed: "لا نستطيع عرض هذا الآن. حاول مرة أخرى لاحقاً.",
  tryAgain: "حاول مرة أخرى",
  loading: "جارٍ التحميل…",
};

// Lithuanian, Latvian, Romanian and Portuguese: written by Chorus's engineers with their word
// tables (words-lt.ts …), unreviewed like them.
const lt: YouSaidWords = {
  title: "Jūs sakėte – mes darome",
  intro: "Vaikai mums pasakė, kas padėtų pagerinti gyvenimą. Štai ką dėl to darome.",
  status: { doing: "Tai darome dabar", done: "Tai jau padarėme", planned: "Tai padarysime" },
  by: (date) => `Iki ${date}`,
  on: (date) => `Padaryta ${date}`,
  fallback: "Dalis teksto yra angliškai, nes dar neišversta.",
  none: "Kol kas čia nieko nėra. Netrukus užsuk ir pamatysi, ką darome.",
  failed: "Dabar negalime to parodyti. Pabandyk vėliau.",
  tryAgain: "Bandyti dar kartą",
  loading: "Įkeliama…",
};

const lv: YouSaidWords = {
  title: "Jūs teicāt – mēs darām",
  intro: "Bērni mums pastāstīja, kas varētu uzlabot dzīvi. Lūk, ko mēs darām.",
  status: { doing: "To mēs darām tagad", done: "To mēs izdarījām", planned: "To mēs izdarīsim" },
  by: (date) => `Līdz ${date}`,
  on: (date) => `Izdarīts ${date}`,
  fallback: "Daļa no šī ir angliski, jo vēl nav iztulkota.",
  none: "Šeit vēl nekā nav. Ienāc drīz, lai redzētu, ko mēs darām.",
  failed: "Pašlaik to nevaram parādīt. Lūdzu, mēģini vēlāk.",
  tryAgain: "Mēģināt vēlreiz",
  loading: "Ielādē…",
};

const ro: YouSaidWords = {
  title: "Voi ați spus, noi facem",
  intro: "Copiii ne-au spus ce ar face lucrurile mai bune. Iată ce facem.",
  status: { doing: "Facem asta acum", done: "Am făcut asta", planned: "Vom face asta" },
  by: (date) => `Până pe ${date}`,
  on: (date) => `Făcut pe ${date}`,
  fallback: "O parte e în engleză pentru că nu a fost încă tradusă.",
  none: "Încă nu e nimic aici. Revino curând să vezi ce facem.",
  failed: "Nu putem arăta asta acum. Încearcă mai târziu.",
  tryAgain: "Încearcă din nou",
  loading: "Se încarcă…",
};

const pt: YouSaidWords = {
  title: "Vocês disseram, nós fazemos",
  intro: "As crianças disseram-nos o que tornaria as coisas melhores. É isto que estamos a fazer.",
  status: {
    doing: "Estamos a fazer isto agora",
    done: "Já fizemos isto",
    planned: "Vamos fazer isto",
  },
  by: (date) => `Até ${date}`,
  on: (date) => `Feito a ${date}`,
  fallback: "Parte disto está em inglês porque ainda não foi traduzido.",
  none: "Ainda não há nada aqui. Volta em breve para veres o que estamos a fazer.",
  failed: "Não conseguimos mostrar isto agora. Tenta mais tarde.",
  tryAgain: "Tentar de novo",
  loading: "A carregar…",
};

const WORDS: Record<string, YouSaidWords> = { en, pl, ar, lt, lv, ro, pt };

/** This screen's words in a language, English where there are none yet. */
export function youSaidWords(language: string): YouSaidWords {
  return WORDS[language.split("-")[0]!] ?? en;
}

const dirOf = (language: string) => (isRightToLeft(language) ? "rtl" : "ltr");

/**
 * A date a child can read, "28 February 2027", in their language's way (a whole date, so Polish
 * and Arabic put the month in the form a date needs).
 */
function longDate(day: string, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${day}T12:00:00Z`),
    );
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
export function YouSaidList(props: { body: YouSaidBody }) {
  const w = () => youSaidWords(props.body.language);
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
  const [body] = createResource(
    () => ({ from: props.from, language: props.language }),
    ({ from, language }) => fetchYouSaid(from, language).catch(() => undefined),
  );
  return (
    <Show when={body()?.actions.length ? body() : undefined}>
      {(found) => (
        <section
          class="you-said in-thanks"
          aria-labelledby="you-said-title"
          lang={found().language}
          dir={dirOf(found().language)}
        >
          <h2 id="you-said-title">{youSaidWords(found().language).title}</h2>
          <p class="you-said-intro">{youSaidWords(found().language).intro}</p>
          <YouSaidList body={found()} />
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
  // Failures are kept as a value, not thrown, so the page can say so in the child's words.
  const [result, { refetch }] = createResource(
    () => ({ code: props.code, language: language() }),
    ({ code, language }) =>
      fetchYouSaid(`/api/s/${encodeURIComponent(code)}`, language).then(
        (body) => ({ body }),
        () => ({ body: undefined }),
      ),
  );
  const body = () => result()?.body;
  const shownIn = () => body()?.language ?? language();
  const w = () => youSaidWords(shownIn());
  setTitle(youSaidWords(language()).title);
  return (
    <main class="child page narrow you-said-page" lang={shownIn()} dir={dirOf(shownIn())}>
      <section class="you-said" aria-labelledby="you-said-title">
        <h1 id="you-said-title" tabindex="-1" ref={focusOnMount}>
          {w().title}
        </h1>
        <p class="you-said-intro">{w().intro}</p>
        <Switch fallback={<p role="status">{w().loading}</p>}>
          <Match when={body()}>{(found) => <YouSaidList body={found()} />}</Match>
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
    </main>
  );
}

export default YouSaidPage;
