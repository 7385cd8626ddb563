/**
 * The child screens' own words (buttons, headings, the promises about privacy, help), as opposed
 * to a survey's words, which its officers write and translate. English is the source: its table
 * fixes every key, and another language's table may be partial, each missing entry falling back
 * to English on its own (words.test.ts lists what each language still lacks). A language with no
 * table at all gets English. Counted phrases are functions, so each language can follow its own
 * plural rules (see intl.ts).
 */
import type { AgeBand } from "@chorus/core/survey/schema";
import { createContext, createSignal, useContext } from "solid-js";
import { languageName, plural } from "./intl";

/** One line of the privacy promises: the words in bold, then the rest. */
export type Line = { bold?: string; rest: string };

const en = {
  // Moving between screens
  back: "Back",
  next: "Next",
  skip: "Skip",
  start: "Start",
  finish: "Finish",
  stepsNav: "Steps",
  questionsNav: "Questions",
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  /** Between the two ends of a 0–10 scale, and between codes in a list. */
  comma: ", ",

  // Reading aloud
  readQuestion: "Read the question aloud",
  readHelp: "Read the help aloud",
  readThis: "Read this aloud",
  readEnds: "Read what the numbers mean aloud",
  readWords: (words: string) => `Read "${words}" aloud`,
  cantReadAloud: "This tablet can't read aloud. Ask the adult helping you.",
  cantReadLanguage: (code: string) =>
    `This tablet can't read ${languageName(code, "en")} aloud. Ask the adult helping you.`,

  // Answering
  charactersLeft: (n: number) =>
    plural("en", n, { one: "1 character left", other: `${n} characters left` }),
  chooseAtLeast: (n: number) => `Choose at least ${n}.`,
  chooseUpTo: (n: number) => `Choose up to ${n}.`,

  // The answers every survey shares (AnswerInput.tsx, GroupAnswers.tsx), as core's parts.ts
  // has them for the staff screens (words.test.ts checks the two agree).
  /** The three faces, saddest first. */
  faces3: ["Not good", "OK", "Good"],
  /** The five faces, saddest first. */
  faces5: ["Really bad", "Not good", "OK", "Good", "Really good"],
  yes: "Yes",
  no: "No",
  notSure: "Not sure",
  preferNot: "I'd rather not say",
  houseWorries: "House of worries",
  houseWorriesHint: "Things that worry you or make you sad",
  houseGoodThings: "House of good things",
  houseGoodThingsHint: "Things that are going well or make you happy",
  houseDreams: "House of dreams",
  houseDreamsHint: "How you would like things to be",

  // Age bands
  /** The heading of the language chooser, shown there in every language the survey offers. */
  chooseLanguage: "Choose your language",
  howOld: "How old are you?",
  band47: "4 to 7",
  band47Spoken: "4 to 7 years old",
  band811: "8 to 11",
  band811Spoken: "8 to 11 years old",
  band1217: "12 to 17",
  band1217Spoken: "12 to 17 years old",
  band1625: "16 to 25 (care leavers)",
  band1625Spoken: "16 to 25 years old, and left care",

  // What happens to the answers, per band (Privacy.tsx)
  beforeYouStart: "Before you start",
  promisesYoungest: [
    { bold: "We don't ask your name.", rest: "" },
    { rest: "You can skip a question." },
    { rest: "There are no wrong answers." },
    { bold: "Not safe? Tell us.", rest: "A grown-up will read it and help you." },
  ] as Line[],
  promisesMiddle: [
    {
      bold: "Your answers are private.",
      rest: "We don't ask for your name, and the reports about what children say never show who said what.",
    },
    { rest: "You can skip any question, or go back and change an answer." },
    { rest: "There are no right or wrong answers. We want to know what you really think." },
    {
      bold: "If you ask us to tell your worker, or say you are not safe,",
      rest:
        "a safeguarding worker reads it so they can help you. They can see where you did the " +
        "survey (the code or the tablet), and they may need to talk to you or to other people. " +
        "Your name only goes with it if you give it.",
    },
  ] as Line[],
  promisesOldest: [
    {
      bold: "Your answers are anonymous in reports.",
      rest: "We don't ask for your name, and nothing about your phone or tablet is kept with them.",
    },
    {
      bold: "Who reads them:",
      rest:
        "the council staff who plan services for young people in care and leaving care. They " +
        "see answers from " +
        "many young people together; groups too small to hide who is in them are never shown.",
    },
    { rest: "Skip any question, go back and change an answer, or stop whenever you want." },
    {
      bold: "If you ask us to tell your worker, or say something that means you may not be safe,",
      rest:
        "a safeguarding worker reads it so they can help. They may see where you did the survey " +
        "(the code, or the tablet session and who ran it) and may need to talk to you or to " +
        "other people to keep you safe. Your name is only sent if you give it.",
    },
  ] as Line[],
  childlineLabel: "Someone to talk to",
  /** `{name}` is Childline in bold, `{number}` its phone number as a link. */
  childline: "Want to talk to someone now? Call {name} free on {number}, any time, day or night.",
  welcomeBack: "Welcome back",
  carryOn: "carry on where you left off.",
  startAgain: "Start again",

  // "I'm worried" (HelpPanel.tsx)
  worried: "I'm worried",
  helpTitle: "If you are worried",
  helpOk: "It's OK to feel worried. You don't have to keep it to yourself.",
  helpCall: "Call {name} free on {number}. You can call any time, day or night.",
  helpOnline: "Or talk to them online at {site}",
  // A care leaver's lines (HelpLines.tsx): adults of 16 to 25, so not a children's line alone.
  talkNow: "Want to talk to someone now?",
  /** `{name}` is Samaritans in bold, `{number}` its phone number as a link. */
  samaritansLine: "Call {name} free on {number}, any time, day or night.",
  /** `{name}` is Childline in bold, `{number}` its phone number as a link. */
  childlineUnder19: "Under 19? You can call {name} free on {number} too.",
  leavingCareTeam: "Your personal adviser or the council's leaving care team can help too.",
  tellWorkerAsk: "Would you like your worker to know you want to talk?",
  tellWorker: "Tell my worker",
  /** Said before the boxes: what giving a name means. */
  contactNotAnonymous:
    "Your name will go with this message so a worker can find you. Your other answers stay without your name.",
  contactNotAnonymousYoungest: "If you write your name, a grown-up can find you and help.",
  contactOptional: "You don't have to fill these in. You can just press the button.",
  contactOptionalYoungest: "You don't have to write anything.",
  firstName: "Your first name",
  firstNameYoungest: "Your name",
  reach: "How can a worker reach you?",
  reachHint: "A phone number, or where you live or go to school.",
  workerName: "Your worker's name",
  workerNameYoungest: "Your worker's name, if you know it",
  tellWorkerSending: "Sending to a worker…",
  tellWorkerSent: "Sent. A worker will read this soon and get in touch with you.",
  tellWorkerSaved:
    "Saved on this tablet. It will go to a worker as soon as the tablet is online. If you need help now, tell the adult with you.",
  tellWorkerFailed: "This could not be sent. Please tell the adult helping you, or call Childline.",
  tellWorkerSavedLeavers:
    "Saved on this tablet. It will go to a worker as soon as the tablet is online. If you need help now, tell the person with you.",
  tellWorkerFailedLeavers:
    "This could not be sent. Please tell the person helping you, or call Samaritans free on 116 123.",
  close: "Close",

  // Sending and thank you (Finish.tsx)
  readyToSend: "Ready to send?",
  answeredOf: (n: number, total: number) =>
    plural("en", total, {
      one: `You answered ${n} of 1 question.`,
      other: `You answered ${n} of ${total} questions.`,
    }),
  canStillSend: "You can still send, or go back and answer some.",
  cantChange: "Once they are sent, you can't change them. Your name is not sent with them.",
  slow: "The connection is slow. Still trying to send your answers…",
  sendAnswers: "Send my answers",
  sending: "Sending…",
  tryAgain: "Try again",
  notSentTitle: "Your answers haven't been sent yet",
  notSent:
    "Don't worry, they are still here. Check the Wi-Fi or internet connection, then press Try again.",
  closedTitle: "This survey has closed",
  closed: "It closed before your answers could be sent. Thank you for taking part.",
  failedTitle: "Something went wrong sending your answers",
  failed: "Your answers are still here. Please show this to the adult helping you.",
  errorCode: (code: string) => `(Code: ${code})`,
  thankYou: "Thank you!",
  sent: "Your answers have been sent.",
  savedHere: "Your answers are saved on this tablet. They will be sent when it is online.",
  willHelp: "What you told us will help make things better for children and young people in care.",
  willHelpLeavers: "What you told us will help make things better for care leavers.",
  yourReference: "Your reference",
  referenceWhy:
    "If you ever want a copy of your answers, or want them deleted, show this to your worker.",

  // After "Tell my worker" or an answer that means a child may not be safe (Heard.tsx)
  heardTitle: "We heard you",
  heardTitleYoungest: "Thank you for telling us",
  heard: "Thank you for telling us. You were right to say something.",
  heardNext: "A worker will read this soon and will try to help you stay safe.",
  heardNextYoungest: "A grown-up will read this soon and help you.",
  heardSaved:
    "Your message is saved on this tablet. It will be sent as soon as the tablet is online, so a worker may not see it yet. If you need help now, tell the adult with you or call Childline.",
  heardSavedLeavers:
    "Your message is saved on this tablet. It will be sent as soon as the tablet is online, so a worker may not see it yet. If you need help now, call Samaritans free on 116 123.",
  heardSavedYoungest:
    "Your message is saved on this tablet. It will go when the tablet is online. If you need help now, tell a grown-up near you.",
  heardHelpLabel: "People who can help now",
  /** `{name}` is Childline, `{number}` its number as a link. */
  heardChildline: "Call {name} free on {number}. It's for anyone under 19, any time, day or night.",
  heardChildlineYoungest: "You can call {name} free on {number}, any time.",
  /** `{number}` is 999 as a link. */
  heardDanger: "In danger right now? Call {number}.",
  heardDangerYoungest: "In danger right now? Tell a grown-up near you, or call {number}.",

  // Answers kept on the tablet (OutboxNotice.tsx)
  waiting: (n: number) =>
    plural("en", n, {
      one: "1 set of answers is waiting to be sent.",
      other: `${n} sets of answers are waiting to be sent.`,
    }),
  waitingNote: "They are saved on this tablet and will be sent when it is online.",
  allSentNow: "All the answers saved on this tablet have now been sent.",
  allSent: "All the answers saved on this tablet have been sent.",
  stuck: (n: number) =>
    plural("en", n, {
      one: "1 set of answers could not be sent",
      other: `${n} sets of answers could not be sent`,
    }),
  /** `{codes}` is the list of error codes. */
  stuckNote:
    "For the adult: the answers are kept on this tablet. Please tell the person who runs this " +
    "survey, quoting {codes}.",
  sendAgain: "Try sending again",

  // A kiosk child gone quiet mid-survey (StillThere.tsx)
  stillThere: "Are you still there?",
  stillThereText:
    "If nobody touches the screen soon, these answers will be cleared so the next person can start.",
  stillHere: "I'm still here",

  // A kiosk tablet's welcome between children (Kiosk.tsx)
  tapWhenReady: "Tap the button when you are ready.",
  tapToStart: "Tap to start",
  firstToday: "Be the first to take part today.",
  takenPart: (n: number) =>
    plural("en", n, {
      one: "1 person has taken part.",
      other: `${n} people have taken part.`,
    }),
};

