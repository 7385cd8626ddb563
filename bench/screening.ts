/**
 * What screening costs per answer, per language, in one run so the languages meet the same load:
 * the CPU time to compile a language's lexicon (paid once, on the first answer in it) and the CPU
 * time per answer, over answers made from that language's corpus sentences (words drawn at random,
 * 3–14 of them, so most are new to the matcher's memory), and for one 4,000-character answer.
 * Run: `pnpm tsx bench/screening.ts` (N=… answers per language, LANGS=en,lt,… to choose).
 */
import { CORPUS } from "../packages/core/src/safeguarding/corpus.js";
import { LEXICON_LANGUAGES, screenText } from "../packages/core/src/safeguarding/index.js";

const N = Number(process.env.N ?? 20_000);
const LANGS = process.env.LANGS?.split(",") ?? LEXICON_LANGUAGES;
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

const cpu = (work: () => void) => {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

console.log(`${N} made-up answers per language, Node ${process.version}`);
console.log("language | compile (ms CPU) | per answer (µs CPU) | 4,000 characters (ms CPU)");
for (const language of LANGS) {
  const words = CORPUS.filter((e) => e.language === language).flatMap((e) => e.text.split(" "));
  const answers: string[] = [];
  for (let i = 0; i < N; i++) {
    const length = 3 + Math.floor(random() * 12);
    const parts: string[] = [];
    for (let j = 0; j < length; j++) parts.push(words[Math.floor(random() * words.length)]!);
    answers.push(parts.join(" "));
  }
  const compile = cpu(() => screenText(language, "x"));
  let alerts = 0;
  const all = cpu(() => {
    for (const a of answers) if (screenText(language, a).alert) alerts++;
  });
  const long = answers.join(". ").slice(0, 4000);
  const runs = 50;
  const longMs = cpu(() => {
    for (let i = 0; i < runs; i++) screenText(language, long);
  });
  console.log(
    `${language} | ${compile.toFixed(1)} | ${((all / N) * 1000).toFixed(1)} | ${(longMs / runs).toFixed(2)} (${Math.round((alerts / N) * 100)}% alert)`,
  );
}
