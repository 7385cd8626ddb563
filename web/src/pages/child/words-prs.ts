/**
 * The child screens' words in Dari (Afghan Persian), addressing the child as "تو". Persian has no
 * grammatical gender, so nothing here says boy or girl. The words are Afghanistan's where they
 * differ from Iran's (اطفال, مکتب, تیلفون, انترنت, تشویش, گپ زدن, تشکر), as an Afghan child
 * says them. "In care" is تحت سرپرستی, a social worker مددکار اجتماعی. The browser's plural rules
 * for Dari are Persian's, where 0 counts as "one": every form carries its number. Digits stay
 * Western. Missing entries fall back to English.
 */
import { plural } from "./intl";
import { nameOrOwn } from "./language-names";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

const ASK = "از بزرگسالی که همراهت است کمک بخواه.";
const SAVED = "روی این تبلیت ذخیره شد. همین که تبلیت به انترنت وصل شود، به یک کارمند می‌رسد.";
const MESSAGE_SAVED =
  "پیامت روی این تبلیت ذخیره شده. همین که تبلیت به انترنت وصل شود فرستاده می‌شود، پس شاید کارمند هنوز آن را ندیده باشد.";
const NEED_HELP = "اگر همین حالا کمک لازم داری،";
const TELL_WORKER_BOLD = "اگر از ما بخواهی به مددکار اجتماعی‌ات خبر بدهیم، یا";

