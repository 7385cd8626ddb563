/**
 * "You said, we did" in Urdu, the child as تم (familiar, for a boy or a girl alike): written by Chorus's engineers with its word table
 * (words-ur.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const ur: YouSaidWords = {
  title: "تم نے کہا، ہم نے کیا",
  intro: "بچوں نے ہمیں بتایا کہ کن باتوں سے حالات بہتر ہو سکتے ہیں۔ ہم اس کے لیے یہ کر رہے ہیں۔",
  status: { doing: "ہم یہ ابھی کر رہے ہیں", done: "ہم نے یہ کر دیا", planned: "ہم یہ کریں گے" },
  by: (date) => `${date} تک`,
  on: (date) => `${date} کو ہو گیا`,
  fallback: "اس میں سے کچھ انگریزی میں ہے کیونکہ ابھی اس کا ترجمہ نہیں ہوا۔",
  none: "یہاں ابھی کچھ نہیں ہے۔ جلد واپس آ کر دیکھنا کہ ہم کیا کر رہے ہیں۔",
  failed: "ہم ابھی یہ نہیں دکھا سکتے۔ تھوڑی دیر بعد دوبارہ کوشش کرنا۔",
  tryAgain: "دوبارہ کوشش کرو",
  loading: "لوڈ ہو رہا ہے…",
};

export default ur;
