/**
 * Takes out of a quote what could identify a child: e-mails, phone numbers, postcodes, street
 * addresses, school names and first names, each replaced by a marker (`[email]`, `[phone]`…).
 * It errs towards taking out: a quote an officer reads with a word too many hidden costs
 * little; a child's name or school in a report to councillors costs much. Every pattern is a
 * regular expression without nested repetition, so it stays linear in the text.
 */
import { NAMES, POLISH_NAMES, WORD_NAMES } from "./names.js";

/** A pattern of words in either case of their letters ("[Pp][Rr]…"). */
const anyCase = (words: string) =>
  words.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

const D = "[0-9\u0660-\u0669\u06f0-\u06f9]";

const EMAIL = /[\p{L}\p{N}._%+-]+\s?@\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// "jo dot smith at gmail dot com": how e-mails get written to dodge a form's check.
const SPELT_EMAIL =
  /[\p{L}\p{N}._-]+(?:\s(?:dot)\s[\p{L}\p{N}_-]+)*\s(?:at|\(at\))\s[\p{L}\p{N}-]+\s(?:dot|\.)\s(?:com|co\s?(?:dot\s)?uk|org|net|uk)\b/giu;
// Digits with spaces, dashes, dots or brackets between them, maybe after a "+"; counted below.
const DIGITS = new RegExp(`(?:\\+\\s?|\\(\\s?)?${D}(?:[ \\-.()]{0,2}${D})+`, "gu");
const POSTCODE = /\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b/giu;

const STREET_TYPES =
  "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|cres|place|pl|grove|gardens|gdns|terrace|hill|walk|square|sq|row|mews|rise|parade|boulevard|estate|croft|green|vale|view";
// "12 Oak Road", "12a Long St", "flat 3", "apt 4b", "ul. Długa 5", "شارع الملك".
const NUMBERED_STREET = new RegExp(
  `\\b${D}{1,4}[a-z]?,?\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${STREET_TYPES})\\b\\.?`,
  "giu",
);
const NAMED_STREET = new RegExp(
  `\\b(?:[A-Z][\\p{L}'’-]+\\s+){1,3}(?:${anyCase(STREET_TYPES.replace(/\|(st|rd|dr|ave|ln|ct|pl|sq|cres|gdns)\b/g, ""))}|Rd|St|Ave)\\b\\.?`,
  "gu",
);
const FLAT = new RegExp(
  `\\b(?:flat|apartment|apt|unit|room|house number|number|no\\.?|nr\\.?|mieszkanie|m\\.)\\s*${D}{1,4}[a-z]?\\b`,
  "giu",
);
const POLISH_STREET = new RegExp(
  `\\b(?:ul\\.|ulica|ulicy|ulicę|al\\.|aleja|os\\.|osiedle|pl\\.)\\s*(?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+(?:\\s+${D}{1,4}[a-z]?(?:\\s*/\\s*${D}{1,4})?)?`,
  "giu",
);
// A street's own name follows "شارع" ("شارع الملك"); "الشارع" is any street, and stays.
const ARABIC_STREET = new RegExp(
  `(?<![\\p{L}])(?:شارع|حي|عمارة|عماره)\\s+\\p{L}+|(?<![\\p{L}])شق[ةه]\\s*${D}+`,
  "gu",
);

const SCHOOL_KINDS =
  "primary school|primary|junior school|juniors|junior|infant school|infants|high school|secondary school|secondary|grammar school|grammar|academy|college|school|sixth form|free school|community school|prep school|nursery|pru|pupil referral unit";
