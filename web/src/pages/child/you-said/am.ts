/**
 * "You said, we did" in Amharic, the child in the plural እናንተ (one form for everyone): written by Chorus's engineers with its word table
 * (words-am.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const am: YouSaidWords = {
  title: "እናንተ አላችሁ፣ እኛ አደረግን",
  intro: "ልጆች ነገሮችን ምን እንደሚያሻሽል ነግረውናል። ስለዚህ የምናደርገው ይህ ነው።",
  status: { doing: "አሁን እያደረግነው ነው", done: "አድርገነዋል", planned: "እናደርገዋለን" },
  by: (date) => `እስከ ${date}`,
  on: (date) => `ተጠናቋል፦ ${date}`,
  fallback: "ገና ስላልተተረጎመ ከዚህ የተወሰነው በእንግሊዝኛ ነው።",
  none: "እዚህ ገና ምንም የለም። የምናደርገውን ለማየት በቅርቡ ተመልሳችሁ ኑ።",
  failed: "አሁን ይህን ማሳየት አንችልም። ቆይታችሁ እንደገና ሞክሩ።",
  tryAgain: "እንደገና መሞከር",
  loading: "በመጫን ላይ…",
};

export default am;
