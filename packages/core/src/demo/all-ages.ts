import { unsafeAnswers } from "../survey/concerns.js";
import type { SurveyVersion } from "../survey/schema.js";

/**
 * "All about me": one survey for three age bands, in English and Arabic, with one question of
 * every kind. The child picks their age from pictures (code DEMOALL) unless the code fixes the
 * band (DEMO47), and the youngest get shorter words where a question has them, three faces in
 * place of the 0–10 scale, no houses to write in, and one last thing they may tell the adult with
 * them, who writes it down. The Arabic is
 * Modern Standard Arabic addressed, as is usual for a general audience, in the masculine.
 */
export const allAboutMe: SurveyVersion = {
  schemaVersion: 1,
  surveyId: "srv_demo_allages",
  version: 1,
  title: { en: "All about me", ar: "كل شيء عنّي" },
  intro: {
    en: "Some questions about your life. There are no right or wrong answers.",
    ar: "بعض الأسئلة عن حياتك. لا توجد إجابات صحيحة أو خاطئة.",
  },
  defaultLanguage: "en",
  languages: ["en", "ar"],
  ageBands: ["4-7", "8-11", "12-17"],
  concerns: unsafeAnswers("feel-safe"),
  pages: [
    {
      id: "main",
      questions: [
        {
          id: "hello",
          type: "info",
          prompt: {
            en: "Hello! These questions are about you. Take your time.",
            ar: "مرحبًا! هذه الأسئلة عنك. خذ وقتك.",
          },
          help: {
            en: "You can press the speaker to hear any words read out.",
            ar: "يمكنك الضغط على زر السمّاعة لتسمع أي كلمات بصوت عالٍ.",
          },
          allowPreferNot: true,
          bands: {
            "4-7": { prompt: { en: "Hello! Let's talk about you.", ar: "مرحبًا! لنتحدّث عنك." } },
          },
        },
        {
          id: "feel-home",
          type: "emoji",
          faces: 5,
          prompt: {
            en: "How do you feel about where you live?",
            ar: "ما شعورك تجاه المكان الذي تعيش فيه؟",
          },
          help: { en: "Pick the face that fits best.", ar: "اختر الوجه الأقرب إلى شعورك." },
          allowPreferNot: true,
          bands: { "4-7": { prompt: { en: "How is home?", ar: "كيف هو بيتك؟" } } },
        },
        {
          id: "feel-safe",
          type: "yesNo",
          prompt: {
            en: "Do you feel safe where you live?",
            ar: "هل تشعر بالأمان في المكان الذي تعيش فيه؟",
          },
          help: {
            en: "Safe means nobody hurts you or frightens you.",
            ar: "الأمان يعني ألّا يؤذيك أحد أو يخيفك.",
          },
          allowPreferNot: true,
          bands: {
            "4-7": { prompt: { en: "Do you feel safe at home?", ar: "هل تشعر بالأمان في البيت؟" } },
          },
        },
        {
          id: "talk-to",
          type: "choice",
          prompt: {
            en: "Who do you talk to when you are worried?",
            ar: "مع من تتحدّث عندما تشعر بالقلق؟",
          },
          options: [
            { id: "carer", icon: "carer", label: { en: "My carer", ar: "الشخص الذي يرعاني" } },
            {
              id: "social-worker",
              icon: "worker",
              label: { en: "My social worker", ar: "الأخصائي الاجتماعي" },
            },
            { id: "teacher", icon: "teacher", label: { en: "A teacher", ar: "معلّم أو معلّمة" } },
            { id: "friend", icon: "friends", label: { en: "A friend", ar: "صديق أو صديقة" } },
            { id: "nobody", icon: "nobody", label: { en: "Nobody", ar: "لا أحد" } },
          ],
          allowPreferNot: true,
        },
        {
          id: "like-doing",
          type: "multi",
          prompt: {
            en: "What do you like doing? Choose all that fit.",
            ar: "ماذا تحبّ أن تفعل؟ اختر كل ما يناسبك.",
          },
          options: [
            { id: "sport", icon: "sport", label: { en: "Sport", ar: "الرياضة" } },
            { id: "music", icon: "music", label: { en: "Music", ar: "الموسيقى" } },
            { id: "games", icon: "games", label: { en: "Games", ar: "الألعاب" } },
            {
              id: "art",
              icon: "art",
              label: { en: "Drawing and making", ar: "الرسم والأشغال اليدوية" },
            },
            {
              id: "outdoors",
              icon: "outdoors",
              label: { en: "Playing outside", ar: "اللعب في الخارج" },
            },
          ],
          min: 1,
          allowPreferNot: true,
        },
        {
          id: "happy",
          type: "scale",
          prompt: {
            en: "How happy are you with your life at the moment?",
            ar: "ما مدى رضاك عن حياتك هذه الأيام؟",
          },
          minLabel: { en: "Not happy at all", ar: "غير سعيد أبدًا" },
          maxLabel: { en: "Really happy", ar: "سعيد جدًا" },
          allowPreferNot: true,
          // Ten steps mean little at five: the youngest get three faces instead (next).
          bands: { "4-7": { hidden: true } },
        },
        {
          id: "happy-face",
          type: "emoji",
          faces: 3,
          prompt: { en: "How happy are you?", ar: "ما مدى سعادتك؟" },
          showIf: { ageBand: ["4-7"] },
          allowPreferNot: true,
        },
        {
          id: "houses",
          type: "threeHouses",
          prompt: { en: "Tell us about your three houses.", ar: "أخبرنا عن بيوتك الثلاثة." },
          help: {
            en: "Write in any of the houses, or leave them empty.",
            ar: "اكتب في أيّ بيت تريده، أو اتركه فارغًا.",
          },
          maxLength: 1000,
          allowPreferNot: true,
          // Three empty boxes are no question for a child who cannot write yet.
          bands: { "4-7": { hidden: true } },
        },
        {
          id: "one-thing",
          type: "text",
          prompt: {
            en: "If you could change one thing, what would it be?",
            ar: "لو استطعت أن تغيّر شيئًا واحدًا، فماذا سيكون؟",
          },
          multiline: true,
          maxLength: 1000,
          allowPreferNot: true,
          bands: {
            "4-7": {
              prompt: {
                en: "Is there anything you want to tell the grown-up with you?",
                ar: "هل هناك شيء تريد أن تقوله للشخص الكبير الذي معك؟",
              },
              help: {
                en: "You don't have to. If you want to, the grown-up can write your words here.",
                ar: "ليس عليك ذلك. إذا أردت، يستطيع الشخص الكبير أن يكتب كلماتك هنا.",
              },
            },
          },
        },
      ],
    },
  ],
};
