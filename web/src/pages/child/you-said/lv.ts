/**
 * "You said, we did" in Latvian: written by Chorus's engineers with its word table
 * (words-lv.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const lv: YouSaidWords = {
  title: "Jūs teicāt – mēs darām",
  intro: "Bērni mums pastāstīja, kas varētu uzlabot dzīvi. Lūk, ko mēs darām.",
  status: { doing: "To mēs darām tagad", done: "To mēs izdarījām", planned: "To mēs izdarīsim" },
  by: (date) => `Līdz ${date}`,
  on: (date) => `Izdarīts ${date}`,
  fallback: "Daļa no šī ir angliski, jo vēl nav iztulkota.",
  none: "Šeit vēl nekā nav. Ienāc drīz, lai redzētu, ko mēs darām.",
  failed: "Pašlaik to nevaram parādīt. Lūdzu, mēģini vēlāk.",
  tryAgain: "Mēģināt vēlreiz",
  loading: "Ielādē…",
};

export default lv;