// A school's kind, and the capitalised words just before it that name it: "St Mary's Primary",
// "Oakfield Academy", "Hillside High School", "Bishop Smith C of E Primary".
const SCHOOL_KIND = new RegExp(`(?<![\\p{L}])(?:${anyCase(SCHOOL_KINDS)})(?![\\p{L}])`, "gu");
const NAMING_WORDS =
  /((?:(?:St\.?|Saint|[A-Z][\p{L}'’-]*)\s+){1,4})(?:(?:C of E|CE|RC|Church of England)\s+)?$/u;

/** Where the name of the school whose kind starts at `at` starts, if capitalised words name it. */
function schoolStart(text: string, at: number): number | undefined {
  const before = text.slice(Math.max(0, at - 80), at);
  const named = NAMING_WORDS.exec(before);
  if (!named) return undefined;
  // The name is the run of words nearest the kind that are no ordinary words ("My New School"
  // has none; "the Oakfield Academy" is "Oakfield").
  const words = [...named[1]!.matchAll(/\S+/g)];
  let first: number | undefined;
  for (let i = words.length - 1; i >= 0; i--) {
    if (ORDINARY.has(words[i]![0].toLowerCase())) break;
    first = words[i]!.index;
  }
  return first === undefined ? undefined : at - before.length + named.index + first;
}

// Written in lower case ("oakfield academy"): only when the word before is no ordinary word.
const LOWER_SCHOOL = new RegExp(
  `\\b([\\p{Ll}'’-]+)\\s+(?:${SCHOOL_KINDS.split("|")
    .filter((k) => k !== "school" && k !== "primary" && k !== "secondary" && k !== "junior")
    .join("|")})\\b`,
  "gu",
);
const POLISH_SCHOOL = new RegExp(
  `\\b(?:szkoł\\p{L}*\\s+podstawow\\p{L}*|sp|gimnazjum|liceum|lo|technikum|przedszkol\\p{L}*|zespół szkół)\\s+(?:(?:nr|numer)\\.?\\s*${D}+|im\\.\\s+(?:[\\p{L}'’-]+\\s*){1,3})`,
  "giu",
);

/** Words before a school's kind that make it no school's name ("my new school"). */
const ORDINARY = new Set(
  `a an the my our your his her their this that new old big little small next last first
  local nice good bad best worst same other another different whole special main private
  boarding state catholic current previous own to at in from for of and or go goes went
  going like hate love leave left start started finish finished mainstream normal proper
  real free community high secondary primary junior infant grammar public any every no
  which what whose its proper stupid rubbish great after before during since until with
  without near by about outside inside around into onto through across then when while got
  get my at is was are be`.split(/\s+/),
);

// Built on the first quote, not when the Lambda starts.
let nameSets: { names: Set<string>; words: Set<string>; stems: Set<string> } | undefined;
const namesKnown = () => {
  nameSets ??= {
    names: new Set(NAMES),
    words: new Set(WORD_NAMES),
    stems: new Set(POLISH_NAMES.map(polishStem)),
  };
  return nameSets;
};

/**
 * Polish declines names ("z Kasią", "Tomkiem", "do Ani"): a name's stem is the name without its
 * last vowel, and "-ek" names lose their "e" ("Tomek" → "tomk").
 */
function polishStem(name: string): string {
  if (/[^aeiouy]ek$/.test(name)) return `${name.slice(0, -2)}k`;
  return name.length > 3 ? name.replace(/[aeiouy]$/, "") : name;
}
const POLISH_CASE = /(?:iem|em|owi|om|ą|ę|a|e|i|y|u|o)$/u;
const NAME_TOKEN = /\p{L}[\p{L}'’-]*/gu;

interface Found {
  start: number;
  end: number;
  marker: string;
}

function collect(
  text: string,
  pattern: RegExp,
  marker: string,
  into: Found[],
  keep = (_: RegExpExecArray) => true,
) {
  for (const m of text.matchAll(pattern)) {
    if (m[0].trim() && keep(m)) into.push({ start: m.index, end: m.index + m[0].length, marker });
  }
}

const digitCount = (s: string) => (s.match(new RegExp(D, "gu")) ?? []).length;

function isPhone(found: string): boolean {
  const n = digitCount(found);
  const start = found.replace(/^[(\s]+/, "");
  if (start.startsWith("+") || start.startsWith("0") || start.startsWith("٠")) return n >= 9;
  // Without a leading 0 or +: a long run (a number written without its 0, or a local number).
  return (
    n >= 10 || (n >= 7 && /\d{7}/.test(found.replace(/[\s\-.()]/g, "")) && !/^\d{4}$/.test(found))
  );
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Free text with names, phone numbers, e-mails, postcodes, addresses and schools taken out. */
export function redact(
  text: string,
  options: { names?: string[] } = {},
): { text: string; redacted: number } {
  const found: Found[] = [];
  collect(text, EMAIL, "[email]", found);
  collect(text, SPELT_EMAIL, "[email]", found);
  collect(text, POSTCODE, "[postcode]", found);
  collect(text, DIGITS, "[phone]", found, (m) => isPhone(m[0]));
  collect(text, POLISH_SCHOOL, "[school]", found);
  for (const m of text.matchAll(SCHOOL_KIND)) {
    const start = schoolStart(text, m.index);
    if (start !== undefined) found.push({ start, end: m.index + m[0].length, marker: "[school]" });
  }
  collect(text, LOWER_SCHOOL, "[school]", found, (m) => !ORDINARY.has(m[1]!.toLowerCase()));
  collect(text, NUMBERED_STREET, "[address]", found);
  collect(
    text,
    NAMED_STREET,
    "[address]",
    found,
    (m) => !ORDINARY.has(m[0].split(/\s+/)[0]!.toLowerCase()),
  );
  collect(text, FLAT, "[address]", found);
  collect(text, POLISH_STREET, "[address]", found);
  collect(text, ARABIC_STREET, "[address]", found);
  const own = (options.names ?? []).map((n) => n.trim()).filter((n) => n.length >= 2);
  if (own.length) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${own
        .sort((a, b) => b.length - a.length)
        .map(literal)
        .join("|")})(?![\\p{L}\\p{N}])`,
      "giu",
    );
    collect(text, pattern, "[name]", found);
  }
  const { names, words, stems } = namesKnown();
  for (const m of text.matchAll(NAME_TOKEN)) {
    const word = m[0].replace(/['’]s?$/i, "");
    const lower = word.toLowerCase();
    const capital = /^\p{Lu}/u.test(word);
    const known = words.has(lower) ? capital : names.has(lower);
    // A declined name only with a capital: in lower case too many words decline alike.
    const stem = lower.replace(POLISH_CASE, "");
    const declined = !known && capital && stem !== lower && stems.has(stem);
    if (known || declined)
      found.push({ start: m.index, end: m.index + word.length, marker: "[name]" });
  }
  // The earliest, then longest, of overlapping finds wins; the rest of the overlap goes with it.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  let redacted = 0;
  for (const f of found) {
    if (f.start < at) {
      if (f.end > at) at = f.end;
      continue;
    }
    out += text.slice(at, f.start) + f.marker;
    at = f.end;
    redacted++;
  }
  out += text.slice(at);
  return { text: out, redacted };
}
