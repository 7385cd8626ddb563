/**
 * "You said, we did" in Slovak: written by Chorus's engineers with its word table
 * (words-sk.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const sk: YouSaidWords = {
  title: "Povedali ste – robíme",
  intro: "Deti nám povedali, čo by veci zlepšilo. Toto s tým robíme.",
  status: { doing: "Práve to robíme", done: "Už je to hotové", planned: "Urobíme to" },
  by: (date) => `Do ${date}`,
  on: (date) => `Hotové ${date}`,
  fallback: "Časť je po anglicky, lebo to ešte nie je preložené.",
  none: "Zatiaľ tu nič nie je. Príď sa čoskoro pozrieť, čo robíme.",
  failed: "Teraz to nemôžeme ukázať. Skús to neskôr.",
  tryAgain: "Skúsiť znova",
  loading: "Načítava sa…",
};

export default sk;
