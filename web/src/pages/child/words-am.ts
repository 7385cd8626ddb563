/**
 * The child screens' words in Amharic. Amharic's "you" is a boy's (አንተ) or a girl's (አንቺ) in the
 * singular, so the child is spoken to in the plural (እናንተ), which has one form for everyone and
 * reads as a notice speaking to each child who uses the tablet; buttons are verbal nouns
 * ("ማለፍ", skipping) or "let us" ("እንጀምር"), which have no gender either. "Care" is አማራጭ
 * እንክብካቤ (alternative care), the term Ethiopian child-protection services use; the council keeps
 * its English name with a gloss. Full stops are the Ethiopic ። and commas ፣; digits stay Western.
 * Counted phrases have the two forms Intl.PluralRules lists, where "one" covers 0 and 1, so its
 * form prints the number rather than a fixed "1". Missing entries fall back to English.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said often enough to be written once.
const ASK = "አብሯችሁ ያለውን አዋቂ ሰው እርዳታ ጠይቁ።";
const ANYTIME = "በማንኛውም ሰዓት፣ ቀንም ሆነ ሌሊት";
const NEED_HELP = "አሁን እርዳታ ከፈለጋችሁ፣";
const SAVED_TO_WORKER = "በዚህ ታብሌት ላይ ተቀምጧል። ታብሌቱ ከኢንተርኔት ጋር እንደተገናኘ ወደ ሠራተኛ ይላካል።";
const SAVED_MESSAGE = "መልእክታችሁ በዚህ ታብሌት ላይ ተቀምጧል።";
const NOT_SEEN_YET = "ታብሌቱ ከኢንተርኔት ጋር እንደተገናኘ ይላካል፤ ስለዚህ ሠራተኛ ገና ላያየው ይችላል።";
const NAME_ONLY_IF_GIVEN = "ስማችሁ የሚላከው እናንተ ከሰጣችሁት ብቻ ነው።";

export const words: Translation = {
  back: "ወደ ኋላ",
  next: "ቀጣይ",
  skip: "ማለፍ",
  start: "እንጀምር",
  finish: "ማጠናቀቅ",
  stepsNav: "ደረጃዎች",
  questionsNav: "ጥያቄዎች",
  questionOf: (n, total) => `ጥያቄ ${n} ከ${total}`,
  comma: "፣ ",

  readQuestion: "ጥያቄውን ጮክ ብሎ ማንበብ",
  readHelp: "ማብራሪያውን ጮክ ብሎ ማንበብ",
  readThis: "ይህን ጮክ ብሎ ማንበብ",
  readEnds: "ቁጥሮቹ ምን ማለት እንደሆኑ ጮክ ብሎ ማንበብ",
  readWords: (words) => `«${words}» የሚለውን ጮክ ብሎ ማንበብ`,
  cantReadAloud: `ይህ ታብሌት ጮክ ብሎ ማንበብ አይችልም። ${ASK}`,
  // "በአማርኛ", "በእንግሊዝኛ": "in" is the prefix በ on the name Intl gives.
  cantReadLanguage: (code) => `ይህ ታብሌት በ${languageName(code, "am")} ጮክ ብሎ ማንበብ አይችልም። ${ASK}`,

  charactersLeft: (n) =>
    plural("am", n, {
      one: `${n} ፊደል ቀርቷል`,
      other: `${n} ፊደላት ቀርተዋል`,
    }),
  chooseAtLeast: (n) => `ቢያንስ ${n} ምረጡ።`,
  chooseUpTo: (n) => `እስከ ${n} ድረስ ምረጡ።`,

  chooseLanguage: "ቋንቋችሁን ምረጡ",
  howOld: "ዕድሜያችሁ ስንት ነው?",
  band47: "ከ4 እስከ 7",
  band47Spoken: "ከ4 እስከ 7 ዓመት",
  band811: "ከ8 እስከ 11",
  band811Spoken: "ከ8 እስከ 11 ዓመት",
  band1217: "ከ12 እስከ 17",
  band1217Spoken: "ከ12 እስከ 17 ዓመት",
  band1625: "ከ16 እስከ 25 (ከእንክብካቤ የወጡ)",
  band1625Spoken: "ከ16 እስከ 25 ዓመት፣ ከአማራጭ እንክብካቤ የወጡ",

  beforeYouStart: "ከመጀመራችሁ በፊት",
  promisesYoungest: [
    { bold: "ስማችሁን አንጠይቅም።", rest: "" },
    { rest: "ጥያቄ ማለፍ ትችላላችሁ።" },
    { rest: "የተሳሳተ መልስ የለም።" },
    { bold: "ደህና አይደላችሁም? ንገሩን።", rest: "አንድ አዋቂ ሰው አንብቦ ይረዳችኋል።" },
  ],
  promisesMiddle: [
    {
      bold: "መልሶቻችሁ ሚስጥር ናቸው።",
      rest: "ስማችሁን አንጠይቅም፤ ልጆች ስለሚሉት ነገር የሚዘጋጁ ሪፖርቶችም ማን ምን እንዳለ ፈጽሞ አያሳዩም።",
    },
    { rest: "ማንኛውንም ጥያቄ ማለፍ፣ ወይም ወደ ኋላ ተመልሳችሁ መልስ መቀየር ትችላላችሁ።" },
    { rest: "ትክክል ወይም የተሳሳተ መልስ የለም። በእውነት ምን እንደምታስቡ ማወቅ እንፈልጋለን።" },
    {
      bold: "ለማኅበራዊ ሠራተኛችሁ እንድንነግር ከጠየቃችሁን፣ ወይም ደህና እንዳልሆናችሁ ከተናገራችሁ፣",
      rest:
        "የሕጻናት ጥበቃ ሠራተኛ ሊረዳችሁ እንዲችል ያነበዋል። መጠይቁን የት እንደሞላችሁ (ኮዱን ወይም " +
        "ታብሌቱን) ማየት ይችላል፤ እናንተን ወይም ሌሎች ሰዎችን ማነጋገር ሊያስፈልገው ይችላል። " +
        NAME_ONLY_IF_GIVEN,
    },
  ],
  promisesOldest: [
    {
      bold: "በሪፖርቶች ውስጥ መልሶቻችሁ ስም-አልባ ናቸው።",
      rest: "ስማችሁን አንጠይቅም፤ ስለ ስልካችሁ ወይም ስለ ታብሌታችሁ ምንም ነገር ከመልሶቹ ጋር አይቀመጥም።",
    },
    {
      bold: "ማን ያነባቸዋል፦",
      rest:
        "በአማራጭ እንክብካቤ ላሉና ከእንክብካቤ ለወጡ ወጣቶች አገልግሎት የሚያቅዱ የካውንስሉ (የአካባቢው " +
        "አስተዳደር) ሠራተኞች። የብዙ ወጣቶችን መልሶች በአንድ ላይ ያያሉ፤ በውስጣቸው ያሉትን ሰዎች ለመደበቅ " +
        "በጣም ትንሽ የሆኑ ቡድኖች ፈጽሞ አይታዩም።",
    },
    { rest: "ማንኛውንም ጥያቄ ማለፍ፣ ወደ ኋላ ተመልሳችሁ መልስ መቀየር፣ ወይም በፈለጋችሁ ጊዜ ማቆም ትችላላችሁ።" },
    {
      bold: "ለማኅበራዊ ሠራተኛችሁ እንድንነግር ከጠየቃችሁን፣ ወይም ደህንነታችሁ ላይጠበቅ እንደሚችል የሚያሳይ ነገር " + "ከተናገራችሁ፣",
      rest:
        "የሕጻናትና ወጣቶች ጥበቃ ሠራተኛ ሊረዳችሁ እንዲችል ያነበዋል። መጠይቁን የት እንደሞላችሁ (ኮዱን፣ " +
        "ወይም በታብሌቱ ላይ የነበረውን ክፍለ ጊዜ እና ማን እንደመራው) ሊያይ ይችላል፤ ደህንነታችሁን " +
        "ለመጠበቅ እናንተን ወይም ሌሎች ሰዎችን ማነጋገር ሊያስፈልገው ይችላል። " +
        NAME_ONLY_IF_GIVEN,
    },
  ],
  childlineLabel: "የምታነጋግሩት ሰው",
  childline: `አሁን ከአንድ ሰው ጋር ማውራት ትፈልጋላችሁ? ወደ {name} በ{number} በነጻ ደውሉ፤ ${ANYTIME}።`,
  welcomeBack: "እንኳን በደህና ተመለሳችሁ",
  carryOn: "ካቆማችሁበት ቀጥሉ።",
  startAgain: "እንደገና መጀመር",

  worried: "ጭንቀት አለብኝ",
  helpTitle: "ጭንቀት ካለባችሁ",
  helpOk: "መጨነቅ ችግር የለውም። ጭንቀታችሁን ለብቻችሁ መያዝ የለባችሁም።",
  helpCall: `ወደ {name} በ{number} በነጻ ደውሉ። ${ANYTIME} መደወል ትችላላችሁ።`,
  helpOnline: "ወይም በኢንተርኔት በ{site} አነጋግሯቸው",
  talkNow: "አሁን ከአንድ ሰው ጋር ማውራት ትፈልጋላችሁ?",
  samaritansLine: `ወደ {name} በ{number} በነጻ ደውሉ፤ ${ANYTIME}።`,
  childlineUnder19: "ዕድሜያችሁ ከ19 በታች ነው? ወደ {name} በ{number} በነጻ መደወልም ትችላላችሁ።",
  leavingCareTeam:
    "የግል አማካሪያችሁ (personal adviser) ወይም የካውንስሉ ከእንክብካቤ የሚወጡ ወጣቶች ቡድን " +
    "(leaving care team) ሊረዷችሁ ይችላሉ።",
  tellWorkerAsk: "ማውራት እንደምትፈልጉ ማኅበራዊ ሠራተኛችሁ እንዲያውቅ ትፈልጋላችሁ?",
  tellWorker: "ለማኅበራዊ ሠራተኛዬ ንገሩልኝ",
  contactNotAnonymous: "ሠራተኛ እንዲያገኛችሁ ስማችሁ ከዚህ መልእክት ጋር ይላካል። ሌሎቹ መልሶቻችሁ ያለ ስማችሁ ይቀራሉ።",
  contactNotAnonymousYoungest: "ስማችሁን ከጻፋችሁ፣ አንድ አዋቂ ሰው አግኝቶ ሊረዳችሁ ይችላል።",
  contactOptional: "እነዚህን መሙላት የለባችሁም። ቁልፉን ብቻ መጫን ትችላላችሁ።",
  contactOptionalYoungest: "ምንም መጻፍ የለባችሁም።",
  firstName: "የመጀመሪያ ስማችሁ",
  firstNameYoungest: "ስማችሁ",
  reach: "ሠራተኛ እንዴት ሊያገኛችሁ ይችላል?",
  reachHint: "ስልክ ቁጥር፣ ወይም የምትኖሩበት ቦታ ወይም የምትማሩበት ትምህርት ቤት።",
  workerName: "የማኅበራዊ ሠራተኛችሁ ስም",
  workerNameYoungest: "የማኅበራዊ ሠራተኛችሁ ስም፣ የምታውቁት ከሆነ",
  tellWorkerSending: "ለሠራተኛ በመላክ ላይ…",
  tellWorkerSent: "ተልኳል። አንድ ሠራተኛ በቅርቡ አንብቦ ያገኛችኋል።",
  tellWorkerSaved: `${SAVED_TO_WORKER} ${NEED_HELP} አብሯችሁ ላለው አዋቂ ንገሩ።`,
  tellWorkerFailed: "ይህ ሊላክ አልቻለም። እባካችሁ የሚረዳችሁን አዋቂ ንገሩ፣ ወይም ወደ Childline ደውሉ።",
  tellWorkerSavedLeavers: `${SAVED_TO_WORKER} ${NEED_HELP} አብሯችሁ ላለው ሰው ንገሩ።`,
  tellWorkerFailedLeavers:
    "ይህ ሊላክ አልቻለም። እባካችሁ የሚረዳችሁን ሰው ንገሩ፣ ወይም ወደ Samaritans በ116 123 በነጻ ደውሉ።",
  close: "መዝጋት",

  readyToSend: "ለመላክ ዝግጁ ነው?",
  answeredOf: (n, total) =>
    plural("am", total, {
      one: `የመለሳችሁት፦ ${n} ከ${total} ጥያቄ።`,
      other: `የመለሳችሁት፦ ${n} ከ${total} ጥያቄዎች።`,
    }),
  canStillSend: "አሁንም መላክ ትችላላችሁ፣ ወይም ወደ ኋላ ተመልሳችሁ የተወሰኑትን መመለስ ትችላላችሁ።",
  cantChange: "ከተላኩ በኋላ መቀየር አትችሉም። ስማችሁ ከመልሶቹ ጋር አይላክም።",
  slow: "ግንኙነቱ ቀርፋፋ ነው። መልሶቻችሁን ለመላክ አሁንም እየሞከርን ነው…",
  sendAnswers: "መልሶቼን መላክ",
  sending: "በመላክ ላይ…",
  tryAgain: "እንደገና መሞከር",
  notSentTitle: "መልሶቻችሁ ገና አልተላኩም",
  notSent: "አትጨነቁ፤ አሁንም እዚህ አሉ። የWi-Fi ወይም የኢንተርኔት ግንኙነቱን አረጋግጡ፣ ከዚያ «እንደገና መሞከር» " + "የሚለውን ተጫኑ።",
  closedTitle: "ይህ መጠይቅ ተዘግቷል",
  closed: "መልሶቻችሁ ከመላካቸው በፊት መጠይቁ ተዘግቷል። ስለተሳተፋችሁ እናመሰግናለን።",
  failedTitle: "መልሶቻችሁን በመላክ ላይ ችግር ተፈጠረ",
  failed: "መልሶቻችሁ አሁንም እዚህ አሉ። እባካችሁ ይህን የሚረዳችሁን አዋቂ አሳዩ።",
  errorCode: (code) => `(ኮድ፦ ${code})`,
  thankYou: "እናመሰግናለን!",
  sent: "መልሶቻችሁ ተልከዋል።",
  savedHere: "መልሶቻችሁ በዚህ ታብሌት ላይ ተቀምጠዋል። ታብሌቱ ከኢንተርኔት ጋር ሲገናኝ ይላካሉ።",
  willHelp: "የነገራችሁን ነገር በአማራጭ እንክብካቤ ላሉ ሕጻናትና ወጣቶች ነገሮችን ለማሻሻል ይረዳል።",
  willHelpLeavers: "የነገራችሁን ነገር ከእንክብካቤ ለወጡ ወጣቶች ነገሮችን ለማሻሻል ይረዳል።",
  yourReference: "የመለያ ቁጥራችሁ",
  referenceWhy: "የመልሶቻችሁን ቅጂ ብትፈልጉ፣ ወይም እንዲሰረዙ ብትፈልጉ፣ ይህን ለማኅበራዊ ሠራተኛችሁ አሳዩ።",

  heardTitle: "ሰምተናችኋል",
  heardTitleYoungest: "ስለነገራችሁን እናመሰግናለን",
  heard: "ስለነገራችሁን እናመሰግናለን። መናገራችሁ ትክክል ነበር።",
  heardNext: "አንድ ሠራተኛ በቅርቡ አንብቦ ደህንነታችሁ እንዲጠበቅ ለመርዳት ይሞክራል።",
  heardNextYoungest: "አንድ አዋቂ ሰው በቅርቡ አንብቦ ይረዳችኋል።",
  heardSaved: `${SAVED_MESSAGE} ${NOT_SEEN_YET} ${NEED_HELP} አብሯችሁ ላለው አዋቂ ንገሩ ወይም ወደ Childline ደውሉ።`,
  heardSavedLeavers: `${SAVED_MESSAGE} ${NOT_SEEN_YET} ${NEED_HELP} ወደ Samaritans በ116 123 በነጻ ደውሉ።`,
  heardSavedYoungest: `${SAVED_MESSAGE} ታብሌቱ ከኢንተርኔት ጋር ሲገናኝ ይሄዳል። ${NEED_HELP} በአቅራቢያችሁ ላለ አዋቂ ንገሩ።`,
  heardHelpLabel: "አሁን ሊረዷችሁ የሚችሉ",
  heardChildline: `ወደ {name} በ{number} በነጻ ደውሉ። ከ19 ዓመት በታች ላለ ማንኛውም ሰው ነው፤ ${ANYTIME}።`,
  heardChildlineYoungest: "ወደ {name} በ{number} በነጻ በማንኛውም ሰዓት መደወል ትችላላችሁ።",
  heardDanger: "አሁን አደጋ ላይ ናችሁ? ወደ {number} ደውሉ።",
  heardDangerYoungest: "አሁን አደጋ ላይ ናችሁ? በአቅራቢያችሁ ላለ አዋቂ ንገሩ፣ ወይም ወደ {number} ደውሉ።",

  waiting: (n) =>
    plural("am", n, {
      one: `${n} የመልስ ስብስብ ለመላክ እየጠበቀ ነው።`,
      other: `${n} የመልስ ስብስቦች ለመላክ እየጠበቁ ነው።`,
    }),
  waitingNote: "በዚህ ታብሌት ላይ ተቀምጠዋል፤ ታብሌቱ ከኢንተርኔት ጋር ሲገናኝ ይላካሉ።",
  allSentNow: "በዚህ ታብሌት ላይ የተቀመጡት መልሶች በሙሉ አሁን ተልከዋል።",
  allSent: "በዚህ ታብሌት ላይ የተቀመጡት መልሶች በሙሉ ተልከዋል።",
  stuck: (n) =>
    plural("am", n, {
      one: `${n} የመልስ ስብስብ ሊላክ አልቻለም`,
      other: `${n} የመልስ ስብስቦች ሊላኩ አልቻሉም`,
    }),
  // Addressed to the adult, so in the polite form (እባክዎ), which is the same for everyone.
  stuckNote: "ለአዋቂው፦ መልሶቹ በዚህ ታብሌት ላይ ተቀምጠዋል። እባክዎ ይህን መጠይቅ ለሚያካሂደው ሰው {codes} በመጥቀስ ያሳውቁ።",
  sendAgain: "እንደገና ለመላክ መሞከር",

  stillThere: "አሁንም እዚህ ናችሁ?",
  stillThereText: "ማንም ሰው ማያ ገጹን በቅርቡ ካልነካ፣ ቀጣዩ ሰው እንዲጀምር እነዚህ መልሶች ይሰረዛሉ።",
  stillHere: "አሁንም እዚህ ነኝ",

  tapWhenReady: "ዝግጁ ስትሆኑ ቁልፉን ተጫኑ።",
  tapToStart: "ለመጀመር ተጫኑ",
  firstToday: "ዛሬ እስካሁን የተሳተፈ የለም። እናንተ ጀምሩ!",
  takenPart: (n) =>
    plural("am", n, {
      one: `${n} ሰው ተሳትፏል።`,
      other: `${n} ሰዎች ተሳትፈዋል።`,
    }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["ጥሩ አይደለም", "ደህና", "ጥሩ"],
  faces5: ["በጣም መጥፎ", "ጥሩ አይደለም", "ደህና", "ጥሩ", "በጣም ጥሩ"],
  yes: "አዎ",
  no: "አይ",
  notSure: "እርግጠኛ አይደለሁም",
  preferNot: "መናገር አልፈልግም",
  houseWorries: "የጭንቀት ቤት",
  houseWorriesHint: "የሚያስጨንቋችሁ ወይም የሚያሳዝኗችሁ ነገሮች",
  houseGoodThings: "የጥሩ ነገሮች ቤት",
  houseGoodThingsHint: "በጥሩ ሁኔታ የሚሄዱ ወይም የሚያስደስቷችሁ ነገሮች",
  houseDreams: "የሕልም ቤት",
  houseDreamsHint: "ነገሮች እንዴት እንዲሆኑ ትፈልጋላችሁ",
};
