/**
 * "You said, we did" in Punjabi in Gurmukhi: written by Chorus's engineers with its word table
 * (words-pa.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const pa: YouSaidWords = {
  title: "ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ",
  intro: "ਬੱਚਿਆਂ ਨੇ ਸਾਨੂੰ ਦੱਸਿਆ ਕਿ ਕਿਹੜੀਆਂ ਗੱਲਾਂ ਨਾਲ ਹਾਲਾਤ ਬਿਹਤਰ ਹੋ ਸਕਦੇ ਹਨ। ਅਸੀਂ ਇਸ ਬਾਰੇ ਇਹ ਕਰ ਰਹੇ ਹਾਂ।",
  status: { doing: "ਅਸੀਂ ਇਹ ਹੁਣ ਕਰ ਰਹੇ ਹਾਂ", done: "ਅਸੀਂ ਇਹ ਕਰ ਦਿੱਤਾ", planned: "ਅਸੀਂ ਇਹ ਕਰਾਂਗੇ" },
  by: (date) => `${date} ਤੱਕ`,
  on: (date) => `${date} ਨੂੰ ਹੋ ਗਿਆ`,
  fallback: "ਇਸ ਦਾ ਕੁਝ ਹਿੱਸਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੈ ਕਿਉਂਕਿ ਇਸ ਦਾ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ।",
  none: "ਇੱਥੇ ਅਜੇ ਕੁਝ ਨਹੀਂ ਹੈ। ਜਲਦੀ ਵਾਪਸ ਆ ਕੇ ਦੇਖਣਾ ਕਿ ਅਸੀਂ ਕੀ ਕਰ ਰਹੇ ਹਾਂ।",
  failed: "ਅਸੀਂ ਇਹ ਹੁਣ ਨਹੀਂ ਦਿਖਾ ਸਕਦੇ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।",
  tryAgain: "ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ",
  loading: "ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…",
};

export default pa;
