/**
 * Chorus's own translations of the six templates: one phrasebook per language, `<code>.ts`, each
 * mapping every English string the templates use to that language's words. A phrasebook is
 * imported only when an officer starts a survey in its language or opens the template list, so
 * the API's cold start and every web bundle carry none of them otherwise.
 *
 * Adding a language: write `<code>.ts` in the same shape as the others and add its line below.
 * `phrases.test.ts` finds every file in this folder, fails if one has no line here, and checks
 * that it has every template string (and nothing else).
 */

/** What each phrasebook file exports as `phrasebook`. */
export interface Phrasebook {
  /** The language tag, as in `LANGUAGES`. */
  language: string;
  /** False until a fluent speaker working with a council has read every phrase. */
  reviewedByNativeSpeaker: boolean;
  /** The template's English words (exactly as written) to this language's. */
  phrases: Record<string, string>;
}

type Loader = () => Promise<{ phrasebook: Phrasebook }>;

// One line a language; keep them in the order of `LANGUAGES`.
const PHRASEBOOKS: Record<string, Loader> = {
  pl: () => import("./pl.js"),
  lt: () => import("./lt.js"),
  lv: () => import("./lv.js"),
  ro: () => import("./ro.js"),
  pt: () => import("./pt.js"),
  ur: () => import("./ur.js"),
  pa: () => import("./pa.js"),
  ar: () => import("./ar.js"),
  sk: () => import("./sk.js"),
  cs: () => import("./cs.js"),
  hu: () => import("./hu.js"),
  ti: () => import("./ti.js"),
  ps: () => import("./ps.js"),
  prs: () => import("./prs.js"),
  ckb: () => import("./ckb.js"),
  sq: () => import("./sq.js"),
  vi: () => import("./vi.js"),
  am: () => import("./am.js"),
};

/** The languages a template can be started in besides English, without loading any of them. */
export const PHRASEBOOK_LANGUAGES: readonly string[] = Object.keys(PHRASEBOOKS);

export function hasPhrasebook(language: string): boolean {
  return Object.hasOwn(PHRASEBOOKS, language);
}

/** The phrasebook for one language, or undefined when Chorus has none. */
export async function loadPhrasebook(language: string): Promise<Phrasebook | undefined> {
  const load = Object.hasOwn(PHRASEBOOKS, language) ? PHRASEBOOKS[language] : undefined;
  return load ? (await load()).phrasebook : undefined;
}

/** The phrasebooks for these languages, in the order given; languages without one are left out. */
export async function loadPhrasebooks(languages: readonly string[]): Promise<Phrasebook[]> {
  const books = await Promise.all(languages.map(loadPhrasebook));
  return books.filter((book): book is Phrasebook => book !== undefined);
}
