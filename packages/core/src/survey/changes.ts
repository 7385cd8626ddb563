/**
 * What publishing a draft would change for children, against the version they are given now:
 * questions added, removed or reworded, translations, show-if and safeguarding rules, age bands,
 * and the survey's own settings. Pure and valibot-free, so the studio and the API read it alike.
 *
 * Words are compared in the default language for questions, and language by language for
 * translations, so a Polish correction reads as "Polish changed", not as a changed question.
 */
import type { Text } from "./base.js";
import { allQuestions, pick } from "./parts.js";
import type { Question, SurveyVersion } from "./schema.js";

/** A question named for an officer: its id and its prompt in the default language. */
export interface Named {
  id: string;
  words: string;
}

export interface Changes {
  questions: {
    added: Named[];
    removed: Named[];
    /** Worded or set up differently (type, options, limits), in the default language. */
    changed: Named[];
    /** The questions both versions have come in another order. */
    reordered: boolean;
  };
  /** Language tags: offered now and not before, no longer offered, or with other words. */
  translations: { added: string[]; removed: string[]; changed: string[] };
  rules: {
    /** Questions whose "show this only if" rule is new, gone or different. */
    showIf: Named[];
    /** Safeguarding rules (answers that alert someone) added and taken away. */
    safeguardingAdded: number;
    safeguardingRemoved: number;
  };
  bands: {
    added: string[];
    removed: string[];
    /** Questions whose wording for one age band, or whether a band is asked them, changed. */
    wording: Named[];
  };
  /** Plain words for changes to the survey itself: its title, introduction, pages, settings. */
  details: string[];
}

/** The fields that hold words in a language, wherever they sit in a survey. */
const TEXT_FIELDS = new Set(["prompt", "help", "readAloud", "label", "minLabel", "maxLabel"]);

/** A copy of `value` with every piece of words reduced to one language's (or left out). */
function inLanguage(value: unknown, language: string): unknown {
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, language));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      TEXT_FIELDS.has(key) && typeof inner === "object" && inner !== null
        ? (inner as Text)[language]
        : inLanguage(inner, language);
  }
  return out;
}

/** A stable text for comparing: keys sorted, so the order a field was written in is no change. */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    typeof inner === "object" && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => x.localeCompare(y)))
      : inner,
  );
}

const named = (question: Question, language: string): Named => ({
  id: question.id,
  words: pick(question.prompt, language, "en"),
});

/** The question without what is compared apart: its rule, its band wording. */
function core(question: Question, language: string) {
  const { showIf: _rule, bands: _bands, ...rest } = question;
  return inLanguage(rest, language);
}

/** Every piece of words a language has in the parts both versions share. */
function wordsIn(survey: SurveyVersion, shared: Set<string>, language: string) {
  return {
    title: survey.title[language],
    intro: survey.intro?.[language],
    pages: survey.pages.map((page) => ({ id: page.id, title: page.title?.[language] })),
    questions: allQuestions(survey)
      .filter((question) => shared.has(question.id))
      .map((question) => inLanguage(question, language)),
  };
}

/**
 * What publishing `next` changes against `previous` (undefined before the first publish, when
 * everything in it is new).
 */
export function changesBetween(previous: SurveyVersion | undefined, next: SurveyVersion): Changes {
  const language = next.defaultLanguage;
  const before = new Map(previous ? allQuestions(previous).map((q) => [q.id, q]) : []);
  const after = allQuestions(next);
  const afterIds = new Set(after.map((q) => q.id));
  const shared = new Set(after.filter((q) => before.has(q.id)).map((q) => q.id));

  const changes: Changes = {
    questions: {
      added: after.filter((q) => !before.has(q.id)).map((q) => named(q, language)),
      removed: [...before.values()]
        .filter((q) => !afterIds.has(q.id))
        .map((q) => named(q, previous?.defaultLanguage ?? language)),
      changed: [],
      reordered: false,
    },
    translations: { added: [], removed: [], changed: [] },
    rules: { showIf: [], safeguardingAdded: 0, safeguardingRemoved: 0 },
    bands: {
      added: next.ageBands.filter((band) => !previous?.ageBands.includes(band)),
      removed: previous?.ageBands.filter((band) => !next.ageBands.includes(band)) ?? [],
      wording: [],
    },
    details: [],
  };

  for (const question of after) {
    const old = before.get(question.id);
    if (!old) continue;
    if (!same(core(old, language), core(question, language))) {
      changes.questions.changed.push(named(question, language));
    }
    if (!same(old.showIf, question.showIf)) changes.rules.showIf.push(named(question, language));
    if (!same(inLanguage(old.bands, language), inLanguage(question.bands, language))) {
      changes.bands.wording.push(named(question, language));
    }
  }
  const orderBefore = [...before.keys()].filter((id) => shared.has(id));
  const orderAfter = after.map((q) => q.id).filter((id) => shared.has(id));
  changes.questions.reordered = !same(orderBefore, orderAfter);

  const rulesBefore = (previous?.concerns ?? []).map(canonical);
  const rulesAfter = (next.concerns ?? []).map(canonical);
  changes.rules.safeguardingAdded = rulesAfter.filter((r) => !rulesBefore.includes(r)).length;
  changes.rules.safeguardingRemoved = rulesBefore.filter((r) => !rulesAfter.includes(r)).length;

  const offeredBefore = previous?.languages ?? [];
  for (const code of next.languages) {
    if (code === language) continue;
    if (!offeredBefore.includes(code)) changes.translations.added.push(code);
    else if (!same(wordsIn(previous!, shared, code), wordsIn(next, shared, code))) {
      changes.translations.changed.push(code);
    }
  }
  changes.translations.removed = offeredBefore.filter((code) => !next.languages.includes(code));

  if (previous) changes.details.push(...detailChanges(previous, next));
  return changes;
}

function detailChanges(previous: SurveyVersion, next: SurveyVersion): string[] {
  const language = next.defaultLanguage;
  const details: string[] = [];
  if (previous.defaultLanguage !== next.defaultLanguage) details.push("The main language");
  const offered = (s: SurveyVersion) => s.languages.filter((code) => code !== language);
  if (
    !same(offered(previous), offered(next)) &&
    same([...offered(previous)].sort(), [...offered(next)].sort())
  ) {
    details.push("The order languages are offered in");
  }
  if (previous.title[language] !== next.title[language]) details.push("The title children see");
  if (previous.intro?.[language] !== next.intro?.[language]) details.push("The introduction");
  const pages = (s: SurveyVersion) => s.pages.map((p) => [p.id, p.title?.[language]]);
  if (!same(pages(previous), pages(next))) details.push("The pages, their names or order");
  if ((previous.tellWorker ?? true) !== (next.tellWorker ?? true)) {
    details.push("Whether a child can ask for their worker to be told");
  }
  return details;
}

/** Whether publishing would change anything at all. */
export function hasChanges(changes: Changes): boolean {
  const { questions, translations, rules, bands, details } = changes;
  return (
    questions.added.length +
      questions.removed.length +
      questions.changed.length +
      translations.added.length +
      translations.removed.length +
      translations.changed.length +
      rules.showIf.length +
      rules.safeguardingAdded +
      rules.safeguardingRemoved +
      bands.added.length +
      bands.removed.length +
      bands.wording.length +
      details.length >
      0 || questions.reordered
  );
}
