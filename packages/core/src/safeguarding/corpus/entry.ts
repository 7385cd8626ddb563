/**
 * Helpers for the per-language corpus files: `yes` for a sentence a safeguarding lead must see,
 * `no` for an ordinary one. The shape is `CorpusEntry` in `../corpus.ts`.
 */
import type { Category } from "../types.js";

export interface Sentence {
  language: string;
  text: string;
  alert: boolean;
  category?: Category;
}

/** The two ways of writing one language's sentences. */
export function sentences(language: string) {
  return {
    yes: (category: Category, text: string): Sentence => ({
      language,
      text,
      alert: true,
      category,
    }),
    no: (text: string): Sentence => ({ language, text, alert: false }),
  };
}