/** Every built-in word a child may see; a translation gives any part of it. */
export type Words = typeof en;
export type Translation = Partial<Words>;

/**
 * What a language's table file (`words-<tag>.ts`) exports. Adding a language is adding one file:
 * the build finds it by its name. Each is its own small chunk fetched when a survey offers that
 * language, so a child answering in English downloads none of them (the service worker still
 * keeps them all for offline use).
 */
export interface TableFile {
  words: Translation;
  /**
   * False until a council has had a fluent speaker read the whole table and confirm it; the
   * studio shows which, so nobody takes unchecked words for checked ones (docs/languages.md).
   */
  reviewedByNativeSpeaker: boolean;
  /** English keys this table leaves to English on purpose, each shown in English. */
  acceptedGaps?: (keyof Words)[];
  /**
   * Pieces that are the same word in English and this language ("Start" in Romanian), so the
   * test that finds English left on a child screen does not count them.
   */
  sameAsEnglish?: string[];
}

// Test files are left out of the glob itself, not filtered afterwards: a file the glob matches is
// built into a chunk of its own and given a loader in the child route, used or not.
const FILES = import.meta.glob<TableFile>(["./words-*.ts", "!./words-*.test.ts"]);

/** The language tag in a table file's name: `./words-pt-BR.ts` → `pt-BR`. */
export const tagOf = (path: string) => path.replace(/^\.\/words-/, "").replace(/\.ts$/, "");

