/**
 * "You said, we did" in Tigrinya, the child in the plural ንስኹም (one form for everyone): written by Chorus's engineers with its word table
 * (words-ti.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const ti: YouSaidWords = {
  title: "ንስኹም ኢልኩም፣ ንሕና ገይርና",
  intro: "ቆልዑ እንታይ ነገራት ከም ዝመሓይሽ ነጊሮምና። ብዛዕባኡ እዚ ኢና እንገብር ዘለና።",
  status: { doing: "ሕጂ ንገብሮ ኣለና", done: "ገይርናዮ", planned: "ክንገብሮ ኢና" },
  by: (date) => `ክሳብ ${date}`,
  on: (date) => `ተወዲኡ፦ ${date}`,
  fallback: "ገለ ካብዚ ገና ስለዘይተተርጎመ ብእንግሊዝኛ እዩ።",
  none: "ኣብዚ ገና ዋላ ሓንቲ የለን። እንታይ ንገብር ከም ዘለና ንምርኣይ ቀልጢፍኩም ተመለሱ።",
  failed: "ሕጂ እዚ ከነርእየኩም ኣይንኽእልን ኢና። ደሓር ከም ብሓድሽ ፈትኑ።",
  tryAgain: "ከም ብሓድሽ ምፍታን",
  loading: "ይጽዓን ኣሎ…",
};

export default ti;
