/**
 * The child screens' words in Urdu, addressing the child as "تم", the way a friendly adult speaks
 * to a child. Urdu verbs often show whether the speaker means a boy or a girl ("کر سکتے ہو" /
 * "کر سکتی ہو"); those sentences are put another way (an imperative, "تمہیں …", a passive) so no
 * child is misgendered. "Care" is کیئر, the English word Urdu-speaking families in England use for
 * the care system; a social worker is سوشل ورکر, and a safeguarding worker is called a worker
 * who keeps children safe. Digits stay Western. Missing entries fall back to English.
 */
import { plural } from "./intl";
import { nameOrOwn } from "./language-names";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said so often that it is written once: whom to ask when the tablet cannot do something.
const ASK = "اپنے ساتھ موجود بڑے سے مدد مانگو۔";
const SAVED = "اس ٹیبلٹ پر محفوظ ہو گیا۔ ٹیبلٹ آن لائن ہوتے ہی یہ ورکر کو چلا جائے گا۔";
const MESSAGE_SAVED =
  "تمہارا پیغام اس ٹیبلٹ پر محفوظ ہے۔ ٹیبلٹ آن لائن ہوتے ہی بھیج دیا جائے گا، اس لیے ہو سکتا ہے ورکر نے اسے ابھی نہ دیکھا ہو۔";
const NEED_HELP = "اگر ابھی مدد چاہیے تو";
const TELL_WORKER_BOLD = "اگر تم ہم سے کہو کہ تمہارے سوشل ورکر کو بتائیں، یا";

