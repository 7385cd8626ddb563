/**
 * "You said, we did" in Portuguese (Portugal’s, which Brazilian children read too): written by Chorus's engineers with its word table
 * (words-pt.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const pt: YouSaidWords = {
  title: "Vocês disseram, nós fazemos",
  intro: "As crianças disseram-nos o que tornaria as coisas melhores. É isto que estamos a fazer.",
  status: {
    doing: "Estamos a fazer isto agora",
    done: "Já fizemos isto",
    planned: "Vamos fazer isto",
  },
  by: (date) => `Até ${date}`,
  on: (date) => `Feito a ${date}`,
  fallback: "Parte disto está em inglês porque ainda não foi traduzido.",
  none: "Ainda não há nada aqui. Volta em breve para veres o que estamos a fazer.",
  failed: "Não conseguimos mostrar isto agora. Tenta mais tarde.",
  tryAgain: "Tentar de novo",
  loading: "A carregar…",
};

export default pt;
