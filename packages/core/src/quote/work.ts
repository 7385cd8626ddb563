/**
 * What the officer's theme screen reads: themes with controlled counts (from the aggregates,
 * as leaders see them), the words that put answers in them and candidate quotes (from the raw
 * answers, so the read is audited), emerging groups, and naming or merging one of those.
 */
import { total } from "../aggregate/cells.js";
import { Aggregate } from "../aggregate/index.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { MIN_SHOWN, shown } from "../report/disclosure.js";
import { Theme, type ThemeDef } from "../theme/index.js";
import { conflict, invalid, notFound } from "../util/error.js";
import { sha256 } from "../util/hash.js";
import { answersOf, codebookOf, keeps, type ThemedAnswer } from "./answers.js";
import { overridesFor } from "./move.js";
import type { EmergingAction, QuoteSource, ThemeFilters, ThemesView } from "./schema.js";
import { decisions, markRebuildNeeded, rebuildDone, redactor, surveyFor } from "./store.js";

/** Candidates offered per theme at a time; a decided one makes room for the next. */
const CANDIDATES = 3;
/** Words shown per theme. */
const WORDS = 8;

/** A candidate's id: the same answer, slot and theme always give the same id, and nothing else. */
export const quoteId = (surveyId: string, source: QuoteSource) =>
  `quo_${sha256([surveyId, source.responseId, source.slot, source.themeId].join("|")).slice(0, 24)}`;

const label = (book: Map<string, ThemeDef>, id: string) => book.get(id)?.label ?? { en: id };

/**
 * Representative first: answers of a readable length carrying more of the theme's common words;
 * ties broken by id, so the same answers are offered on every visit.
 */
function ranked(answers: (ThemedAnswer & { id: string; words: string[] })[], common: string[]) {
  const top = new Set(common);
  const score = (answer: { text: string; words: string[] }) => {
    const length = answer.text.split(/\s+/).length;
    const readable = length >= 4 && length <= 40 ? 3 : 0;
    return readable + answer.words.filter((word) => top.has(word)).length;
  };
  return [...answers].sort((a, b) => score(b) - score(a) || (a.id < b.id ? -1 : 1));
}

export async function themes(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  filters: ThemeFilters,
): Promise<ThemesView> {
  const { orgId } = staff;
  const { slots, themer } = await surveyFor(db, orgId, surveyId);
  const [{ cells }, overrides, book, decided, redact] = await Promise.all([
    Aggregate.read(db, orgId, surveyId),
    overridesFor(db, orgId, surveyId),
    codebookOf(db, orgId),
    decisions(db, orgId, surveyId),
    redactor(db, orgId),
  ]);
  // Counts as leaders see them: from the aggregates, within the filters.
  const sum = total(cells, keeps(filters));
  const counts = new Map<string, number>();
  const foundIn = new Map<string, Set<string>>();
  const phrases = new Map<string, number>();
  let unthemed = 0;
  for (const [slot, numbers] of Object.entries(sum.q)) {
    for (const [id, n] of Object.entries(numbers.t ?? {})) {
      counts.set(id, (counts.get(id) ?? 0) + n);
      foundIn.set(id, (foundIn.get(id) ?? new Set()).add(slot));
    }
    unthemed += numbers.u ?? 0;
    for (const [phrase, n] of Object.entries(numbers.p ?? {})) {
      phrases.set(phrase, (phrases.get(phrase) ?? 0) + n);
    }
  }
  // The answers themselves, for the words and the candidates.
  const codebook = [...book.values()];
  const byTheme = new Map<string, (ThemedAnswer & { id: string; words: string[] })[]>();
  let read = 0;
  for await (const answer of answersOf(db, orgId, surveyId, slots, themer, overrides, filters)) {
    read++;
    const matched = Theme.match(answer.text, answer.language, codebook);
    for (const themeId of answer.themes) {
      const words = matched.find((found) => found.id === themeId)?.words ?? [];
      const id = quoteId(surveyId, { responseId: answer.responseId, slot: answer.slot, themeId });
      byTheme.set(themeId, [...(byTheme.get(themeId) ?? []), { ...answer, id, words }]);
    }
  }
  await Audit.byStaff(
    db,
    staff,
    "theme.answers_read",
    { type: "survey", id: surveyId },
    { answers: read },
  );

  const decidedIds = new Set(decided.map((quote) => quote.id));
  const list = [...counts.entries()]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id, n]) => {
      const answers = byTheme.get(id) ?? [];
      const tally = new Map<string, number>();
      for (const answer of answers) {
        // As children wrote them, but "School" and "school" are one word.
        for (const word of new Set(answer.words.map((w) => w.toLowerCase()))) {
          tally.set(word, (tally.get(word) ?? 0) + 1);
        }
      }
      const words = [...tally.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, WORDS)
        .map(([word]) => word);
      // Never a quote from a group smaller than 8 (within the filters the officer chose).
      const quotable = n >= MIN_SHOWN;
      const candidates = quotable
        ? ranked(answers, words)
            .filter((answer) => !decidedIds.has(answer.id))
            .slice(0, CANDIDATES)
            .map((answer) => ({
              id: answer.id,
              themeId: id,
              responseId: answer.responseId,
              slot: answer.slot,
              ...redact(answer.text),
            }))
        : [];
      return {
        id,
        label: label(book, id),
        count: shown(n),
        words,
        slots: [...(foundIn.get(id) ?? [])].sort(),
        quotable,
        candidates,
        approved: decided.flatMap((quote) =>
          quote.status === "approved" && quote.themeId === id && quote.text !== undefined
            ? [{ id: quote.id, themeId: id, slot: quote.slot, text: quote.text }]
            : [],
        ),
      };
    });
  return {
    surveyId,
    filters,
    slots: [...slots.labels.entries()].map(([id, text]) => ({ id, label: text })),
    choices: codebook.map((theme) => ({ id: theme.id, label: theme.label })),
    themes: list,
    emerging: [...phrases.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 20)
      .map(([phrase, n]) => ({ phrase, count: shown(n) })),
    unthemed: shown(unthemed),
  };
}

