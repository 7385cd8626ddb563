/**
 * "You said, we did" in Czech: written by Chorus's engineers with its word table
 * (words-cs.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const cs: YouSaidWords = {
  // "Your words – our steps": "you said" would pick boys' (řekli) or girls' (řekly) endings.
  title: "Vaše slova – naše kroky",
  intro: "Děti nám řekly, co by věci zlepšilo. Tohle s tím děláme.",
  status: { doing: "Právě to děláme", done: "Už je to hotové", planned: "Uděláme to" },
  by: (date) => `Do ${date}`,
  on: (date) => `Hotovo ${date}`,
  fallback: "Něco je v angličtině, protože to ještě není přeložené.",
  none: "Zatím tu nic není. Brzy se sem zase podívej, co děláme.",
  failed: "Teď to nemůžeme ukázat. Zkus to později.",
  tryAgain: "Zkusit znovu",
  loading: "Načítá se…",
};

export default cs;