/** Each table file's loader, by language tag. */
export const TABLE_FILES: Record<string, () => Promise<TableFile>> = Object.fromEntries(
  Object.entries(FILES).map(([path, load]) => [tagOf(path), load]),
);

/** The translated tables, by language tag. */
export const TABLES: Record<string, () => Promise<Translation>> = Object.fromEntries(
  Object.entries(TABLE_FILES).map(([tag, load]) => [tag, () => load().then((file) => file.words)]),
);

/**
 * What the studio says about a language's built-in child words: whether a table exists and
 * whether a fluent speaker has confirmed it. Fetches that one table.
 */
export async function tableStatus(language: string): Promise<"reviewed" | "unreviewed" | "none"> {
  const code = tableFor(language);
  const load = code && code !== "en" ? TABLE_FILES[code] : undefined;
  if (code === "en") return "reviewed";
  if (!load) return "none";
  return (await load()).reviewedByNativeSpeaker ? "reviewed" : "unreviewed";
}
export { en };

const [loaded, setLoaded] = createSignal<Record<string, Words>>({ en });
const loading = new Map<string, Promise<void>>();

/**
 * Fetches a language's table, once; the screens change to it as it arrives. A table that cannot
 * be fetched leaves English in its place rather than an error in front of a child.
 */
export function loadWords(language: string): Promise<void> {
  const code = tableFor(language);
  const load = code && TABLES[code];
  if (!code || !load) return Promise.resolve();
  const pending =
    loading.get(code) ??
    load().then(
      (table) => {
        setLoaded((tables) => ({ ...tables, [code]: { ...en, ...table } }));
      },
      () => {
        // Asked again later (the connection may be back), not remembered as failed.
        loading.delete(code);
      },
    );
  loading.set(code, pending);
  return pending;
}

