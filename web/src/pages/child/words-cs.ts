/**
 * The child screens' words in Czech, addressing the child as "ty" (care leavers too, as Czech
 * youth services do). Czech past tenses and many adjectives change for a boy or a girl
 * ("odpověděl/odpověděla", "připravený/připravená"), so every phrase said to the child is put
 * without them: "Zodpovězené otázky: 3 z 7", "Děkujeme za účast". "Care" is náhradní péče, the
 * Czech name for the same system; the worker is the child's sociální pracovník. English service
 * names (Childline, Samaritans, personal adviser, leaving care team) stay as they are, since that
 * is what the child will hear on the phone. Missing entries fall back to English.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said so often that each is written once.
const ASK = "Požádej o pomoc dospělého, který ti pomáhá.";
const ANY_TIME = "kdykoli, ve dne i v noci";
const NOW = "Jestli potřebuješ pomoc hned,";
const ON_TABLET = "v tomto tabletu";
const CARE = "náhradní péče";
const SAFEGUARDER =
  "přečte si to pracovník, který má na starosti ochranu dětí, aby ti mohl pomoct.";
const TELL_WORKER =
  "Když nás požádáš, abychom to řekli tvému sociálnímu pracovníkovi, nebo napíšeš";

export const words: Translation = {
  back: "Zpět",
  next: "Další",
  skip: "Přeskočit",
  start: "Začít",
  finish: "Dokončit",
  stepsNav: "Kroky",
  questionsNav: "Otázky",
  questionOf: (n, total) => `Otázka ${n} z ${total}`,
  comma: ", ",

  readQuestion: "Přečíst otázku nahlas",
  readHelp: "Přečíst vysvětlení nahlas",
  readThis: "Přečíst toto nahlas",
  readEnds: "Přečíst nahlas, co znamenají čísla",
  readWords: (words) => `Přečíst „${words}“ nahlas`,
  cantReadAloud: `Tento tablet neumí číst nahlas. ${ASK}`,
  cantReadLanguage: (code) =>
    `Tento tablet neumí číst nahlas v tomto jazyce (${languageName(code, "cs")}). ${ASK}`,

  // Czech counts: 1; 2–4; 5 and up (and 0); "many" is for fractions ("1,5 znaku").
  charactersLeft: (n) =>
    plural("cs", n, {
      one: "Zbývá 1 znak",
      few: `Zbývají ${n} znaky`,
      many: `Zbývá ${n} znaku`,
      other: `Zbývá ${n} znaků`,
    }),
  chooseAtLeast: (n) => `Vyber aspoň ${n}.`,
  chooseUpTo: (n) => `Vyber nejvýš ${n}.`,

  chooseLanguage: "Vyber si jazyk",
  howOld: "Kolik ti je let?",
  band47: "4 až 7",
  band47Spoken: "Od 4 do 7 let",
  band811: "8 až 11",
  band811Spoken: "Od 8 do 11 let",
  band1217: "12 až 17",
  band1217Spoken: "Od 12 do 17 let",
  band1625: "16 až 25 (po náhradní péči)",
  band1625Spoken: `Od 16 do 25 let, po odchodu z ${CARE}`,

  beforeYouStart: "Než začneš",
  promisesYoungest: [
    { bold: "Neptáme se, jak se jmenuješ.", rest: "" },
    { rest: "Otázku můžeš přeskočit." },
    { rest: "Žádná odpověď není špatná." },
    { bold: "Nejsi v bezpečí? Řekni nám to.", rest: "Dospělý si to přečte a pomůže ti." },
  ],
  promisesMiddle: [
    {
      bold: "Tvoje odpovědi jsou soukromé.",
      rest: "Neptáme se na tvoje jméno a zprávy o tom, co říkají děti, nikdy neukazují, kdo co řekl.",
    },
    { rest: "Můžeš přeskočit jakoukoli otázku nebo se vrátit a změnit odpověď." },
    { rest: "Neexistují správné ani špatné odpovědi. Chceme vědět, co si opravdu myslíš." },
    {
      bold: `${TELL_WORKER}, že nejsi v bezpečí,`,
      rest:
        `${SAFEGUARDER} Uvidí, kde se dotazník vyplňoval (kód nebo tablet), a možná bude muset ` +
        "mluvit s tebou nebo s jinými lidmi. Tvoje jméno půjde s tím, jen když ho napíšeš.",
    },
  ],
  promisesOldest: [
    {
      bold: "Ve zprávách jsou tvoje odpovědi anonymní.",
      rest: "Neptáme se na tvoje jméno a nic o tvém telefonu ani tabletu se s nimi neukládá.",
    },
    {
      bold: "Kdo je čte:",
      rest:
        `zaměstnanci úřadu (council), kteří plánují služby pro mladé lidi v ${CARE} a po ` +
        "odchodu z ní. Vidí odpovědi mnoha mladých lidí dohromady; skupiny tak malé, že by se " +
        "dalo poznat, kdo v nich je, se nikdy nezobrazují.",
    },
    { rest: "Přeskoč jakoukoli otázku, vrať se a změň odpověď, nebo skonči, kdykoli chceš." },
    {
      bold: `${TELL_WORKER} něco, z čeho vyplývá, že možná nejsi v bezpečí,`,
      rest:
        `${SAFEGUARDER} Může vidět, kde se dotazník vyplňoval (kód nebo tablet a kdo ho měl na ` +
        "starosti), a možná bude muset mluvit s tebou nebo s jinými lidmi, aby tě ochránil. " +
        "Tvoje jméno se pošle, jen když ho uvedeš.",
    },
  ],
  childlineLabel: "Někdo, s kým si můžeš promluvit",
  childline: `Chceš si teď s někým promluvit? Zavolej zdarma na linku {name} na číslo {number}, ${ANY_TIME}.`,
  welcomeBack: "Vítej zpátky",
  carryOn: "pokračuj od místa, kde to skončilo.",
  startAgain: "Začít znovu",

  worried: "Mám obavy",
  helpTitle: "Když máš obavy",
  helpOk: "Je v pořádku mít obavy. Nemusíš si to nechávat pro sebe.",
  helpCall: `Zavolej zdarma na linku {name} na číslo {number}. Volat můžeš ${ANY_TIME}.`,
  helpOnline: "Nebo si s nimi promluv přes internet na {site}",
  talkNow: "Chceš si teď s někým promluvit?",
  samaritansLine: `Zavolej zdarma na linku {name} na číslo {number}, ${ANY_TIME}.`,
  childlineUnder19:
    "Je ti méně než 19 let? Můžeš zavolat zdarma i na linku {name} na číslo {number}.",
  leavingCareTeam:
    "Pomoct ti může i tvůj osobní poradce (personal adviser) nebo tým úřadu pro mladé lidi po " +
    "odchodu z péče (leaving care team).",
  tellWorkerAsk: "Chceš, aby tvůj sociální pracovník věděl, že si chceš promluvit?",
  tellWorker: "Dát vědět mému pracovníkovi",
  contactNotAnonymous:
    "Tvoje jméno půjde s touto zprávou, aby tě pracovník mohl najít. Tvoje ostatní odpovědi " +
    "zůstanou bez jména.",
  contactNotAnonymousYoungest: "Když napíšeš svoje jméno, dospělý tě může najít a pomoct ti.",
  contactOptional: "Nemusíš to vyplňovat. Můžeš jen zmáčknout tlačítko.",
  contactOptionalYoungest: "Nemusíš nic psát.",
  firstName: "Tvoje křestní jméno",
  firstNameYoungest: "Tvoje jméno",
  reach: "Jak tě může pracovník kontaktovat?",
  reachHint: "Telefonní číslo nebo kde bydlíš či chodíš do školy.",
  workerName: "Jméno tvého sociálního pracovníka",
  workerNameYoungest: "Jméno tvého sociálního pracovníka, jestli ho víš",
  tellWorkerSending: "Posílá se pracovníkovi…",
  tellWorkerSent: "Odesláno. Pracovník si to brzy přečte a ozve se ti.",
  tellWorkerSaved:
    `Uloženo ${ON_TABLET}. Pracovníkovi to odejde, jakmile bude tablet online. ${NOW} řekni ` +
    "to dospělému, který je s tebou.",
  tellWorkerFailed:
    "Nepodařilo se to odeslat. Řekni to prosím dospělému, který ti pomáhá, nebo zavolej na " +
    "Childline.",
  tellWorkerSavedLeavers:
    `Uloženo ${ON_TABLET}. Pracovníkovi to odejde, jakmile bude tablet online. ${NOW} řekni ` +
    "to člověku, který je s tebou.",
  tellWorkerFailedLeavers:
    "Nepodařilo se to odeslat. Řekni to prosím člověku, který ti pomáhá, nebo zavolej zdarma " +
    "na Samaritans na číslo 116 123.",
  close: "Zavřít",

  readyToSend: "Připraveno k odeslání?",
  answeredOf: (n, total) => `Zodpovězené otázky: ${n} z ${total}.`,
  canStillSend: "Můžeš je i tak odeslat, nebo se vrať a na některé odpověz.",
  cantChange: "Po odeslání už je nemůžeš změnit. Tvoje jméno se s nimi neposílá.",
  slow: "Připojení je pomalé. Pořád se snažíme odeslat tvoje odpovědi…",
  sendAnswers: "Odeslat moje odpovědi",
  sending: "Odesílá se…",
  tryAgain: "Zkusit znovu",
  notSentTitle: "Tvoje odpovědi ještě nejsou odeslané",
  notSent:
    "Neboj se, pořád jsou tady. Zkontroluj Wi-Fi nebo připojení k internetu a pak zmáčkni " +
    "„Zkusit znovu“.",
  closedTitle: "Tento dotazník je už uzavřený",
  closed: "Uzavřel se dřív, než se tvoje odpovědi stihly odeslat. Děkujeme za účast.",
  failedTitle: "Při odesílání tvých odpovědí se něco pokazilo",
  failed: "Tvoje odpovědi jsou pořád tady. Ukaž to prosím dospělému, který ti pomáhá.",
  errorCode: (code) => `(Kód: ${code})`,
  thankYou: "Děkujeme!",
  sent: "Tvoje odpovědi jsou odeslané.",
  savedHere: `Tvoje odpovědi jsou uložené ${ON_TABLET}. Odešlou se, až bude tablet online.`,
  willHelp: `Tvoje odpovědi pomůžou zlepšit život dětí a mladých lidí v ${CARE}.`,
  willHelpLeavers: `Tvoje odpovědi pomůžou zlepšit život mladých lidí, kteří odešli z ${CARE}.`,
  yourReference: "Tvoje referenční číslo",
  referenceWhy:
    "Jestli budeš někdy chtít kopii svých odpovědí nebo je nechat smazat, ukaž tohle svému " +
    "sociálnímu pracovníkovi.",

  heardTitle: "Slyšeli jsme tě",
  heardTitleYoungest: "Děkujeme, že nám to říkáš",
  heard: "Děkujeme, že nám to říkáš. Je dobře, že se ozýváš.",
  heardNext: "Pracovník si to brzy přečte a pokusí se postarat o tvoje bezpečí.",
  heardNextYoungest: "Dospělý si to brzy přečte a pomůže ti.",
  heardSaved:
    `Tvoje zpráva je uložená ${ON_TABLET}. Odešle se, jakmile bude tablet online, takže ji ` +
    `pracovník možná ještě nevidí. ${NOW} řekni to dospělému, který je s tebou, nebo zavolej ` +
    "na Childline.",
  heardSavedLeavers:
    `Tvoje zpráva je uložená ${ON_TABLET}. Odešle se, jakmile bude tablet online, takže ji ` +
    `pracovník možná ještě nevidí. ${NOW} zavolej zdarma na Samaritans na číslo 116 123.`,
  heardSavedYoungest:
    `Tvoje zpráva je uložená ${ON_TABLET}. Odejde, až bude tablet online. ${NOW} řekni to ` +
    "dospělému, který je blízko.",
  heardHelpLabel: "Kdo ti může pomoct hned",
  heardChildline: `Zavolej zdarma na linku {name} na číslo {number}. Je pro každého do 19 let, ${ANY_TIME}.`,
  heardChildlineYoungest: "Můžeš zavolat zdarma na linku {name} na číslo {number}, kdykoli.",
  heardDanger: "Jsi teď v nebezpečí? Zavolej na {number}.",
  heardDangerYoungest:
    "Jsi teď v nebezpečí? Řekni to dospělému, který je blízko, nebo zavolej na {number}.",

  waiting: (n) =>
    plural("cs", n, {
      one: "1 sada odpovědí čeká na odeslání.",
      few: `${n} sady odpovědí čekají na odeslání.`,
      many: `${n} sady odpovědí čeká na odeslání.`,
      other: `${n} sad odpovědí čeká na odeslání.`,
    }),
  waitingNote: `Jsou uložené ${ON_TABLET} a odešlou se, až bude tablet online.`,
  allSentNow: `Všechny odpovědi uložené ${ON_TABLET} jsou už odeslané.`,
  allSent: `Všechny odpovědi uložené ${ON_TABLET} jsou odeslané.`,
  stuck: (n) =>
    plural("cs", n, {
      one: "1 sadu odpovědí se nepodařilo odeslat",
      few: `${n} sady odpovědí se nepodařilo odeslat`,
      many: `${n} sady odpovědí se nepodařilo odeslat`,
      other: `${n} sad odpovědí se nepodařilo odeslat`,
    }),
  stuckNote:
    `Pro dospělého: odpovědi jsou uložené ${ON_TABLET}. Řekněte to prosím osobě, která tento ` +
    "dotazník vede, a uveďte {codes}.",
  sendAgain: "Zkusit odeslat znovu",

  stillThere: "Jsi tu ještě?",
  stillThereText:
    "Když se nikdo brzy nedotkne obrazovky, tyto odpovědi se smažou, aby mohl začít další člověk.",
  stillHere: "Ještě jsem tady",

  tapWhenReady: "Ťukni na tlačítko, až budeš chtít začít.",
  tapToStart: "Ťukni a začni",
  firstToday: "Buď dnes první osobou, která se zapojí.",
  takenPart: (n) =>
    plural("cs", n, {
      one: "Zapojila se 1 osoba.",
      few: `Zapojily se ${n} osoby.`,
      many: `Zapojilo se ${n} osoby.`,
      other: `Zapojilo se ${n} osob.`,
    }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["Ne moc dobře", "V pořádku", "Dobře"],
  faces5: ["Hodně špatně", "Ne moc dobře", "V pořádku", "Dobře", "Moc dobře"],
  yes: "Ano",
  no: "Ne",
  notSure: "Nevím",
  preferNot: "Radši to neřeknu",
  houseWorries: "Dům starostí",
  houseWorriesHint: "Věci, které tě trápí nebo mrzí",
  houseGoodThings: "Dům dobrých věcí",
  houseGoodThingsHint: "Věci, které se daří nebo tě těší",
  houseDreams: "Dům snů",
  houseDreamsHint: "Jak by to podle tebe mělo být",
};