export const words: Translation = {
  back: "واپس",
  next: "آگے",
  skip: "چھوڑ دو",
  start: "شروع کرو",
  finish: "ختم کرو",
  stepsNav: "مراحل",
  questionsNav: "سوالات",
  questionOf: (n, total) => `سوال ${n} (${total} میں سے)`,
  comma: "، ",

  readQuestion: "سوال اونچی آواز میں سنو",
  readHelp: "مدد کی بات اونچی آواز میں سنو",
  readThis: "یہ اونچی آواز میں سنو",
  readEnds: "نمبروں کا مطلب اونچی آواز میں سنو",
  readWords: (words) => `"${words}" اونچی آواز میں سنو`,
  cantReadAloud: `یہ ٹیبلٹ اونچی آواز میں نہیں پڑھ سکتا۔ ${ASK}`,
  cantReadLanguage: (code) =>
    `یہ ٹیبلٹ ${nameOrOwn(code, "ur")} اونچی آواز میں نہیں پڑھ سکتا۔ ${ASK}`,

  charactersLeft: (n) =>
    plural("ur", n, {
      one: `${n} حرف باقی ہے`,
      other: `${n} حروف باقی ہیں`,
    }),
  chooseAtLeast: (n) => `کم از کم ${n} چنو۔`,
  chooseUpTo: (n) => `زیادہ سے زیادہ ${n} چنو۔`,

  chooseLanguage: "اپنی زبان چنو",
  howOld: "تمہاری عمر کتنی ہے؟",
  band47: "4 سے 7",
  band47Spoken: "4 سے 7 سال",
  band811: "8 سے 11",
  band811Spoken: "8 سے 11 سال",
  band1217: "12 سے 17",
  band1217Spoken: "12 سے 17 سال",
  band1625: "16 سے 25 (کیئر کے بعد)",
  band1625Spoken: "16 سے 25 سال، کیئر چھوڑنے کے بعد",

  beforeYouStart: "شروع کرنے سے پہلے",
  promisesYoungest: [
    { bold: "ہم تمہارا نام نہیں پوچھتے۔", rest: "" },
    { rest: "کوئی سوال چھوڑنا ہو تو چھوڑ دو۔" },
    { rest: "کوئی جواب غلط نہیں ہوتا۔" },
    { bold: "محفوظ نہیں ہو؟ ہمیں بتاؤ۔", rest: "کوئی بڑا اسے پڑھے گا اور تمہاری مدد کرے گا۔" },
  ],
  promisesMiddle: [
    {
      bold: "تمہارے جواب نجی ہیں۔",
      rest:
        "ہم تمہارا نام نہیں پوچھتے، اور بچوں کی باتوں کے بارے میں رپورٹوں میں کبھی یہ نہیں " +
        "دکھایا جاتا کہ کس نے کیا کہا۔",
    },
    { rest: "چاہو تو کوئی بھی سوال چھوڑ دو، یا واپس جا کر جواب بدل دو۔" },
    { rest: "کوئی جواب صحیح یا غلط نہیں ہوتا۔ ہم تمہاری اصل رائے جاننا چاہتے ہیں۔" },
    {
      bold: `${TELL_WORKER_BOLD} یہ کہو کہ تم محفوظ نہیں ہو،`,
      rest:
        "تو بچوں کی حفاظت کا ایک ورکر اسے پڑھے گا تاکہ تمہاری مدد کر سکے۔ وہ دیکھ سکتا ہے کہ " +
        "تم نے سروے کہاں کیا (کوڈ یا ٹیبلٹ)، اور ہو سکتا ہے اسے تم سے یا دوسرے لوگوں سے بات " +
        "کرنی پڑے۔ تمہارا نام صرف تب ساتھ جاتا ہے جب تم خود دو۔",
    },
  ],
  promisesOldest: [
    {
      bold: "رپورٹوں میں تمہارے جواب گمنام رہتے ہیں۔",
      rest:
        "ہم تمہارا نام نہیں پوچھتے، اور تمہارے فون یا ٹیبلٹ کے بارے میں کوئی بات ان کے ساتھ " +
        "نہیں رکھی جاتی۔",
    },
    {
      bold: "انہیں کون پڑھتا ہے:",
      rest:
        "کونسل کا وہ عملہ جو کیئر میں رہنے والے اور کیئر چھوڑنے والے نوجوانوں کے لیے خدمات " +
        "کی منصوبہ بندی کرتا ہے۔ وہ بہت سے نوجوانوں کے جواب ایک ساتھ دیکھتے ہیں؛ جو گروپ " +
        "اتنے چھوٹے ہوں کہ ان میں شامل لوگوں کی پہچان چھپ نہ سکے، وہ کبھی نہیں دکھائے جاتے۔",
    },
    { rest: "کوئی بھی سوال چھوڑ دو، واپس جا کر جواب بدل دو، یا جب چاہو رک جاؤ۔" },
    {
      bold: `${TELL_WORKER_BOLD} کوئی ایسی بات کہو جس کا مطلب ہو کہ شاید تم محفوظ نہیں ہو،`,
      rest:
        "تو بچوں اور نوجوانوں کی حفاظت کا ایک ورکر اسے پڑھے گا تاکہ مدد کر سکے۔ وہ دیکھ سکتا " +
        "ہے کہ تم نے سروے کہاں کیا (کوڈ، یا ٹیبلٹ کا سیشن اور اسے کس نے چلایا)، اور ہو سکتا " +
        "ہے تمہیں محفوظ رکھنے کے لیے اسے تم سے یا دوسرے لوگوں سے بات کرنی پڑے۔ تمہارا نام " +
        "صرف تب بھیجا جاتا ہے جب تم خود دو۔",
    },
  ],
  childlineLabel: "بات کرنے کے لیے کوئی",
  childline:
    "ابھی کسی سے بات کرنی ہے؟ {name} کو {number} پر مفت کال کرو، کسی بھی وقت، دن ہو یا رات۔",
  welcomeBack: "پھر سے خوش آمدید",
  carryOn: "جہاں چھوڑا تھا وہیں سے جاری رکھو۔",
  startAgain: "دوبارہ شروع کرو",

  worried: "مجھے فکر ہے",
  helpTitle: "اگر تمہیں فکر ہے",
  helpOk: "فکر ہونا ٹھیک ہے۔ اسے اپنے دل میں رکھنے کی ضرورت نہیں۔",
  helpCall: "مفت میں {name} کو {number} پر کال کرو۔ دن ہو یا رات، کسی بھی وقت کال کرو۔",
  helpOnline: "یا ان سے آن لائن بات کرو: {site}",
  talkNow: "ابھی کسی سے بات کرنی ہے؟",
  samaritansLine: "مفت میں {name} کو {number} پر کال کرو، کسی بھی وقت، دن ہو یا رات۔",
  childlineUnder19: "عمر 19 سال سے کم ہے؟ تو {name} کو بھی {number} پر مفت کال کی جا سکتی ہے۔",
  leavingCareTeam:
    "تمہارا پرسنل ایڈوائزر یا کونسل کی لیونگ کیئر ٹیم (کیئر چھوڑنے والوں کی ٹیم) بھی مدد کر سکتی ہے۔",
  tellWorkerAsk: "کیا تمہارے سوشل ورکر کو بتا دیں کہ تمہیں بات کرنی ہے؟",
  tellWorker: "میرے سوشل ورکر کو بتاؤ",
  contactNotAnonymous:
    "تمہارا نام اس پیغام کے ساتھ جائے گا تاکہ ورکر تم تک پہنچ سکے۔ تمہارے باقی جواب تمہارے نام کے بغیر رہیں گے۔",
  contactNotAnonymousYoungest:
    "اگر تم اپنا نام لکھو تو کوئی بڑا تمہیں ڈھونڈ کر تمہاری مدد کر سکتا ہے۔",
  contactOptional: "یہ خانے بھرنا ضروری نہیں۔ بس بٹن دبا دو۔",
  contactOptionalYoungest: "کچھ لکھنا ضروری نہیں۔",
  firstName: "تمہارا پہلا نام",
  firstNameYoungest: "تمہارا نام",
  reach: "ورکر تم سے کیسے رابطہ کرے؟",
  reachHint: "فون نمبر، یا گھر یا اسکول کا پتا۔",
  workerName: "تمہارے سوشل ورکر کا نام",
  workerNameYoungest: "تمہارے سوشل ورکر کا نام، اگر معلوم ہو",
  tellWorkerSending: "ورکر کو بھیجا جا رہا ہے…",
  tellWorkerSent: "بھیج دیا گیا۔ ایک ورکر جلد اسے پڑھے گا اور تم سے رابطہ کرے گا۔",
  tellWorkerSaved: `${SAVED} ${NEED_HELP} اپنے ساتھ موجود بڑے کو بتاؤ۔`,
  tellWorkerFailed: "یہ بھیجا نہیں جا سکا۔ مدد کرنے والے بڑے کو بتاؤ، یا Childline کو کال کرو۔",
  tellWorkerSavedLeavers: `${SAVED} ${NEED_HELP} اپنے ساتھ موجود شخص کو بتاؤ۔`,
  tellWorkerFailedLeavers:
    "یہ بھیجا نہیں جا سکا۔ مدد کرنے والے شخص کو بتاؤ، یا Samaritans کو 116 123 پر مفت کال کرو۔",
  close: "بند کرو",

  readyToSend: "بھیجنے کے لیے تیار؟",
  // "Answered: n of total" as a label, so neither count has to agree with a verb.
  answeredOf: (n, total) => `جواب دیے گئے سوال: کل ${total} میں سے ${n}۔`,
  canStillSend: "چاہو تو ابھی بھیج دو، یا واپس جا کر کچھ اور سوالوں کے جواب دے دو۔",
  cantChange: "بھیجنے کے بعد انہیں بدلا نہیں جا سکتا۔ تمہارا نام ان کے ساتھ نہیں بھیجا جاتا۔",
  slow: "کنکشن سست ہے۔ ہم ابھی بھی تمہارے جواب بھیجنے کی کوشش کر رہے ہیں…",
  sendAnswers: "میرے جواب بھیجو",
  sending: "بھیجا جا رہا ہے…",
  tryAgain: "دوبارہ کوشش کرو",
  notSentTitle: "تمہارے جواب ابھی نہیں بھیجے گئے",
  notSent:
    'فکر نہ کرو، وہ ابھی یہیں ہیں۔ وائی فائی یا انٹرنیٹ کنکشن دیکھو، پھر "دوبارہ کوشش کرو" دباؤ۔',
  closedTitle: "یہ سروے بند ہو چکا ہے",
  closed: "تمہارے جواب بھیجے جانے سے پہلے یہ بند ہو گیا۔ حصہ لینے کا شکریہ۔",
  failedTitle: "تمہارے جواب بھیجتے ہوئے کچھ گڑبڑ ہو گئی",
  failed: "تمہارے جواب ابھی یہیں ہیں۔ یہ مدد کرنے والے بڑے کو دکھاؤ۔",
  errorCode: (code) => `(کوڈ: ${code})`,
  thankYou: "شکریہ!",
  sent: "تمہارے جواب بھیج دیے گئے ہیں۔",
  savedHere: "تمہارے جواب اس ٹیبلٹ پر محفوظ ہیں۔ ٹیبلٹ آن لائن ہوتے ہی بھیج دیے جائیں گے۔",
  willHelp:
    "تم نے جو بتایا اس سے کیئر میں رہنے والے بچوں اور نوجوانوں کے لیے چیزیں بہتر بنانے میں مدد ملے گی۔",
  willHelpLeavers:
    "تم نے جو بتایا اس سے کیئر چھوڑنے والے نوجوانوں کے لیے چیزیں بہتر بنانے میں مدد ملے گی۔",
  yourReference: "تمہارا حوالہ نمبر",
  referenceWhy:
    "اگر کبھی اپنے جوابوں کی کاپی چاہیے، یا انہیں مٹوانا ہو، تو یہ اپنے سوشل ورکر کو دکھاؤ۔",

  heardTitle: "ہم نے تمہاری بات سن لی",
  heardTitleYoungest: "ہمیں بتانے کا شکریہ",
  heard: "ہمیں بتانے کا شکریہ۔ تم نے بات کہہ کر ٹھیک کیا۔",
  heardNext: "ایک ورکر جلد اسے پڑھے گا اور تمہیں محفوظ رکھنے میں مدد کی کوشش کرے گا۔",
  heardNextYoungest: "کوئی بڑا جلد اسے پڑھے گا اور تمہاری مدد کرے گا۔",
  heardSaved: `${MESSAGE_SAVED} ${NEED_HELP} اپنے ساتھ موجود بڑے کو بتاؤ یا Childline کو کال کرو۔`,
  heardSavedLeavers: `${MESSAGE_SAVED} ${NEED_HELP} Samaritans کو 116 123 پر مفت کال کرو۔`,
  heardSavedYoungest:
    "تمہارا پیغام اس ٹیبلٹ پر محفوظ ہے۔ ٹیبلٹ آن لائن ہو گا تو یہ چلا جائے گا۔ اگر ابھی مدد چاہیے تو پاس موجود کسی بڑے کو بتاؤ۔",
  heardHelpLabel: "جو لوگ ابھی مدد کر سکتے ہیں",
  heardChildline:
    "مفت میں {name} کو {number} پر کال کرو۔ یہ 19 سال سے کم عمر ہر ایک کے لیے ہے، کسی بھی وقت، دن ہو یا رات۔",
  heardChildlineYoungest: "مفت میں {name} کو {number} پر کال کرو، کسی بھی وقت۔",
  heardDanger: "ابھی خطرے میں ہو؟ {number} پر کال کرو۔",
  heardDangerYoungest: "ابھی خطرے میں ہو؟ پاس موجود کسی بڑے کو بتاؤ، یا {number} پر کال کرو۔",

  waiting: (n) =>
    plural("ur", n, {
      one: `جوابوں کا ${n} سیٹ بھیجے جانے کا انتظار کر رہا ہے۔`,
      other: `جوابوں کے ${n} سیٹ بھیجے جانے کا انتظار کر رہے ہیں۔`,
    }),
  waitingNote: "یہ اس ٹیبلٹ پر محفوظ ہیں اور ٹیبلٹ آن لائن ہوتے ہی بھیج دیے جائیں گے۔",
  allSentNow: "اس ٹیبلٹ پر محفوظ تمام جواب اب بھیج دیے گئے ہیں۔",
  allSent: "اس ٹیبلٹ پر محفوظ تمام جواب بھیجے جا چکے ہیں۔",
  stuck: (n) =>
    plural("ur", n, {
      one: `جوابوں کا ${n} سیٹ بھیجا نہیں جا سکا`,
      other: `جوابوں کے ${n} سیٹ بھیجے نہیں جا سکے`,
    }),
  // For the adult, so the polite "آپ" form.
  stuckNote:
    "بڑے کے لیے: جواب اس ٹیبلٹ پر محفوظ ہیں۔ براہ کرم یہ سروے چلانے والے شخص کو بتائیں، اور یہ کوڈ بتائیں: {codes}۔",
  sendAgain: "دوبارہ بھیجنے کی کوشش کرو",

  stillThere: "کیا تم ابھی یہیں ہو؟",
  stillThereText:
    "اگر جلد کسی نے اسکرین کو نہ چھوا تو یہ جواب مٹا دیے جائیں گے تاکہ اگلا شخص شروع کر سکے۔",
  stillHere: "میں ابھی یہیں ہوں",

  tapWhenReady: "جب تیار ہو تو بٹن دباؤ۔",
  tapToStart: "شروع کرنے کے لیے دباؤ",
  firstToday: "آج سب سے پہلے حصہ لو۔",
  takenPart: (n) =>
    plural("ur", n, {
      one: `${n} شخص نے حصہ لیا ہے۔`,
      other: `${n} لوگوں نے حصہ لیا ہے۔`,
    }),

  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["اچھا نہیں", "ٹھیک ہے", "اچھا"],
  faces5: ["بہت برا", "اچھا نہیں", "ٹھیک ہے", "اچھا", "بہت اچھا"],
  yes: "ہاں",
  no: "نہیں",
  notSure: "پتا نہیں",
  preferNot: "مجھے نہیں بتانا",
  houseWorries: "فکروں کا گھر",
  houseWorriesHint: "وہ باتیں جو تمہیں پریشان یا اداس کرتی ہیں",
  houseGoodThings: "اچھی باتوں کا گھر",
  houseGoodThingsHint: "وہ باتیں جو اچھی چل رہی ہیں یا تمہیں خوش کرتی ہیں",
  houseDreams: "خوابوں کا گھر",
  houseDreamsHint: "تمہاری خواہش ہے کہ چیزیں کیسی ہوں",
};
