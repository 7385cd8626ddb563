/**
 * Takes out of a quote what could identify a child: e-mails, phone numbers, postcodes, street
 * addresses, school names and first names, each replaced by a marker (`[email]`, `[phone]`…).
 * It errs towards taking out: a quote an officer reads with a word too many hidden costs
 * little; a child's name or school in a report to councillors costs much. Every pattern is a
 * regular expression without nested repetition, so it stays linear in the text.
 */
import { NAMES, WORD_NAMES } from "./names.js";

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
const ARABIC_STREET = /(?:شارع|حي|عمارة|عماره|شقة|شقه)\s+[\p{L}]+/gu;

const SCHOOL_KINDS =
  "primary school|primary|junior school|juniors|junior|infant school|infants|high school|secondary school|secondary|grammar school|grammar|academy|college|school|sixth form|free school|community school|prep school|nursery|pru|pupil referral unit";
const SCHOOL_WORD = `(?:St\\.?|Saint|[A-Z][\\p{L}'’-]*)`;
// "St Mary's Primary", "Oakfield Academy", "Hillside High School", "Bishop Smith C of E".
const SCHOOL = new RegExp(
  `\\b${SCHOOL_WORD}(?:\\s+${SCHOOL_WORD}){0,3}(?:\\s+(?:C of E|CE|RC|Catholic|Church of England))?\\s+(?:${anyCase(SCHOOL_KINDS)})\\b`,
  "gu",
);
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
  which what whose its proper stupid rubbish great`.split(/\s+/),
);

// Built on the first quote, not when the Lambda starts.
let nameSets: { names: Set<string>; words: Set<string> } | undefined;
const namesKnown = () => {
  nameSets ??= { names: new Set(NAMES), words: new Set(WORD_NAMES) };
  return nameSets;
};
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
  collect(
    text,
    SCHOOL,
    "[school]",
    found,
    (m) => !ORDINARY.has(m[0].split(/\s+/)[0]!.toLowerCase()),
  );
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
  const { names, words } = namesKnown();
  for (const m of text.matchAll(NAME_TOKEN)) {
    const word = m[0].replace(/['’]s?$/i, "");
    const lower = word.toLowerCase();
    const capital = /^\p{Lu}/u.test(word);
    if (words.has(lower) ? capital : names.has(lower))
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
