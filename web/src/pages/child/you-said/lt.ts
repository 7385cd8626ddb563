/**
 * "You said, we did" in Lithuanian: written by Chorus's engineers with its word table
 * (words-lt.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const lt: YouSaidWords = {
  title: "Jūs sakėte – mes darome",
  intro: "Vaikai mums pasakė, kas padėtų pagerinti gyvenimą. Štai ką dėl to darome.",
  status: { doing: "Tai darome dabar", done: "Tai jau padarėme", planned: "Tai padarysime" },
  by: (date) => `Iki ${date}`,
  on: (date) => `Padaryta ${date}`,
  fallback: "Dalis teksto yra angliškai, nes dar neišversta.",
  none: "Kol kas čia nieko nėra. Netrukus užsuk ir pamatysi, ką darome.",
  failed: "Dabar negalime to parodyti. Pabandyk vėliau.",
  tryAgain: "Bandyti dar kartą",
  loading: "Įkeliama…",
};

export default lt;
