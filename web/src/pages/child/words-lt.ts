/**
 * The child screens' words in Lithuanian, addressing the child as "tu". Lithuanian past-tense
 * verbs do not change with a boy or a girl, but adjectives and participles do ("pasiruošęs /
 * pasiruošusi", "saugus / saugi"), so those are put another way: "tau nesaugu" (it is not safe
 * for you), "Man neramu" (I feel uneasy), "Su sugrįžimu" (welcome back). "Care" is globa, the
 * Lithuanian name for the same system; the council is savivaldybė; "planšetė" is what children
 * call a tablet. The English names of the UK's helplines and roles stay, the role explained.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said so often that it is written once: who to ask when the tablet cannot do something.
const ASK = "Paklausk tau padedančio suaugusiojo.";
const ONLINE = "kai tik planšetė prisijungs prie interneto";
const HELP_NOW = "Jei pagalbos reikia dabar,";
const SAVED = "Tavo žinutė išsaugota šioje planšetėje.";

export const words: Translation = {
  back: "Atgal",
  next: "Toliau",
  skip: "Praleisti",
  start: "Pradėti",
  finish: "Baigti",
  stepsNav: "Žingsniai",
  questionsNav: "Klausimai",
  questionOf: (n, total) => `Klausimas ${n} iš ${total}`,
  comma: ", ",

  readQuestion: "Perskaityti klausimą garsiai",
  readHelp: "Perskaityti patarimą garsiai",
  readThis: "Perskaityti tai garsiai",
  readEnds: "Garsiai perskaityti, ką reiškia skaičiai",
  readWords: (words) => `Perskaityti „${words}“ garsiai`,
  cantReadAloud: `Ši planšetė negali skaityti garsiai. ${ASK}`,
  cantReadLanguage: (code) =>
    `Ši planšetė negali garsiai skaityti šia kalba (${languageName(code, "lt")}). ${ASK}`,

  // 1, 21, 31…: nominative singular; 2–9, 22–29…: nominative plural; 10–20, 30…: genitive
  // plural; `many` is for fractions only (genitive singular).
  charactersLeft: (n) =>
    plural("lt", n, {
      one: `Liko ${n} ženklas`,
      few: `Liko ${n} ženklai`,
      many: `Liko ${n} ženklo`,
      other: `Liko ${n} ženklų`,
    }),
  chooseAtLeast: (n) => `Pasirink bent ${n}.`,
  chooseUpTo: (n) => `Pasirink ne daugiau kaip ${n}.`,

  chooseLanguage: "Pasirink savo kalbą",
  howOld: "Kiek tau metų?",
  band47: "Nuo 4 iki 7",
  band47Spoken: "Nuo 4 iki 7 metų",
  band811: "Nuo 8 iki 11",
  band811Spoken: "Nuo 8 iki 11 metų",
  band1217: "Nuo 12 iki 17",
  band1217Spoken: "Nuo 12 iki 17 metų",
  band1625: "Nuo 16 iki 25 (po globos)",
  band1625Spoken: "Nuo 16 iki 25 metų, kai globa jau baigėsi",

  beforeYouStart: "Prieš pradedant",
  promisesYoungest: [
    { bold: "Mes neklausiame tavo vardo.", rest: "" },
    { rest: "Gali praleisti klausimą." },
    { rest: "Čia nėra blogų atsakymų." },
    { bold: "Tau nesaugu? Pasakyk mums.", rest: "Suaugęs žmogus tai perskaitys ir tau padės." },
  ],
  promisesMiddle: [
    {
      bold: "Tavo atsakymai yra privatūs.",
      rest:
        "Mes neklausiame tavo vardo, o ataskaitose apie tai, ką sako vaikai, niekada nerodoma, " +
        "kas ką pasakė.",
    },
    { rest: "Gali praleisti bet kurį klausimą arba grįžti atgal ir pakeisti atsakymą." },
    { rest: "Nėra teisingų ar neteisingų atsakymų. Norime žinoti, ką iš tikrųjų galvoji." },
    {
      bold: "Jei paprašysi pranešti tavo socialiniam darbuotojui arba parašysi, kad tau nesaugu,",
      rest:
        "tai perskaitys už vaikų saugumą atsakingas darbuotojas, kad galėtų tau padėti. Jis " +
        "matys, kur pildei apklausą (kodą arba planšetę), ir jam gali tekti pasikalbėti su " +
        "tavimi arba su kitais žmonėmis. Tavo vardas bus pridėtas tik tada, jei jį parašysi.",
    },
  ],
  promisesOldest: [
    {
      bold: "Ataskaitose tavo atsakymai yra anonimiški.",
      rest:
        "Mes neklausiame tavo vardo ir kartu su atsakymais nesaugome nieko apie tavo telefoną " +
        "ar planšetę.",
    },
    {
      bold: "Kas juos skaito:",
      rest:
        "savivaldybės darbuotojai, kurie planuoja paslaugas jaunuoliams, gyvenantiems globoje " +
        "ir iš jos išeinantiems. Jie mato daugelio jaunuolių atsakymus kartu; per mažos grupės, " +
        "kuriose būtų galima atpažinti, kas jose yra, niekada nerodomos.",
    },
    {
      rest: "Gali praleisti bet kurį klausimą, grįžti ir pakeisti atsakymą arba bet kada sustoti.",
    },
    {
      bold:
        "Jei paprašysi pranešti tavo socialiniam darbuotojui arba parašysi ką nors, iš ko " +
        "matyti, kad tau gali būti nesaugu,",
      rest:
        "tai perskaitys už saugumą atsakingas darbuotojas, kad galėtų padėti. Jis gali matyti, " +
        "kur pildei apklausą (kodą arba planšetės sesiją ir kas ją vedė), ir jam gali tekti " +
        "pasikalbėti su tavimi arba su kitais žmonėmis, kad tau būtų saugu. Tavo vardas " +
        "siunčiamas tik tada, jei jį parašysi.",
    },
  ],
  childlineLabel: "Su kuo pasikalbėti",
  childline:
    "Nori su kuo nors pasikalbėti dabar? Nemokamai skambink į {name} numeriu {number}, bet " +
    "kuriuo metu, dieną ar naktį.",
  welcomeBack: "Su sugrįžimu",
  carryOn: "tęsk nuo ten, kur baigei.",
  startAgain: "Pradėti iš naujo",

  worried: "Man neramu",
  helpTitle: "Jei tau neramu",
  helpOk: "Nerimauti yra normalu. Nebūtina to laikyti savyje.",
  helpCall:
    "Nemokamai skambink į {name} numeriu {number}. Gali skambinti bet kada, dieną ar naktį.",
  helpOnline: "Arba pasikalbėk su jais internetu: {site}",
  talkNow: "Nori su kuo nors pasikalbėti dabar?",
  samaritansLine: "Nemokamai skambink į {name} numeriu {number}, bet kada, dieną ar naktį.",
  childlineUnder19:
    "Tau dar nėra 19 metų? Taip pat gali nemokamai skambinti į {name} numeriu {number}.",
  leavingCareTeam:
    "Padėti gali ir tavo asmeninis patarėjas (personal adviser) arba savivaldybės komanda, " +
    "padedanti jaunuoliams po globos (leaving care team).",
  tellWorkerAsk: "Ar nori, kad tavo socialinis darbuotojas žinotų, jog nori pasikalbėti?",
  tellWorker: "Pranešti socialiniam darbuotojui",
  contactNotAnonymous:
    "Tavo vardas bus išsiųstas su šia žinute, kad darbuotojas galėtų tave surasti. Kiti tavo " +
    "atsakymai lieka be vardo.",
  contactNotAnonymousYoungest:
    "Jei parašysi savo vardą, suaugęs žmogus galės tave surasti ir padėti.",
  contactOptional: "Šių laukelių pildyti nebūtina. Gali tiesiog paspausti mygtuką.",
  contactOptionalYoungest: "Nieko rašyti nebūtina.",
  firstName: "Tavo vardas",
  firstNameYoungest: "Tavo vardas",
  reach: "Kaip darbuotojas gali su tavimi susisiekti?",
  reachHint: "Telefono numeris arba kur gyveni ar į kurią mokyklą eini.",
  workerName: "Tavo socialinio darbuotojo vardas",
  workerNameYoungest: "Tavo socialinio darbuotojo vardas, jei žinai",
  tellWorkerSending: "Siunčiama darbuotojui…",
  tellWorkerSent: "Išsiųsta. Darbuotojas netrukus tai perskaitys ir su tavimi susisieks.",
  tellWorkerSaved:
    `Išsaugota šioje planšetėje. Darbuotojui bus išsiųsta, ${ONLINE}. ${HELP_NOW} pasakyk ` +
    "šalia esančiam suaugusiajam.",
  tellWorkerFailed:
    "Nepavyko to išsiųsti. Pasakyk tau padedančiam suaugusiajam arba paskambink į Childline.",
  tellWorkerSavedLeavers:
    `Išsaugota šioje planšetėje. Darbuotojui bus išsiųsta, ${ONLINE}. ${HELP_NOW} pasakyk ` +
    "šalia esančiam žmogui.",
  tellWorkerFailedLeavers:
    "Nepavyko to išsiųsti. Pasakyk tau padedančiam žmogui arba nemokamai paskambink į " +
    "Samaritans numeriu 116 123.",
  close: "Uždaryti",

  readyToSend: "Viskas paruošta siųsti?",
  // "iš" takes the genitive: singular after 1, 21…, plural after the rest.
  answeredOf: (n, total) =>
    plural("lt", total, {
      one: `Atsakei į ${n} iš ${total} klausimo.`,
      few: `Atsakei į ${n} iš ${total} klausimų.`,
      many: `Atsakei į ${n} iš ${total} klausimo.`,
      other: `Atsakei į ${n} iš ${total} klausimų.`,
    }),
  canStillSend: "Vis tiek gali siųsti arba grįžti ir atsakyti į kai kuriuos klausimus.",
  cantChange: "Išsiuntus jų pakeisti nebegalėsi. Tavo vardas su jais nesiunčiamas.",
  slow: "Ryšys lėtas. Vis dar bandome išsiųsti tavo atsakymus…",
  sendAnswers: "Siųsti atsakymus",
  sending: "Siunčiama…",
  tryAgain: "Bandyti dar kartą",
  notSentTitle: "Tavo atsakymai dar neišsiųsti",
  notSent:
    "Nesijaudink, jie vis dar čia. Patikrink „Wi-Fi“ arba interneto ryšį ir paspausk " +
    "„Bandyti dar kartą“.",
  closedTitle: "Ši apklausa jau baigėsi",
  closed: "Ji baigėsi anksčiau, nei spėjome išsiųsti tavo atsakymus. Ačiū, kad dalyvavai.",
  failedTitle: "Siunčiant tavo atsakymus kažkas nepavyko",
  failed: "Tavo atsakymai vis dar čia. Parodyk tai tau padedančiam suaugusiajam.",
  errorCode: (code) => `(Kodas: ${code})`,
  thankYou: "Ačiū!",
  sent: "Tavo atsakymai išsiųsti.",
  savedHere:
    "Tavo atsakymai išsaugoti šioje planšetėje. Jie bus išsiųsti, kai planšetė prisijungs prie " +
    "interneto.",
  willHelp: "Tai, ką mums papasakojai, padės pagerinti globojamų vaikų ir jaunuolių gyvenimą.",
  willHelpLeavers:
    "Tai, ką mums papasakojai, padės pagerinti jaunuolių, išėjusių iš globos, gyvenimą.",
  yourReference: "Tavo numeris",
  referenceWhy:
    "Jei kada nors norėsi gauti savo atsakymų kopiją arba kad jie būtų ištrinti, parodyk šį " +
    "numerį savo socialiniam darbuotojui.",

  heardTitle: "Mes tave išgirdome",
  heardTitleYoungest: "Ačiū, kad mums pasakei",
  heard: "Ačiū, kad mums apie tai pasakei. Gerai padarei, kad prabilai.",
  heardNext: "Darbuotojas netrukus tai perskaitys ir stengsis padėti, kad tau būtų saugu.",
  heardNextYoungest: "Suaugęs žmogus netrukus tai perskaitys ir tau padės.",
  heardSaved:
    `${SAVED} Ji bus išsiųsta, ${ONLINE}, todėl darbuotojas jos dar gali nematyti. ` +
    `${HELP_NOW} pasakyk šalia esančiam suaugusiajam arba paskambink į Childline.`,
  heardSavedLeavers:
    `${SAVED} Ji bus išsiųsta, ${ONLINE}, todėl darbuotojas jos dar gali nematyti. ` +
    `${HELP_NOW} nemokamai paskambink į Samaritans numeriu 116 123.`,
  heardSavedYoungest:
    `${SAVED} Ji iškeliaus, kai planšetė prisijungs prie interneto. ${HELP_NOW} pasakyk ` +
    "šalia esančiam suaugusiajam.",
  heardHelpLabel: "Kas gali padėti dabar",
  heardChildline:
    "Nemokamai skambink į {name} numeriu {number}. Ši linija skirta visiems, kuriems dar nėra " +
    "19 metų, ir veikia bet kada, dieną ar naktį.",
  heardChildlineYoungest: "Gali nemokamai skambinti į {name} numeriu {number}, bet kada.",
  heardDanger: "Tau gresia pavojus dabar? Skambink {number}.",
  heardDangerYoungest:
    "Tau gresia pavojus dabar? Pasakyk šalia esančiam suaugusiajam arba skambink {number}.",

  waiting: (n) =>
    plural("lt", n, {
      one: `${n} atsakymų rinkinys laukia, kol bus išsiųstas.`,
      few: `${n} atsakymų rinkiniai laukia, kol bus išsiųsti.`,
      many: `${n} atsakymų rinkinio laukia, kol bus išsiųsta.`,
      other: `${n} atsakymų rinkinių laukia, kol bus išsiųsta.`,
    }),
  waitingNote: "Jie išsaugoti šioje planšetėje ir bus išsiųsti, kai ji prisijungs prie interneto.",
  allSentNow: "Visi šioje planšetėje išsaugoti atsakymai dabar jau išsiųsti.",
  allSent: "Visi šioje planšetėje išsaugoti atsakymai išsiųsti.",
  // After a negated verb, the genitive: singular after 1, 21…, plural after the rest.
  stuck: (n) =>
    plural("lt", n, {
      one: `Nepavyko išsiųsti ${n} atsakymų rinkinio`,
      few: `Nepavyko išsiųsti ${n} atsakymų rinkinių`,
      many: `Nepavyko išsiųsti ${n} atsakymų rinkinio`,
      other: `Nepavyko išsiųsti ${n} atsakymų rinkinių`,
    }),
  stuckNote:
    "Suaugusiajam: atsakymai laikomi šioje planšetėje. Praneškite žmogui, kuris vykdo šią " +
    "apklausą, ir nurodykite: {codes}.",
  sendAgain: "Bandyti siųsti dar kartą",

  stillThere: "Ar tu dar čia?",
  stillThereText:
    "Jei niekas greitai nepalies ekrano, šie atsakymai bus ištrinti, kad kitas žmogus galėtų " +
    "pradėti.",
  stillHere: "Aš dar čia",

  tapWhenReady: "Paspausk mygtuką, kai norėsi pradėti.",
  tapToStart: "Paspausk ir pradėk",
  firstToday: "Šiandien dar niekas nedalyvavo. Pradėk tu!",
  takenPart: (n) =>
    plural("lt", n, {
      one: `Jau dalyvavo ${n} žmogus.`,
      few: `Jau dalyvavo ${n} žmonės.`,
      many: `Jau dalyvavo ${n} žmogaus.`,
      other: `Jau dalyvavo ${n} žmonių.`,
    }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["Nelabai gerai", "Normaliai", "Gerai"],
  faces5: ["Labai blogai", "Nelabai gerai", "Normaliai", "Gerai", "Labai gerai"],
  yes: "Taip",
  no: "Ne",
  notSure: "Nežinau",
  preferNot: "Nenoriu sakyti",
  houseWorries: "Rūpesčių namas",
  houseWorriesHint: "Dalykai, kurie tave neramina ar liūdina",
  houseGoodThings: "Gerų dalykų namas",
  houseGoodThingsHint: "Dalykai, kurie sekasi gerai ar tave džiugina",
  houseDreams: "Svajonių namas",
  houseDreamsHint: "Kaip norėtum, kad būtų",
};
