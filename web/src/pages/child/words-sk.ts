/**
 * The child screens' words in Slovak, addressing the child as "ty" (care leavers too, as Slovak
 * youth services do). Slovak past tenses and many adjectives change for a boy or a girl
 * ("odpovedal/odpovedala", "pripravený/pripravená"), so every phrase said to the child is put
 * without them: "Zodpovedané otázky: 3 z 7", "Ďakujeme za účasť". "Care" is náhradná
 * starostlivosť, the Slovak name for the same system; the worker is the child's sociálny
 * pracovník. English service names (Childline, Samaritans, personal adviser, leaving care team)
 * stay as they are, since that is what the child will hear on the phone. Missing entries fall
 * back to English.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said so often that each is written once.
const ASK = "Požiadaj o pomoc dospelého, ktorý ti pomáha.";
const ANY_TIME = "kedykoľvek, cez deň aj v noci";
const NOW = "Ak potrebuješ pomoc hneď,";
const ON_TABLET = "v tomto tablete";
const CARE = "náhradnej starostlivosti";
const SAFEGUARDER =
  "prečíta si to pracovník, ktorý má na starosti ochranu detí, aby ti mohol pomôcť.";

export const words: Translation = {
  back: "Späť",
  next: "Ďalej",
  skip: "Preskočiť",
  start: "Začať",
  finish: "Dokončiť",
  stepsNav: "Kroky",
  questionsNav: "Otázky",
  questionOf: (n, total) => `Otázka ${n} z ${total}`,
  comma: ", ",

  readQuestion: "Prečítať otázku nahlas",
  readHelp: "Prečítať vysvetlenie nahlas",
  readThis: "Prečítať toto nahlas",
  readEnds: "Prečítať nahlas, čo znamenajú čísla",
  readWords: (words) => `Prečítať „${words}“ nahlas`,
  cantReadAloud: `Tento tablet nevie čítať nahlas. ${ASK}`,
  cantReadLanguage: (code) =>
    `Tento tablet nevie čítať nahlas v tomto jazyku (${languageName(code, "sk")}). ${ASK}`,

  // Slovak counts: 1; 2–4; 5 and up (and 0); "many" is for fractions ("1,5 znaku").
  charactersLeft: (n) =>
    plural("sk", n, {
      one: "Zostáva 1 znak",
      few: `Zostávajú ${n} znaky`,
      many: `Zostáva ${n} znaku`,
      other: `Zostáva ${n} znakov`,
    }),
  chooseAtLeast: (n) => `Vyber aspoň ${n}.`,
  chooseUpTo: (n) => `Vyber najviac ${n}.`,

  chooseLanguage: "Vyber si jazyk",
  howOld: "Koľko máš rokov?",
  band47: "4 až 7",
  band47Spoken: "Od 4 do 7 rokov",
  band811: "8 až 11",
  band811Spoken: "Od 8 do 11 rokov",
  band1217: "12 až 17",
  band1217Spoken: "Od 12 do 17 rokov",
  band1625: "16 až 25 (po náhradnej starostlivosti)",
  band1625Spoken: `Od 16 do 25 rokov, po odchode z ${CARE}`,

  beforeYouStart: "Skôr než začneš",
  promisesYoungest: [
    { bold: "Nepýtame sa, ako sa voláš.", rest: "" },
    { rest: "Otázku môžeš preskočiť." },
    { rest: "Žiadna odpoveď nie je zlá." },
    { bold: "Nie si v bezpečí? Povedz nám to.", rest: "Dospelý si to prečíta a pomôže ti." },
  ],
  promisesMiddle: [
    {
      bold: "Tvoje odpovede sú súkromné.",
      rest:
        "Nepýtame sa na tvoje meno a správy o tom, čo hovoria deti, nikdy neukazujú, kto čo " +
        "povedal.",
    },
    { rest: "Môžeš preskočiť hocijakú otázku alebo sa vrátiť a zmeniť odpoveď." },
    { rest: "Neexistujú správne ani nesprávne odpovede. Chceme vedieť, čo si naozaj myslíš." },
    {
      bold:
        "Ak nás požiadaš, aby sme to povedali tvojmu sociálnemu pracovníkovi, alebo napíšeš, " +
        "že nie si v bezpečí,",
      rest:
        `${SAFEGUARDER} Uvidí, kde sa dotazník vypĺňal (kód alebo tablet), a možno sa bude ` +
        "musieť porozprávať s tebou alebo s inými ľuďmi. Tvoje meno pôjde s tým, len ak ho " +
        "napíšeš.",
    },
  ],
  promisesOldest: [
    {
      bold: "V správach sú tvoje odpovede anonymné.",
      rest: "Nepýtame sa na tvoje meno a nič o tvojom telefóne ani tablete sa s nimi neukladá.",
    },
    {
      bold: "Kto ich číta:",
      rest:
        `zamestnanci úradu (council), ktorí plánujú služby pre mladých ľudí v ${CARE} a po ` +
        "odchode z nej. Vidia odpovede mnohých mladých ľudí spolu; skupiny také malé, že by " +
        "sa dalo zistiť, kto v nich je, sa nikdy nezobrazujú.",
    },
    { rest: "Preskoč hocijakú otázku, vráť sa a zmeň odpoveď alebo skonči, kedykoľvek chceš." },
    {
      bold:
        "Ak nás požiadaš, aby sme to povedali tvojmu sociálnemu pracovníkovi, alebo napíšeš " +
        "niečo, z čoho vyplýva, že možno nie si v bezpečí,",
      rest:
        `${SAFEGUARDER} Môže vidieť, kde sa dotazník vypĺňal (kód alebo tablet a kto ho mal ` +
        "na starosti), a možno sa bude musieť porozprávať s tebou alebo s inými ľuďmi, aby ťa " +
        "ochránil. Tvoje meno sa pošle, len ak ho uvedieš.",
    },
  ],
  childlineLabel: "Niekto, s kým sa môžeš porozprávať",
  childline: `Chceš sa teraz s niekým porozprávať? Zavolaj zadarmo na linku {name} na číslo {number}, ${ANY_TIME}.`,
  welcomeBack: "Vitaj späť",
  carryOn: "pokračuj tam, kde sa skončilo.",
  startAgain: "Začať odznova",

  worried: "Mám obavy",
  helpTitle: "Ak máš obavy",
  helpOk: "Je v poriadku mať obavy. Nemusíš si to nechávať pre seba.",
  helpCall: `Zavolaj zadarmo na linku {name} na číslo {number}. Volať môžeš ${ANY_TIME}.`,
  helpOnline: "Alebo sa s nimi porozprávaj cez internet na {site}",
  talkNow: "Chceš sa teraz s niekým porozprávať?",
  samaritansLine: `Zavolaj zadarmo na linku {name} na číslo {number}, ${ANY_TIME}.`,
  childlineUnder19:
    "Máš menej ako 19 rokov? Môžeš zavolať zadarmo aj na linku {name} na číslo {number}.",
  leavingCareTeam:
    "Pomôcť ti môže aj tvoj osobný poradca (personal adviser) alebo tím úradu pre mladých " +
    "ľudí po odchode zo starostlivosti (leaving care team).",
  tellWorkerAsk: "Chceš, aby tvoj sociálny pracovník vedel, že sa chceš porozprávať?",
  tellWorker: "Dať vedieť môjmu pracovníkovi",
  contactNotAnonymous:
    "Tvoje meno pôjde s touto správou, aby ťa pracovník mohol nájsť. Tvoje ostatné odpovede " +
    "zostanú bez mena.",
  contactNotAnonymousYoungest: "Ak napíšeš svoje meno, dospelý ťa môže nájsť a pomôcť ti.",
  contactOptional: "Nemusíš to vyplniť. Môžeš len stlačiť tlačidlo.",
  contactOptionalYoungest: "Nemusíš nič písať.",
  firstName: "Tvoje krstné meno",
  firstNameYoungest: "Tvoje meno",
  reach: "Ako ťa môže pracovník kontaktovať?",
  reachHint: "Telefónne číslo alebo kde bývaš či chodíš do školy.",
  workerName: "Meno tvojho sociálneho pracovníka",
  workerNameYoungest: "Meno tvojho sociálneho pracovníka, ak ho vieš",
  tellWorkerSending: "Posiela sa pracovníkovi…",
  tellWorkerSent: "Odoslané. Pracovník si to čoskoro prečíta a ozve sa ti.",
  tellWorkerSaved:
    `Uložené ${ON_TABLET}. Pracovníkovi to odíde, hneď ako bude tablet online. ${NOW} ` +
    "povedz to dospelému, ktorý je pri tebe.",
  tellWorkerFailed:
    "Nepodarilo sa to odoslať. Povedz to, prosím, dospelému, ktorý ti pomáha, alebo zavolaj " +
    "na Childline.",
  tellWorkerSavedLeavers:
    `Uložené ${ON_TABLET}. Pracovníkovi to odíde, hneď ako bude tablet online. ${NOW} ` +
    "povedz to človeku, ktorý je pri tebe.",
  tellWorkerFailedLeavers:
    "Nepodarilo sa to odoslať. Povedz to, prosím, človeku, ktorý ti pomáha, alebo zavolaj " +
    "zadarmo na Samaritans na číslo 116 123.",
  close: "Zavrieť",

  readyToSend: "Pripravené na odoslanie?",
  answeredOf: (n, total) => `Zodpovedané otázky: ${n} z ${total}.`,
  canStillSend: "Aj tak ich môžeš odoslať, alebo sa vráť a na niektoré odpovedz.",
  cantChange: "Po odoslaní ich už nemôžeš zmeniť. Tvoje meno sa s nimi neposiela.",
  slow: "Pripojenie je pomalé. Stále sa pokúšame odoslať tvoje odpovede…",
  sendAnswers: "Odoslať moje odpovede",
  sending: "Odosiela sa…",
  tryAgain: "Skúsiť znova",
  notSentTitle: "Tvoje odpovede ešte nie sú odoslané",
  notSent:
    "Neboj sa, stále sú tu. Skontroluj Wi-Fi alebo pripojenie na internet a potom stlač " +
    "„Skúsiť znova“.",
  closedTitle: "Tento dotazník je už uzavretý",
  closed: "Uzavrel sa skôr, než sa tvoje odpovede stihli odoslať. Ďakujeme za účasť.",
  failedTitle: "Pri odosielaní tvojich odpovedí sa niečo pokazilo",
  failed: "Tvoje odpovede sú stále tu. Ukáž to, prosím, dospelému, ktorý ti pomáha.",
  errorCode: (code) => `(Kód: ${code})`,
  thankYou: "Ďakujeme!",
  sent: "Tvoje odpovede sú odoslané.",
  savedHere: `Tvoje odpovede sú uložené ${ON_TABLET}. Odošlú sa, keď bude tablet online.`,
  willHelp: `Tvoje odpovede pomôžu zlepšiť život detí a mladých ľudí v ${CARE}.`,
  willHelpLeavers: `Tvoje odpovede pomôžu zlepšiť život mladých ľudí, ktorí odišli z ${CARE}.`,
  yourReference: "Tvoje referenčné číslo",
  referenceWhy:
    "Ak budeš niekedy chcieť kópiu svojich odpovedí alebo ich dať vymazať, ukáž toto svojmu " +
    "sociálnemu pracovníkovi.",

  heardTitle: "Počuli sme ťa",
  heardTitleYoungest: "Ďakujeme, že nám to hovoríš",
  heard: "Ďakujeme, že nám to hovoríš. Je dobre, že sa ozývaš.",
  heardNext: "Pracovník si to čoskoro prečíta a pokúsi sa postarať o tvoju bezpečnosť.",
  heardNextYoungest: "Dospelý si to čoskoro prečíta a pomôže ti.",
  heardSaved:
    `Tvoja správa je uložená ${ON_TABLET}. Odošle sa, hneď ako bude tablet online, takže ju ` +
    `pracovník možno ešte nevidí. ${NOW} povedz to dospelému, ktorý je pri tebe, alebo ` +
    "zavolaj na Childline.",
  heardSavedLeavers:
    `Tvoja správa je uložená ${ON_TABLET}. Odošle sa, hneď ako bude tablet online, takže ju ` +
    `pracovník možno ešte nevidí. ${NOW} zavolaj zadarmo na Samaritans na číslo 116 123.`,
  heardSavedYoungest:
    `Tvoja správa je uložená ${ON_TABLET}. Odíde, keď bude tablet online. ${NOW} povedz to ` +
    "dospelému, ktorý je blízko.",
  heardHelpLabel: "Kto ti môže pomôcť hneď",
  heardChildline: `Zavolaj zadarmo na linku {name} na číslo {number}. Je pre každého do 19 rokov, ${ANY_TIME}.`,
  heardChildlineYoungest: "Môžeš zavolať zadarmo na linku {name} na číslo {number}, kedykoľvek.",
  heardDanger: "Si práve v nebezpečenstve? Zavolaj na {number}.",
  heardDangerYoungest:
    "Si práve v nebezpečenstve? Povedz to dospelému, ktorý je blízko, alebo zavolaj na {number}.",

  waiting: (n) =>
    plural("sk", n, {
      one: "1 sada odpovedí čaká na odoslanie.",
      few: `${n} sady odpovedí čakajú na odoslanie.`,
      many: `${n} sady odpovedí čaká na odoslanie.`,
      other: `${n} sád odpovedí čaká na odoslanie.`,
    }),
  waitingNote: `Sú uložené ${ON_TABLET} a odošlú sa, keď bude tablet online.`,
  allSentNow: `Všetky odpovede uložené ${ON_TABLET} sú už odoslané.`,
  allSent: `Všetky odpovede uložené ${ON_TABLET} sú odoslané.`,
  stuck: (n) =>
    plural("sk", n, {
      one: "1 sadu odpovedí sa nepodarilo odoslať",
      few: `${n} sady odpovedí sa nepodarilo odoslať`,
      many: `${n} sady odpovedí sa nepodarilo odoslať`,
      other: `${n} sád odpovedí sa nepodarilo odoslať`,
    }),
  stuckNote:
    `Pre dospelého: odpovede sú uložené ${ON_TABLET}. Povedzte to, prosím, osobe, ktorá tento ` +
    "dotazník vedie, a uveďte {codes}.",
  sendAgain: "Skúsiť odoslať znova",

  stillThere: "Si tu ešte?",
  stillThereText:
    "Ak sa nikto čoskoro nedotkne obrazovky, tieto odpovede sa vymažú, aby mohol začať ďalší " +
    "človek.",
  stillHere: "Ešte som tu",

  tapWhenReady: "Ťukni na tlačidlo, keď budeš chcieť začať.",
  tapToStart: "Ťukni a začni",
  firstToday: "Buď dnes prvou osobou, ktorá sa zapojí.",
  takenPart: (n) =>
    plural("sk", n, {
      one: "Zapojila sa 1 osoba.",
      few: `Zapojili sa ${n} osoby.`,
      many: `Zapojilo sa ${n} osoby.`,
      other: `Zapojilo sa ${n} osôb.`,
    }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["Nie veľmi dobre", "V poriadku", "Dobre"],
  faces5: ["Veľmi zle", "Nie veľmi dobre", "V poriadku", "Dobre", "Veľmi dobre"],
  yes: "Áno",
  no: "Nie",
  notSure: "Neviem",
  preferNot: "Radšej to nepoviem",
  houseWorries: "Dom starostí",
  houseWorriesHint: "Veci, ktoré ťa trápia alebo zarmucujú",
  houseGoodThings: "Dom dobrých vecí",
  houseGoodThingsHint: "Veci, ktoré idú dobre alebo ťa tešia",
  houseDreams: "Dom snov",
  houseDreamsHint: "Ako by to podľa teba malo byť",
};
