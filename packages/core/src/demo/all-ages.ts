import { unsafeAnswers } from "../survey/concerns.js";
import type { SurveyVersion } from "../survey/schema.js";

/**
 * "All about me": one survey for three age bands, in English, Arabic, Urdu and Lithuanian (the
 * last two written by the Chorus team, not yet checked by native speakers), with one question of
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
  title: {
    en: "All about me",
    ar: "كل شيء عنّي",
    ur: "میرے بارے میں سب کچھ",
    lt: "Viskas apie mane",
  },
  intro: {
    en: "Some questions about your life. There are no right or wrong answers.",
    ar: "بعض الأسئلة عن حياتك. لا توجد إجابات صحيحة أو خاطئة.",
    ur: "آپ کی زندگی کے بارے میں کچھ سوال۔ کوئی جواب صحیح یا غلط نہیں ہے۔",
    lt: "Keli klausimai apie tavo gyvenimą. Nėra teisingų ar neteisingų atsakymų.",
  },
  defaultLanguage: "en",
  languages: ["en", "ar", "ur", "lt"],
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
            ur: "سلام! یہ سوال آپ کے بارے میں ہیں۔ آرام سے جواب دیں۔",
            lt: "Labas! Šie klausimai yra apie tave. Neskubėk.",
          },
          help: {
            en: "You can press the speaker to hear any words read out.",
            ar: "يمكنك الضغط على زر السمّاعة لتسمع أي كلمات بصوت عالٍ.",
            ur: "کوئی بھی لفظ سننے کے لیے اسپیکر کا بٹن دبائیں۔",
            lt: "Paspausk garsiakalbį, jei nori išgirsti žodžius garsiai.",
          },
          allowPreferNot: true,
          bands: {
            "4-7": {
              prompt: {
                en: "Hello! Let's talk about you.",
                ar: "مرحبًا! لنتحدّث عنك.",
                ur: "سلام! آئیں آپ کے بارے میں بات کریں۔",
                lt: "Labas! Pakalbėkime apie tave.",
              },
            },
          },
        },
        {
          id: "feel-home",
          type: "emoji",
          faces: 5,
          prompt: {
            en: "How do you feel about where you live?",
            ar: "ما شعورك تجاه المكان الذي تعيش فيه؟",
            ur: "آپ جہاں رہتے ہیں، وہاں آپ کیسا محسوس کرتے ہیں؟",
            lt: "Kaip jautiesi ten, kur gyveni?",
          },
          help: {
            en: "Pick the face that fits best.",
            ar: "اختر الوجه الأقرب إلى شعورك.",
            ur: "وہ چہرہ چنیں جو آپ کے احساس سے سب سے زیادہ ملتا ہو۔",
            lt: "Pasirink veidą, kuris labiausiai tinka.",
          },
          allowPreferNot: true,
          bands: {
            "4-7": {
              prompt: {
                en: "How is home?",
                ar: "كيف هو بيتك؟",
                ur: "گھر کیسا ہے؟",
                lt: "Kaip namuose?",
              },
            },
          },
        },
        {
          id: "feel-safe",
          type: "yesNo",
          prompt: {
            en: "Do you feel safe where you live?",
            ar: "هل تشعر بالأمان في المكان الذي تعيش فيه؟",
            ur: "کیا آپ جہاں رہتے ہیں وہاں خود کو محفوظ محسوس کرتے ہیں؟",
            lt: "Ar jautiesi saugiai ten, kur gyveni?",
          },
          help: {
            en: "Safe means nobody hurts you or frightens you.",
            ar: "الأمان يعني ألّا يؤذيك أحد أو يخيفك.",
            ur: "محفوظ کا مطلب ہے کہ کوئی آپ کو تکلیف نہ دے اور نہ ڈرائے۔",
            lt: "Saugiai reiškia, kad niekas tavęs neskriaudžia ir negąsdina.",
          },
          allowPreferNot: true,
          bands: {
            "4-7": {
              prompt: {
                en: "Do you feel safe at home?",
                ar: "هل تشعر بالأمان في البيت؟",
                ur: "کیا آپ گھر میں خود کو محفوظ محسوس کرتے ہیں؟",
                lt: "Ar namuose jautiesi saugiai?",
              },
            },
          },
        },
        {
          id: "talk-to",
          type: "choice",
          prompt: {
            en: "Who do you talk to when you are worried?",
            ar: "مع من تتحدّث عندما تشعر بالقلق؟",
            ur: "جب آپ پریشان ہوتے ہیں تو کس سے بات کرتے ہیں؟",
            lt: "Su kuo kalbiesi, kai nerimauji?",
          },
          options: [
            {
              id: "carer",
              icon: "carer",
              label: {
                en: "My carer",
                ar: "الشخص الذي يرعاني",
                ur: "جو میری دیکھ بھال کرتے ہیں",
                lt: "Mano globėjai",
              },
            },
            {
              id: "social-worker",
              icon: "worker",
              label: {
                en: "My social worker",
                ar: "الأخصائي الاجتماعي",
                ur: "میرا سوشل ورکر",
                lt: "Mano socialinis darbuotojas",
              },
            },
            {
              id: "teacher",
              icon: "teacher",
              label: {
                en: "A teacher",
                ar: "معلّم أو معلّمة",
                ur: "استاد یا استانی",
                lt: "Mokytojas ar mokytoja",
              },
            },
            {
              id: "friend",
              icon: "friends",
              label: {
                en: "A friend",
                ar: "صديق أو صديقة",
                ur: "کوئی دوست",
                lt: "Draugas ar draugė",
              },
            },
            {
              id: "nobody",
              icon: "nobody",
              label: { en: "Nobody", ar: "لا أحد", ur: "کوئی نہیں", lt: "Niekas" },
            },
          ],
          allowPreferNot: true,
        },
        {
          id: "like-doing",
          type: "multi",
          prompt: {
            en: "What do you like doing? Choose all that fit.",
            ar: "ماذا تحبّ أن تفعل؟ اختر كل ما يناسبك.",
            ur: "آپ کو کیا کرنا پسند ہے؟ جو بھی ٹھیک لگے، سب چنیں۔",
            lt: "Ką mėgsti veikti? Pasirink viską, kas tinka.",
          },
          options: [
            {
              id: "sport",
              icon: "sport",
              label: { en: "Sport", ar: "الرياضة", ur: "کھیل کود", lt: "Sportas" },
            },
            {
              id: "music",
              icon: "music",
              label: { en: "Music", ar: "الموسيقى", ur: "موسیقی", lt: "Muzika" },
            },
            {
              id: "games",
              icon: "games",
              label: { en: "Games", ar: "الألعاب", ur: "گیمز", lt: "Žaidimai" },
            },
            {
              id: "art",
              icon: "art",
              label: {
                en: "Drawing and making",
                ar: "الرسم والأشغال اليدوية",
                ur: "تصویریں اور چیزیں بنانا",
                lt: "Piešimas ir darbeliai",
              },
            },
            {
              id: "outdoors",
              icon: "outdoors",
              label: {
                en: "Playing outside",
                ar: "اللعب في الخارج",
                ur: "باہر کھیلنا",
                lt: "Žaidimai lauke",
              },
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
            ur: "آج کل آپ اپنی زندگی سے کتنے خوش ہیں؟",
            lt: "Kaip tau sekasi gyvenime šiuo metu?",
          },
          minLabel: {
            en: "Not happy at all",
            ar: "غير سعيد أبدًا",
            ur: "بالکل خوش نہیں",
            lt: "Visai negerai",
          },
          maxLabel: { en: "Really happy", ar: "سعيد جدًا", ur: "بہت خوش", lt: "Labai gerai" },
          allowPreferNot: true,
          // Ten steps mean little at five: the youngest get three faces instead (next).
          bands: { "4-7": { hidden: true } },
        },
        {
          id: "happy-face",
          type: "emoji",
          faces: 3,
          prompt: {
            en: "How happy are you?",
            ar: "ما مدى سعادتك؟",
            ur: "آپ کتنے خوش ہیں؟",
            lt: "Kaip tu jautiesi?",
          },
          showIf: { ageBand: ["4-7"] },
          allowPreferNot: true,
        },
        {
          id: "houses",
          type: "threeHouses",
          prompt: {
            en: "Tell us about your three houses.",
            ar: "أخبرنا عن بيوتك الثلاثة.",
            ur: "ہمیں اپنے تین گھروں کے بارے میں بتائیں۔",
            lt: "Papasakok apie savo tris namus.",
          },
          help: {
            en: "Write in any of the houses, or leave them empty.",
            ar: "اكتب في أيّ بيت تريده، أو اتركه فارغًا.",
            ur: "کسی بھی گھر میں لکھیں، یا انہیں خالی چھوڑ دیں۔",
            lt: "Rašyk bet kuriame name arba palik juos tuščius.",
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
            ur: "اگر آپ ایک چیز بدل سکتے، تو وہ کیا ہوتی؟",
            lt: "Jei galėtum pakeisti vieną dalyką, kas tai būtų?",
          },
          multiline: true,
          maxLength: 1000,
          allowPreferNot: true,
          bands: {
            "4-7": {
              prompt: {
                en: "Is there anything you want to tell the grown-up with you?",
                ar: "هل هناك شيء تريد أن تقوله للشخص الكبير الذي معك؟",
                ur: "کیا آپ اپنے ساتھ موجود بڑے کو کچھ بتانا چاہتے ہیں؟",
                lt: "Ar nori ką nors pasakyti suaugusiajam, kuris yra su tavimi?",
              },
              help: {
                en: "You don't have to. If you want to, the grown-up can write your words here.",
                ar: "ليس عليك ذلك. إذا أردت، يستطيع الشخص الكبير أن يكتب كلماتك هنا.",
                ur: "ضروری نہیں۔ اگر آپ چاہیں تو وہ بڑا آپ کی بات یہاں لکھ سکتا ہے۔",
                lt: "Nebūtina. Jei nori, suaugęs žmogus gali čia užrašyti tavo žodžius.",
              },
            },
          },
        },
      ],
    },
  ],
};
