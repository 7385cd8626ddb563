/**
 * Screening CPU per answer, per language, in one run: the corpus's sentences (must-alert and
 * ordinary) with words shuffled, a letter dropped in one word of five and one added in one of
 * ten, so most words are new to the matcher's memory. Also the CPU of the first answer in each
 * language, which compiles its lexicon. Run: `pnpm tsx bench/screen.ts` (N=… answers, default
 * 20,000 per language; LANGS=en,ps,… to choose).
 */
import { CORPUS } from "../packages/core/src/safeguarding/corpus.js";
import { LEXICON_LANGUAGES, screenText } from "../packages/core/src/safeguarding/screen.js";

const N = Number(process.env.N ?? 20_000);
const LANGS = process.env.LANGS?.split(",") ?? [...LEXICON_LANGUAGES];
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

function made(language: string, count: number): string[] {
  const words = CORPUS.filter((e) => e.language === language).flatMap((e) => e.text.split(" "));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const length = 4 + Math.floor(random() * 20);
    for (let j = 0; j < length; j++) {
      let word = words[Math.floor(random() * words.length)]!;
      if (random() < 0.2 && word.length > 3) {
        const at = Math.floor(random() * word.length);
        word = word.slice(0, at) + word.slice(at + 1);
      }
      if (random() < 0.1) word += word.at(-1);
      parts.push(word);
    }
    out.push(parts.join(" "));
  }
  return out;
}

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

console.log("language | first answer (compiles) | CPU per answer | alerts");
console.log("---|---|---|---");
for (const language of LANGS) {
  const answers = made(language, N);
  const t0 = cpu();
  screenText(language, answers[0]!);
  const first = cpu() - t0;
  let alerts = 0;
  const t1 = cpu();
  for (const a of answers) if (screenText(language, a).alert) alerts++;
  const per = ((cpu() - t1) / N) * 1000;
  console.log(
    `${language} | ${first.toFixed(1)} ms | ${per.toFixed(1)} µs | ${((alerts / N) * 100).toFixed(0)} %`,
  );
}
