/**
 * The child screens' words in Romanian, addressing the child as "tu". Adjectives change with a
 * boy or a girl ("sigur / sigură", "îngrijorat / îngrijorată"), so those are put another way:
 * "în siguranță", "Mă îngrijorează ceva", "gata" (which does not change). "Care" is the child
 * protection system (sistemul de protecție, plasament), as Romanian families know it; a social
 * worker is an asistent social. "Start" would be the same word as in English, so the button says
 * "Începe". The English names of the UK's helplines and roles stay, the role explained.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said so often that it is written once: who to ask when the tablet cannot do something.
const ASK = "Întreabă adultul care te ajută.";
const HELP_NOW = "Dacă ai nevoie de ajutor acum,";
const SAVED = "Mesajul tău este salvat pe această tabletă.";
const SENT_LATER =
  "Va fi trimis imediat ce tableta are internet, așa că s-ar putea ca un asistent social să " +
  "nu-l fi văzut încă.";

export const words: Translation = {
  back: "Înapoi",
  next: "Înainte",
  skip: "Sari peste",
  start: "Începe",
  finish: "Termină",
  stepsNav: "Pași",
  questionsNav: "Întrebări",
  questionOf: (n, total) => `Întrebarea ${n} din ${total}`,
  comma: ", ",

  readQuestion: "Citește întrebarea cu voce tare",
  readHelp: "Citește ajutorul cu voce tare",
  readThis: "Citește asta cu voce tare",
  readEnds: "Citește cu voce tare ce înseamnă numerele",
  readWords: (words) => `Citește „${words}” cu voce tare`,
  cantReadAloud: `Această tabletă nu poate citi cu voce tare. ${ASK}`,
  cantReadLanguage: (code) =>
    `Această tabletă nu poate citi cu voce tare în această limbă (${languageName(code, "ro")}). ${ASK}`,

  // 1: singular; 0, 2–19, 101–119…: plural; 20 and up (but not 101–119…): "de" and the plural.
  charactersLeft: (n) =>
    plural("ro", n, {
      one: `A mai rămas ${n} caracter`,
      few: `Au mai rămas ${n} caractere`,
      other: `Au mai rămas ${n} de caractere`,
    }),
  chooseAtLeast: (n) => `Alege cel puțin ${n}.`,
  chooseUpTo: (n) => `Alege cel mult ${n}.`,

  chooseLanguage: "Alege-ți limba",
  howOld: "Câți ani ai?",
  band47: "De la 4 la 7",
  band47Spoken: "De la 4 la 7 ani",
  band811: "De la 8 la 11",
  band811Spoken: "De la 8 la 11 ani",
  band1217: "De la 12 la 17",
  band1217Spoken: "De la 12 la 17 ani",
  band1625: "De la 16 la 25 (după plasament)",
  band1625Spoken: "De la 16 la 25 de ani, după ieșirea din plasament",

  beforeYouStart: "Înainte să începi",
  promisesYoungest: [
    { bold: "Nu te întrebăm cum te cheamă.", rest: "" },
    { rest: "Poți să sari peste o întrebare." },
    { rest: "Nu există răspunsuri greșite." },
    {
      bold: "Nu ești în siguranță? Spune-ne.",
      rest: "Un adult o să citească și o să te ajute.",
    },
  ],
  promisesMiddle: [
    {
      bold: "Răspunsurile tale sunt private.",
      rest:
        "Nu te întrebăm cum te cheamă, iar rapoartele despre ce spun copiii nu arată niciodată " +
        "cine ce a spus.",
    },
    { rest: "Poți să sari peste orice întrebare sau să te întorci și să schimbi un răspuns." },
    { rest: "Nu există răspunsuri bune sau greșite. Vrem să știm ce crezi cu adevărat." },
    {
      bold: "Dacă ne ceri să-i spunem asistentului tău social sau spui că nu ești în siguranță,",
      rest:
        "va citi o persoană care se ocupă de protecția copiilor, ca să te poată ajuta. Poate " +
        "vedea unde ai completat chestionarul (codul sau tableta) și s-ar putea să fie nevoie " +
        "să vorbească cu tine sau cu alte persoane. Numele tău este trimis doar dacă îl scrii.",
    },
  ],
  promisesOldest: [
    {
      bold: "În rapoarte, răspunsurile tale sunt anonime.",
      rest:
        "Nu te întrebăm cum te cheamă și nu păstrăm împreună cu ele nimic despre telefonul sau " +
        "tableta ta.",
    },
    {
      bold: "Cine le citește:",
      rest:
        "angajații consiliului local care planifică serviciile pentru tinerii din sistemul de " +
        "protecție și pentru cei care îl părăsesc. Ei văd răspunsurile multor tineri la un loc; " +
        "grupurile prea mici ca să ascundă cine face parte din ele nu sunt arătate niciodată.",
    },
    {
      rest:
        "Poți să sari peste orice întrebare, să te întorci și să schimbi un răspuns sau să te " +
        "oprești oricând vrei.",
    },
    {
      bold:
        "Dacă ne ceri să-i spunem asistentului tău social sau spui ceva care înseamnă că s-ar " +
        "putea să nu fii în siguranță,",
      rest:
        "va citi o persoană care se ocupă de protecție, ca să te poată ajuta. Poate vedea unde " +
        "ai completat chestionarul (codul sau sesiunea de pe tabletă și cine a condus-o) și " +
        "s-ar putea să fie nevoie să vorbească cu tine sau cu alte persoane ca să fii în " +
        "siguranță. Numele tău este trimis doar dacă îl scrii.",
    },
  ],
  childlineLabel: "Cineva cu care să vorbești",
  childline:
    "Vrei să vorbești cu cineva acum? Sună gratuit la {name}, la numărul {number}, oricând, " +
    "zi și noapte.",
  welcomeBack: "Bine ai revenit",
  carryOn: "continuă de unde ai rămas.",
  startAgain: "Începe din nou",

  worried: "Mă îngrijorează ceva",
  helpTitle: "Dacă ceva te îngrijorează",
  helpOk: "E normal să ai griji. Nu trebuie să le ții doar pentru tine.",
  helpCall: "Sună gratuit la {name}, la numărul {number}. Poți suna oricând, zi și noapte.",
  helpOnline: "Sau vorbește cu ei pe internet: {site}",
  talkNow: "Vrei să vorbești cu cineva acum?",
  samaritansLine: "Sună gratuit la {name}, la numărul {number}, oricând, zi și noapte.",
  childlineUnder19: "Ai sub 19 ani? Poți suna gratuit și la {name}, la numărul {number}.",
  leavingCareTeam:
    "Te pot ajuta și consilierul tău personal (personal adviser) sau echipa consiliului " +
    "pentru tinerii care ies din sistemul de protecție (leaving care team).",
  tellWorkerAsk: "Vrei ca asistentul tău social să știe că vrei să vorbești?",
  tellWorker: "Anunță asistentul meu social",
  contactNotAnonymous:
    "Numele tău va fi trimis cu acest mesaj, ca un asistent social să te poată găsi. " +
    "Celelalte răspunsuri ale tale rămân fără numele tău.",
  contactNotAnonymousYoungest: "Dacă îți scrii numele, un adult te poate găsi și te poate ajuta.",
  contactOptional: "Nu trebuie să completezi nimic aici. Poți doar să apeși butonul.",
  contactOptionalYoungest: "Nu trebuie să scrii nimic.",
  firstName: "Prenumele tău",
  firstNameYoungest: "Numele tău",
  reach: "Cum te poate contacta un asistent social?",
  reachHint: "Un număr de telefon sau unde locuiești ori mergi la școală.",
  workerName: "Numele asistentului tău social",
  workerNameYoungest: "Numele asistentului tău social, dacă îl știi",
  tellWorkerSending: "Se trimite la asistentul social…",
  tellWorkerSent: "Trimis. Un asistent social va citi curând și te va contacta.",
  tellWorkerSaved:
    "Salvat pe această tabletă. Va ajunge la un asistent social imediat ce tableta are " +
    `internet. ${HELP_NOW} spune-i adultului care e cu tine.`,
  tellWorkerFailed:
    "Nu s-a putut trimite. Te rugăm să-i spui adultului care te ajută sau sună la Childline.",
  tellWorkerSavedLeavers:
    "Salvat pe această tabletă. Va ajunge la un asistent social imediat ce tableta are " +
    `internet. ${HELP_NOW} spune-i persoanei care e cu tine.`,
  tellWorkerFailedLeavers:
    "Nu s-a putut trimite. Te rugăm să-i spui persoanei care te ajută sau sună gratuit la " +
    "Samaritans, la 116 123.",
  close: "Închide",

  readyToSend: "Trimiți răspunsurile?",
  answeredOf: (n, total) =>
    plural("ro", total, {
      one: `Ai răspuns la ${n} din ${total} întrebare.`,
      few: `Ai răspuns la ${n} din ${total} întrebări.`,
      other: `Ai răspuns la ${n} din ${total} de întrebări.`,
    }),
  canStillSend: "Poți să le trimiți așa sau să te întorci și să mai răspunzi la unele.",
  cantChange: "După ce le trimiți, nu le mai poți schimba. Numele tău nu este trimis cu ele.",
  slow: "Conexiunea e lentă. Încercăm în continuare să-ți trimitem răspunsurile…",
  sendAnswers: "Trimite răspunsurile mele",
  sending: "Se trimite…",
  tryAgain: "Încearcă din nou",
  notSentTitle: "Răspunsurile tale nu au fost trimise încă",
  notSent:
    "Nu-ți face griji, sunt încă aici. Verifică Wi-Fi-ul sau conexiunea la internet, apoi " +
    "apasă „Încearcă din nou”.",
  closedTitle: "Acest chestionar s-a închis",
  closed:
    "S-a închis înainte ca răspunsurile tale să poată fi trimise. Îți mulțumim că ai participat.",
  failedTitle: "Ceva nu a mers bine la trimiterea răspunsurilor",
  failed: "Răspunsurile tale sunt încă aici. Te rugăm să-i arăți asta adultului care te ajută.",
  errorCode: (code) => `(Cod: ${code})`,
  thankYou: "Mulțumim!",
  sent: "Răspunsurile tale au fost trimise.",
  savedHere:
    "Răspunsurile tale sunt salvate pe această tabletă. Vor fi trimise când tableta are internet.",
  willHelp:
    "Ce ne-ai spus ne va ajuta să facem lucrurile mai bune pentru copiii și tinerii din " +
    "sistemul de protecție.",
  willHelpLeavers:
    "Ce ne-ai spus ne va ajuta să facem lucrurile mai bune pentru tinerii care au ieșit din " +
    "sistemul de protecție.",
  yourReference: "Codul tău de referință",
  referenceWhy:
    "Dacă vrei vreodată o copie a răspunsurilor tale sau vrei să fie șterse, arată asta " +
    "asistentului tău social.",

  heardTitle: "Te-am auzit",
  heardTitleYoungest: "Mulțumim că ne-ai spus",
  heard: "Mulțumim că ne-ai spus. Ai făcut bine că ai vorbit.",
  heardNext: "Un asistent social va citi curând și va încerca să te ajute să fii în siguranță.",
  heardNextYoungest: "Un adult o să citească asta curând și o să te ajute.",
  heardSaved: `${SAVED} ${SENT_LATER} ${HELP_NOW} spune-i adultului care e cu tine sau sună la Childline.`,
  heardSavedLeavers: `${SAVED} ${SENT_LATER} ${HELP_NOW} sună gratuit la Samaritans, la 116 123.`,
  heardSavedYoungest:
    `${SAVED} O să plece când tableta are internet. ${HELP_NOW} spune-i unui adult de lângă ` +
    "tine.",
  heardHelpLabel: "Cine te poate ajuta acum",
  heardChildline:
    "Sună gratuit la {name}, la numărul {number}. Este pentru oricine are sub 19 ani, oricând, " +
    "zi și noapte.",
  heardChildlineYoungest: "Poți suna gratuit la {name}, la numărul {number}, oricând.",
  heardDanger: "Ești în pericol chiar acum? Sună la {number}.",
  heardDangerYoungest:
    "Ești în pericol chiar acum? Spune-i unui adult de lângă tine sau sună la {number}.",

  waiting: (n) =>
    plural("ro", n, {
      one: `${n} set de răspunsuri așteaptă să fie trimis.`,
      few: `${n} seturi de răspunsuri așteaptă să fie trimise.`,
      other: `${n} de seturi de răspunsuri așteaptă să fie trimise.`,
    }),
  waitingNote: "Sunt salvate pe această tabletă și vor fi trimise când are internet.",
  allSentNow: "Toate răspunsurile salvate pe această tabletă au fost trimise acum.",
  allSent: "Toate răspunsurile salvate pe această tabletă au fost trimise.",
  stuck: (n) =>
    plural("ro", n, {
      one: `${n} set de răspunsuri nu a putut fi trimis`,
      few: `${n} seturi de răspunsuri nu au putut fi trimise`,
      other: `${n} de seturi de răspunsuri nu au putut fi trimise`,
    }),
  stuckNote:
    "Pentru adult: răspunsurile sunt păstrate pe această tabletă. Vă rugăm să-i spuneți " +
    "persoanei care conduce acest chestionar și să menționați {codes}.",
  sendAgain: "Încearcă să trimiți din nou",

  stillThere: "Mai ești aici?",
  stillThereText:
    "Dacă nimeni nu atinge ecranul în curând, aceste răspunsuri vor fi șterse, ca următoarea " +
    "persoană să poată începe.",
  stillHere: "Sunt încă aici",

  tapWhenReady: "Apasă butonul când ești gata.",
  tapToStart: "Atinge ca să începi",
  firstToday: "Fii prima persoană care participă azi.",
  takenPart: (n) =>
    plural("ro", n, {
      one: `A participat ${n} persoană.`,
      few: `Au participat ${n} persoane.`,
      other: `Au participat ${n} de persoane.`,
    }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["Nu prea bine", "În regulă", "Bine"],
  faces5: ["Foarte rău", "Nu prea bine", "În regulă", "Bine", "Foarte bine"],
  yes: "Da",
  no: "Nu",
  notSure: "Nu știu",
  preferNot: "Prefer să nu spun",
  houseWorries: "Casa grijilor",
  houseWorriesHint: "Lucruri care te îngrijorează sau te întristează",
  houseGoodThings: "Casa lucrurilor bune",
  houseGoodThingsHint: "Lucruri care merg bine sau te bucură",
  houseDreams: "Casa viselor",
  houseDreamsHint: "Cum ți-ar plăcea să fie",
};
