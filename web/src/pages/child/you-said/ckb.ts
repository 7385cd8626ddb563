/**
 * "You said, we did" in Kurdish Sorani: written by Chorus's engineers with its word table
 * (words-ckb.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const ckb: YouSaidWords = {
  title: "تۆ وتت، ئێمە کردمان",
  intro: "منداڵان پێیان وتین چی شتێک باشتری دەکات. ئەمە ئەوەیە کە ئێمە دەیکەین.",
  // Sorani's present also says the future, so "in the future" keeps "planned" apart from "doing".
  status: { doing: "ئێستا ئەمە دەکەین", done: "ئەمەمان کرد", planned: "لە داهاتوودا ئەمە دەکەین" },
  by: (date) => `تا ${date}`,
  on: (date) => `لە ${date} کرا`,
  fallback: "بەشێک لەمە بە ئینگلیزییە، چونکە هێشتا وەرنەگێڕدراوە.",
  none: "هێشتا هیچ شتێک لێرە نییە. زوو بگەڕێوە بۆ ئەوەی ببینیت چی دەکەین.",
  failed: "ئێستا ناتوانین ئەمە نیشان بدەین. دواتر هەوڵ بدەرەوە.",
  tryAgain: "دووبارە هەوڵ بدەرەوە",
  loading: "بار دەکرێت…",
};

export default ckb;
