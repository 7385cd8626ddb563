/**
 * The child screens' words in Albanian (standard, as taught in Albania and Kosovo), addressing the
 * child as "ti". Albanian adjectives agree with the person ("i sigurt"/"e sigurt"), so what would
 * need a boy's or a girl's form is put another way: "në siguri" (in safety) rather than "safe",
 * "më shqetëson diçka" (something worries me) rather than "I'm worried". "Care" is kujdesi
 * alternativ, the Albanian name for children looked after away from their parents; the council is
 * "bashkia", the local government Albanian speakers know. Missing entries fall back to English.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said often enough to be written once.
const ASK = "Kërkoji ndihmë të rriturit që është me ty.";
const ANYTIME = "në çdo kohë, ditë e natë";
const SAVED = "Mesazhi yt është ruajtur në këtë tablet.";
const SAVED_WORKER =
  "Do të dërgohet sapo tableti të lidhet me internetin, prandaj një punonjës mund të mos e " +
  "shohë ende.";
const TO_WORKER =
  "U ruajt në këtë tablet. Do t'i shkojë një punonjësi sapo tableti të lidhet me internetin.";
const SAFEGUARDING = "e lexon një punonjës për mbrojtjen e fëmijëve, që të mund të të ndihmojë.";

export const words: Translation = {
  back: "Prapa",
  next: "Vazhdo",
  skip: "Kapërce",
  start: "Fillo",
  finish: "Përfundo",
  stepsNav: "Hapat",
  questionsNav: "Pyetjet",
  questionOf: (n, total) => `Pyetja ${n} nga ${total}`,
  comma: ", ",

  readQuestion: "Lexo pyetjen me zë",
  readHelp: "Lexo ndihmën me zë",
  readThis: "Lexoje këtë me zë",
  readEnds: "Lexo me zë çfarë duan të thonë numrat",
  readWords: (words) => `Lexo me zë «${words}»`,
  cantReadAloud: `Ky tablet nuk mund të lexojë me zë. ${ASK}`,
  // "në shqip", "në anglisht": the language's name as Intl gives it fits after "në".
  cantReadLanguage: (code) =>
    `Ky tablet nuk mund të lexojë me zë në ${languageName(code, "sq")}. ${ASK}`,

  charactersLeft: (n) =>
    plural("sq", n, {
      one: `Ka mbetur ${n} shkronjë`,
      other: `Kanë mbetur ${n} shkronja`,
    }),
  chooseAtLeast: (n) => `Zgjidh të paktën ${n}.`,
  chooseUpTo: (n) => `Zgjidh deri në ${n}.`,

  chooseLanguage: "Zgjidh gjuhën tënde",
  howOld: "Sa vjeç je?",
  band47: "Nga 4 deri në 7",
  band47Spoken: "Nga 4 deri në 7 vjeç",
  band811: "Nga 8 deri në 11",
  band811Spoken: "Nga 8 deri në 11 vjeç",
  band1217: "Nga 12 deri në 17",
  band1217Spoken: "Nga 12 deri në 17 vjeç",
  band1625: "Nga 16 deri në 25 (pas kujdesit alternativ)",
  band1625Spoken: "Nga 16 deri në 25 vjeç, pasi ke dalë nga kujdesi alternativ",

  beforeYouStart: "Para se të fillosh",
  promisesYoungest: [
    { bold: "Nuk të pyesim si e ke emrin.", rest: "" },
    { rest: "Mund ta kapërcesh një pyetje." },
    { rest: "Nuk ka përgjigje të gabuara." },
    {
      bold: "Nuk je në siguri? Na thuaj.",
      rest: "Një i rritur do ta lexojë dhe do të të ndihmojë.",
    },
  ],
  promisesMiddle: [
    {
      bold: "Përgjigjet e tua janë private.",
      rest:
        "Nuk të kërkojmë emrin, dhe raportet për atë që thonë fëmijët nuk tregojnë kurrë kush " +
        "tha çfarë.",
    },
    { rest: "Mund të kapërcesh çdo pyetje, ose të kthehesh prapa dhe të ndryshosh një përgjigje." },
    {
      rest: "Nuk ka përgjigje të sakta apo të gabuara. Duam të dimë çfarë mendon vërtet.",
    },
    {
      bold: "Nëse na kërkon t'i tregojmë punonjësit tënd social, ose thua që nuk je në siguri,",
      rest:
        `${SAFEGUARDING} Mund të shohë ku e plotësove anketën (kodin ose tabletin), dhe mund ` +
        "t'i duhet të flasë me ty ose me njerëz të tjerë. Emri yt shkon bashkë me të vetëm " +
        "nëse e jep.",
    },
  ],
  promisesOldest: [
    {
      bold: "Në raporte, përgjigjet e tua janë anonime.",
      rest: "Nuk të kërkojmë emrin, dhe asgjë për telefonin apo tabletin tënd nuk ruhet bashkë me to.",
    },
    {
      bold: "Kush i lexon:",
      rest:
        "stafi i bashkisë që planifikon shërbimet për të rinjtë në kujdes alternativ dhe për ata " +
        "që kanë dalë prej tij. Ata shohin përgjigjet e shumë të rinjve së bashku; grupet " +
        "shumë të vogla për të fshehur se kush është në to nuk tregohen kurrë.",
    },
    {
      rest: "Kapërce çdo pyetje, kthehu prapa dhe ndrysho një përgjigje, ose ndalo kur të duash.",
    },
    {
      bold:
        "Nëse na kërkon t'i tregojmë punonjësit tënd social, ose thua diçka që do të thotë se " +
        "mund të mos jesh në siguri,",
      rest:
        `${SAFEGUARDING} Mund të shohë ku e plotësove anketën (kodin, ose seancën në tablet ` +
        "dhe kush e drejtoi), dhe mund t'i duhet të flasë me ty ose me njerëz të tjerë që të " +
        "jesh në siguri. Emri yt dërgohet vetëm nëse e jep.",
    },
  ],
  childlineLabel: "Dikush me të cilin mund të flasësh",
  childline: `Do të flasësh me dikë tani? Telefono {name} falas në {number}, ${ANYTIME}.`,
  welcomeBack: "Mirë se u ktheve",
  carryOn: "vazhdo aty ku e le.",
  startAgain: "Fillo nga e para",

  worried: "Më shqetëson diçka",
  helpTitle: "Nëse të shqetëson diçka",
  helpOk: "Është normale të shqetësohesh. Nuk ke pse ta mbash për vete.",
  helpCall: `Telefono {name} falas në {number}. Mund të telefonosh ${ANYTIME}.`,
  helpOnline: "Ose fol me ta në internet te {site}",
  talkNow: "Do të flasësh me dikë tani?",
  samaritansLine: `Telefono {name} falas në {number}, ${ANYTIME}.`,
  childlineUnder19: "Je nën 19 vjeç? Mund të telefonosh edhe {name} falas në {number}.",
  leavingCareTeam:
    "Mund të të ndihmojë edhe këshilltari yt personal (personal adviser) ose ekipi i bashkisë " +
    "për të rinjtë që dalin nga kujdesi (leaving care team).",
  tellWorkerAsk: "Dëshiron që punonjësi yt social ta dijë që do të flasësh me të?",
  tellWorker: "Tregoji punonjësit tim social",
  contactNotAnonymous:
    "Emri yt do të shkojë me këtë mesazh, që një punonjës të mund të të gjejë. Përgjigjet e " +
    "tjera mbeten pa emrin tënd.",
  contactNotAnonymousYoungest:
    "Nëse shkruan emrin, një i rritur mund të të gjejë dhe të të ndihmojë.",
  contactOptional: "Nuk ke pse t'i plotësosh këto. Mund të shtypësh thjesht butonin.",
  contactOptionalYoungest: "Nuk ke pse të shkruash asgjë.",
  firstName: "Emri yt",
  firstNameYoungest: "Emri yt",
  reach: "Si mund të të kontaktojë një punonjës?",
  reachHint: "Një numër telefoni, ose ku jeton apo në cilën shkollë shkon.",
  workerName: "Emri i punonjësit tënd social",
  workerNameYoungest: "Emri i punonjësit tënd social, nëse e di",
  tellWorkerSending: "Po i dërgohet një punonjësi…",
  tellWorkerSent: "U dërgua. Një punonjës do ta lexojë së shpejti dhe do të lidhet me ty.",
  tellWorkerSaved: `${TO_WORKER} Nëse të duhet ndihmë tani, thuaji të rriturit që është me ty.`,
  tellWorkerFailed:
    "Nuk u dërgua dot. Të lutem thuaji të rriturit që të ndihmon, ose telefono Childline.",
  tellWorkerSavedLeavers: `${TO_WORKER} Nëse të duhet ndihmë tani, thuaji personit që është me ty.`,
  tellWorkerFailedLeavers:
    "Nuk u dërgua dot. Të lutem thuaji personit që të ndihmon, ose telefono Samaritans falas " +
    "në 116 123.",
  close: "Mbyll",

  readyToSend: "Gati për t'i dërguar?",
  answeredOf: (n, total) =>
    plural("sq", total, {
      one: `Iu përgjigje ${n} nga ${total} pyetje.`,
      other: `Iu përgjigje ${n} nga ${total} pyetjet.`,
    }),
  canStillSend: "Mund t'i dërgosh edhe kështu, ose të kthehesh prapa dhe t'u përgjigjesh disa.",
  cantChange: "Pasi të dërgohen, nuk mund t'i ndryshosh më. Emri yt nuk dërgohet me to.",
  slow: "Lidhja është e ngadaltë. Po provojmë ende të dërgojmë përgjigjet e tua…",
  sendAnswers: "Dërgo përgjigjet e mia",
  sending: "Po dërgohen…",
  tryAgain: "Provo përsëri",
  notSentTitle: "Përgjigjet e tua nuk janë dërguar ende",
  notSent:
    "Mos u shqetëso, janë ende këtu. Kontrollo Wi-Fi-n ose lidhjen me internetin, pastaj shtyp " +
    "«Provo përsëri».",
  closedTitle: "Kjo anketë është mbyllur",
  closed: "U mbyll para se të dërgoheshin përgjigjet e tua. Faleminderit që more pjesë.",
  failedTitle: "Diçka shkoi keq gjatë dërgimit të përgjigjeve",
  failed: "Përgjigjet e tua janë ende këtu. Të lutem tregoja këtë të rriturit që të ndihmon.",
  errorCode: (code) => `(Kodi: ${code})`,
  thankYou: "Faleminderit!",
  sent: "Përgjigjet e tua u dërguan.",
  savedHere:
    "Përgjigjet e tua janë ruajtur në këtë tablet. Do të dërgohen kur tableti të lidhet me " +
    "internetin.",
  willHelp:
    "Ato që na the do të ndihmojnë që gjërat të bëhen më mirë për fëmijët dhe të rinjtë në " +
    "kujdes alternativ.",
  willHelpLeavers:
    "Ato që na the do të ndihmojnë që gjërat të bëhen më mirë për të rinjtë që kanë dalë nga " +
    "kujdesi alternativ.",
  yourReference: "Numri yt i referencës",
  referenceWhy:
    "Nëse do ndonjëherë një kopje të përgjigjeve të tua, ose do që të fshihen, tregoja këtë " +
    "punonjësit tënd social.",

  heardTitle: "Të dëgjuam",
  heardTitleYoungest: "Faleminderit që na the",
  heard: "Faleminderit që na e the. Bëre mirë që fole.",
  heardNext: "Një punonjës do ta lexojë së shpejti dhe do të përpiqet të të mbajë në siguri.",
  heardNextYoungest: "Një i rritur do ta lexojë së shpejti dhe do të të ndihmojë.",
  heardSaved:
    `${SAVED} ${SAVED_WORKER} Nëse të duhet ndihmë tani, thuaji të rriturit që është me ty ` +
    "ose telefono Childline.",
  heardSavedLeavers:
    `${SAVED} ${SAVED_WORKER} Nëse të duhet ndihmë tani, telefono Samaritans falas në ` +
    "116 123.",
  heardSavedYoungest:
    `${SAVED} Do të shkojë kur tableti të lidhet me internetin. Nëse të duhet ndihmë tani, ` +
    "thuaji një të rrituri që është afër.",
  heardHelpLabel: "Njerëz që mund të ndihmojnë tani",
  heardChildline: `Telefono {name} falas në {number}. Është për këdo nën 19 vjeç, ${ANYTIME}.`,
  heardChildlineYoungest: "Mund të telefonosh {name} falas në {number}, në çdo kohë.",
  heardDanger: "Je në rrezik tani? Telefono {number}.",
  heardDangerYoungest:
    "Je në rrezik tani? Thuaji një të rrituri që është afër, ose telefono {number}.",

  waiting: (n) =>
    plural("sq", n, {
      one: `${n} grup përgjigjesh pret të dërgohet.`,
      other: `${n} grupe përgjigjesh presin të dërgohen.`,
    }),
  waitingNote: "Janë ruajtur në këtë tablet dhe do të dërgohen kur ai të lidhet me internetin.",
  allSentNow: "Të gjitha përgjigjet e ruajtura në këtë tablet tani janë dërguar.",
  allSent: "Të gjitha përgjigjet e ruajtura në këtë tablet janë dërguar.",
  stuck: (n) =>
    plural("sq", n, {
      one: `${n} grup përgjigjesh nuk u dërgua dot`,
      other: `${n} grupe përgjigjesh nuk u dërguan dot`,
    }),
  stuckNote:
    "Për të rriturin: përgjigjet ruhen në këtë tablet. Të lutem tregoji personit që drejton këtë " +
    "anketë dhe përmend {codes}.",
  sendAgain: "Provo t'i dërgosh përsëri",

  stillThere: "Je ende aty?",
  stillThereText:
    "Nëse askush nuk e prek ekranin së shpejti, këto përgjigje do të fshihen që personi tjetër " +
    "të mund të fillojë.",
  stillHere: "Jam ende këtu",

  tapWhenReady: "Shtyp butonin kur të jesh gati.",
  tapToStart: "Shtyp për të filluar",
  // "Be the first" needs a boy's or a girl's word in Albanian ("i pari"/"e para").
  firstToday: "Askush nuk ka marrë pjesë ende sot. Fillo ti!",
  takenPart: (n) =>
    plural("sq", n, {
      one: `Ka marrë pjesë ${n} person.`,
      other: `Kanë marrë pjesë ${n} persona.`,
    }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["Jo mirë", "Në rregull", "Mirë"],
  faces5: ["Shumë keq", "Jo mirë", "Në rregull", "Mirë", "Shumë mirë"],
  yes: "Po",
  no: "Jo",
  notSure: "Nuk e di",
  preferNot: "Më mirë të mos e them",
  houseWorries: "Shtëpia e shqetësimeve",
  houseWorriesHint: "Gjërat që të shqetësojnë ose të mërzitin",
  houseGoodThings: "Shtëpia e gjërave të mira",
  houseGoodThingsHint: "Gjërat që shkojnë mirë ose të bëjnë të lumtur",
  houseDreams: "Shtëpia e ëndrrave",
  houseDreamsHint: "Si do të doje të ishin gjërat",
};
