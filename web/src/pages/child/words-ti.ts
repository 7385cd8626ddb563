/**
 * The child screens' words in Tigrinya. Every Tigrinya "you" is a boy's or a girl's, singular
 * (ንስኻ/ንስኺ) or plural (ንስኹም/ንስኽን); the child is spoken to in the plural ንስኹም, the form a
 * public notice uses for a mixed audience and the respectful one, so no child is addressed as the
 * other sex; buttons are verbal nouns ("ምሕላፍ", skipping) or "let us" ("ንጀምር"), which have no
 * gender. "Care" is ኣማራጺ ክንክን (alternative care), as Eritrean and Ethiopian child-protection
 * services call it; the council keeps its English name with a gloss. Full stops are the Ethiopic
 * ። and commas ፣; digits stay Western. Counted phrases have the two forms Intl.PluralRules lists,
 * where "one" covers 0 and 1, so its form prints the number rather than a fixed "1". Missing
 * entries fall back to English.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said often enough to be written once.
const ASK = "ነቲ ምሳኹም ዘሎ ዓቢ ሰብ ሓገዝ ሕተቱ።";
const ANYTIME = "ኣብ ዝኾነ ግዜ፣ መዓልቲ ይኹን ለይቲ";
const NEED_HELP = "ሕጂ ሓገዝ እንተ ደሊኹም፣";
const SAVED_TO_WORKER = "ኣብዚ ታብሌት ተዓቂቡ ኣሎ። እቲ ታብሌት ምስ ኢንተርነት ምስ ተራኸበ ናብ ሰራሕተኛ ክለኣኽ እዩ።";
const SAVED_MESSAGE = "መልእኽትኹም ኣብዚ ታብሌት ተዓቂቡ ኣሎ።";
const NOT_SEEN_YET = "እቲ ታብሌት ምስ ኢንተርነት ምስ ተራኸበ ክለኣኽ እዩ፣ ስለዚ ሰራሕተኛ ገና ዘይረኣዮ ክኸውን ይኽእል።";
const NAME_ONLY_IF_GIVEN = "ስምኩም ዝለኣኽ እንተ ሂብኩምዎ ጥራይ እዩ።";

export const words: Translation = {
  back: "ንድሕሪት",
  next: "ዝቕጽል",
  skip: "ምሕላፍ",
  start: "ንጀምር",
  finish: "ምውዳእ",
  stepsNav: "ስጉምትታት",
  questionsNav: "ሕቶታት",
  questionOf: (n, total) => `ሕቶ ${n} ካብ ${total}`,
  comma: "፣ ",

  readQuestion: "ነቲ ሕቶ ብዓውታ ምንባብ",
  readHelp: "ነቲ መብርሂ ብዓውታ ምንባብ",
  readThis: "ነዚ ብዓውታ ምንባብ",
  readEnds: "እቶም ቁጽርታት እንታይ ማለት ምዃኖም ብዓውታ ምንባብ",
  readWords: (words) => `«${words}» ዝብል ብዓውታ ምንባብ`,
  cantReadAloud: `እዚ ታብሌት ብዓውታ ከንብብ ኣይክእልን። ${ASK}`,
  // "ብትግርኛ", "ብእንግሊዝኛ": "in" is the prefix ብ on the name Intl gives.
  cantReadLanguage: (code) => `እዚ ታብሌት ብ${languageName(code, "ti")} ብዓውታ ከንብብ ኣይክእልን። ${ASK}`,

  charactersLeft: (n) =>
    plural("ti", n, {
      one: `${n} ፊደል ተሪፉ`,
      other: `${n} ፊደላት ተሪፎም`,
    }),
  chooseAtLeast: (n) => `እንተወሓደ ${n} ምረጹ።`,
  chooseUpTo: (n) => `ክሳብ ${n} ምረጹ።`,

  chooseLanguage: "ቋንቋኹም ምረጹ",
  howOld: "ዕድሜኹም ክንደይ እዩ?",
  band47: "ካብ 4 ክሳብ 7",
  band47Spoken: "ካብ 4 ክሳብ 7 ዓመት",
  band811: "ካብ 8 ክሳብ 11",
  band811Spoken: "ካብ 8 ክሳብ 11 ዓመት",
  band1217: "ካብ 12 ክሳብ 17",
  band1217Spoken: "ካብ 12 ክሳብ 17 ዓመት",
  band1625: "ካብ 16 ክሳብ 25 (ካብ ክንክን ዝወጹ)",
  band1625Spoken: "ካብ 16 ክሳብ 25 ዓመት፣ ካብ ኣማራጺ ክንክን ዝወጹ",

  beforeYouStart: "ቅድሚ ምጅማርኩም",
  promisesYoungest: [
    { bold: "ስምኩም ኣይንሓትትን።", rest: "" },
    { rest: "ሕቶ ክትሓልፉ ትኽእሉ ኢኹም።" },
    { rest: "ጌጋ መልሲ የለን።" },
    { bold: "ውሑሳት ኣይኮንኩምን? ንገሩና።", rest: "ሓደ ዓቢ ሰብ ኣንቢቡ ክሕግዘኩም እዩ።" },
  ],
  promisesMiddle: [
    {
      bold: "መልስታትኩም ምስጢር እዩ።",
      rest: "ስምኩም ኣይንሓትትን፣ ብዛዕባ እቲ ቆልዑ ዝብልዎ ዝዳለዉ ጸብጻባት ድማ መን እንታይ ከም ዝበለ ፈጺሞም ኣየርእዩን።",
    },
    { rest: "ዝኾነ ሕቶ ክትሓልፉ፣ ወይ ንድሕሪት ተመሊስኩም መልሲ ክትቕይሩ ትኽእሉ ኢኹም።" },
    { rest: "ቅኑዕ ወይ ጌጋ መልሲ የለን። ብሓቂ እንታይ ከም እትሓስቡ ክንፈልጥ ንደሊ።" },
    {
      bold: "ንሰራሕተኛ ማሕበራዊ ጉዳይኩም ክንነግሮ እንተ ሓቲትኩምና፣ ወይ ውሑሳት ከም ዘይኮንኩም እንተ ኢልኩም፣",
      rest:
        "ሓደ ሰራሕተኛ ሓለዋ ቆልዑ ክሕግዘኩም ምእንቲ የንብቦ። ነቲ መጠይቕ ኣበይ ከም ዝመላእኩምዎ (ነቲ ኮድ " +
        "ወይ ነቲ ታብሌት) ክርኢ ይኽእል፣ ምሳኹም ወይ ምስ ካልኦት ሰባት ክዛረብ ከድልዮ ይኽእል እዩ። " +
        NAME_ONLY_IF_GIVEN,
    },
  ],
  promisesOldest: [
    {
      bold: "ኣብ ጸብጻባት፣ መልስታትኩም ስም ዘይብሎም እዮም።",
      rest: "ስምኩም ኣይንሓትትን፣ ብዛዕባ ተሌፎንኩም ወይ ታብሌትኩም ዝኾነ ነገር ምስ መልስታትኩም ኣይዕቀብን።",
    },
    {
      bold: "መን የንብቦም፦",
      rest:
        "ንመንእሰያት ኣብ ኣማራጺ ክንክንን ካብ ክንክን ዝወጹን ኣገልግሎት ዝውጥኑ ሰራሕተኛታት ካውንስል " +
        "(ምምሕዳር ከባቢ)። መልስታት ብዙሓት መንእሰያት ብሓባር እዮም ዝርእዩ፤ ኣብኣቶም ዘለዉ ሰባት ንምሕባእ " +
        "ኣዝዮም ንኣሽቱ ዝኾኑ ጉጅለታት ፈጺሞም ኣይርኣዩን።",
    },
    { rest: "ዝኾነ ሕቶ ሕለፉ፣ ንድሕሪት ተመሊስኩም መልሲ ቀይሩ፣ ወይ ኣብ ዝደለኹምዎ ግዜ ደው በሉ።" },
    {
      bold: "ንሰራሕተኛ ማሕበራዊ ጉዳይኩም ክንነግሮ እንተ ሓቲትኩምና፣ ወይ ውሑሳት ከይትኾኑ ከም እትኽእሉ ዘርኢ ነገር " + "እንተ ኢልኩም፣",
      rest:
        "ሓደ ሰራሕተኛ ሓለዋ ክሕግዘኩም ምእንቲ የንብቦ። ነቲ መጠይቕ ኣበይ ከም ዝመላእኩምዎ (ነቲ ኮድ፣ ወይ " +
        "ኣብ ታብሌት ዝነበረ ክፍለ-ግዜን መን ከም ዝመርሖን) ክርኢ ይኽእል፣ ውሕስነትኩም ንምሕላው ምሳኹም " +
        "ወይ ምስ ካልኦት ሰባት ክዛረብ ከድልዮ ይኽእል እዩ። " +
        NAME_ONLY_IF_GIVEN,
    },
  ],
  childlineLabel: "ክትዛረብዎ እትኽእሉ ሰብ",
  childline: `ሕጂ ምስ ሓደ ሰብ ክትዛረቡ ትደልዩ ዶ? ናብ {name} ብ{number} ብነጻ ደውሉ፣ ${ANYTIME}።`,
  welcomeBack: "እንቋዕ ብደሓን ተመለስኩም",
  carryOn: "ካብ ዘቋረጽኩምዎ ቀጽሉ።",
  startAgain: "ከም ብሓድሽ ምጅማር",

  worried: "ጭንቀት ኣሎኒ",
  helpTitle: "ጭንቀት እንተሃልዩኩም",
  helpOk: "ምጭናቕ ጸገም የብሉን። ንበይንኹም ክትሕዝዎ ኣየድልየኩምን።",
  helpCall: `ናብ {name} ብ{number} ብነጻ ደውሉ። ${ANYTIME} ክትድውሉ ትኽእሉ ኢኹም።`,
  helpOnline: "ወይ ድማ ብኢንተርነት ኣብ {site} ተዛረብዎም",
  talkNow: "ሕጂ ምስ ሓደ ሰብ ክትዛረቡ ትደልዩ ዶ?",
  samaritansLine: `ናብ {name} ብ{number} ብነጻ ደውሉ፣ ${ANYTIME}።`,
  childlineUnder19: "ዕድሜኹም ትሕቲ 19 ድዩ? ናብ {name} ብ{number} ብነጻ ክትድውሉ እውን ትኽእሉ ኢኹም።",
  leavingCareTeam:
    "ውልቃዊ ኣማኻሪኹም (personal adviser) ወይ ናይ ካውንስል ጉጅለ ንካብ ክንክን ዝወጹ መንእሰያት " +
    "(leaving care team) እውን ክሕግዙኹም ይኽእሉ እዮም።",
  tellWorkerAsk: "ክትዛረቡ ከም እትደልዩ ሰራሕተኛ ማሕበራዊ ጉዳይኩም ክፈልጥ ትደልዩ ዶ?",
  tellWorker: "ንሰራሕተኛይ ንገሩለይ",
  contactNotAnonymous: "ሰራሕተኛ ክረኽበኩም ምእንቲ ስምኩም ምስዚ መልእኽቲ ክለኣኽ እዩ። ካልኦት መልስታትኩም ብዘይ ስምኩም ይተርፉ።",
  contactNotAnonymousYoungest: "ስምኩም እንተ ጸሒፍኩም፣ ሓደ ዓቢ ሰብ ክረኽበኩምን ክሕግዘኩምን ይኽእል።",
  contactOptional: "ነዚኦም ምምላእ ኣየድልየኩምን። ነቲ መጠወቒ ጥራይ ክትጥውቑ ትኽእሉ ኢኹም።",
  contactOptionalYoungest: "ዝኾነ ነገር ምጽሓፍ ኣየድልየኩምን።",
  firstName: "ቀዳማይ ስምኩም",
  firstNameYoungest: "ስምኩም",
  reach: "ሰራሕተኛ ብኸመይ ክረኽበኩም ይኽእል?",
  reachHint: "ቁጽሪ ተሌፎን፣ ወይ ኣበይ ከም እትነብሩ ወይ ኣየናይ ቤት ትምህርቲ ከም እትኸዱ።",
  workerName: "ስም ሰራሕተኛ ማሕበራዊ ጉዳይኩም",
  workerNameYoungest: "ስም ሰራሕተኛኹም፣ እንተ ትፈልጥዎ",
  tellWorkerSending: "ናብ ሰራሕተኛ ይለኣኽ ኣሎ…",
  tellWorkerSent: "ተላኢኹ። ሓደ ሰራሕተኛ ቀልጢፉ ኣንቢቡ ክረኽበኩም እዩ።",
  tellWorkerSaved: `${SAVED_TO_WORKER} ${NEED_HELP} ነቲ ምሳኹም ዘሎ ዓቢ ሰብ ንገርዎ።`,
  tellWorkerFailed: "እዚ ክለኣኽ ኣይከኣለን። በጃኹም ነቲ ዝሕግዘኩም ዘሎ ዓቢ ሰብ ንገርዎ፣ ወይ ናብ Childline ደውሉ።",
  tellWorkerSavedLeavers: `${SAVED_TO_WORKER} ${NEED_HELP} ነቲ ምሳኹም ዘሎ ሰብ ንገርዎ።`,
  tellWorkerFailedLeavers:
    "እዚ ክለኣኽ ኣይከኣለን። በጃኹም ነቲ ዝሕግዘኩም ዘሎ ሰብ ንገርዎ፣ ወይ ናብ Samaritans ብ116 123 ብነጻ ደውሉ።",
  close: "ምዕጻው",

  readyToSend: "ንምልኣኽ ድሉው ድዩ?",
  answeredOf: (n, total) =>
    plural("ti", total, {
      one: `ዝመለስኩምዎ፦ ${n} ካብ ${total} ሕቶ።`,
      other: `ዝመለስኩምዎ፦ ${n} ካብ ${total} ሕቶታት።`,
    }),
  canStillSend: "ሕጂ እውን ክትሰዱ ትኽእሉ ኢኹም፣ ወይ ንድሕሪት ተመሊስኩም ገለ ሕቶታት ክትምልሱ።",
  cantChange: "ምስ ተላእኩ ክትቕይርዎም ኣይትኽእሉን ኢኹም። ስምኩም ምስኦም ኣይለኣኽን።",
  slow: "እቲ ርክብ ደንጓዪ እዩ። መልስታትኩም ክንሰድድ ገና ንፍትን ኣለና…",
  sendAnswers: "መልስታተይ ምልኣኽ",
  sending: "ይለኣኽ ኣሎ…",
  tryAgain: "ከም ብሓድሽ ምፍታን",
  notSentTitle: "መልስታትኩም ገና ኣይተላእኩን",
  notSent: "ኣይትጨነቑ፣ ገና ኣብዚ ኣለዉ። ናይ Wi-Fi ወይ ኢንተርነት ርክብ ተቈጻጸሩ፣ ድሕሪኡ «ከም ብሓድሽ ምፍታን» ጠውቑ።",
  closedTitle: "እዚ መጠይቕ ተዓጽዩ ኣሎ",
  closed: "መልስታትኩም ቅድሚ ምልኣኾም እቲ መጠይቕ ተዓጽዩ። ስለ ዝተሳተፍኩም የቐንየልና።",
  failedTitle: "መልስታትኩም ኣብ ምልኣኽ ጸገም ኣጋጢሙ",
  failed: "መልስታትኩም ገና ኣብዚ ኣለዉ። በጃኹም ነዚ ነቲ ዝሕግዘኩም ዘሎ ዓቢ ሰብ ኣርእይዎ።",
  errorCode: (code) => `(ኮድ፦ ${code})`,
  thankYou: "የቐንየልና!",
  sent: "መልስታትኩም ተላኢኾም።",
  savedHere: "መልስታትኩም ኣብዚ ታብሌት ተዓቂቦም ኣለዉ። እቲ ታብሌት ምስ ኢንተርነት ምስ ተራኸበ ክለኣኹ እዮም።",
  willHelp: "ዝነገርኩምና ነገር ንቆልዑን መንእሰያትን ኣብ ኣማራጺ ክንክን ነገራት ንምምሕያሽ ክሕግዝ እዩ።",
  willHelpLeavers: "ዝነገርኩምና ነገር ንካብ ክንክን ዝወጹ መንእሰያት ነገራት ንምምሕያሽ ክሕግዝ እዩ።",
  yourReference: "ናይ መወከሲ ቁጽሪኹም",
  referenceWhy: "ቅዳሕ መልስታትኩም እንተ ደሊኹም፣ ወይ ክድምሰሱ እንተ ደሊኹም፣ ነዚ ንሰራሕተኛ ማሕበራዊ ጉዳይኩም ኣርእይዎ።",

  heardTitle: "ሰሚዕናኩም",
  heardTitleYoungest: "ስለ ዝነገርኩምና የቐንየልና",
  heard: "ስለ ዝነገርኩምና የቐንየልና። ምዝራብኩም ቅኑዕ እዩ ነይሩ።",
  heardNext: "ሓደ ሰራሕተኛ ቀልጢፉ ኣንቢቡ ውሑሳት ክትኮኑ ክሕግዘኩም ክፍትን እዩ።",
  heardNextYoungest: "ሓደ ዓቢ ሰብ ቀልጢፉ ኣንቢቡ ክሕግዘኩም እዩ።",
  heardSaved: `${SAVED_MESSAGE} ${NOT_SEEN_YET} ${NEED_HELP} ነቲ ምሳኹም ዘሎ ዓቢ ሰብ ንገርዎ ወይ ናብ Childline ደውሉ።`,
  heardSavedLeavers: `${SAVED_MESSAGE} ${NOT_SEEN_YET} ${NEED_HELP} ናብ Samaritans ብ116 123 ብነጻ ደውሉ።`,
  heardSavedYoungest: `${SAVED_MESSAGE} እቲ ታብሌት ምስ ኢንተርነት ምስ ተራኸበ ክኸይድ እዩ። ${NEED_HELP} ንሓደ ኣብ ጥቓኹም ዘሎ ዓቢ ሰብ ንገርዎ።`,
  heardHelpLabel: "ሕጂ ክሕግዙ ዝኽእሉ ሰባት",
  heardChildline: `ናብ {name} ብ{number} ብነጻ ደውሉ። ንዝኾነ ትሕቲ 19 ዓመት ዘሎ ሰብ እዩ፣ ${ANYTIME}።`,
  heardChildlineYoungest: "ናብ {name} ብ{number} ብነጻ ኣብ ዝኾነ ግዜ ክትድውሉ ትኽእሉ ኢኹም።",
  heardDanger: "ሕጂ ኣብ ሓደጋ ዶ ኣለኹም? ናብ {number} ደውሉ።",
  heardDangerYoungest: "ሕጂ ኣብ ሓደጋ ዶ ኣለኹም? ንሓደ ኣብ ጥቓኹም ዘሎ ዓቢ ሰብ ንገርዎ፣ ወይ ናብ {number} ደውሉ።",

  waiting: (n) =>
    plural("ti", n, {
      one: `${n} ጉጅለ መልስታት ክለኣኽ ይጽበ ኣሎ።`,
      other: `${n} ጉጅለታት መልስታት ክለኣኹ ይጽበዩ ኣለዉ።`,
    }),
  waitingNote: "ኣብዚ ታብሌት ተዓቂቦም ኣለዉ፣ እቲ ታብሌት ምስ ኢንተርነት ምስ ተራኸበ ክለኣኹ እዮም።",
  allSentNow: "ኣብዚ ታብሌት ዝተዓቀቡ መልስታት ኩሎም ሕጂ ተላኢኾም።",
  allSent: "ኣብዚ ታብሌት ዝተዓቀቡ መልስታት ኩሎም ተላኢኾም።",
  stuck: (n) =>
    plural("ti", n, {
      one: `${n} ጉጅለ መልስታት ክለኣኽ ኣይከኣለን`,
      other: `${n} ጉጅለታት መልስታት ክለኣኹ ኣይከኣሉን`,
    }),
  stuckNote: "ንዓቢ ሰብ፦ እቶም መልስታት ኣብዚ ታብሌት ተዓቂቦም ኣለዉ። በጃኹም ነቲ ነዚ መጠይቕ ዘካይድ ሰብ {codes} ጠቒስኩም ሓብሩ።",
  sendAgain: "ከም ብሓድሽ ንምልኣኽ ምፍታን",

  stillThere: "ገና ኣብዚ ኣለኹም ዶ?",
  stillThereText: "ዝኾነ ሰብ ነቲ ስክሪን ቀልጢፉ እንተዘይተንኪፉ፣ እቲ ዝቕጽል ሰብ ክጅምር ምእንቲ እዞም መልስታት ክድምሰሱ እዮም።",
  stillHere: "ገና ኣብዚ ኣለኹ",

  tapWhenReady: "ድሉዋት ምስ ኮንኩም ነቲ መጠወቒ ጠውቑ።",
  tapToStart: "ንምጅማር ጠውቑ",
  // "Be the first" needs a boy's or a girl's word in Tigrinya (ቀዳማይ/ቀዳመይቲ).
  firstToday: "ሎሚ ገና ዝተሳተፈ ሰብ የለን። ንስኹም ጀምሩ!",
  takenPart: (n) =>
    plural("ti", n, {
      one: `${n} ሰብ ተሳቲፉ።`,
      other: `${n} ሰባት ተሳቲፎም።`,
    }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["ጽቡቕ ኣይኮነን", "ደሓን", "ጽቡቕ"],
  faces5: ["ብጣዕሚ ሕማቕ", "ጽቡቕ ኣይኮነን", "ደሓን", "ጽቡቕ", "ብጣዕሚ ጽቡቕ"],
  yes: "እወ",
  no: "ኣይፋል",
  notSure: "ርግጸኛ ኣይኮንኩን",
  preferNot: "ክነግር ኣይደልን",
  houseWorries: "ገዛ ጭንቀት",
  houseWorriesHint: "ዘጨንቑኹም ወይ ዘሕዝኑኹም ነገራት",
  houseGoodThings: "ገዛ ጽቡቓት ነገራት",
  houseGoodThingsHint: "ጽቡቕ ዝኸዱ ወይ ዘሐጕሱኹም ነገራት",
  houseDreams: "ገዛ ሕልሚ",
  houseDreamsHint: "ነገራት ከመይ ክኾኑ ትደልዩ",
};
