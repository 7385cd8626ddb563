/**
 * The child screens' words in Punjabi, in Gurmukhi script, as spoken by Punjabi families in
 * England. The child is addressed as "ਤੁਸੀਂ": "ਤੂੰ" from an official service reads as curt rather
 * than close, and Punjabi writing for children uses "ਤੁਸੀਂ". Punjabi verbs change for a boy or a
 * girl ("ਕਰਦੇ/ਕਰਦੀਆਂ ਹੋ"), so phrases said to the child are put without them: "ਮੈਨੂੰ ਫ਼ਿਕਰ ਹੈ",
 * "ਜੇ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ", the passive ("ਫ਼ੋਨ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ"), "ਠੀਕ ਹੈ" for "you can". "Care"
 * is ਕੇਅਰ and the worker ਵਰਕਰ, the English words Punjabi speakers in England use for them; service
 * names (Childline, Samaritans, personal adviser, leaving care team) stay in English letters where
 * a child would say or hear them that way. Punjabi counts 0 and 1 alike ("one"), so that form
 * says the number it is given. Western digits. Missing entries fall back to English.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said so often that each is written once.
const ASK = "ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਹੇ ਵੱਡੇ ਨੂੰ ਪੁੱਛੋ।";
const ANY_TIME = "ਕਿਸੇ ਵੀ ਵੇਲੇ, ਦਿਨ ਹੋਵੇ ਜਾਂ ਰਾਤ";
const NOW = "ਜੇ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ";
const ON_TABLET = "ਇਸ ਟੈਬਲੇਟ 'ਤੇ";
const ONLINE = "ਟੈਬਲੇਟ ਦੇ ਆਨਲਾਈਨ ਹੁੰਦਿਆਂ ਹੀ";
const FREE_CALL = "{name} ਨੂੰ {number} 'ਤੇ ਮੁਫ਼ਤ ਫ਼ੋਨ ਕਰੋ";
const TALK_NOW = "ਕੀ ਹੁਣੇ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ?";
const SAFEGUARDER = "ਬੱਚਿਆਂ ਦੀ ਸੁਰੱਖਿਆ ਦਾ ਕੰਮ ਕਰਨ ਵਾਲਾ ਵਰਕਰ ਇਸ ਨੂੰ ਪੜ੍ਹਦਾ ਹੈ ਤਾਂ ਜੋ ਉਹ";
const TELL_WORKER = "ਜੇ ਤੁਸੀਂ ਸਾਨੂੰ ਆਪਣੇ ਵਰਕਰ ਨੂੰ ਦੱਸਣ ਲਈ ਕਹੋ, ਜਾਂ";
const READ = "ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ";
const NO_VOICE = "ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣ ਦੀ ਸਹੂਲਤ ਨਹੀਂ ਹੈ।";

export const words: Translation = {
  back: "ਪਿੱਛੇ",
  next: "ਅੱਗੇ",
  skip: "ਛੱਡੋ",
  start: "ਸ਼ੁਰੂ ਕਰੋ",
  finish: "ਖ਼ਤਮ ਕਰੋ",
  stepsNav: "ਕਦਮ",
  questionsNav: "ਸਵਾਲ",
  questionOf: (n, total) => `${total} ਵਿੱਚੋਂ ਸਵਾਲ ${n}`,
  comma: ", ",

  readQuestion: `ਸਵਾਲ ${READ}`,
  readHelp: `ਸਮਝਾਉਣ ਵਾਲੀ ਗੱਲ ${READ}`,
  readThis: `ਇਹ ${READ}`,
  readEnds: `ਨੰਬਰਾਂ ਦਾ ਮਤਲਬ ${READ}`,
  readWords: (words) => `"${words}" ${READ}`,
  cantReadAloud: `ਇਸ ਟੈਬਲੇਟ ਵਿੱਚ ${NO_VOICE} ${ASK}`,
  cantReadLanguage: (code) =>
    `ਇਸ ਟੈਬਲੇਟ ਵਿੱਚ ਇਸ ਭਾਸ਼ਾ (${languageName(code, "pa")}) ਨੂੰ ${NO_VOICE} ${ASK}`,

  // "one" is 0 and 1 in Punjabi, so it says its number rather than a fixed 1.
  charactersLeft: (n) => plural("pa", n, { one: `${n} ਅੱਖਰ ਬਾਕੀ ਹੈ`, other: `${n} ਅੱਖਰ ਬਾਕੀ ਹਨ` }),
  chooseAtLeast: (n) => `ਘੱਟੋ-ਘੱਟ ${n} ਚੁਣੋ।`,
  chooseUpTo: (n) => `ਵੱਧ ਤੋਂ ਵੱਧ ${n} ਚੁਣੋ।`,

  chooseLanguage: "ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ",
  howOld: "ਤੁਹਾਡੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?",
  band47: "4 ਤੋਂ 7",
  band47Spoken: "4 ਤੋਂ 7 ਸਾਲ",
  band811: "8 ਤੋਂ 11",
  band811Spoken: "8 ਤੋਂ 11 ਸਾਲ",
  band1217: "12 ਤੋਂ 17",
  band1217Spoken: "12 ਤੋਂ 17 ਸਾਲ",
  band1625: "16 ਤੋਂ 25 (ਕੇਅਰ ਛੱਡਣ ਵਾਲੇ)",
  band1625Spoken: "16 ਤੋਂ 25 ਸਾਲ, ਕੇਅਰ ਛੱਡ ਚੁੱਕੇ ਨੌਜਵਾਨ",

  beforeYouStart: "ਸ਼ੁਰੂ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ",
  promisesYoungest: [
    { bold: "ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ ਨਹੀਂ ਪੁੱਛਦੇ।", rest: "" },
    { rest: "ਕੋਈ ਸਵਾਲ ਛੱਡਣਾ ਠੀਕ ਹੈ।" },
    { rest: "ਕੋਈ ਵੀ ਜਵਾਬ ਗ਼ਲਤ ਨਹੀਂ ਹੈ।" },
    { bold: "ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੋ? ਸਾਨੂੰ ਦੱਸੋ।", rest: "ਕੋਈ ਵੱਡਾ ਇਸ ਨੂੰ ਪੜ੍ਹੇਗਾ ਅਤੇ ਤੁਹਾਡੀ ਮਦਦ ਕਰੇਗਾ।" },
  ],
  promisesMiddle: [
    {
      bold: "ਤੁਹਾਡੇ ਜਵਾਬ ਨਿੱਜੀ ਹਨ।",
      rest:
        "ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ ਨਹੀਂ ਪੁੱਛਦੇ, ਅਤੇ ਬੱਚੇ ਜੋ ਕਹਿੰਦੇ ਹਨ ਉਸ ਬਾਰੇ ਰਿਪੋਰਟਾਂ ਕਦੇ ਨਹੀਂ " +
        "ਦਿਖਾਉਂਦੀਆਂ ਕਿ ਕਿਸ ਨੇ ਕੀ ਕਿਹਾ।",
    },
    { rest: "ਕੋਈ ਵੀ ਸਵਾਲ ਛੱਡਣਾ, ਜਾਂ ਪਿੱਛੇ ਜਾ ਕੇ ਜਵਾਬ ਬਦਲਣਾ ਠੀਕ ਹੈ।" },
    { rest: "ਕੋਈ ਜਵਾਬ ਸਹੀ ਜਾਂ ਗ਼ਲਤ ਨਹੀਂ ਹੈ। ਅਸੀਂ ਤੁਹਾਡੀ ਸੱਚੀ ਰਾਏ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹਾਂ।" },
    {
      bold: `${TELL_WORKER} ਕਹੋ ਕਿ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੋ,`,
      rest:
        `${SAFEGUARDER} ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕੇ। ਉਹ ਦੇਖ ਸਕਦਾ ਹੈ ਕਿ ਸਰਵੇ ਕਿੱਥੇ ਭਰਿਆ ਗਿਆ (ਕੋਡ ਜਾਂ ` +
        "ਟੈਬਲੇਟ), ਅਤੇ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਉਸ ਨੂੰ ਤੁਹਾਡੇ ਨਾਲ ਜਾਂ ਹੋਰ ਲੋਕਾਂ ਨਾਲ ਗੱਲ ਕਰਨੀ ਪਵੇ। ਤੁਹਾਡਾ " +
        "ਨਾਮ ਇਸ ਦੇ ਨਾਲ ਤਾਂ ਹੀ ਜਾਂਦਾ ਹੈ ਜੇ ਤੁਸੀਂ ਆਪ ਦਿਓ।",
    },
  ],
  promisesOldest: [
    {
      bold: "ਰਿਪੋਰਟਾਂ ਵਿੱਚ ਤੁਹਾਡੇ ਜਵਾਬ ਗੁਮਨਾਮ ਹੁੰਦੇ ਹਨ।",
      rest: "ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ ਨਹੀਂ ਪੁੱਛਦੇ, ਅਤੇ ਤੁਹਾਡੇ ਫ਼ੋਨ ਜਾਂ ਟੈਬਲੇਟ ਬਾਰੇ ਕੁਝ ਵੀ ਉਹਨਾਂ ਨਾਲ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।",
    },
    {
      bold: "ਇਹਨਾਂ ਨੂੰ ਕੌਣ ਪੜ੍ਹਦਾ ਹੈ:",
      rest:
        "ਕੌਂਸਲ ਦਾ ਉਹ ਸਟਾਫ਼ ਜੋ ਕੇਅਰ ਵਿੱਚ ਰਹਿ ਰਹੇ ਅਤੇ ਕੇਅਰ ਛੱਡ ਰਹੇ ਨੌਜਵਾਨਾਂ ਲਈ ਸੇਵਾਵਾਂ ਦੀ " +
        "ਯੋਜਨਾ ਬਣਾਉਂਦਾ ਹੈ। ਉਹ ਬਹੁਤ ਸਾਰੇ ਨੌਜਵਾਨਾਂ ਦੇ ਜਵਾਬ ਇਕੱਠੇ ਦੇਖਦੇ ਹਨ; ਇੰਨੇ ਛੋਟੇ ਗਰੁੱਪ, " +
        "ਜਿਨ੍ਹਾਂ ਤੋਂ ਪਤਾ ਲੱਗ ਸਕੇ ਕਿ ਉਹਨਾਂ ਵਿੱਚ ਕੌਣ ਹੈ, ਕਦੇ ਨਹੀਂ ਦਿਖਾਏ ਜਾਂਦੇ।",
    },
    { rest: "ਕੋਈ ਵੀ ਸਵਾਲ ਛੱਡੋ, ਪਿੱਛੇ ਜਾ ਕੇ ਜਵਾਬ ਬਦਲੋ, ਜਾਂ ਜਦੋਂ ਚਾਹੋ ਰੁਕ ਜਾਓ।" },
    {
      bold: `${TELL_WORKER} ਕੁਝ ਅਜਿਹਾ ਕਹੋ ਜਿਸ ਦਾ ਮਤਲਬ ਹੋਵੇ ਕਿ ਸ਼ਾਇਦ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੋ,`,
      rest:
        `${SAFEGUARDER} ਮਦਦ ਕਰ ਸਕੇ। ਉਹ ਦੇਖ ਸਕਦਾ ਹੈ ਕਿ ਸਰਵੇ ਕਿੱਥੇ ਭਰਿਆ ਗਿਆ (ਕੋਡ, ਜਾਂ ਟੈਬਲੇਟ ` +
        "ਸੈਸ਼ਨ ਅਤੇ ਉਸ ਨੂੰ ਕਿਸ ਨੇ ਚਲਾਇਆ), ਅਤੇ ਤੁਹਾਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਉਸ ਨੂੰ " +
        "ਤੁਹਾਡੇ ਨਾਲ ਜਾਂ ਹੋਰ ਲੋਕਾਂ ਨਾਲ ਗੱਲ ਕਰਨੀ ਪਵੇ। ਤੁਹਾਡਾ ਨਾਮ ਤਾਂ ਹੀ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ ਜੇ ਤੁਸੀਂ " +
        "ਆਪ ਦਿਓ।",
    },
  ],
  childlineLabel: "ਗੱਲ ਕਰਨ ਲਈ ਕੋਈ",
  childline: `${TALK_NOW} ${FREE_CALL}, ${ANY_TIME}।`,
  welcomeBack: "ਫਿਰ ਜੀ ਆਇਆਂ ਨੂੰ",
  carryOn: "ਜਿੱਥੇ ਛੱਡਿਆ ਸੀ, ਉੱਥੋਂ ਅੱਗੇ ਚੱਲੋ।",
  startAgain: "ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ",

  worried: "ਮੈਨੂੰ ਫ਼ਿਕਰ ਹੈ",
  helpTitle: "ਜੇ ਤੁਹਾਨੂੰ ਫ਼ਿਕਰ ਹੈ",
  helpOk: "ਫ਼ਿਕਰ ਹੋਣਾ ਠੀਕ ਹੈ। ਇਸ ਨੂੰ ਆਪਣੇ ਮਨ ਵਿੱਚ ਹੀ ਰੱਖਣ ਦੀ ਲੋੜ ਨਹੀਂ।",
  helpCall: `${FREE_CALL}। ਫ਼ੋਨ ${ANY_TIME} ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ।`,
  helpOnline: "ਜਾਂ ਉਹਨਾਂ ਨਾਲ ਆਨਲਾਈਨ ਗੱਲ ਕਰੋ: {site}",
  talkNow: TALK_NOW,
  samaritansLine: `${FREE_CALL}, ${ANY_TIME}।`,
  childlineUnder19: "ਉਮਰ 19 ਤੋਂ ਘੱਟ ਹੈ? {name} ਨੂੰ ਵੀ {number} 'ਤੇ ਮੁਫ਼ਤ ਫ਼ੋਨ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ।",
  leavingCareTeam:
    "ਤੁਹਾਡਾ ਪਰਸਨਲ ਐਡਵਾਈਜ਼ਰ (personal adviser) ਜਾਂ ਕੌਂਸਲ ਦੀ ਲੀਵਿੰਗ ਕੇਅਰ ਟੀਮ (leaving care team) " +
    "ਵੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।",
  tellWorkerAsk: "ਕੀ ਅਸੀਂ ਤੁਹਾਡੇ ਵਰਕਰ ਨੂੰ ਦੱਸੀਏ ਕਿ ਤੁਹਾਨੂੰ ਗੱਲ ਕਰਨੀ ਹੈ?",
  tellWorker: "ਮੇਰੇ ਵਰਕਰ ਨੂੰ ਦੱਸੋ",
  contactNotAnonymous:
    "ਤੁਹਾਡਾ ਨਾਮ ਇਸ ਸੁਨੇਹੇ ਦੇ ਨਾਲ ਜਾਵੇਗਾ ਤਾਂ ਜੋ ਵਰਕਰ ਤੁਹਾਨੂੰ ਲੱਭ ਸਕੇ। ਤੁਹਾਡੇ ਬਾਕੀ ਜਵਾਬ ਬਿਨਾਂ ਨਾਮ ਦੇ ਹੀ ਰਹਿਣਗੇ।",
  contactNotAnonymousYoungest: "ਜੇ ਤੁਸੀਂ ਆਪਣਾ ਨਾਮ ਲਿਖੋ, ਤਾਂ ਕੋਈ ਵੱਡਾ ਤੁਹਾਨੂੰ ਲੱਭ ਕੇ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।",
  contactOptional: "ਇਹ ਭਰਨਾ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਸਿਰਫ਼ ਬਟਨ ਦਬਾਉਣਾ ਵੀ ਠੀਕ ਹੈ।",
  contactOptionalYoungest: "ਕੁਝ ਲਿਖਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।",
  firstName: "ਤੁਹਾਡਾ ਪਹਿਲਾ ਨਾਮ",
  firstNameYoungest: "ਤੁਹਾਡਾ ਨਾਮ",
  reach: "ਵਰਕਰ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰ ਸਕਦਾ ਹੈ?",
  reachHint: "ਫ਼ੋਨ ਨੰਬਰ, ਜਾਂ ਤੁਹਾਡੇ ਘਰ ਜਾਂ ਸਕੂਲ ਦਾ ਪਤਾ।",
  workerName: "ਤੁਹਾਡੇ ਵਰਕਰ ਦਾ ਨਾਮ",
  workerNameYoungest: "ਤੁਹਾਡੇ ਵਰਕਰ ਦਾ ਨਾਮ, ਜੇ ਪਤਾ ਹੋਵੇ",
  tellWorkerSending: "ਵਰਕਰ ਨੂੰ ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ…",
  tellWorkerSent: "ਭੇਜ ਦਿੱਤਾ ਗਿਆ। ਵਰਕਰ ਜਲਦੀ ਹੀ ਇਸ ਨੂੰ ਪੜ੍ਹੇਗਾ ਅਤੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗਾ।",
  tellWorkerSaved: `${ON_TABLET} ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ। ${ONLINE} ਇਹ ਵਰਕਰ ਕੋਲ ਚਲਾ ਜਾਵੇਗਾ। ${NOW} ਆਪਣੇ ਨਾਲ ਵਾਲੇ ਵੱਡੇ ਨੂੰ ਦੱਸੋ।`,
  tellWorkerFailed: "ਇਹ ਭੇਜਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਹੇ ਵੱਡੇ ਨੂੰ ਦੱਸੋ, ਜਾਂ Childline ਨੂੰ ਫ਼ੋਨ ਕਰੋ।",
  tellWorkerSavedLeavers:
    `${ON_TABLET} ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ। ${ONLINE} ਇਹ ਵਰਕਰ ਕੋਲ ਚਲਾ ਜਾਵੇਗਾ। ${NOW} ਆਪਣੇ ਨਾਲ ` +
    "ਵਾਲੇ ਵਿਅਕਤੀ ਨੂੰ ਦੱਸੋ।",
  tellWorkerFailedLeavers:
    "ਇਹ ਭੇਜਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਹੇ ਵਿਅਕਤੀ ਨੂੰ ਦੱਸੋ, ਜਾਂ Samaritans ਨੂੰ " +
    "116 123 'ਤੇ ਮੁਫ਼ਤ ਫ਼ੋਨ ਕਰੋ।",
  close: "ਬੰਦ ਕਰੋ",

  readyToSend: "ਭੇਜਣ ਲਈ ਤਿਆਰ?",
  answeredOf: (n, total) => `${total} ਵਿੱਚੋਂ ${n} ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿੱਤੇ ਗਏ।`,
  canStillSend: "ਜਵਾਬ ਫਿਰ ਵੀ ਭੇਜੇ ਜਾ ਸਕਦੇ ਹਨ, ਜਾਂ ਪਿੱਛੇ ਜਾ ਕੇ ਕੁਝ ਹੋਰ ਜਵਾਬ ਦਿਓ।",
  cantChange: "ਭੇਜਣ ਤੋਂ ਬਾਅਦ ਇਹਨਾਂ ਨੂੰ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਤੁਹਾਡਾ ਨਾਮ ਇਹਨਾਂ ਨਾਲ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ।",
  slow: "ਕਨੈਕਸ਼ਨ ਹੌਲੀ ਹੈ। ਤੁਹਾਡੇ ਜਵਾਬ ਭੇਜਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਅਜੇ ਜਾਰੀ ਹੈ…",
  sendAnswers: "ਮੇਰੇ ਜਵਾਬ ਭੇਜੋ",
  sending: "ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ…",
  tryAgain: "ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ",
  notSentTitle: "ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਨਹੀਂ ਭੇਜੇ ਗਏ",
  notSent: 'ਚਿੰਤਾ ਨਾ ਕਰੋ, ਉਹ ਅਜੇ ਵੀ ਇੱਥੇ ਹਨ। ਵਾਈ-ਫਾਈ ਜਾਂ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਦੇਖੋ, ਫਿਰ "ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ" ' + "ਦਬਾਓ।",
  closedTitle: "ਇਹ ਸਰਵੇ ਬੰਦ ਹੋ ਗਿਆ ਹੈ",
  closed: "ਤੁਹਾਡੇ ਜਵਾਬ ਭੇਜੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਹੀ ਇਹ ਬੰਦ ਹੋ ਗਿਆ। ਹਿੱਸਾ ਲੈਣ ਲਈ ਧੰਨਵਾਦ।",
  failedTitle: "ਤੁਹਾਡੇ ਜਵਾਬ ਭੇਜਣ ਵਿੱਚ ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ",
  failed: "ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਵੀ ਇੱਥੇ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਹੇ ਵੱਡੇ ਨੂੰ ਦਿਖਾਓ।",
  errorCode: (code) => `(ਕੋਡ: ${code})`,
  thankYou: "ਧੰਨਵਾਦ!",
  sent: "ਤੁਹਾਡੇ ਜਵਾਬ ਭੇਜ ਦਿੱਤੇ ਗਏ ਹਨ।",
  savedHere: `ਤੁਹਾਡੇ ਜਵਾਬ ${ON_TABLET} ਸੰਭਾਲੇ ਹੋਏ ਹਨ। ${ONLINE} ਇਹ ਭੇਜ ਦਿੱਤੇ ਜਾਣਗੇ।`,
  willHelp: "ਤੁਹਾਡੀਆਂ ਗੱਲਾਂ ਕੇਅਰ ਵਿੱਚ ਰਹਿੰਦੇ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ ਚੀਜ਼ਾਂ ਬਿਹਤਰ ਬਣਾਉਣ ਵਿੱਚ ਮਦਦ ਕਰਨਗੀਆਂ।",
  willHelpLeavers: "ਤੁਹਾਡੀਆਂ ਗੱਲਾਂ ਕੇਅਰ ਛੱਡ ਚੁੱਕੇ ਨੌਜਵਾਨਾਂ ਲਈ ਚੀਜ਼ਾਂ ਬਿਹਤਰ ਬਣਾਉਣ ਵਿੱਚ ਮਦਦ ਕਰਨਗੀਆਂ।",
  yourReference: "ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ",
  referenceWhy:
    "ਜੇ ਕਦੇ ਤੁਹਾਨੂੰ ਆਪਣੇ ਜਵਾਬਾਂ ਦੀ ਕਾਪੀ ਚਾਹੀਦੀ ਹੋਵੇ, ਜਾਂ ਉਹਨਾਂ ਨੂੰ ਮਿਟਵਾਉਣਾ ਹੋਵੇ, ਤਾਂ ਇਹ ਆਪਣੇ ਵਰਕਰ ਨੂੰ ਦਿਖਾਓ।",

  heardTitle: "ਅਸੀਂ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣ ਲਈ ਹੈ",
  heardTitleYoungest: "ਸਾਨੂੰ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ",
  heard: "ਸਾਨੂੰ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ। ਕੁਝ ਕਹਿਣਾ ਬਿਲਕੁਲ ਠੀਕ ਸੀ।",
  heardNext: "ਇੱਕ ਵਰਕਰ ਜਲਦੀ ਹੀ ਇਸ ਨੂੰ ਪੜ੍ਹੇਗਾ ਅਤੇ ਤੁਹਾਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਵਿੱਚ ਮਦਦ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰੇਗਾ।",
  heardNextYoungest: "ਕੋਈ ਵੱਡਾ ਜਲਦੀ ਹੀ ਇਸ ਨੂੰ ਪੜ੍ਹੇਗਾ ਅਤੇ ਤੁਹਾਡੀ ਮਦਦ ਕਰੇਗਾ।",
  heardSaved:
    `ਤੁਹਾਡਾ ਸੁਨੇਹਾ ${ON_TABLET} ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ। ${ONLINE} ਇਹ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ, ਇਸ ਲਈ ਹੋ ` +
    `ਸਕਦਾ ਹੈ ਕਿ ਵਰਕਰ ਨੇ ਇਸ ਨੂੰ ਅਜੇ ਨਾ ਦੇਖਿਆ ਹੋਵੇ। ${NOW} ਆਪਣੇ ਨਾਲ ਵਾਲੇ ਵੱਡੇ ਨੂੰ ਦੱਸੋ ਜਾਂ ` +
    "Childline ਨੂੰ ਫ਼ੋਨ ਕਰੋ।",
  heardSavedLeavers:
    `ਤੁਹਾਡਾ ਸੁਨੇਹਾ ${ON_TABLET} ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ। ${ONLINE} ਇਹ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ, ਇਸ ਲਈ ਹੋ ` +
    `ਸਕਦਾ ਹੈ ਕਿ ਵਰਕਰ ਨੇ ਇਸ ਨੂੰ ਅਜੇ ਨਾ ਦੇਖਿਆ ਹੋਵੇ। ${NOW} Samaritans ਨੂੰ 116 123 'ਤੇ ਮੁਫ਼ਤ ` +
    "ਫ਼ੋਨ ਕਰੋ।",
  heardSavedYoungest:
    `ਤੁਹਾਡਾ ਸੁਨੇਹਾ ${ON_TABLET} ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ। ਟੈਬਲੇਟ ਆਨਲਾਈਨ ਹੋਣ 'ਤੇ ਇਹ ਚਲਾ ਜਾਵੇਗਾ। ` +
    `${NOW} ਨੇੜੇ ਕਿਸੇ ਵੱਡੇ ਨੂੰ ਦੱਸੋ।`,
  heardHelpLabel: "ਜੋ ਹੁਣੇ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ",
  heardChildline: `${FREE_CALL}। ਇਹ 19 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਹਰ ਕਿਸੇ ਲਈ ਹੈ, ${ANY_TIME}।`,
  heardChildlineYoungest: "{name} ਨੂੰ {number} 'ਤੇ ਮੁਫ਼ਤ ਫ਼ੋਨ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ, ਕਿਸੇ ਵੀ ਵੇਲੇ।",
  heardDanger: "ਕੀ ਹੁਣੇ ਖ਼ਤਰਾ ਹੈ? {number} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
  heardDangerYoungest: "ਕੀ ਹੁਣੇ ਖ਼ਤਰਾ ਹੈ? ਨੇੜੇ ਕਿਸੇ ਵੱਡੇ ਨੂੰ ਦੱਸੋ, ਜਾਂ {number} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",

  waiting: (n) =>
    plural("pa", n, {
      one: `ਜਵਾਬਾਂ ਦਾ ${n} ਸੈੱਟ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ।`,
      other: `ਜਵਾਬਾਂ ਦੇ ${n} ਸੈੱਟ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ।`,
    }),
  waitingNote: `ਇਹ ${ON_TABLET} ਸੰਭਾਲੇ ਹੋਏ ਹਨ ਅਤੇ ${ONLINE} ਭੇਜ ਦਿੱਤੇ ਜਾਣਗੇ।`,
  allSentNow: `${ON_TABLET} ਸੰਭਾਲੇ ਸਾਰੇ ਜਵਾਬ ਹੁਣ ਭੇਜ ਦਿੱਤੇ ਗਏ ਹਨ।`,
  allSent: `${ON_TABLET} ਸੰਭਾਲੇ ਸਾਰੇ ਜਵਾਬ ਭੇਜ ਦਿੱਤੇ ਗਏ ਹਨ।`,
  stuck: (n) =>
    plural("pa", n, {
      one: `ਜਵਾਬਾਂ ਦਾ ${n} ਸੈੱਟ ਭੇਜਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ`,
      other: `ਜਵਾਬਾਂ ਦੇ ${n} ਸੈੱਟ ਭੇਜੇ ਨਹੀਂ ਜਾ ਸਕੇ`,
    }),
  stuckNote:
    `ਵੱਡਿਆਂ ਲਈ: ਜਵਾਬ ${ON_TABLET} ਰੱਖੇ ਹੋਏ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਸਰਵੇ ਚਲਾਉਣ ਵਾਲੇ ਵਿਅਕਤੀ ਨੂੰ ` +
    "ਦੱਸੋ, ਅਤੇ {codes} ਦਾ ਹਵਾਲਾ ਦਿਓ।",
  sendAgain: "ਦੁਬਾਰਾ ਭੇਜ ਕੇ ਦੇਖੋ",

  stillThere: "ਕੀ ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹੋ?",
  stillThereText:
    "ਜੇ ਜਲਦੀ ਕਿਸੇ ਨੇ ਸਕਰੀਨ ਨੂੰ ਨਾ ਛੂਹਿਆ, ਤਾਂ ਇਹ ਜਵਾਬ ਮਿਟਾ ਦਿੱਤੇ ਜਾਣਗੇ ਤਾਂ ਜੋ ਅਗਲਾ ਵਿਅਕਤੀ ਸ਼ੁਰੂ ਕਰ ਸਕੇ।",
  stillHere: "ਮੈਂ ਅਜੇ ਇੱਥੇ ਹਾਂ",

  tapWhenReady: "ਜਦੋਂ ਤਿਆਰ ਹੋਵੋ, ਬਟਨ ਦਬਾਓ।",
  tapToStart: "ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਦਬਾਓ",
  firstToday: "ਅੱਜ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਹਿੱਸਾ ਲਓ।",
  takenPart: (n) =>
    plural("pa", n, {
      one: `${n} ਵਿਅਕਤੀ ਨੇ ਹਿੱਸਾ ਲਿਆ ਹੈ।`,
      other: `${n} ਲੋਕਾਂ ਨੇ ਹਿੱਸਾ ਲਿਆ ਹੈ।`,
    }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["ਚੰਗਾ ਨਹੀਂ", "ਠੀਕ ਹੈ", "ਚੰਗਾ"],
  faces5: ["ਬਹੁਤ ਬੁਰਾ", "ਚੰਗਾ ਨਹੀਂ", "ਠੀਕ ਹੈ", "ਚੰਗਾ", "ਬਹੁਤ ਚੰਗਾ"],
  yes: "ਹਾਂ",
  no: "ਨਹੀਂ",
  notSure: "ਪੱਕਾ ਨਹੀਂ ਪਤਾ",
  preferNot: "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ",
  houseWorries: "ਫ਼ਿਕਰਾਂ ਦਾ ਘਰ",
  houseWorriesHint: "ਉਹ ਗੱਲਾਂ ਜੋ ਫ਼ਿਕਰ ਵਿੱਚ ਪਾਉਂਦੀਆਂ ਜਾਂ ਉਦਾਸ ਕਰਦੀਆਂ ਹਨ",
  houseGoodThings: "ਚੰਗੀਆਂ ਗੱਲਾਂ ਦਾ ਘਰ",
  houseGoodThingsHint: "ਉਹ ਗੱਲਾਂ ਜੋ ਠੀਕ ਚੱਲ ਰਹੀਆਂ ਹਨ ਜਾਂ ਖ਼ੁਸ਼ ਕਰਦੀਆਂ ਹਨ",
  houseDreams: "ਸੁਪਨਿਆਂ ਦਾ ਘਰ",
  houseDreamsHint: "ਤੁਹਾਨੂੰ ਚੀਜ਼ਾਂ ਕਿਹੋ ਜਿਹੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ",
};
