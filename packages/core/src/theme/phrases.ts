/**
 * Key phrases of an answer that fits no theme, which the report groups as "emerging" for an
 * officer to name. A phrase must read well (an officer sees it) and be the same string for the
 * same idea in any answer, so words are lower-cased and lightly stemmed, not cut to a Porter
 * stem ("bus passes" → "bus pass", not "bu pass"): English loses its plural, Polish its case
 * ending, Arabic its attached particles and pronouns. Stop words and filler go; what is left
 * gives two-word phrases (neighbours with nothing dropped between them), then single words.
 */
import { primary } from "./words.js";

const STOP: Record<string, string> = {
  en: `a about after again all also always am an and any anything are as at be because been
    before being but by can cant could did didnt do does doesnt dont done down even ever every
    for from get gets getting go goes going gonna good got had has have having he her here him
    his how i id idk if im in into is isnt it its ive just know like lot lots make makes me
    more most much my myself need no nope not nothing now of off ok okay on one only or other
    our out over really same say says see she should so some something sometimes still stuff
    such sure than that thats the their them then there these they thing things think this
    those though to too up us very want wanna was wasnt way we well went were what when where
    which while who why will with would yeah yes yet you your youre bad better best nice great
    alright fine lol much many get`,
  pl: `a aby ale albo ani bo by być był była było chce chcę chciałbym chciałabym co czy dla do
    dobrze dużo gdy gdzie i ich ja jak jakie jakiś jest jestem jeszcze jej jego już kiedy kto
    lub ma mam mają mi mnie mną mogę mój moja moje może mu my na nad nas nic nie nigdy no o od
    on ona one oni po pod przez przy się są ta tak tam tego teraz też to tu tylko ty tym w we
    więc wszystko z za ze że żeby bardzo fajnie fajny dobry zawsze czasami coś wiem`,
  ar: `في من على إلى الى عن مع هذا هذه ذلك تلك هو هي هم انا أنا انت أنت نحن كان كانت يكون لا
    لم لن ما ماذا لماذا كيف اين أين متى و او أو ثم لكن بس كل بعض شي شيء اي أي جدا كثير قليل
    ان أن إن اذا إذا لو قد كنت عندي عند لي لك له لها الذي التي هناك هنا ايضا أيضا يعني مش
    مو ليس`,
};

const stopWords = new Map<string, Set<string>>();
function stopsFor(language: string): Set<string> {
  let set = stopWords.get(language);
  if (!set) {
    // Arabic text and text in languages without a list often hold English: English goes too.
    const lists = language === "pl" ? [STOP.pl!] : [STOP[language] ?? "", STOP.en!];
    set = new Set(lists.join(" ").split(/\s+/).filter(Boolean).map(plain));
    stopWords.set(language, set);
  }
  return set;
}

const WORD = /[\p{L}][\p{L}\p{M}'’ʼ]*/gu;
const MARKS = /[\p{M}'’ʼ\u0640]/gu;
const ARABIC_LETTERS: Record<string, string> = { أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", ى: "ي", ة: "ه" };

/** Lower case, apostrophes and Arabic marks off, Arabic letter variants mapped; readable. */
function plain(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFC")
    .replace(MARKS, "")
    .replace(/[أإآٱىة]/g, (c) => ARABIC_LETTERS[c] ?? c);
}

/** English plural off: "passes" → "pass", "activities" → "activity", "friends" → "friend". */
function english(word: string): string {
  if (word.length <= 3 || /(ss|us|is|ous)$/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

// Polish case and number endings, longest first; a stem keeps at least four letters.
const POLISH_ENDINGS = [
  "owego",
  "owemu",
  "ego",
  "emu",
  "ych",
  "ymi",
  "ich",
  "imi",
  "ami",
  "ach",
  "owi",
  "ów",
  "om",
  "em",
  "ej",
  "ie",
  "ię",
  "ą",
  "ę",
  "a",
  "e",
  "i",
  "y",
  "u",
  "o",
];
function polish(word: string): string {
  for (const ending of POLISH_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4)
      return word.slice(0, -ending.length);
  }
  return word;
}

const ARABIC_PREFIXES = ["وال", "بال", "فال", "كال", "لل", "ال", "و"];
const ARABIC_SUFFIXES = ["هم", "ها", "نا", "كم", "ي", "ك", "ه"];
function arabic(word: string): string {
  let out = word;
  for (const prefix of ARABIC_PREFIXES) {
    if (out.startsWith(prefix) && out.length - prefix.length >= 3) {
      out = out.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (out.endsWith(suffix) && out.length - suffix.length >= 3) {
      out = out.slice(0, -suffix.length);
      break;
    }
  }
  return out;
}

const LIGHT: Record<string, (word: string) => string> = { en: english, pl: polish, ar: arabic };

/** At most this many phrases come from one answer (the report keeps five). */
const MOST = 8;

/** Key phrases of an answer: two-word phrases first, then single words, in text order. */
export function keyPhrases(text: string, language: string): string[] {
  const lang = primary(language);
  const stops = stopsFor(lang);
  const light = LIGHT[lang] ?? english;
  // Runs of kept words; a stop word, digit or punctuation between words breaks a run.
  const runs: string[][] = [[]];
  let lastEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const between = text.slice(lastEnd, m.index);
    lastEnd = m.index + m[0].length;
    const word = plain(m[0]);
    if (/[^\s]/.test(between)) runs.push([]);
    if (word.length < 2 || stops.has(word)) {
      runs.push([]);
      continue;
    }
    const stem = /[a-z]/.test(word) && lang !== "pl" ? english(word) : light(word);
    runs[runs.length - 1]!.push(stem);
  }
  const pairs: string[] = [];
  const singles: string[] = [];
  for (const run of runs) {
    run.forEach((word, i) => {
      singles.push(word);
      if (i > 0) pairs.push(`${run[i - 1]} ${word}`);
    });
  }
  return [...new Set([...pairs, ...singles])].slice(0, MOST);
}
