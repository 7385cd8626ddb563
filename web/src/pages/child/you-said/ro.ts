/**
 * "You said, we did" in Romanian: written by Chorus's engineers with its word table
 * (words-ro.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const ro: YouSaidWords = {
  title: "Voi ați spus, noi facem",
  intro: "Copiii ne-au spus ce ar face lucrurile mai bune. Iată ce facem.",
  status: { doing: "Facem asta acum", done: "Am făcut asta", planned: "Vom face asta" },
  by: (date) => `Până pe ${date}`,
  on: (date) => `Făcut pe ${date}`,
  fallback: "O parte e în engleză pentru că nu a fost încă tradusă.",
  none: "Încă nu e nimic aici. Revino curând să vezi ce facem.",
  failed: "Nu putem arăta asta acum. Încearcă mai târziu.",
  tryAgain: "Încearcă din nou",
  loading: "Se încarcă…",
};

export default ro;
