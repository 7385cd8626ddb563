/**
 * The child screens' words in Latvian, addressing the child as "tu". Adjectives and participles
 * change with a boy or a girl ("gatavs / gatava", "drošs / droša"), so those are put another way:
 * "tev nav droši" (it is not safe for you), "Vai sūtīt atbildes?" (send the answers?). "Care" is
 * ārpusģimenes aprūpe, the Latvian name for the same system; the council is pašvaldība. The
 * English names of the UK's helplines and roles stay, the role explained.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said so often that it is written once: who to ask when the tablet cannot do something.
const ASK = "Pajautā pieaugušajam, kas tev palīdz.";
const HELP_NOW = "Ja palīdzība vajadzīga tūlīt,";
const SAVED = "Tava ziņa ir saglabāta šajā planšetē.";
const SENT_LATER = "Tā tiks nosūtīta, tiklīdz planšete būs tiešsaistē, tāpēc darbinieks to";

export const words: Translation = {
  back: "Atpakaļ",
  next: "Tālāk",
  skip: "Izlaist",
  start: "Sākt",
  finish: "Pabeigt",
  stepsNav: "Soļi",
  questionsNav: "Jautājumi",
  questionOf: (n, total) => `Jautājums ${n} no ${total}`,
  comma: ", ",

  readQuestion: "Nolasīt jautājumu skaļi",
  readHelp: "Nolasīt padomu skaļi",
  readThis: "Nolasīt šo skaļi",
  readEnds: "Skaļi nolasīt, ko nozīmē skaitļi",
  readWords: (words) => `Nolasīt „${words}” skaļi`,
  cantReadAloud: `Šī planšete nevar lasīt skaļi. ${ASK}`,
  cantReadLanguage: (code) =>
    `Šī planšete nevar skaļi lasīt šajā valodā (${languageName(code, "lv")}). ${ASK}`,

  // 1, 21, 31… (not 11): singular; 2–9, 22–29…: plural; 0, 10–20, 30…: genitive plural, as
  // after the numbers that do not decline ("desmit rakstzīmju").
  charactersLeft: (n) =>
    plural("lv", n, {
      one: `Vēl var ierakstīt ${n} rakstzīmi`,
      other: `Vēl var ierakstīt ${n} rakstzīmes`,
      zero: `Vēl var ierakstīt ${n} rakstzīmju`,
    }),
  chooseAtLeast: (n) => `Izvēlies vismaz ${n}.`,
  chooseUpTo: (n) => `Izvēlies ne vairāk kā ${n}.`,

  chooseLanguage: "Izvēlies savu valodu",
  howOld: "Cik tev ir gadu?",
  band47: "No 4 līdz 7",
  band47Spoken: "No 4 līdz 7 gadiem",
  band811: "No 8 līdz 11",
  band811Spoken: "No 8 līdz 11 gadiem",
  band1217: "No 12 līdz 17",
  band1217Spoken: "No 12 līdz 17 gadiem",
  band1625: "No 16 līdz 25 (pēc aprūpes)",
  band1625Spoken: "No 16 līdz 25 gadiem, ārpusģimenes aprūpe jau beigusies",

  beforeYouStart: "Pirms sāc",
  promisesYoungest: [
    { bold: "Mēs nejautājam tavu vārdu.", rest: "" },
    { rest: "Tu vari izlaist jautājumu." },
    { rest: "Nav nepareizu atbilžu." },
    { bold: "Tev nav droši? Pasaki mums.", rest: "Pieaugušais to izlasīs un tev palīdzēs." },
  ],
  promisesMiddle: [
    {
      bold: "Tavas atbildes ir privātas.",
      rest:
        "Mēs nejautājam tavu vārdu, un pārskatos par to, ko saka bērni, nekad nav redzams, kurš " +
        "ko teica.",
    },
    { rest: "Tu vari izlaist jebkuru jautājumu vai atgriezties un mainīt atbildi." },
    { rest: "Nav pareizu vai nepareizu atbilžu. Mēs gribam zināt, ko tu patiesībā domā." },
    {
      bold: "Ja tu palūgsi mums ziņot tavam sociālajam darbiniekam vai uzrakstīsi, ka tev nav droši,",
      rest:
        "to izlasīs par bērnu drošību atbildīgs darbinieks, lai varētu tev palīdzēt. Viņš " +
        "redzēs, kur tu aizpildīji aptauju (kodu vai planšeti), un viņam var nākties parunāt ar " +
        "tevi vai ar citiem cilvēkiem. Tavs vārds tiks nosūtīts līdzi tikai tad, ja tu to " +
        "uzrakstīsi.",
    },
  ],
  promisesOldest: [
    {
      bold: "Pārskatos tavas atbildes ir anonīmas.",
      rest:
        "Mēs nejautājam tavu vārdu, un kopā ar atbildēm netiek glabāts nekas par tavu telefonu " +
        "vai planšeti.",
    },
    {
      bold: "Kas tās lasa:",
      rest:
        "pašvaldības darbinieki, kas plāno pakalpojumus jauniešiem ārpusģimenes aprūpē un tiem, " +
        "kas to atstāj. Viņi redz daudzu jauniešu atbildes kopā; pārāk mazas grupas, kurās " +
        "varētu atpazīt, kas tajās ir, nekad netiek rādītas.",
    },
    { rest: "Izlaid jebkuru jautājumu, atgriezies un maini atbildi vai pārtrauc, kad vien gribi." },
    {
      bold:
        "Ja tu palūgsi mums ziņot tavam sociālajam darbiniekam vai uzrakstīsi kaut ko, kas " +
        "nozīmē, ka tev varētu nebūt droši,",
      rest:
        "to izlasīs par drošību atbildīgs darbinieks, lai varētu palīdzēt. Viņš var redzēt, kur " +
        "tu aizpildīji aptauju (kodu vai planšetes sesiju un to, kurš to vadīja), un viņam var " +
        "nākties runāt ar tevi vai ar citiem cilvēkiem, lai tev būtu droši. Tavs vārds tiek " +
        "nosūtīts tikai tad, ja tu to uzraksti.",
    },
  ],
  childlineLabel: "Ar ko parunāt",
  childline:
    "Gribi ar kādu parunāt tūlīt? Zvani uz {name} bez maksas pa tālruni {number} jebkurā " +
    "laikā, dienā vai naktī.",
  welcomeBack: "Laipni lūdzam atpakaļ",
  carryOn: "turpini no vietas, kur pārtrauci.",
  startAgain: "Sākt no jauna",

  worried: "Es uztraucos",
  helpTitle: "Ja tu uztraucies",
  helpOk: "Uztraukties ir normāli. Tev tas nav jātur sevī.",
  helpCall:
    "Zvani uz {name} bez maksas pa tālruni {number}. Vari zvanīt jebkurā laikā, dienā vai naktī.",
  helpOnline: "Vai runā ar viņiem internetā: {site}",
  talkNow: "Gribi ar kādu parunāt tūlīt?",
  samaritansLine: "Zvani uz {name} bez maksas pa tālruni {number} jebkurā laikā, dienā vai naktī.",
  childlineUnder19:
    "Tev vēl nav 19 gadu? Tu vari zvanīt arī uz {name} bez maksas pa tālruni {number}.",
  leavingCareTeam:
    "Palīdzēt var arī tavs personīgais konsultants (personal adviser) vai pašvaldības komanda, " +
    "kas atbalsta jauniešus pēc aprūpes (leaving care team).",
  tellWorkerAsk: "Vai gribi, lai tavs sociālais darbinieks zina, ka tu gribi parunāt?",
  tellWorker: "Ziņot sociālajam darbiniekam",
  contactNotAnonymous:
    "Tavs vārds tiks nosūtīts kopā ar šo ziņu, lai darbinieks varētu tevi atrast. Pārējās " +
    "tavas atbildes paliek bez tava vārda.",
  contactNotAnonymousYoungest:
    "Ja tu uzrakstīsi savu vārdu, pieaugušais varēs tevi atrast un palīdzēt.",
  contactOptional: "Tev tas nav jāaizpilda. Vari vienkārši nospiest pogu.",
  contactOptionalYoungest: "Tev nekas nav jāraksta.",
  firstName: "Tavs vārds",
  firstNameYoungest: "Tavs vārds",
  reach: "Kā darbinieks var ar tevi sazināties?",
  reachHint: "Tālruņa numurs vai vieta, kur tu dzīvo vai ej skolā.",
  workerName: "Tava sociālā darbinieka vārds",
  workerNameYoungest: "Tava sociālā darbinieka vārds, ja tu to zini",
  tellWorkerSending: "Sūta darbiniekam…",
  tellWorkerSent: "Nosūtīts. Darbinieks drīz to izlasīs un sazināsies ar tevi.",
  tellWorkerSaved:
    "Saglabāts šajā planšetē. Darbinieks to saņems, tiklīdz planšete būs tiešsaistē. " +
    `${HELP_NOW} pasaki pieaugušajam, kas ir kopā ar tevi.`,
  tellWorkerFailed:
    "To neizdevās nosūtīt. Lūdzu, pasaki pieaugušajam, kas tev palīdz, vai zvani uz Childline.",
  tellWorkerSavedLeavers:
    "Saglabāts šajā planšetē. Darbinieks to saņems, tiklīdz planšete būs tiešsaistē. " +
    `${HELP_NOW} pasaki cilvēkam, kas ir kopā ar tevi.`,
  tellWorkerFailedLeavers:
    "To neizdevās nosūtīt. Lūdzu, pasaki cilvēkam, kas tev palīdz, vai zvani uz Samaritans " +
    "bez maksas pa tālruni 116 123.",
  close: "Aizvērt",

  readyToSend: "Vai sūtīt atbildes?",
  // "no" takes the genitive after 1, 21… and the dative plural after the rest.
  answeredOf: (n, total) =>
    plural("lv", total, {
      one: `Tu atbildēji uz ${n} no ${total} jautājuma.`,
      other: `Tu atbildēji uz ${n} no ${total} jautājumiem.`,
      zero: `Tu atbildēji uz ${n} no ${total} jautājumiem.`,
    }),
  canStillSend: "Tu vari sūtīt tāpat vai atgriezties un atbildēt vēl uz kādu.",
  cantChange:
    "Kad tās būs nosūtītas, tās vairs nevarēs mainīt. Tavs vārds netiek nosūtīts kopā ar tām.",
  slow: "Savienojums ir lēns. Joprojām mēģinām nosūtīt tavas atbildes…",
  sendAnswers: "Sūtīt manas atbildes",
  sending: "Sūta…",
  tryAgain: "Mēģināt vēlreiz",
  notSentTitle: "Tavas atbildes vēl nav nosūtītas",
  notSent:
    "Neuztraucies, tās joprojām ir šeit. Pārbaudi Wi-Fi vai interneta savienojumu un tad " +
    "nospied „Mēģināt vēlreiz”.",
  closedTitle: "Šī aptauja ir slēgta",
  closed: "Tā tika slēgta, pirms tavas atbildes varēja nosūtīt. Paldies par dalību.",
  failedTitle: "Sūtot tavas atbildes, kaut kas nogāja greizi",
  failed: "Tavas atbildes joprojām ir šeit. Lūdzu, parādi šo pieaugušajam, kas tev palīdz.",
  errorCode: (code) => `(Kods: ${code})`,
  thankYou: "Paldies!",
  sent: "Tavas atbildes ir nosūtītas.",
  savedHere:
    "Tavas atbildes ir saglabātas šajā planšetē. Tās tiks nosūtītas, kad planšete būs tiešsaistē.",
  willHelp:
    "Tas, ko tu mums pastāstīji, palīdzēs uzlabot dzīvi bērniem un jauniešiem ārpusģimenes " +
    "aprūpē.",
  willHelpLeavers:
    "Tas, ko tu mums pastāstīji, palīdzēs uzlabot dzīvi jauniešiem pēc ārpusģimenes aprūpes.",
  yourReference: "Tavs numurs",
  referenceWhy:
    "Ja kādreiz gribēsi saņemt savu atbilžu kopiju vai gribēsi, lai tās izdzēš, parādi šo " +
    "savam sociālajam darbiniekam.",

  heardTitle: "Mēs tevi dzirdējām",
  heardTitleYoungest: "Paldies, ka mums pastāstīji",
  heard: "Paldies, ka mums to pastāstīji. Bija pareizi to pateikt.",
  heardNext: "Darbinieks drīz to izlasīs un centīsies palīdzēt, lai tev būtu droši.",
  heardNextYoungest: "Pieaugušais drīz to izlasīs un tev palīdzēs.",
  heardSaved:
    `${SAVED} ${SENT_LATER}, iespējams, vēl nav redzējis. ${HELP_NOW} pasaki pieaugušajam, ` +
    "kas ir kopā ar tevi, vai zvani uz Childline.",
  heardSavedLeavers:
    `${SAVED} ${SENT_LATER}, iespējams, vēl nav redzējis. ${HELP_NOW} zvani uz Samaritans ` +
    "bez maksas pa tālruni 116 123.",
  heardSavedYoungest:
    `${SAVED} Tā aizies, kad planšete būs tiešsaistē. ${HELP_NOW} pasaki pieaugušajam, kas ` +
    "ir tuvumā.",
  heardHelpLabel: "Kas var palīdzēt tūlīt",
  heardChildline:
    "Zvani uz {name} bez maksas pa tālruni {number}. Tas ir ikvienam, kam vēl nav 19 gadu, " +
    "jebkurā laikā, dienā vai naktī.",
  heardChildlineYoungest: "Tu vari zvanīt uz {name} bez maksas pa tālruni {number} jebkurā laikā.",
  heardDanger: "Tev tūlīt draud briesmas? Zvani {number}.",
  heardDangerYoungest:
    "Tev tūlīt draud briesmas? Pasaki pieaugušajam, kas ir tuvumā, vai zvani {number}.",

  waiting: (n) =>
    plural("lv", n, {
      one: `${n} atbilžu kopa gaida nosūtīšanu.`,
      other: `${n} atbilžu kopas gaida nosūtīšanu.`,
      zero: `${n} atbilžu kopu gaida nosūtīšanu.`,
    }),
  waitingNote: "Tās ir saglabātas šajā planšetē un tiks nosūtītas, kad tā būs tiešsaistē.",
  allSentNow: "Visas šajā planšetē saglabātās atbildes tagad ir nosūtītas.",
  allSent: "Visas šajā planšetē saglabātās atbildes ir nosūtītas.",
  stuck: (n) =>
    plural("lv", n, {
      one: `Neizdevās nosūtīt ${n} atbilžu kopu`,
      other: `Neizdevās nosūtīt ${n} atbilžu kopas`,
      zero: `Neizdevās nosūtīt ${n} atbilžu kopu`,
    }),
  stuckNote:
    "Pieaugušajam: atbildes ir saglabātas šajā planšetē. Lūdzu, pasakiet to cilvēkam, kas " +
    "vada šo aptauju, un nosauciet {codes}.",
  sendAgain: "Mēģināt sūtīt vēlreiz",

  stillThere: "Vai tu vēl esi šeit?",
  stillThereText:
    "Ja drīz neviens nepieskarsies ekrānam, šīs atbildes tiks izdzēstas, lai nākamais varētu " +
    "sākt.",
  stillHere: "Es vēl esmu šeit",

  tapWhenReady: "Nospied pogu, kad gribi sākt.",
  tapToStart: "Pieskaries, lai sāktu",
  firstToday: "Šodien vēl neviens nav piedalījies. Sāc tu!",
  takenPart: (n) =>
    plural("lv", n, {
      one: `Jau piedalījās ${n} cilvēks.`,
      other: `Jau piedalījās ${n} cilvēki.`,
      zero: `Jau piedalījās ${n} cilvēku.`,
    }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["Ne visai labi", "Normāli", "Labi"],
  faces5: ["Ļoti slikti", "Ne visai labi", "Normāli", "Labi", "Ļoti labi"],
  yes: "Jā",
  no: "Nē",
  notSure: "Nezinu",
  preferNot: "Labāk neteikšu",
  houseWorries: "Raižu māja",
  houseWorriesHint: "Lietas, kas tevi uztrauc vai apbēdina",
  houseGoodThings: "Labo lietu māja",
  houseGoodThingsHint: "Lietas, kas izdodas labi vai tevi iepriecina",
  houseDreams: "Sapņu māja",
  houseDreamsHint: "Kā tu gribētu, lai būtu",
};

/** "No" is Latvian for "from" ("No 4 līdz 7"), not the English answer (which is "Nē"). */
export const sameAsEnglish = ["No"];
