import type { SurveyVersion } from "../survey/schema.js";

/**
 * "Your voice": the demo council's twice-yearly survey for children in care and care leavers,
 * in English, Polish and Arabic, asked in two waves (spring and autumn 2026) so reports have
 * themes and a trend worth reading. Made-up answers only (see `waves.ts`).
 */
export const yourVoice: SurveyVersion = {
  schemaVersion: 1,
  surveyId: "srv_demo_voice",
  version: 1,
  title: { en: "Your voice", pl: "Twój głos", ar: "صوتك" },
  intro: {
    en: "Tell us how things are for you. There are no right or wrong answers.",
    pl: "Powiedz nam, jak ci się żyje. Nie ma dobrych ani złych odpowiedzi.",
    ar: "أخبرنا كيف تسير أمورك. لا توجد إجابات صحيحة أو خاطئة.",
  },
  defaultLanguage: "en",
  languages: ["en", "pl", "ar"],
  ageBands: ["8-11", "12-17", "16-25"],
  // The lowest face on feeling safe goes to the safeguarding lead at once.
  concerns: [{ when: { question: "feel-safe", in: [1] }, severity: "urgent" }],
  pages: [
    {
      id: "main",
      questions: [
        {
          id: "happy",
          type: "emoji",
          faces: 5,
          prompt: {
            en: "How happy are you with your life at the moment?",
            pl: "Jak bardzo jesteś teraz zadowolony ze swojego życia?",
            ar: "ما مدى رضاك عن حياتك الآن؟",
          },
          allowPreferNot: true,
        },
        {
          id: "feel-safe",
          type: "emoji",
          faces: 5,
          prompt: {
            en: "How safe do you feel where you live?",
            pl: "Jak bezpiecznie czujesz się tam, gdzie mieszkasz?",
            ar: "ما مدى شعورك بالأمان حيث تعيش؟",
          },
          allowPreferNot: true,
        },
        {
          id: "trusted-adult",
          type: "yesNo",
          prompt: {
            en: "Is there an adult you trust that you can talk to?",
            pl: "Czy jest dorosły, któremu ufasz i z którym możesz porozmawiać?",
            ar: "هل يوجد شخص بالغ تثق به وتستطيع التحدث معه؟",
          },
          allowPreferNot: true,
        },
        {
          id: "one-thing",
          type: "text",
          prompt: {
            en: "If you could change one thing, what would it be?",
            pl: "Gdybyś mógł zmienić jedną rzecz, co by to było?",
            ar: "لو استطعت أن تغيّر شيئًا واحدًا، فماذا سيكون؟",
          },
          multiline: true,
          maxLength: 1000,
          allowPreferNot: true,
        },
      ],
    },
  ],
};
