/**
 * "You said, we did" in Hungarian, the child as "te": written by Chorus's engineers with its word table
 * (words-hu.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const hu: YouSaidWords = {
  title: "Ti mondtátok, mi tesszük",
  intro: "Gyerekek elmondták nekünk, mitől lenne jobb a helyzet. Ezt tesszük érte.",
  status: { doing: "Most csináljuk", done: "Megcsináltuk", planned: "Meg fogjuk csinálni" },
  // "Határidő:" rather than a suffix: "-ig" cannot follow a date that ends in a full stop.
  by: (date) => `Határidő: ${date}`,
  on: (date) => `Kész: ${date}`,
  fallback: "Egy része angolul van, mert még nincs lefordítva.",
  none: "Még nincs itt semmi. Nézz vissza hamarosan, hogy lásd, mit csinálunk.",
  failed: "Most nem tudjuk megmutatni. Próbáld újra később.",
  tryAgain: "Próbáld újra",
  loading: "Betöltés…",
};

export default hu;
