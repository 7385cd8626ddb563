/**
 * "You said, we did" in Dari: written by Chorus's engineers with its word table
 * (words-prs.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const prs: YouSaidWords = {
  title: "تو گفتی، ما انجام دادیم",
  intro: "اطفال به ما گفتند که چه چیزها وضعیت را بهتر می‌سازد. این کاری است که ما انجام می‌دهیم.",
  status: {
    doing: "همین حالا این کار را می‌کنیم",
    done: "این کار را کردیم",
    planned: "این کار را خواهیم کرد",
  },
  by: (date) => `تا ${date}`,
  on: (date) => `در ${date} انجام شد`,
  fallback: "بخشی از این به انگلیسی است، چون هنوز ترجمه نشده.",
  none: "هنوز اینجا چیزی نیست. زود دوباره بیا و ببین که ما چه می‌کنیم.",
  failed: "حالا نمی‌توانیم این را نشان بدهیم. بعداً دوباره کوشش کن.",
  tryAgain: "دوباره کوشش کن",
  loading: "در حال بارگذاری…",
};

export default prs;
