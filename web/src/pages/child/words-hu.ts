/**
 * The child screens' words in Hungarian, addressing the child as "te" (care leavers too, as
 * Hungarian youth services do); the one line for the adult running a tablet says "Ön". Hungarian
 * has no grammatical gender, so nothing needs rewording for a boy or a girl. Nouns stay singular
 * after a number ("5 ember"), so counted phrases have Intl's two forms with the same shape. An
 * article or case ending that would change with how a number is said ("a/az 5", "5-öt") is
 * avoided: numbers stand where no ending is needed. "Care" is gyermekvédelmi gondoskodás, and a
 * care leaver's support utógondozás. English service names (Childline, Samaritans, personal
 * adviser, leaving care team) stay as they are. Missing entries fall back to English.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said so often that each is written once.
const ASK = "Kérd meg a felnőttet, aki segít neked.";
const ANY_TIME = "bármikor, éjjel-nappal";
const NOW = "Ha most van szükséged segítségre,";
const ON_TABLET = "ezen a táblagépen";
const SAFEGUARDER = "a gyermekvédelemért felelős munkatárs elolvassa, hogy segíthessen";
const TELL_WORKER = "Ha megkérsz minket, hogy szóljunk a szociális munkásodnak, vagy";
const ONLINE = "amint a táblagép csatlakozik az internethez";

export const words: Translation = {
  back: "Vissza",
  next: "Tovább",
  skip: "Kihagyás",
  start: "Kezdjük",
  finish: "Befejezés",
  stepsNav: "Lépések",
  questionsNav: "Kérdések",
  questionOf: (n, total) => `${n}. kérdés (összesen ${total})`,
  comma: ", ",

  readQuestion: "A kérdés felolvasása",
  readHelp: "A magyarázat felolvasása",
  readThis: "Ennek a felolvasása",
  readEnds: "Annak felolvasása, mit jelentenek a számok",
  readWords: (words) => `„${words}” felolvasása`,
  cantReadAloud: `Ez a táblagép nem tud felolvasni. ${ASK}`,
  cantReadLanguage: (code) =>
    `Ez a táblagép nem tud ezen a nyelven felolvasni (${languageName(code, "hu")}). ${ASK}`,

  charactersLeft: (n) =>
    plural("hu", n, { one: "1 karakter maradt", other: `${n} karakter maradt` }),
  chooseAtLeast: (n) => `Válassz ki legalább ${n} lehetőséget.`,
  chooseUpTo: (n) => `Legfeljebb ${n} lehetőséget válassz.`,

  chooseLanguage: "Válaszd ki a nyelvedet",
  howOld: "Hány éves vagy?",
  band47: "4–7 év",
  band47Spoken: "4 és 7 év között",
  band811: "8–11 év",
  band811Spoken: "8 és 11 év között",
  band1217: "12–17 év",
  band1217Spoken: "12 és 17 év között",
  band1625: "16–25 év (utógondozás)",
  band1625Spoken: "16 és 25 év között, gyermekvédelmi gondoskodásból kikerülve",

  beforeYouStart: "Mielőtt elkezded",
  promisesYoungest: [
    { bold: "Nem kérdezzük meg a neved.", rest: "" },
    { rest: "Egy kérdést ki is hagyhatsz." },
    { rest: "Nincs rossz válasz." },
    {
      bold: "Nem vagy biztonságban? Mondd el nekünk.",
      rest: "Egy felnőtt elolvassa, és segít neked.",
    },
  ],
  promisesMiddle: [
    {
      bold: "A válaszaid bizalmasak.",
      rest:
        "Nem kérdezzük meg a neved, és a jelentések arról, amit a gyerekek mondanak, soha nem " +
        "mutatják meg, ki mit mondott.",
    },
    { rest: "Bármelyik kérdést kihagyhatod, vagy visszaléphetsz, és módosíthatod a válaszodat." },
    { rest: "Nincs jó vagy rossz válasz. Azt szeretnénk tudni, mit gondolsz valójában." },
    {
      bold: `${TELL_WORKER} azt írod, hogy nem vagy biztonságban,`,
      rest:
        `${SAFEGUARDER} neked. Látja, hol töltötték ki a kérdőívet (a kódot vagy a ` +
        "táblagépet), és lehet, hogy beszélnie kell veled vagy másokkal. A neved csak akkor " +
        "kerül mellé, ha megadod.",
    },
  ],
  promisesOldest: [
    {
      bold: "A jelentésekben a válaszaid névtelenek.",
      rest:
        "Nem kérdezzük meg a neved, és semmit nem tárolunk mellettük a telefonodról vagy a " +
        "táblagépedről.",
    },
    {
      bold: "Kik olvassák:",
      rest:
        "az önkormányzat (council) munkatársai, akik a gondoskodásban élő és onnan kikerült " +
        "fiatalok szolgáltatásait tervezik. Sok fiatal válaszát együtt látják; a túl kicsi " +
        "csoportokat, amelyekből kiderülhetne, ki van bennük, soha nem mutatják meg.",
    },
    {
      rest:
        "Bármelyik kérdést kihagyhatod, visszaléphetsz és módosíthatod a válaszodat, vagy " +
        "abbahagyhatod, amikor csak akarod.",
    },
    {
      bold: `${TELL_WORKER} olyat írsz, amiből az derül ki, hogy talán nem vagy biztonságban,`,
      rest:
        `${SAFEGUARDER}. Láthatja, hol töltötték ki a kérdőívet (a kódot, vagy a táblagépes ` +
        "alkalmat és azt, hogy ki vezette), és lehet, hogy beszélnie kell veled vagy másokkal, " +
        "hogy biztonságban legyél. A nevedet csak akkor küldjük el, ha megadod.",
    },
  ],
  childlineLabel: "Valaki, akivel beszélhetsz",
  childline: `Szeretnél most beszélni valakivel? Hívd ingyen a {name} vonalat a {number} számon, ${ANY_TIME}.`,
  welcomeBack: "Üdv újra itt",
  carryOn: "folytasd ott, ahol abbahagytad.",
  startAgain: "Újrakezdés",

  worried: "Aggódom",
  helpTitle: "Ha aggódsz",
  helpOk: "Rendben van, ha aggódsz. Nem kell magadban tartanod.",
  helpCall: "Hívd ingyen a {name} vonalat a {number} számon. Bármikor hívhatod, éjjel-nappal.",
  helpOnline: "Vagy beszélj velük az interneten: {site}",
  talkNow: "Szeretnél most beszélni valakivel?",
  samaritansLine: `Hívd ingyen a {name} vonalat a {number} számon, ${ANY_TIME}.`,
  childlineUnder19: "Még nem vagy 19 éves? A {name} vonalat is hívhatod ingyen a {number} számon.",
  leavingCareTeam:
    "A személyes tanácsadód (personal adviser) vagy az önkormányzat utógondozói csapata " +
    "(leaving care team) is segíthet.",
  tellWorkerAsk: "Szeretnéd, hogy a szociális munkásod tudja, hogy beszélni szeretnél?",
  tellWorker: "Szóljatok a szociális munkásomnak",
  contactNotAnonymous:
    "A neved ezzel az üzenettel együtt megy, hogy egy munkatárs megtaláljon. A többi válaszod " +
    "továbbra is név nélkül marad.",
  contactNotAnonymousYoungest: "Ha leírod a neved, egy felnőtt megtalál, és segít neked.",
  contactOptional: "Ezeket nem kötelező kitölteni. Elég megnyomni a gombot.",
  contactOptionalYoungest: "Nem kell semmit írnod.",
  firstName: "A keresztneved",
  firstNameYoungest: "A neved",
  reach: "Hogyan érhet el egy munkatárs?",
  reachHint: "Egy telefonszám, vagy hol laksz, vagy hová jársz iskolába.",
  workerName: "A szociális munkásod neve",
  workerNameYoungest: "A szociális munkásod neve, ha tudod",
  tellWorkerSending: "Küldés egy munkatársnak…",
  tellWorkerSent: "Elküldve. Egy munkatárs hamarosan elolvassa, és felveszi veled a kapcsolatot.",
  tellWorkerSaved:
    `Elmentve ${ON_TABLET}. Egy munkatárshoz kerül, ${ONLINE}. ${NOW} szólj a felnőttnek, ` +
    "aki veled van.",
  tellWorkerFailed:
    "Ezt nem sikerült elküldeni. Kérlek, szólj a felnőttnek, aki segít neked, vagy hívd a " +
    "Childline-t.",
  tellWorkerSavedLeavers:
    `Elmentve ${ON_TABLET}. Egy munkatárshoz kerül, ${ONLINE}. ${NOW} szólj annak, aki ` +
    "veled van.",
  tellWorkerFailedLeavers:
    "Ezt nem sikerült elküldeni. Kérlek, szólj annak, aki segít neked, vagy hívd ingyen a " +
    "Samaritans vonalat a 116 123 számon.",
  close: "Bezárás",

  readyToSend: "Mehet a küldés?",
  answeredOf: (n, total) => `Megválaszolt kérdések: ${n} / ${total}.`,
  canStillSend: "Így is elküldheted, vagy visszaléphetsz, és válaszolhatsz még néhányra.",
  cantChange: "Elküldés után már nem módosíthatod őket. A nevedet nem küldjük el velük.",
  slow: "Lassú a kapcsolat. Még próbáljuk elküldeni a válaszaidat…",
  sendAnswers: "Válaszaim elküldése",
  sending: "Küldés…",
  tryAgain: "Próbáld újra",
  notSentTitle: "A válaszaidat még nem küldtük el",
  notSent:
    "Ne aggódj, még itt vannak. Nézd meg a wifit vagy az internetkapcsolatot, aztán nyomd meg " +
    "a „Próbáld újra” gombot.",
  closedTitle: "Ez a kérdőív lezárult",
  closed:
    "Még azelőtt lezárult, hogy a válaszaidat el tudtuk volna küldeni. Köszönjük, hogy részt " +
    "vettél.",
  failedTitle: "Hiba történt a válaszaid küldésekor",
  failed: "A válaszaid még itt vannak. Kérlek, mutasd meg ezt a felnőttnek, aki segít neked.",
  errorCode: (code) => `(Kód: ${code})`,
  thankYou: "Köszönjük!",
  sent: "A válaszaidat elküldtük.",
  savedHere: `A válaszaid el vannak mentve ${ON_TABLET}. Elküldjük őket, ${ONLINE}.`,
  willHelp: "Amit elmondtál, segít jobbá tenni a gondoskodásban élő gyerekek és fiatalok életét.",
  willHelpLeavers: "Amit elmondtál, segít jobbá tenni a gondoskodásból kikerült fiatalok életét.",
  yourReference: "Az azonosítód",
  referenceWhy:
    "Ha valaha másolatot szeretnél a válaszaidról, vagy azt szeretnéd, hogy töröljék őket, " +
    "mutasd meg ezt a szociális munkásodnak.",

  heardTitle: "Meghallottunk",
  heardTitleYoungest: "Köszönjük, hogy elmondtad",
  heard: "Köszönjük, hogy elmondtad nekünk. Jól tetted, hogy szóltál.",
  heardNext: "Egy munkatárs hamarosan elolvassa, és megpróbál segíteni, hogy biztonságban legyél.",
  heardNextYoungest: "Egy felnőtt hamarosan elolvassa, és segít neked.",
  heardSaved:
    `Az üzeneted el van mentve ${ON_TABLET}. Elküldjük, ${ONLINE}, ezért lehet, hogy egy ` +
    `munkatárs még nem látja. ${NOW} szólj a felnőttnek, aki veled van, vagy hívd a ` +
    "Childline-t.",
  heardSavedLeavers:
    `Az üzeneted el van mentve ${ON_TABLET}. Elküldjük, ${ONLINE}, ezért lehet, hogy egy ` +
    `munkatárs még nem látja. ${NOW} hívd ingyen a Samaritans vonalat a 116 123 számon.`,
  heardSavedYoungest:
    `Az üzeneted el van mentve ${ON_TABLET}. Akkor megy el, amikor a táblagép internetre ` +
    `kapcsolódik. ${NOW} szólj egy felnőttnek, aki a közeledben van.`,
  heardHelpLabel: "Akik most segíthetnek",
  heardChildline: `Hívd ingyen a {name} vonalat a {number} számon. Bárki hívhatja, aki még nincs 19 éves, ${ANY_TIME}.`,
  heardChildlineYoungest: "Hívhatod ingyen a {name} vonalat a {number} számon, bármikor.",
  heardDanger: "Most veszélyben vagy? Hívd a {number} számot.",
  heardDangerYoungest:
    "Most veszélyben vagy? Szólj egy felnőttnek a közeledben, vagy hívd a {number} számot.",

  waiting: (n) =>
    plural("hu", n, {
      one: "1 válaszcsomag vár elküldésre.",
      other: `${n} válaszcsomag vár elküldésre.`,
    }),
  waitingNote: `El vannak mentve ${ON_TABLET}, és elküldjük őket, ${ONLINE}.`,
  allSentNow: "A táblagépen mentett összes választ most elküldtük.",
  allSent: "A táblagépen mentett összes választ elküldtük.",
  stuck: (n) =>
    plural("hu", n, {
      one: "1 válaszcsomagot nem sikerült elküldeni",
      other: `${n} válaszcsomagot nem sikerült elküldeni`,
    }),
  stuckNote:
    `A felnőttnek: a válaszok ${ON_TABLET} maradnak. Kérjük, szóljon annak, aki ezt a ` +
    "kérdőívet vezeti, és adja meg ezt: {codes}.",
  sendAgain: "Küldés újra",

  stillThere: "Itt vagy még?",
  stillThereText:
    "Ha senki nem érinti meg hamarosan a képernyőt, ezeket a válaszokat töröljük, hogy a " +
    "következő ember kezdhessen.",
  stillHere: "Még itt vagyok",

  tapWhenReady: "Koppints a gombra, ha készen állsz.",
  tapToStart: "Koppints a kezdéshez",
  firstToday: "Légy ma az első, aki részt vesz!",
  takenPart: (n) =>
    plural("hu", n, {
      one: "Eddig 1 ember vett részt.",
      other: `Eddig ${n} ember vett részt.`,
    }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["Nem túl jó", "Rendben", "Jó"],
  faces5: ["Nagyon rossz", "Nem túl jó", "Rendben", "Jó", "Nagyon jó"],
  yes: "Igen",
  no: "Nem",
  notSure: "Nem tudom",
  preferNot: "Inkább nem mondom meg",
  houseWorries: "Az aggodalmak háza",
  houseWorriesHint: "Ami aggaszt vagy elszomorít",
  houseGoodThings: "A jó dolgok háza",
  houseGoodThingsHint: "Ami jól megy, vagy örömet okoz",
  houseDreams: "Az álmok háza",
  houseDreamsHint: "Milyennek szeretnéd a dolgokat",
};
