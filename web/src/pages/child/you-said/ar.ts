/** "You said, we did" in Arabic. */
import type { YouSaidWords } from "../YouSaid";

const ar: YouSaidWords = {
  title: "قلتم، وفعلنا",
  intro: "أخبرنا الأطفال بما يجعل الأمور أفضل. هذا ما نفعله.",
  status: { doing: "نعمل على هذا الآن", done: "فعلنا هذا", planned: "سنفعل هذا" },
  by: (date) => `قبل ${date}`,
  on: (date) => `تمّ في ${date}`,
  fallback: "بعض هذا بالإنجليزية لأنه لم يُترجم بعد.",
  none: "لا يوجد شيء هنا بعد. عُد قريباً لترى ما نفعله.",
  failed: "لا نستطيع عرض هذا الآن. حاول مرة أخرى لاحقاً.",
  tryAgain: "حاول مرة أخرى",
  loading: "جارٍ التحميل…",
};

export default ar;
