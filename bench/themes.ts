/**
 * How fast the theme matcher reads answers, as a rebuild does: 100,000 made-up answers (the
 * corpus's sentences with words swapped, misspelt and run together, so most words are new to the
 * matcher's memory), through `Theme.themer(CODEBOOK)`, per language. Also the time to compile
 * the codebook for a language (paid on the first answer in it) and to redact a quote.
 * Run: `pnpm tsx bench/themes.ts` (N=… for another count).
 */
import { ANSWERS } from "../packages/core/src/theme/corpus.js";
import { redact, themer, withOwn } from "../packages/core/src/theme/index.js";

const N = Number(process.env.N ?? 100_000);
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

function made(language: string, count: number): string[] {
  const sentences = ANSWERS[language]!.map(([text]) => text);
  const words = sentences.flatMap((s) => s.split(" "));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const length = 3 + Math.floor(random() * 12);
    for (let j = 0; j < length; j++) {
      let word = words[Math.floor(random() * words.length)]!;
      // A slip in one word of five: a letter dropped, or a made-up word.
      if (random() < 0.2 && word.length > 3) {
        const at = Math.floor(random() * word.length);
        word = word.slice(0, at) + word.slice(at + 1);
      }
      if (random() < 0.1) word += String.fromCharCode(97 + Math.floor(random() * 26));
      parts.push(word);
    }
    out.push(parts.join(" "));
  }
  return out;
}

for (const language of ["en", "pl", "ar"]) {
  // A fresh codebook object, so compiling it is measured too.
  const book = withOwn([]);
  const t = themer(book);
  const c0 = performance.now();
  t("x", language);
  const compile = performance.now() - c0;
  const texts = made(language, N);
  const t0 = performance.now();
  let themed = 0;
  for (const text of texts) if (t(text, language).themes.length) themed++;
  const ms = performance.now() - t0;
  console.log(
    `${language}: compile ${compile.toFixed(1)} ms; ${N} answers in ${ms.toFixed(0)} ms = ${Math.round(
      (N / ms) * 1000,
    ).toLocaleString("en-GB")} answers/s (${((themed / N) * 100).toFixed(0)}% themed)`,
  );
}

const quotes = made("en", 10_000).map((t) => `${t} call Kasia on 07700 900123 at 12 Oak Road`);
const r0 = performance.now();
for (const q of quotes) redact(q, { names: ["Brambles"] });
const rms = performance.now() - r0;
console.log(`redact: ${Math.round((quotes.length / rms) * 1000).toLocaleString("en-GB")} quotes/s`);
