/**
 * The child screens' words in Polish, addressing the child as "ty". Phrases that would need a
 * boy's or a girl's verb form ("skończyłeś/skończyłaś") are put another way. "Care" is piecza
 * zastępcza, the Polish name for the same system. Missing entries fall back to English.
 */
import { languageName, plural } from "./intl";
import { sharedAnswers } from "./shared-answers";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

const ASK = "Poproś o pomoc dorosłego, który jest z tobą.";

export const words: Translation = {
  ...sharedAnswers("pl"),
  back: "Wstecz",
  next: "Dalej",
  skip: "Pomiń",
  start: "Zaczynamy",
  finish: "Zakończ",
  stepsNav: "Kroki",
  questionsNav: "Pytania",
  questionOf: (n, total) => `Pytanie ${n} z ${total}`,
  comma: ", ",

  readQuestion: "Przeczytaj pytanie na głos",
  readHelp: "Przeczytaj wskazówkę na głos",
  readThis: "Przeczytaj to na głos",
  readEnds: "Przeczytaj na głos, co znaczą liczby",
  readWords: (words) => `Przeczytaj „${words}” na głos`,
  cantReadAloud: `Ten tablet nie umie czytać na głos. ${ASK}`,
  cantReadLanguage: (code) =>
    `Ten tablet nie umie czytać na głos w tym języku (${languageName(code, "pl")}). ${ASK}`,

  charactersLeft: (n) =>
    plural("pl", n, {
      one: "Został 1 znak",
      few: `Zostały ${n} znaki`,
      many: `Zostało ${n} znaków`,
      other: `Zostało ${n} znaku`,
    }),
  chooseAtLeast: (n) => `Wybierz co najmniej ${n}.`,
  chooseUpTo: (n) => `Wybierz najwyżej ${n}.`,

  chooseLanguage: "Wybierz swój język",
  howOld: "Ile masz lat?",
  band47: "Od 4 do 7",
  band47Spoken: "Od 4 do 7 lat",
  band811: "Od 8 do 11",
  band811Spoken: "Od 8 do 11 lat",
  band1217: "Od 12 do 17",
  band1217Spoken: "Od 12 do 17 lat",
  band1625: "Od 16 do 25 (po pieczy zastępczej)",
  band1625Spoken: "Od 16 do 25 lat, po wyjściu z pieczy zastępczej",

  beforeYouStart: "Zanim zaczniesz",
  promisesYoungest: [
    { bold: "Nie pytamy, jak masz na imię.", rest: "" },
    { rest: "Możesz pominąć pytanie." },
    { rest: "Nie ma złych odpowiedzi." },
    {
      bold: "Coś ci grozi? Powiedz nam.",
      rest: "Dorosły to przeczyta i ci pomoże.",
    },
  ],
  promisesMiddle: [
    {
      bold: "Twoje odpowiedzi są prywatne.",
      rest:
        "Nie pytamy, jak masz na imię, a raporty o tym, co mówią dzieci, nigdy nie pokazują, " +
        "kto co powiedział.",
    },
    { rest: "Możesz pominąć każde pytanie albo wrócić i zmienić odpowiedź." },
    { rest: "Nie ma dobrych ani złych odpowiedzi. Chcemy wiedzieć, co naprawdę myślisz." },
    {
      bold: "Jeśli poprosisz o powiadomienie pracownika albo napiszesz, że coś ci grozi,",
      rest:
        "przeczyta to osoba odpowiedzialna za ochronę dzieci, żeby ci pomóc. Zobaczy, gdzie " +
        "wypełniano ankietę (kod albo tablet), i być może porozmawia z tobą albo z innymi " +
        "osobami. Twoje imię pójdzie tylko wtedy, gdy je podasz.",
    },
  ],
  promisesOldest: [
    {
      bold: "W raportach twoje odpowiedzi są anonimowe.",
      rest: "Nie pytamy o imię i nie zapisujemy przy nich niczego o twoim telefonie ani tablecie.",
    },
    {
      bold: "Kto je czyta:",
      rest:
        "pracownicy urzędu, którzy planują wsparcie dla młodych ludzi w pieczy zastępczej i po " +
        "jej opuszczeniu. " +
        "Widzą odpowiedzi wielu osób naraz; grupy zbyt małe, by ukryć, kto do nich należy, " +
        "nigdy nie są pokazywane.",
    },
    {
      rest: "Możesz pominąć każde pytanie, wrócić i zmienić odpowiedź albo przerwać w każdej chwili.",
    },
    {
      bold:
        "Jeśli poprosisz o powiadomienie pracownika albo napiszesz coś, z czego wynika, że " +
        "coś może ci grozić,",
      rest:
        "przeczyta to osoba odpowiedzialna za ochronę dzieci, żeby ci pomóc. Może zobaczyć, " +
        "gdzie wypełniano ankietę (kod albo sesję na tablecie i kto ją prowadził), i być może " +
        "porozmawia z tobą albo z innymi osobami, żeby zapewnić ci bezpieczeństwo. Twoje imię " +
        "zostanie wysłane tylko wtedy, gdy je podasz.",
    },
  ],
  childlineLabel: "Ktoś, z kim możesz porozmawiać",
  childline:
    "Chcesz teraz z kimś porozmawiać? Zadzwoń za darmo do {name} pod numer {number}, o każdej " +
    "porze dnia i nocy.",
  welcomeBack: "Witaj z powrotem",
  carryOn: "możesz kontynuować od tego miejsca.",
  startAgain: "Zacznij od nowa",

  worried: "Martwię się",
  helpTitle: "Jeśli się martwisz",
  helpOk: "To normalne, że się martwisz. Nie musisz zostawać z tym sam na sam.",
  helpCall:
    "Zadzwoń za darmo do {name} pod numer {number}. Możesz dzwonić o każdej porze dnia i nocy.",
  helpOnline: "Możesz też porozmawiać z nimi przez internet: {site}",
  talkNow: "Chcesz teraz z kimś porozmawiać?",
  samaritansLine: "Zadzwoń za darmo do {name} pod numer {number}, o każdej porze dnia i nocy.",
  childlineUnder19:
    "Masz mniej niż 19 lat? Możesz też zadzwonić za darmo do {name} pod numer {number}.",
  leavingCareTeam:
    "Pomóc może też twój osobisty doradca (personal adviser) albo zespół urzędu wspierający " +
    "osoby po opuszczeniu pieczy (leaving care team).",
  tellWorkerAsk: "Czy chcesz, żeby twój pracownik socjalny wiedział, że chcesz porozmawiać?",
  tellWorker: "Powiadom mojego pracownika socjalnego",
  contactNotAnonymous:
    "Twoje imię zostanie wysłane z tą wiadomością, żeby pracownik mógł cię znaleźć. Pozostałe " +
    "odpowiedzi nadal będą bez twojego imienia.",
  contactNotAnonymousYoungest:
    "Jeśli napiszesz swoje imię, dorosły będzie mógł cię znaleźć i pomóc.",
  contactOptional: "Nie musisz tego wypełniać. Możesz po prostu nacisnąć przycisk.",
  contactOptionalYoungest: "Nie musisz nic pisać.",
  firstName: "Twoje imię",
  firstNameYoungest: "Twoje imię",
  reach: "Jak pracownik może się z tobą skontaktować?",
  reachHint: "Numer telefonu albo gdzie mieszkasz lub chodzisz do szkoły.",
  workerName: "Imię i nazwisko twojego pracownika socjalnego",
  workerNameYoungest: "Jak ma na imię twój pracownik socjalny, jeśli wiesz",
  tellWorkerSending: "Wysyłanie do pracownika…",
  tellWorkerSent: "Wysłane. Pracownik wkrótce to przeczyta i skontaktuje się z tobą.",
  tellWorkerSaved:
    "Zapisane na tym tablecie. Trafi do pracownika, gdy tylko tablet połączy się z internetem. " +
    "Jeśli potrzebujesz pomocy teraz, powiedz dorosłemu, który jest z tobą.",
  tellWorkerFailed:
    "Nie udało się tego wysłać. Powiedz dorosłemu, który ci pomaga, albo zadzwoń do Childline.",
  tellWorkerSavedLeavers:
    "Zapisane na tym tablecie. Trafi do pracownika, gdy tylko tablet połączy się z internetem. " +
    "Jeśli potrzebujesz pomocy teraz, powiedz osobie, która jest z tobą.",
  tellWorkerFailedLeavers:
    "Nie udało się tego wysłać. Powiedz osobie, która ci pomaga, albo zadzwoń za darmo do " +
    "Samaritans pod numer 116 123.",
  close: "Zamknij",

  readyToSend: "Gotowe do wysłania?",
  answeredOf: (n, total) => `Odpowiedzi: ${n} z ${total}.`,
  canStillSend: "Możesz je wysłać mimo to albo wrócić i na coś odpowiedzieć.",
  cantChange: "Po wysłaniu nie można ich już zmienić. Twoje imię nie jest z nimi wysyłane.",
  slow: "Połączenie jest wolne. Nadal próbujemy wysłać twoje odpowiedzi…",
  sendAnswers: "Wyślij moje odpowiedzi",
  sending: "Wysyłanie…",
  tryAgain: "Spróbuj ponownie",
  notSentTitle: "Twoje odpowiedzi nie zostały jeszcze wysłane",
  notSent:
    "Nie martw się, nadal tu są. Sprawdź Wi-Fi albo połączenie z internetem i naciśnij " +
    "„Spróbuj ponownie”.",
  closedTitle: "Ta ankieta jest już zamknięta",
  closed: "Zamknięto ją, zanim udało się wysłać twoje odpowiedzi. Dziękujemy za udział.",
  failedTitle: "Coś poszło nie tak przy wysyłaniu odpowiedzi",
  failed: "Twoje odpowiedzi nadal tu są. Pokaż to dorosłemu, który ci pomaga.",
  errorCode: (code) => `(Kod: ${code})`,
  thankYou: "Dziękujemy!",
  sent: "Twoje odpowiedzi zostały wysłane.",
  savedHere:
    "Twoje odpowiedzi są zapisane na tym tablecie. Zostaną wysłane, gdy połączy się on " +
    "z internetem.",
  willHelp:
    "Twoje odpowiedzi pomogą zmienić na lepsze życie dzieci i młodzieży w pieczy zastępczej.",
  yourReference: "Twój numer",
  referenceWhy:
    "Jeśli zechcesz dostać kopię swoich odpowiedzi albo je usunąć, pokaż ten numer swojemu " +
    "pracownikowi.",

  willHelpLeavers:
    "Twoje odpowiedzi pomogą zmienić na lepsze życie osób, które opuściły pieczę zastępczą.",

  heardTitle: "Usłyszeliśmy cię",
  heardTitleYoungest: "Dziękujemy, że nam mówisz",
  heard: "Dziękujemy, że nam o tym mówisz. Dobrze, że się odzywasz.",
  heardNext: "Pracownik wkrótce to przeczyta i spróbuje zadbać o twoje bezpieczeństwo.",
  heardNextYoungest: "Dorosły wkrótce to przeczyta i ci pomoże.",
  heardSaved:
    "Twoja wiadomość jest zapisana na tym tablecie. Zostanie wysłana, gdy tylko tablet połączy " +
    "się z internetem, więc pracownik może jej jeszcze nie widzieć. Jeśli potrzebujesz pomocy " +
    "teraz, powiedz dorosłemu, który jest z tobą, albo zadzwoń do Childline.",
  heardSavedLeavers:
    "Twoja wiadomość jest zapisana na tym tablecie. Zostanie wysłana, gdy tylko tablet połączy " +
    "się z internetem, więc pracownik może jej jeszcze nie widzieć. Jeśli potrzebujesz pomocy " +
    "teraz, zadzwoń za darmo do Samaritans pod numer 116 123.",
  heardSavedYoungest:
    "Twoja wiadomość jest zapisana na tym tablecie. Pójdzie, gdy tablet połączy się z " +
    "internetem. Jeśli potrzebujesz pomocy teraz, powiedz dorosłemu, który jest blisko.",
  heardHelpLabel: "Kto może pomóc teraz",
  heardChildline:
    "Zadzwoń za darmo do {name} pod numer {number}. To telefon dla osób poniżej 19 lat, " +
    "czynny o każdej porze dnia i nocy.",
  heardChildlineYoungest: "Możesz zadzwonić za darmo do {name} pod numer {number}, o każdej porze.",
  heardDanger: "Grozi ci teraz niebezpieczeństwo? Zadzwoń pod {number}.",
  heardDangerYoungest:
    "Grozi ci teraz niebezpieczeństwo? Powiedz dorosłemu, który jest blisko, albo zadzwoń pod {number}.",

  waiting: (n) =>
    plural("pl", n, {
      one: "1 zestaw odpowiedzi czeka na wysłanie.",
      few: `${n} zestawy odpowiedzi czekają na wysłanie.`,
      many: `${n} zestawów odpowiedzi czeka na wysłanie.`,
      other: `${n} zestawu odpowiedzi czeka na wysłanie.`,
    }),
  waitingNote: "Są zapisane na tym tablecie i zostaną wysłane, gdy połączy się on z internetem.",
  allSentNow: "Wszystkie odpowiedzi zapisane na tym tablecie zostały już wysłane.",
  allSent: "Wszystkie odpowiedzi zapisane na tym tablecie zostały wysłane.",
  stuck: (n) =>
    plural("pl", n, {
      one: "Nie udało się wysłać 1 zestawu odpowiedzi",
      other: `Nie udało się wysłać ${n} zestawów odpowiedzi`,
    }),
  stuckNote:
    "Dla dorosłego: odpowiedzi są zapisane na tym tablecie. Przekaż osobie, która prowadzi tę " +
    "ankietę, kod: {codes}.",
  sendAgain: "Spróbuj wysłać ponownie",

  stillThere: "Czy nadal tu jesteś?",
  stillThereText:
    "Jeśli nikt wkrótce nie dotknie ekranu, te odpowiedzi zostaną usunięte, żeby następna osoba mogła zacząć.",
  stillHere: "Nadal tu jestem",

  tapWhenReady: "Naciśnij przycisk, kiedy zechcesz zacząć.",
  tapToStart: "Naciśnij, aby zacząć",
  firstToday: "Bądź dziś pierwszą osobą, która weźmie udział.",
  takenPart: (n) =>
    plural("pl", n, {
      one: "Udział wzięła 1 osoba.",
      few: `Udział wzięły ${n} osoby.`,
      many: `Udział wzięło ${n} osób.`,
      other: `Udział wzięło ${n} osoby.`,
    }),
};
