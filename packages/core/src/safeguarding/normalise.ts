/**
 * Turns a child's text into words to match, each remembering where it stands in the original so
 * that a match can be highlighted. Linear in the text: one pass of a regular expression without
 * nested repetition, then a fold of each word.
 */

/** A word (or part of an expanded word: "dont" → "do", "not") and its forms to match. */
export interface Token {
  /** The normalised word, then any form with a clitic taken off ("والبيت" → "بيت"). */
  forms: string[];
  start: number;
  end: number;
}

/** How a language's words are normalised; see `Lexicon`. */
export interface Normaliser {
  expansions: ReadonlyMap<string, string[][]>;
  clitics: readonly string[];
}

// A word starts with a letter or digit and goes on through letters, marks, digits, apostrophes
// and the joiners of Arabic script. Hyphens split: "step-dad" is two words, as "step dad" is.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’ʼ\u200c\u200d]*/gu;
// Marks are dropped, except Gurmukhi's vowel signs (ਾ ਿ ੀ ੁ ੂ ੇ ੈ ੋ ੌ): they are its vowels, and
// without them "ਮਾਰਦਾ" (hits) and "ਮਰਦਾ" (dies) would be one word. Its nasal marks (ਂ ੰ), the
// doubling mark (ੱ) and the nukta (਼) go, as children leave them off.
const DROPPED = /(?![\u0a3e-\u0a4c])[\p{M}'’ʼ\u0640\u0621\u200c\u200d]/gu;
const PLAIN = /^[a-z0-9]*$/;
const MAPPED = /[łßøđıىةٱکیگڤپچظےہھۃںٹڈڑڕڵێۆەੀੂਈਊ\u0660-\u0669\u06f0-\u06f9]/g;
const LETTER: Record<string, string> = {
  ł: "l",
  ß: "ss",
  ø: "o",
  đ: "d",
  ı: "i",
  // Arabic: final yā and alif maqṣūra, tā marbūṭa and hā, alif waṣla, Persian letters, and ẓā
  // for ḍād, which children mix up.
  ى: "ي",
  ة: "ه",
  ٱ: "ا",
  ک: "ك",
  ی: "ي",
  گ: "ك",
  ڤ: "ف",
  پ: "ب",
  چ: "ج",
  ظ: "ض",
  // Urdu: barī ye, the two hā shapes and tā marbūṭa goal, nūn ghunna, and the retroflex ṭ ḍ ṛ,
  // which children on an Arabic keyboard write as ت د ر.
  ے: "ي",
  ہ: "ه",
  ھ: "ه",
  ۃ: "ه",
  ں: "ن",
  ٹ: "ت",
  ڈ: "د",
  ڑ: "ر",
  // Sorani: the trilled r, the velar l, ê, o and the vowel e, which a child on an Arabic or
  // Persian keyboard writes as ر ل ي و ه.
  ڕ: "ر",
  ڵ: "ل",
  ێ: "ي",
  ۆ: "و",
  ە: "ه",
  // Gurmukhi: long ī and ū, which children write short as often as long.
  "\u0a40": "\u0a3f",
  "\u0a42": "\u0a41",
  ਈ: "ਇ",
  ਊ: "ਉ",
};

/**
 * Ethiopic letters that sound alike in Amharic, or that children typing Tigrinya mix up, each a
 * row of seven or eight vowel forms: ሐ and ኀ are written ሀ, ሠ is ሰ, ዐ is አ, ፀ is ጸ, ቐ is ቀ, ኸ
 * is ከ, keeping the vowel; then the first and fourth forms of ሀ and አ, which sound alike ("ሃ"
 * and "ሀ", "ኣ" and "አ": Tigrinya writes one, Amharic the other), are one.
 */
const ETHIOPIC =
  /[\u1203\u12a3\u1210-\u1217\u1280-\u1286\u1220-\u1227\u12d0-\u12d6\u1340-\u1346\u1250-\u1256\u12b8-\u12be]/g;
const ETHIOPIC_ROW: [from: number, to: number][] = [
  [0x1210, 0x1200],
  [0x1280, 0x1200],
  [0x1220, 0x1230],
  [0x12d0, 0x12a0],
  [0x1340, 0x1338],
  [0x1250, 0x1240],
  [0x12b8, 0x12a8],
];
function ethiopic(c: string): string {
  let code = c.charCodeAt(0);
  for (const [from, to] of ETHIOPIC_ROW) {
    if (code >= from && code < from + 8) {
      code = code - from + to;
      break;
    }
  }
  if (code === 0x1203 || code === 0x12a3) code -= 3;
  return String.fromCharCode(code);
}

// Pashto letters a child on a Persian or Arabic keyboard writes as the nearest letter it has.
const PASHTO = /[ټډړڼښږځڅېۍګ]/g;
const PASHTO_LETTER: Record<string, string> = {
  ټ: "ت",
  ډ: "د",
  ړ: "ر",
  ڼ: "ن",
  ښ: "ش",
  ږ: "ژ",
  ځ: "ز",
  څ: "س",
  ې: "ي",
  ۍ: "ي",
  ګ: "ك",
};
const pashto = (c: string) => PASHTO_LETTER[c] ?? c;

function letter(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return LETTER[c] ?? c;
}

/**
 * Case-folds a word and takes off what children leave off or add: diacritics (Polish "bił" →
 * "bil"; Arabic tashkīl, and the hamza of أ إ آ ؤ ئ, which NFD splits off), apostrophes, tatwīl;
 * maps letter variants; then writes each run of one letter once ("hiiits" → "hits", "kill" →
 * "kil"), in the text and in the lexicon alike.
 */
export function fold(word: string): string {
  // Most words are plain ASCII: only they skip decomposition and the letter map.
  const lower = word.toLowerCase();
  const plain = PLAIN.test(lower)
    ? lower
    : lower
        .normalize("NFD")
        .replace(DROPPED, "")
        .replace(MAPPED, letter)
        .replace(PASHTO, pashto)
        .replace(ETHIOPIC, ethiopic);
  let out = "";
  let last = "";
  for (const c of plain) {
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Compiles a lexicon's expansions: keys and words folded, `a|b` split into forms. */
export function normaliser(
  expansions: Readonly<Record<string, string>>,
  clitics: readonly string[] = [],
): Normaliser {
  const map = new Map<string, string[][]>();
  for (const [short, long] of Object.entries(expansions)) {
    const words = long
      .split(" ")
      .filter(Boolean)
      .map((w) => w.split("|").map(fold));
    map.set(fold(short), words);
  }
  return { expansions: map, clitics: clitics.map(fold) };
}

/** The word with clitics taken off, one after another, keeping at least two letters. */
function cliticForms(word: string, clitics: readonly string[]): string[] {
  const forms = [word];
  for (let i = 0; i < forms.length && forms.length < 8; i++) {
    const form = forms[i]!;
    for (const clitic of clitics) {
      if (form.length - clitic.length >= 2 && form.startsWith(clitic)) {
        const rest = form.slice(clitic.length);
        if (!forms.includes(rest)) forms.push(rest);
      }
    }
  }
  return forms;
}

/** The text's words, normalised and expanded, with their offsets in the original text. */
export function tokenise(text: string, n: Normaliser): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let raw = m[0];
    // A closing apostrophe ("parents'") is punctuation, not part of the word to highlight.
    while (/['’ʼ]$/.test(raw)) raw = raw.slice(0, -1);
    const end = start + raw.length;
    const word = fold(raw);
    if (!word) continue;
    const expanded = n.expansions.get(word);
    if (expanded) {
      for (const forms of expanded) tokens.push({ forms, start, end });
    } else {
      tokens.push({ forms: n.clitics.length ? cliticForms(word, n.clitics) : [word], start, end });
    }
  }
  return tokens;
}
