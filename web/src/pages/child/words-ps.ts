/**
 * The child screens' words in Pashto, addressing the child as "ته", the way an adult speaks to a
 * child or a friend. Pashto past tenses and many adjectives show whether a boy or a girl is meant
 * ("اندېښمن / اندېښمنه"); those sentences use present tenses, "کولای شې" or a noun ("اندېښنه
 * لرم") instead. "Care" is پالنه, a social worker ټولنیز کارکوونکی. Digits stay Western. Missing
 * entries fall back to English.
 */
import { plural } from "./intl";
import { nameOrOwn } from "./language-names";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

const ASK = "هغه لوی کس چې درسره دی، ستا مرسته کولای شي.";
const SAVED = "په دې ټابلیټ کې خوندي شو. کله چې ټابلیټ انټرنېټ ته وصل شي، کارکوونکي ته به ولاړ شي.";
const MESSAGE_SAVED =
  "ستا پیغام په دې ټابلیټ کې خوندي دی. کله چې ټابلیټ انټرنېټ ته وصل شي، لېږل کېږي، نو کېدای شي کارکوونکي لا نه وي لیدلی.";
const NEED_HELP = "که همدا اوس مرستې ته اړتیا لرې،";
const TELL_WORKER_BOLD = "که موږ ته ووایې چې ستا ټولنیز کارکوونکي ته خبر ورکړو، یا";

