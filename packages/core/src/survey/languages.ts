/**
 * Languages an officer can add to a survey, each named in its own script so a child can find
 * theirs without reading English, and which way each is written. Imports nothing, so the child's
 * bundle can carry it.
 */

export interface Language {
  /** The language tag used as a key in every `Text`. */
  code: string;
  /** The name in English, for staff screens. */
  english: string;
  /** The name as its speakers write it, for the child's language list. */
  own: string;
  rtl: boolean;
}

const language = (code: string, english: string, own: string, rtl = false): Language => ({
  code,
  english,
  own,
  rtl,
});

/**
 * English first, then the languages most often spoken at home by children and families in
 * English councils (Peterborough's first among them), then others asylum-seeking children bring.
 */
export const LANGUAGES: readonly Language[] = [
  language("en", "English", "English"),
  language("pl", "Polish", "Polski"),
  language("lt", "Lithuanian", "Lietuvių"),
  language("lv", "Latvian", "Latviešu"),
  language("ro", "Romanian", "Română"),
  language("pt", "Portuguese", "Português"),
  language("ur", "Urdu", "اردو", true),
  language("pa", "Punjabi (Gurmukhi)", "ਪੰਜਾਬੀ"),
  language("pa-Arab", "Punjabi (Shahmukhi)", "پنجابی", true),
  language("ar", "Arabic", "العربية", true),
  language("bg", "Bulgarian", "Български"),
  language("bn", "Bengali", "বাংলা"),
  language("gu", "Gujarati", "ગુજરાતી"),
  language("hi", "Hindi", "हिन्दी"),
  language("so", "Somali", "Soomaali"),
  language("ti", "Tigrinya", "ትግርኛ"),
  language("am", "Amharic", "አማርኛ"),
  language("fa", "Persian (Farsi)", "فارسی", true),
  language("prs", "Dari", "دری", true),
  language("ps", "Pashto", "پښتو", true),
  language("ku", "Kurdish (Kurmanji)", "Kurmancî"),
  language("ckb", "Kurdish (Sorani)", "کوردی", true),
  language("sq", "Albanian", "Shqip"),
  language("uk", "Ukrainian", "Українська"),
  language("ru", "Russian", "Русский"),
  language("sk", "Slovak", "Slovenčina"),
  language("cs", "Czech", "Čeština"),
  language("hu", "Hungarian", "Magyar"),
  language("tr", "Turkish", "Türkçe"),
  language("es", "Spanish", "Español"),
  language("fr", "French", "Français"),
  language("it", "Italian", "Italiano"),
  language("vi", "Vietnamese", "Tiếng Việt"),
  language("zh", "Chinese", "中文"),
  language("cy", "Welsh", "Cymraeg"),
  language("he", "Hebrew", "עברית", true),
  language("yi", "Yiddish", "ייִדיש", true),
  language("sd", "Sindhi", "سنڌي", true),
];

// Primary languages written right to left unless a script subtag says otherwise.
const RTL_LANGUAGES = new Set([
  "ar",
  "arc",
  "ckb",
  "dv",
  "fa",
  "he",
  "iw",
  "ks",
  "prs",
  "ps",
  "sd",
  "syr",
  "ug",
  "ur",
  "yi",
]);
const RTL_SCRIPTS = new Set(["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand"]);
const LTR_SCRIPTS = new Set(["latn", "cyrl", "guru", "deva"]);

/**
 * True for a language written right to left: by its script subtag when it has one
 * (`pa-Arab` is, `ku-Latn` is not), otherwise by the language itself.
 */
export function isRightToLeft(code: string): boolean {
  const [primary = "", ...rest] = code.split("-");
  const script = rest.find((part) => part.length === 4)?.toLowerCase();
  if (script && RTL_SCRIPTS.has(script)) return true;
  if (script && LTR_SCRIPTS.has(script)) return false;
  return RTL_LANGUAGES.has(primary.toLowerCase());
}

/** The language as its speakers name it, or the tag itself for one not in the list. */
export function ownName(code: string): string {
  return LANGUAGES.find((entry) => entry.code === code)?.own ?? code;
}