/**
 * The table a language tag uses: its own, or its base language's for a region ("ar-EG" → "ar"),
 * but not for another script: "pa-Arab" (Shahmukhi) gets none rather than the Gurmukhi of "pa".
 */
function tableFor(language: string): string | undefined {
  const has = (code: string) => code === "en" || Object.hasOwn(TABLES, code);
  if (has(language)) return language;
  const [base = "", next = ""] = language.split("-");
  return has(base) && !/^[a-z]{4}$/i.test(next) ? base : undefined;
}

/** The language the words for `language` are really in: English until its table has arrived. */
export function wordsLanguage(language: string): string {
  const code = tableFor(language);
  return code && Object.hasOwn(loaded(), code) ? code : "en";
}

/** The built-in words for a survey language (reactive: they change when its table arrives). */
export function wordsFor(language: string): Words {
  return loaded()[wordsLanguage(language)] ?? en;
}

const bandKeys = {
  "4-7": ["band47", "band47Spoken"],
  "8-11": ["band811", "band811Spoken"],
  "12-17": ["band1217", "band1217Spoken"],
  "16-25": ["band1625", "band1625Spoken"],
} as const;

/**
 * One of the screens' words in each of `languages`, each with the `lang` it is really in, for a
 * screen shown before the child has chosen (the language chooser). Data-driven: a language whose
 * table has the words brings them; one without shows English, said once however many lack it.
 */
export function inEachLanguage(
  languages: readonly string[],
  key: keyof Words,
): { lang: string; text: string }[] {
  const said = new Map<string, string>();
  for (const language of languages) {
    const text = wordsFor(language)[key];
    if (typeof text === "string" && !said.has(text)) said.set(text, wordsLanguage(language));
  }
  return [...said].map(([text, lang]) => ({ lang, text }));
}

/** A band's words on its tile, and fuller ones for reading aloud. */
export function bandWords(words: Words, band: AgeBand): { label: string; spoken: string } {
  const [label, spoken] = bandKeys[band];
  return { label: words[label], spoken: words[spoken] };
}

// The language whose words the child screens show; English until the child has chosen one.
const Shown = createContext<() => string>(() => "en");

/** Gives the screens inside it the words of `value()` (a survey language tag). */
export const WordsLanguage = Shown.Provider;

/** The current screen's words, as a reactive read. */
export function useWords(): () => Words {
  const language = useContext(Shown);
  return () => wordsFor(language());
}

/** The language those words are really in (English for a language with no table), for `lang`. */
export function useWordsLanguage(): () => string {
  const language = useContext(Shown);
  return () => wordsLanguage(language());
}