export const words: Translation = {
  back: "شاته",
  next: "بل",
  skip: "پرېږده",
  start: "پیل کړه",
  finish: "پای ته ورسوه",
  stepsNav: "ګامونه",
  questionsNav: "پوښتنې",
  questionOf: (n, total) => `پوښتنه ${n} له ${total} څخه`,
  comma: "، ",

  readQuestion: "پوښتنه په لوړ غږ واوره",
  readHelp: "لارښوونه په لوړ غږ واوره",
  readThis: "دا په لوړ غږ واوره",
  readEnds: "د شمېرو مانا په لوړ غږ واوره",
  readWords: (words) => `«${words}» په لوړ غږ واوره`,
  cantReadAloud: `دا ټابلیټ په لوړ غږ نه شي لوستلای. ${ASK}`,
  cantReadLanguage: (code) => `دا ټابلیټ ${nameOrOwn(code, "ps")} په لوړ غږ نه شي لوستلای. ${ASK}`,

  charactersLeft: (n) =>
    plural("ps", n, {
      one: `${n} توری پاتې دی`,
      other: `${n} توري پاتې دي`,
    }),
  chooseAtLeast: (n) => `لږ تر لږه ${n} وټاکه.`,
  chooseUpTo: (n) => `تر ${n} پورې وټاکه.`,

  chooseLanguage: "خپله ژبه وټاکه",
  howOld: "ستا عمر څو کاله دی؟",
  band47: "له 4 تر 7",
  band47Spoken: "له 4 تر 7 کلونو",
  band811: "له 8 تر 11",
  band811Spoken: "له 8 تر 11 کلونو",
  band1217: "له 12 تر 17",
  band1217Spoken: "له 12 تر 17 کلونو",
  band1625: "له 16 تر 25 (له پالنې وروسته)",
  band1625Spoken: "له 16 تر 25 کلونو، له پالنې وروسته",

  beforeYouStart: "له پیل نه مخکې",
  promisesYoungest: [
    { bold: "موږ ستا نوم نه پوښتو.", rest: "" },
    { rest: "ته کولای شې یوه پوښتنه پرېږدې." },
    { rest: "هېڅ ځواب غلط نه دی." },
    { bold: "خوندي نه یې؟ موږ ته ووایه.", rest: "یو لوی کس به یې ولولي او مرسته به دې وکړي." },
  ],
  promisesMiddle: [
    {
      bold: "ستا ځوابونه پټ دي.",
      rest:
        "موږ ستا نوم نه غواړو، او د هغه څه په اړه راپورونه چې ماشومان یې وایي، هېڅکله نه " +
        "ښيي چې چا څه ویلي دي.",
    },
    { rest: "ته کولای شې هره پوښتنه پرېږدې، یا بېرته لاړ شې او ځواب بدل کړې." },
    { rest: "سم یا غلط ځواب نشته. موږ غواړو پوه شو چې ته په رښتیا څه فکر کوې." },
    {
      bold: `${TELL_WORKER_BOLD} ووایې چې خوندي نه یې،`,
      rest:
        "نو د ماشومانو د خوندیتوب یو کارکوونکی به یې ولولي چې مرسته دې وکړي. هغه لیدلای شي " +
        "چې تا سروې چېرته ډکه کړې (کوډ یا ټابلیټ)، او کېدای شي له تا یا نورو خلکو سره خبرې " +
        "وکړي. ستا نوم یوازې هغه وخت ورسره ځي چې ته یې پخپله ورکړې.",
    },
  ],
  promisesOldest: [
    {
      bold: "په راپورونو کې ستا ځوابونه بې نومه دي.",
      rest: "موږ ستا نوم نه غواړو، او ستا د تلیفون یا ټابلیټ په اړه هېڅ شی ورسره نه ساتل کېږي.",
    },
    {
      bold: "څوک یې لولي:",
      rest:
        "د کونسل هغه کارکوونکي چې د پالنې لاندې ځوانانو او له پالنې وتونکو ځوانانو لپاره " +
        "خدمتونه پلانوي. دوی د ډېرو ځوانانو ځوابونه یوځای ویني؛ هغه ډلې چې دومره کوچنۍ وي " +
        "چې نه شي پټولای څوک پکې دي، هېڅکله نه ښودل کېږي.",
    },
    { rest: "هره پوښتنه پرېږده، بېرته لاړ شه او ځواب بدل کړه، یا هر وخت چې وغواړې ودرېږه." },
    {
      bold: `${TELL_WORKER_BOLD} داسې څه ووایې چې مانا یې دا وي چې ښايي خوندي نه یې،`,
      rest:
        "نو د خوندیتوب یو کارکوونکی به یې ولولي چې مرسته وکړي. کېدای شي هغه وویني چې تا " +
        "سروې چېرته ډکه کړې (کوډ، یا د ټابلیټ ناسته او دا چې چا چلوله)، او کېدای شي ستا د " +
        "خوندي ساتلو لپاره له تا یا نورو خلکو سره خبرې وکړي. ستا نوم یوازې هغه وخت لېږل " +
        "کېږي چې ته یې پخپله ورکړې.",
    },
  ],
  childlineLabel: "څوک چې ورسره خبرې وکړې",
  childline:
    "اوس غواړې له چا سره خبرې وکړې؟ {name} ته په {number} وړیا زنګ ووهه، هر وخت، د ورځې یا د شپې.",
  welcomeBack: "بېرته ښه راغلې",
  carryOn: "له هماغه ځایه دوام ورکړه چې پاتې وو.",
  startAgain: "بیا پیل کړه",

  worried: "اندېښنه لرم",
  helpTitle: "که اندېښنه لرې",
  helpOk: "اندېښنه لرل سمه خبره ده. اړتیا نشته چې دا یوازې له ځانه سره وساتې.",
  helpCall: "په {number} شمېره {name} ته وړیا زنګ ووهه. هر وخت زنګ وهلای شې، د ورځې یا د شپې.",
  helpOnline: "یا له هغوی سره آنلاین خبرې وکړه: {site}",
  talkNow: "اوس غواړې له چا سره خبرې وکړې؟",
  samaritansLine: "په {number} شمېره {name} ته وړیا زنګ ووهه، هر وخت، د ورځې یا د شپې.",
  childlineUnder19: "له 19 کلونو کم عمر لرې؟ {name} ته هم په {number} وړیا زنګ وهلای شې.",
  leavingCareTeam:
    "ستا شخصي سلاکار (personal adviser) یا د کونسل د پالنې پرېښودونکو ټیم هم مرسته کولای شي.",
  tellWorkerAsk: "غواړې چې ستا ټولنیز کارکوونکی پوه شي چې ته غواړې خبرې وکړې؟",
  tellWorker: "زما ټولنیز کارکوونکي ته ووایه",
  contactNotAnonymous:
    "ستا نوم به له دې پیغام سره ولاړ شي چې یو کارکوونکی تا پیدا کړي. ستا نور ځوابونه بې له نوم پاتې کېږي.",
  contactNotAnonymousYoungest: "که خپل نوم ولیکې، یو لوی کس تا موندلای شي او مرسته دې کولای شي.",
  contactOptional: "اړتیا نشته چې دا ډک کړې. یوازې تڼۍ کېکاږه.",
  contactOptionalYoungest: "اړتیا نشته چې څه ولیکې.",
  firstName: "ستا لومړی نوم",
  firstNameYoungest: "ستا نوم",
  reach: "کارکوونکی له تا سره څنګه اړیکه ونیسي؟",
  reachHint: "د تلیفون شمېره، یا چېرته اوسېږې یا کوم ښوونځي ته ځې.",
  workerName: "ستا د ټولنیز کارکوونکي نوم",
  workerNameYoungest: "ستا د ټولنیز کارکوونکي نوم، که یې پېژنې",
  tellWorkerSending: "کارکوونکي ته لېږل کېږي…",
  tellWorkerSent: "ولېږل شو. یو کارکوونکی به ژر دا ولولي او له تا سره به اړیکه ونیسي.",
  tellWorkerSaved: `${SAVED} ${NEED_HELP} هغه لوی کس ته ووایه چې درسره دی.`,
  tellWorkerFailed:
    "دا ونه لېږل شو. هغه لوی کس ته ووایه چې مرسته درسره کوي، یا Childline ته زنګ ووهه.",
  tellWorkerSavedLeavers: `${SAVED} ${NEED_HELP} هغه کس ته ووایه چې درسره دی.`,
  tellWorkerFailedLeavers:
    "دا ونه لېږل شو. هغه کس ته ووایه چې مرسته درسره کوي، یا Samaritans ته په 116 123 وړیا زنګ ووهه.",
  close: "بند کړه",

  readyToSend: "لېږلو ته چمتو یې؟",
  // A label ("answered: n of total"), so neither count has to agree with a verb.
  answeredOf: (n, total) => `ځواب شوې پوښتنې: ${n} له ${total} څخه.`,
  canStillSend: "اوس هم یې لېږلای شې، یا بېرته لاړ شه او ځینو ته ځواب ورکړه.",
  cantChange: "کله چې ولېږل شي، نور یې نه شې بدلولای. ستا نوم ورسره نه لېږل کېږي.",
  slow: "اړیکه ورو ده. لا هم هڅه کوو چې ستا ځوابونه ولېږو…",
  sendAnswers: "زما ځوابونه ولېږه",
  sending: "لېږل کېږي…",
  tryAgain: "بیا هڅه وکړه",
  notSentTitle: "ستا ځوابونه لا نه دي لېږل شوي",
  notSent:
    "اندېښنه مه کوه، هغوی لا دلته دي. وای فای یا د انټرنېټ اړیکه وګوره، بیا «بیا هڅه وکړه» کېکاږه.",
  closedTitle: "دا سروې تړل شوې ده",
  closed: "مخکې له دې چې ستا ځوابونه ولېږل شي، وتړل شوه. د ګډون مننه.",
  failedTitle: "ستا د ځوابونو په لېږلو کې ستونزه پېښه شوه",
  failed: "ستا ځوابونه لا دلته دي. دا هغه لوی کس ته وښیه چې مرسته درسره کوي.",
  errorCode: (code) => `(کوډ: ${code})`,
  thankYou: "مننه!",
  sent: "ستا ځوابونه ولېږل شول.",
  savedHere: "ستا ځوابونه په دې ټابلیټ کې خوندي دي. کله چې انټرنېټ ته وصل شي، لېږل کېږي.",
  willHelp:
    "هغه څه چې تا موږ ته وویل، د پالنې لاندې ماشومانو او ځوانانو لپاره د شیانو په ښه کولو کې مرسته کوي.",
  willHelpLeavers:
    "هغه څه چې تا موږ ته وویل، د هغو ځوانانو لپاره چې پالنه یې پرېښې ده، د شیانو په ښه کولو کې مرسته کوي.",
  yourReference: "ستا د حوالې شمېره",
  referenceWhy:
    "که کله دې د خپلو ځوابونو کاپي غوښته، یا غواړې چې ړنګ شي، دا خپل ټولنیز کارکوونکي ته وښیه.",

  heardTitle: "موږ ستا خبره واورېده",
  heardTitleYoungest: "مننه چې موږ ته دې وویل",
  heard: "مننه چې موږ ته دې وویل. سمه دې وکړه چې خبره دې وکړه.",
  heardNext: "یو کارکوونکی به ژر دا ولولي او هڅه به وکړي چې خوندي پاتې شې.",
  heardNextYoungest: "یو لوی کس به ژر دا ولولي او مرسته به دې وکړي.",
  heardSaved: `${MESSAGE_SAVED} ${NEED_HELP} هغه لوی کس ته ووایه چې درسره دی، یا Childline ته زنګ ووهه.`,
  heardSavedLeavers: `${MESSAGE_SAVED} ${NEED_HELP} Samaritans ته په 116 123 وړیا زنګ ووهه.`,
  heardSavedYoungest:
    "ستا پیغام په دې ټابلیټ کې خوندي دی. کله چې ټابلیټ انټرنېټ ته وصل شي، ځي. که همدا اوس مرستې ته اړتیا لرې، یو نږدې لوی کس ته ووایه.",
  heardHelpLabel: "هغه خلک چې همدا اوس مرسته کولای شي",
  heardChildline:
    "په {number} شمېره {name} ته وړیا زنګ ووهه. دا د هر هغه چا لپاره دی چې عمر یې له 19 کلونو کم وي، هر وخت، د ورځې یا د شپې.",
  heardChildlineYoungest: "په {number} شمېره {name} ته هر وخت وړیا زنګ وهلای شې.",
  heardDanger: "همدا اوس په خطر کې یې؟ {number} ته زنګ ووهه.",
  heardDangerYoungest: "همدا اوس په خطر کې یې؟ یو نږدې لوی کس ته ووایه، یا {number} ته زنګ ووهه.",

  waiting: (n) =>
    plural("ps", n, {
      one: `د ځوابونو ${n} ټولګه د لېږلو په تمه ده.`,
      other: `د ځوابونو ${n} ټولګې د لېږلو په تمه دي.`,
    }),
  waitingNote: "دا په دې ټابلیټ کې خوندي دي او کله چې انټرنېټ ته وصل شي، لېږل کېږي.",
  allSentNow: "په دې ټابلیټ کې ټول خوندي ځوابونه اوس ولېږل شول.",
  allSent: "په دې ټابلیټ کې ټول خوندي ځوابونه لېږل شوي دي.",
  stuck: (n) =>
    plural("ps", n, {
      one: `د ځوابونو ${n} ټولګه ونه لېږل شوه`,
      other: `د ځوابونو ${n} ټولګې ونه لېږل شوې`,
    }),
  // For the adult, so the polite plural "تاسو" forms.
  stuckNote:
    "د لوی کس لپاره: ځوابونه په دې ټابلیټ کې ساتل شوي دي. مهرباني وکړئ هغه چا ته چې دا سروې " +
    "چلوي ووایاست، او دا ورته ووایاست: {codes}.",
  sendAgain: "بیا د لېږلو هڅه وکړه",

  stillThere: "لا دلته یې؟",
  stillThereText: "که څوک ژر پرده ونه لمسوي، دا ځوابونه به پاک شي چې بل کس پیل وکړای شي.",
  stillHere: "لا دلته یم",

  tapWhenReady: "کله چې چمتو وې، تڼۍ کېکاږه.",
  tapToStart: "د پیل لپاره کېکاږه",
  firstToday: "نن تر ټولو مخکې ګډون وکړه.",
  takenPart: (n) =>
    plural("ps", n, {
      one: `${n} کس ګډون کړی دی.`,
      other: `${n} کسانو ګډون کړی دی.`,
    }),

  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["ښه نه", "سم دی", "ښه"],
  faces5: ["ډېر بد", "ښه نه", "سم دی", "ښه", "ډېر ښه"],
  yes: "هو",
  no: "نه",
  notSure: "ډاډه نه یم",
  preferNot: "نه غواړم ووایم",
  houseWorries: "د اندېښنو کور",
  houseWorriesHint: "هغه شیان چې تا ته اندېښنه یا خفګان درکوي",
  houseGoodThings: "د ښو شیانو کور",
  houseGoodThingsHint: "هغه شیان چې ښه روان دي یا تا خوشحالوي",
  houseDreams: "د ارمانونو کور",
  houseDreamsHint: "غواړې شیان څنګه وي",
};
