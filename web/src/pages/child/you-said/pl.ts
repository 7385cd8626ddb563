/** "You said, we did" in Polish. */
import type { YouSaidWords } from "../YouSaid";

const pl: YouSaidWords = {
  title: "Mówiliście – działamy",
  intro: "Dzieci powiedziały nam, co może być lepsze. Oto co z tym robimy.",
  status: { doing: "Robimy to teraz", done: "To już zrobione", planned: "Zrobimy to" },
  by: (date) => `Do ${date}`,
  on: (date) => `Zrobione: ${date}`,
  fallback: "Część jest po angielsku, bo nie ma jeszcze tłumaczenia.",
  none: "Na razie nic tu nie ma. Zajrzyj wkrótce.",
  failed: "Nie możemy tego teraz pokazać. Spróbuj później.",
  tryAgain: "Spróbuj ponownie",
  loading: "Ładowanie…",
};

export default pl;