export const words: Translation = {
  back: "پس",
  next: "بعدی",
  skip: "رد کن",
  start: "شروع کن",
  finish: "ختم کن",
  stepsNav: "مرحله‌ها",
  questionsNav: "سوال‌ها",
  questionOf: (n, total) => `سوال ${n} از ${total}`,
  comma: "، ",

  readQuestion: "سوال را با صدای بلند بشنو",
  readHelp: "رهنمایی را با صدای بلند بشنو",
  readThis: "این را با صدای بلند بشنو",
  readEnds: "معنی عددها را با صدای بلند بشنو",
  readWords: (words) => `«${words}» را با صدای بلند بشنو`,
  cantReadAloud: `این تبلیت نمی‌تواند با صدای بلند بخواند. ${ASK}`,
  // Browsers know Dari's names as Afghan Persian's (fa-AF).
  cantReadLanguage: (code) =>
    `این تبلیت نمی‌تواند به زبان ${nameOrOwn(code, "fa-AF")} با صدای بلند بخواند. ${ASK}`,

  charactersLeft: (n) =>
    plural("prs", n, {
      one: `${n} حرف باقی مانده`,
      other: `${n} حرف باقی مانده`,
    }),
  chooseAtLeast: (n) => `دست‌کم ${n} تا را انتخاب کن.`,
  chooseUpTo: (n) => `حداکثر ${n} تا را انتخاب کن.`,

  chooseLanguage: "زبانت را انتخاب کن",
  howOld: "چند سال عمر داری؟",
  band47: "4 تا 7",
  band47Spoken: "4 تا 7 ساله",
  band811: "8 تا 11",
  band811Spoken: "8 تا 11 ساله",
  band1217: "12 تا 17",
  band1217Spoken: "12 تا 17 ساله",
  band1625: "16 تا 25 (بعد از سرپرستی)",
  band1625Spoken: "16 تا 25 ساله، بعد از ترک سرپرستی",

  beforeYouStart: "پیش از شروع",
  promisesYoungest: [
    { bold: "ما نامت را نمی‌پرسیم.", rest: "" },
    { rest: "می‌توانی یک سوال را رد کنی." },
    { rest: "هیچ جوابی غلط نیست." },
    { bold: "در امان نیستی؟ به ما بگو.", rest: "یک بزرگسال آن را می‌خواند و کمکت می‌کند." },
  ],
  promisesMiddle: [
    {
      bold: "جواب‌هایت خصوصی است.",
      rest:
        "ما نامت را نمی‌پرسیم، و گزارش‌ها درباره گفته‌های اطفال هرگز نشان نمی‌دهد که چه کسی " +
        "چه گفته است.",
    },
    { rest: "می‌توانی هر سوالی را رد کنی، یا پس بروی و جوابی را تغییر بدهی." },
    { rest: "جواب درست یا غلط وجود ندارد. می‌خواهیم بدانیم واقعاً چه فکر می‌کنی." },
    {
      bold: `${TELL_WORKER_BOLD} بگویی که در امان نیستی،`,
      rest:
        "یک کارمند حفاظت از اطفال آن را می‌خواند تا کمکت کند. او می‌تواند ببیند سروی را کجا " +
        "پر کرده‌ای (کد یا تبلیت)، و شاید لازم باشد با تو یا با کسان دیگر گپ بزند. نامت فقط " +
        "وقتی همراه آن می‌رود که خودت آن را بدهی.",
    },
  ],
  promisesOldest: [
    {
      bold: "جواب‌هایت در گزارش‌ها بی‌نام است.",
      rest: "ما نامت را نمی‌پرسیم، و هیچ چیزی درباره تیلفون یا تبلیتت همراه آن‌ها نگه داشته نمی‌شود.",
    },
    {
      bold: "چه کسی آن‌ها را می‌خواند:",
      rest:
        "کارمندان شورای محلی (کاونسل) که برای جوانان تحت سرپرستی و جوانانی که سرپرستی را ترک " +
        "کرده‌اند خدمات را پلان می‌کنند. آن‌ها جواب‌های جوانان زیادی را یکجا می‌بینند؛ گروه‌هایی " +
        "که آن‌قدر کوچک باشند که نشود پنهان کرد چه کسی در آن‌ها است، هرگز نشان داده نمی‌شوند.",
    },
    { rest: "هر سوالی را رد کن، پس برو و جوابی را تغییر بده، یا هر وقت خواستی دست بکش." },
    {
      bold: `${TELL_WORKER_BOLD} چیزی بگویی که معنایش این باشد که شاید در امان نباشی،`,
      rest:
        "یک کارمند حفاظت آن را می‌خواند تا کمک کند. او شاید ببیند سروی را کجا پر کرده‌ای (کد، " +
        "یا جلسه تبلیت و کسی که آن را پیش می‌برد)، و شاید لازم باشد برای حفظ امنیتت با تو یا " +
        "با کسان دیگر گپ بزند. نامت فقط وقتی فرستاده می‌شود که خودت آن را بدهی.",
    },
  ],
  childlineLabel: "کسی برای گپ زدن",
  childline:
    "می‌خواهی همین حالا با کسی گپ بزنی؟ به {name} با شماره {number} مجانی زنگ بزن، هر وقت، شب یا روز.",
  welcomeBack: "دوباره خوش آمدی",
  carryOn: "از همان جایی که ماندی ادامه بده.",
  startAgain: "از نو شروع کن",

  worried: "تشویش دارم",
  helpTitle: "اگر تشویش داری",
  helpOk: "تشویش داشتن عیب ندارد. لازم نیست آن را پیش خودت نگه داری.",
  helpCall: "به {name} با شماره {number} مجانی زنگ بزن. هر وقت می‌توانی زنگ بزنی، شب یا روز.",
  helpOnline: "یا به طور آنلاین با آن‌ها گپ بزن: {site}",
  talkNow: "می‌خواهی همین حالا با کسی گپ بزنی؟",
  samaritansLine: "به {name} با شماره {number} مجانی زنگ بزن، هر وقت، شب یا روز.",
  childlineUnder19: "کمتر از 19 سال داری؟ می‌توانی به {name} هم با شماره {number} مجانی زنگ بزنی.",
  leavingCareTeam:
    "مشاور شخصی‌ات (personal adviser) یا تیم ترک سرپرستی کاونسل هم می‌توانند کمکت کنند.",
  tellWorkerAsk: "می‌خواهی مددکار اجتماعی‌ات بداند که می‌خواهی گپ بزنی؟",
  tellWorker: "به مددکار اجتماعی‌ام خبر بده",
  contactNotAnonymous:
    "نامت همراه این پیام فرستاده می‌شود تا یک کارمند بتواند پیدایت کند. دیگر جواب‌هایت بدون نامت می‌مانند.",
  contactNotAnonymousYoungest: "اگر نامت را بنویسی، یک بزرگسال می‌تواند پیدایت کند و کمکت کند.",
  contactOptional: "لازم نیست این‌ها را پر کنی. می‌توانی فقط دکمه را بزنی.",
  contactOptionalYoungest: "لازم نیست چیزی بنویسی.",
  firstName: "نام اولت",
  firstNameYoungest: "نامت",
  reach: "یک کارمند چطور می‌تواند با تو تماس بگیرد؟",
  reachHint: "شماره تیلفون، یا جایی که زندگی می‌کنی یا مکتبی که می‌روی.",
  workerName: "نام مددکار اجتماعی‌ات",
  workerNameYoungest: "نام مددکار اجتماعی‌ات، اگر می‌دانی",
  tellWorkerSending: "در حال فرستادن به کارمند…",
  tellWorkerSent: "فرستاده شد. یک کارمند به زودی این را می‌خواند و با تو تماس می‌گیرد.",
  tellWorkerSaved: `${SAVED} ${NEED_HELP} به بزرگسالی که همراهت است بگو.`,
  tellWorkerFailed: "این فرستاده نشد. لطفاً به بزرگسالی که کمکت می‌کند بگو، یا به Childline زنگ بزن.",
  tellWorkerSavedLeavers: `${SAVED} ${NEED_HELP} به کسی که همراهت است بگو.`,
  tellWorkerFailedLeavers:
    "این فرستاده نشد. لطفاً به کسی که کمکت می‌کند بگو، یا به Samaritans با شماره 116 123 مجانی زنگ بزن.",
  close: "ببند",

  readyToSend: "آماده فرستادن هستی؟",
  answeredOf: (n, total) =>
    plural("prs", total, {
      one: `از ${total} سوال، به ${n} سوال جواب دادی.`,
      other: `از ${total} سوال، به ${n} سوال جواب دادی.`,
    }),
  canStillSend: "هنوز هم می‌توانی بفرستی، یا پس برو و به بعضی سوال‌ها جواب بده.",
  cantChange:
    "وقتی فرستاده شوند، دیگر نمی‌توانی آن‌ها را تغییر بدهی. نامت همراه آن‌ها فرستاده نمی‌شود.",
  slow: "اتصال کند است. هنوز کوشش می‌کنیم جواب‌هایت را بفرستیم…",
  sendAnswers: "جواب‌هایم را بفرست",
  sending: "در حال فرستادن…",
  tryAgain: "دوباره کوشش کن",
  notSentTitle: "جواب‌هایت هنوز فرستاده نشده",
  notSent:
    "تشویش نکن، هنوز این‌جا هستند. وای‌فای یا اتصال انترنت را ببین، بعد «دوباره کوشش کن» را بزن.",
  closedTitle: "این سروی بسته شده است",
  closed: "پیش از این که جواب‌هایت فرستاده شوند بسته شد. از اشتراکت تشکر.",
  failedTitle: "در فرستادن جواب‌هایت مشکلی پیش آمد",
  failed: "جواب‌هایت هنوز این‌جا هستند. لطفاً این را به بزرگسالی که کمکت می‌کند نشان بده.",
  errorCode: (code) => `(کد: ${code})`,
  thankYou: "تشکر!",
  sent: "جواب‌هایت فرستاده شد.",
  savedHere: "جواب‌هایت روی این تبلیت ذخیره شده. وقتی به انترنت وصل شود، فرستاده می‌شوند.",
  willHelp: "چیزهایی که به ما گفتی کمک می‌کند تا وضع برای اطفال و جوانان تحت سرپرستی بهتر شود.",
  willHelpLeavers:
    "چیزهایی که به ما گفتی کمک می‌کند تا وضع برای جوانانی که سرپرستی را ترک کرده‌اند بهتر شود.",
  yourReference: "شماره مرجعت",
  referenceWhy:
    "اگر روزی کاپی جواب‌هایت را خواستی، یا خواستی پاک شوند، این را به مددکار اجتماعی‌ات نشان بده.",

  heardTitle: "صدایت را شنیدیم",
  heardTitleYoungest: "تشکر که به ما گفتی",
  heard: "تشکر که به ما گفتی. کار درستی کردی که چیزی گفتی.",
  heardNext: "یک کارمند به زودی این را می‌خواند و کوشش می‌کند کمکت کند که در امان بمانی.",
  heardNextYoungest: "یک بزرگسال به زودی این را می‌خواند و کمکت می‌کند.",
  heardSaved: `${MESSAGE_SAVED} ${NEED_HELP} به بزرگسالی که همراهت است بگو یا به Childline زنگ بزن.`,
  heardSavedLeavers: `${MESSAGE_SAVED} ${NEED_HELP} به Samaritans با شماره 116 123 مجانی زنگ بزن.`,
  heardSavedYoungest:
    "پیامت روی این تبلیت ذخیره شده. وقتی تبلیت به انترنت وصل شود، می‌رود. اگر همین حالا کمک لازم داری، به یک بزرگسال نزدیکت بگو.",
  heardHelpLabel: "کسانی که همین حالا می‌توانند کمک کنند",
  heardChildline:
    "به {name} با شماره {number} مجانی زنگ بزن. برای همه کسانی است که کمتر از 19 سال دارند، هر وقت، شب یا روز.",
  heardChildlineYoungest: "می‌توانی به {name} با شماره {number} مجانی زنگ بزنی، هر وقت.",
  heardDanger: "همین حالا در خطر هستی؟ به {number} زنگ بزن.",
  heardDangerYoungest: "همین حالا در خطر هستی؟ به یک بزرگسال نزدیکت بگو، یا به {number} زنگ بزن.",

  waiting: (n) =>
    plural("prs", n, {
      one: `${n} دسته جواب منتظر فرستاده شدن است.`,
      other: `${n} دسته جواب منتظر فرستاده شدن است.`,
    }),
  waitingNote: "این‌ها روی این تبلیت ذخیره شده‌اند و وقتی به انترنت وصل شود فرستاده می‌شوند.",
  allSentNow: "همه جواب‌هایی که روی این تبلیت ذخیره شده بود، حالا فرستاده شد.",
  allSent: "همه جواب‌هایی که روی این تبلیت ذخیره شده بود، فرستاده شده است.",
  stuck: (n) =>
    plural("prs", n, {
      one: `${n} دسته جواب فرستاده نشد`,
      other: `${n} دسته جواب فرستاده نشد`,
    }),
  // For the adult, so the polite plural "شما" forms.
  stuckNote:
    "برای بزرگسال: جواب‌ها روی این تبلیت نگه داشته شده‌اند. لطفاً به کسی که این سروی را پیش " +
    "می‌برد خبر بدهید و این را بگویید: {codes}.",
  sendAgain: "دوباره بفرست",

  stillThere: "هنوز این‌جا هستی؟",
  stillThereText:
    "اگر به زودی کسی به صفحه دست نزند، این جواب‌ها پاک می‌شوند تا نفر بعدی بتواند شروع کند.",
  stillHere: "هنوز این‌جا هستم",

  tapWhenReady: "هر وقت آماده بودی، دکمه را بزن.",
  tapToStart: "برای شروع بزن",
  firstToday: "امروز اولین نفری باش که اشتراک می‌کند.",
  // A person ("نفر") takes a plural verb from 2 on; 0 and 1 take the singular.
  takenPart: (n) =>
    plural("prs", n, {
      one: `${n} نفر اشتراک کرده است.`,
      other: `${n} نفر اشتراک کرده‌اند.`,
    }),

  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["خوب نیست", "عادی", "خوب"],
  faces5: ["بسیار بد", "خوب نیست", "عادی", "خوب", "بسیار خوب"],
  yes: "بلی",
  no: "نخیر",
  notSure: "مطمئن نیستم",
  preferNot: "ترجیح می‌دهم نگویم",
  houseWorries: "خانه تشویش‌ها",
  houseWorriesHint: "چیزهایی که تو را نگران یا غمگین می‌کند",
  houseGoodThings: "خانه چیزهای خوب",
  houseGoodThingsHint: "چیزهایی که خوب پیش می‌رود یا خوشحالت می‌کند",
  houseDreams: "خانه آرزوها",
  houseDreamsHint: "دوست داری چیزها چطور باشد",
};