/** Every answer in one theme (redacted), for an officer to move the ones in the wrong place. */
export async function themeAnswers(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  themeId: string,
  filters: ThemeFilters,
) {
  const { orgId } = staff;
  const { slots, themer } = await surveyFor(db, orgId, surveyId);
  const [overrides, redact] = await Promise.all([
    overridesFor(db, orgId, surveyId),
    redactor(db, orgId),
  ]);
  const answers: { responseId: string; slot: string; text: string }[] = [];
  for await (const answer of answersOf(db, orgId, surveyId, slots, themer, overrides, filters)) {
    if (!answer.themes.includes(themeId)) continue;
    answers.push({
      responseId: answer.responseId,
      slot: answer.slot,
      text: redact(answer.text).text,
    });
    if (answers.length >= 200) break;
  }
  await Audit.byStaff(
    db,
    staff,
    "theme.answers_read",
    { type: "survey", id: surveyId },
    { answers: answers.length, themeId },
  );
  return { themeId, answers };
}

/**
 * A resend of a naming or merge already saved: its answers may no longer be "emerging" (they are
 * in the theme now), and it must still answer as it did the first time.
 */
async function savedBefore(db: Db, orgId: string, action: EmergingAction, words: string[]) {
  const own = (await Theme.orgThemes(db, orgId)).find((def) => def.id === themeIdOf(action));
  const saved = Object.values(own?.words ?? {}).flat();
  return words.every((word) => saved.includes(word));
}

/** The theme an emerging group goes to: the one merged into, or the named one's own id. */
const themeIdOf = (action: EmergingAction) =>
  "mergeInto" in action
    ? action.mergeInto
    : `own-${slug(action.name) || sha256(action.name.trim().toLowerCase()).slice(0, 10)}`;

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 40)
    .replace(/^-+|-+$/g, "");

/**
 * Names an emerging group (a key phrase answers share) as the organisation's own theme, or adds
 * its words to an existing theme. Saving the same again changes nothing. The survey's numbers
 * are recounted at once; the organisation's other surveys follow at the nightly rebuild.
 */
export async function emerging(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  action: EmergingAction,
) {
  const { orgId } = staff;
  await surveyFor(db, orgId, surveyId);
  const [{ cells }, book] = await Promise.all([
    Aggregate.read(db, orgId, surveyId),
    codebookOf(db, orgId),
  ]);
  const phrase = action.phrase.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
  // The phrase is kept whole: the codebook reads "bus pass" as the two words together, where
  // "bus" and "pass" apart would put every answer about a bus in the theme.
  const words = [phrase];
  const found = Object.values(total(cells).q).some((numbers) => (numbers.p?.[phrase] ?? 0) > 0);
  if (!found && !(await savedBefore(db, orgId, action, words))) {
    throw notFound("theme.no_such_group", "No answers in this survey share that phrase.");
  }
  const own = (await Theme.orgThemes(db, orgId)).find((def) => def.id === themeIdOf(action));
  let label: ThemeDef["label"];
  if ("mergeInto" in action) {
    const into = book.get(action.mergeInto);
    if (!into) {
      throw invalid("theme.unknown", "There is no theme with that id.", {
        mergeInto: ["Choose one of the themes listed."],
      });
    }
    label = into.label;
  } else {
    const taken = [...book.values()].find(
      (def) =>
        def.id !== themeIdOf(action) &&
        Object.values(def.label).some((text) => text.toLowerCase() === action.name.toLowerCase()),
    );
    if (taken) {
      throw conflict(
        "theme.name_taken",
        `There is a theme called "${action.name}" already: add the words to it instead.`,
      );
    }
    label = { en: action.name };
  }
  // A save replaces the organisation's own entry, so the words it had are kept beside the new.
  const everywhere = [...new Set([...(own?.words?.["*"] ?? []), ...words])];
  const id = themeIdOf(action);
  await Theme.saveOrgTheme(db, staff, { id, label, words: { ...own?.words, "*": everywhere } });
  // The survey's numbers are recounted with the new words now. The need is written first, so a
  // crash before the recount leaves it on record (the nightly rebuild recounts every survey
  // anyway, and the organisation's other surveys then).
  await markRebuildNeeded(db, orgId, surveyId);
  await Aggregate.rebuild(db, orgId, surveyId);
  await rebuildDone(db, orgId, surveyId);
  return { themeId: id, words, rebuild: "done" as const };
}
