/**
 * Punjabi disclosure lexicon, in Gurmukhi and in Roman Punjabi (Punjabi in Latin letters, the way
 * most children in England type it on a phone: "papa mainu kutda"). Gurmukhi is folded before
 * matching: its vowel signs stay (they are its vowels), long ī and ū are written short, and the
 * nasal marks (ਂ ੰ), the doubling mark (ੱ) and the nukta (਼) go, as children leave them off; so
 * "ਮੈਨੂੰ" is "ਮੈਨੁ" and "ਕੁੱਟਦਾ" is "ਕੁਟਦਾ". Roman runs of one letter are written once ("maarda" →
 * "marda"), so there "hits" (maarda) and "dies" (marda) are one word: hitting alerts only near a
 * person or "me".
 *
 * Punjabi writes its postpositions apart ("ਮੈਨੂੰ", "ਘਰੋਂ" aside), so no clitics are taken off;
 * verbs are listed by form. "ਮਾਰਨਾ" also makes everyday verbs ("ਗੱਪਾਂ ਮਾਰਨਾ" to chat, "ਚੱਕਰ
 * ਮਾਰਨਾ" to go round, "ਗੇਂਦ ਨੂੰ ਲੱਤ ਮਾਰਨਾ" to kick a ball): those are idioms. A kirpan is an article
 * of faith, not a weapon, and is not listed. Written by an engineer, not a native speaker: see
 * `reviewedByNativeSpeaker`. Severity as in `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, hitting, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "ਪਿਓ | ਪਿਤਾ | ਬਾਪੂ | ਡੈਡੀ | ਪਾਪਾ | ਮਤਰੇਆ | ਮਾਂ | ਮੰਮੀ | ਮਾਤਾ | ਭਰਾ | ਵੀਰ | ਭੈਣ | ਚਾਚਾ | ਤਾਇਆ",
  "ਮਾਮਾ | ਫੁੱਫੜ | ਮਾਸੜ | ਦਾਦਾ | ਨਾਨਾ | ਦਾਦੀ | ਨਾਨੀ | ਚਾਚੀ | ਮਾਸੀ | ਭੂਆ | ਕਜ਼ਨ | ਟੀਚਰ | ਗੁਆਂਢੀ",
  "ਉਹ | ਬੰਦਾ | ਬੰਦੇ | ਘਰਵਾਲਾ | ਅੰਕਲ",
  "pio | peo | pyo | papa | papaji | daddy | dad | bapu | pita | mummy | mumma | mum | maa | ma",
  "mata | bhra | veer | veerji | paji | bhaji | bhain | bhen | didi | chacha | taya | tayaji",
  "mama | mamu | phuphar | masar | dada | nana | dadi | nani | chachi | masi | bhua | cousin",
  "teacher | uncle | stepdad | step dad | oh | uh | banda | bande | gharwala",
);
/** Hitting and hurting, by form. */
const HIT = alt(
  "ਮਾਰਦਾ | ਮਾਰਦੀ | ਮਾਰਦੇ | ਮਾਰਿਆ | ਮਾਰੀ | ਮਾਰੇ | ਮਾਰਦਾ ਹੈ | ਕੁੱਟਦਾ | ਕੁੱਟਦੀ | ਕੁੱਟਦੇ | ਕੁੱਟਿਆ",
  "ਕੁੱਟ | ਕੁਟਾਪਾ | ਚਪੇੜ | ਚਪੇੜਾਂ | ਥੱਪੜ | ਲੱਤ | ਲੱਤਾਂ | ਘਸੁੰਨ | ਮੁੱਕਾ | ਮੁੱਕੇ | ਸਾੜਿਆ",
  "ਗਲਾ ਘੁੱਟਿਆ | ਗਲਾ ਘੁੱਟਦਾ | ਬੈਲਟ ਨਾਲ | ਚੱਪਲ ਨਾਲ | ਡੰਡੇ ਨਾਲ",
  "marda | mardi | marde | mareya | maria | marya | mari | kutda | kutdi | kutde | kuteya | kutya",
  "kut | kutapa | chaper | chapera | chaperan | chapair | thapar | thapad | lat | latan | ghasun",
  "muka | muke | sareya | gala ghuteya | gala ghutda | belt nal | chapal nal | dande nal",
);
const ME = alt("ਮੈਨੂੰ | ਮੇਰੇ | ਸਾਨੂੰ | mainu | menu | mnu | mainu vi | sanu | mere | meri");
const NOT = alt("ਨਹੀਂ | ਨਾ | ਨੀ | nahi | nai | ni | na");
const HOME = alt("ਘਰ | ਘਰੇ | ghar | ghare");
const SCARED = alt(
  "ਡਰ | ਡਰਦਾ | ਡਰਦੀ | ਡਰ ਲੱਗਦਾ | ਡਰ ਲੱਗਦੀ | dar | dar lagda | dar lagdi | darda | dardi",
  "scared | darda haan | dardi haan",
);

export const pa: Lexicon = {
  language: "pa",
  reviewedByNativeSpeaker: false,
  scripts: ["Guru", "Latn"],
  rules: [
    // ਸਰੀਰਕ ਹਿੰਸਾ: physical abuse.
    ...hitting(
      PERSON,
      HIT,
      ME,
      "ਨੀਲ | ਨੀਲ ਪਏ | ਸੱਟਾਂ ਦੇ ਨਿਸ਼ਾਨ | ਕੁੱਟਮਾਰ | neel | neel paye | sattan de nishan | kutmar",
    ),

    // ਧਮਕੀ, ਹਥਿਆਰ, ਖ਼ਤਰਾ: threats, weapons, danger.
    term(
      "harm",
      "urgent",
      "ਜਾਨੋਂ ਮਾਰ | ਜਾਨ ਤੋਂ ਮਾਰ | ਮਾਰ ਦੇਵੇਗਾ | ਮਾਰ ਦਿਆਂਗਾ | ਮਾਰ ਦੇਣਗੇ | ਮਾਰ ਦੇਵਾਂਗਾ | ਮਾਰ ਮੁਕਾ",
      "jaanon maar | janon mar | jaan ton maar | jan ton mar | jaan to maar | mar devega | maar dunga",
      "mar denge | mar davanga | maar dena | jaan to mar denge",
    ),
    rule(
      "harm",
      "urgent",
      [
        "ਕੁੱਟਾਂਗੇ | ਕੁੱਟਣਗੇ | ਮਾਰਾਂਗੇ | ਮਾਰਨਗੇ | kutange | kutnge | marange | marnge | kutanga | maranga",
        `${ME} | ${PERSON} | ਤੈਨੂੰ | tainu | tenu | tennu`,
      ],
      4,
    ),
    rule("harm", "urgent", [
      "ਧਮਕੀ | ਧਮਕੀਆਂ | ਧਮਕਾਉਂਦਾ | dhamki | dhamkiyan | dhamkaunda",
      `${ME} | ${PERSON} | ਕਿ | ki | ke`,
    ]),
    rule(
      "harm",
      "urgent",
      [
        "ਚਾਕੂ | ਛੁਰੀ | ਬੰਦੂਕ | ਪਿਸਤੌਲ | ਹਥਿਆਰ | chaku | chaaku | churi | bandook | bandook | pistol | gun | knife",
        `${ME} | ${PERSON} | ਦਿਖਾਇਆ | ਰੱਖਦਾ | dikhaya | rakhda | lai ke | leke | dhamki`,
      ],
      5,
    ),
    rule("harm", "urgent", ["ਸੁਰੱਖਿਅਤ | ਮਹਿਫੂਜ਼ | surakhit | surakshit | mehfooz | safe", NOT], 3),
    rule(
      "harm",
      "urgent",
      [HOME, NOT, "ਜਾਣਾ | ਜਾਵਾਂ | ਜਾਣਾ ਚਾਹੁੰਦਾ | jana | jaana | javan | jaavan | jana chahunda"],
      4,
    ),
    term("harm", "concern", "ਬਚਾਓ | ਮਦਦ ਕਰੋ | ਮੇਰੀ ਮਦਦ | bachao | madad karo | meri madad | help me"),

    // ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ: sexual abuse.
    rule(
      "sexual-abuse",
      "urgent",
      [
        "ਛੂੰਹਦਾ | ਛੂਹਦਾ | ਛੂਹਿਆ | ਹੱਥ ਲਾਉਂਦਾ | ਹੱਥ ਲਾਇਆ | chhunda | chunda | chhunhda | chhoonda | chhuhnda | chhuheya | hath launda | hath lagaunda | hath laya | touch karda",
        `${ME} | ਗਲਤ ਥਾਂ | ਸਰੀਰ | ਕੱਪੜਿਆਂ | galat jagah | galat thaan | galt thaan | sareer | kapdeyan | private`,
      ],
      5,
    ),
    term(
      "sexual-abuse",
      "urgent",
      "ਬਲਾਤਕਾਰ | ਜਬਰ ਜਨਾਹ | ਗੰਦੀਆਂ ਹਰਕਤਾਂ | ਗੰਦਾ ਕੰਮ | ਨੰਗੀਆਂ | ਨੰਗਾ | ਨੰਗੀ | ਸੈਕਸ | ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੀਂ",
      "ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ | ਸਾਡਾ ਰਾਜ਼ | balatkar | rape | gandiyan harkatan | ganda kam | gande kam",
      "nangiyan | nanga | nangi | nude | nudes | sex | porn* | kise nu na dasin | kise nu na dasi",
      "kise nu na dasna | kisi nu na dasi | sada raaz | sada raz | private parts",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "ਫੋਟੋ | ਫੋਟੋਆਂ | ਤਸਵੀਰਾਂ | ਵੀਡੀਓ | photo | photos | photoan | pic | pics | tasveeran | video",
        "ਨੰਗੀਆਂ | ਨੰਗੀ | ਬਿਨਾਂ ਕੱਪੜਿਆਂ | nangiyan | nangi | bina kapdeyan | kapde lah | kapde utar",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        `${PERSON} | ਆਉਂਦਾ | aunda | onda`,
        "ਮੰਜੇ | ਬਿਸਤਰੇ | ਕਮਰੇ ਵਿੱਚ ਰਾਤ | manje | bistre | bister | kamre vich raat | kamre ch raat",
      ],
      6,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "ਦਿੰਦਾ | ਦਿੱਤੇ | ਲੈ ਕੇ ਦਿੰਦਾ | dinda | dite | ditte | le ke dinda",
        "ਸ਼ਰਾਬ | ਸਿਗਰਟ | ਵੇਪ | sharab | daaru | cigarette | vape | weed",
      ],
      5,
    ),

    // ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਅਤੇ ਖੁਦਕੁਸ਼ੀ: self-harm and suicide.
    term(
      "self-harm",
      "urgent",
      "ਖੁਦਕੁਸ਼ੀ | ਆਤਮਹੱਤਿਆ | ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ | ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ | ਆਪਣੇ ਆਪ ਨੂੰ ਕੱਟ | ਮਰ ਜਾਣਾ ਚਾਹੁੰਦਾ",
      "ਮਰ ਜਾਣਾ ਚਾਹੁੰਦੀ | ਮਰਨਾ ਚਾਹੁੰਦਾ | ਮਰਨਾ ਚਾਹੁੰਦੀ | ਜੀਣਾ ਨਹੀਂ | ਜਿਉਣਾ ਨਹੀਂ | ਜ਼ਿੰਦਗੀ ਦਾ ਕੋਈ ਫਾਇਦਾ ਨਹੀਂ",
      "khudkushi | khudkhushi | suicide | atamhateya | apne aap nu maar | apne aap nu mar",
      "apne aap nu nuksan | apne aap nu kat | apna aap khatam",
      "zindagi da koi faida nahi | zindagi da koi fayda nahi",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "ਮਰਨਾ | ਮਰ ਜਾਣਾ | ਮਰ ਜਾਵਾਂ | marna | mar jana | mar jaana | mar javan | mar jawan | mar jaan",
        "ਚਾਹੁੰਦਾ | ਚਾਹੁੰਦੀ | ਚੰਗਾ | chahunda | chahundi | chaunda | chaundi | changa | chahnda | chahndi | chaundi haan",
      ],
      4,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "ਜੀਣਾ | ਜਿਉਣਾ | ਜੀਉਣਾ | ਜ਼ਿੰਦਾ | jeena | jina | jeona | jiona | zinda",
        "ਨਹੀਂ | ਨੀ | nahi | nai | ni | nahin",
      ],
      3,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "ਦੁਨੀਆ | ਦੁਨੀਆਂ | duniya | dunia",
        "ਨਹੀਂ ਰਹਿਣਾ | ਰਹਿਣਾ ਨਹੀਂ | nahi rehna | ni rehna | rehna nahi | nahi rehna chahunda | nahi rehna chahundi",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "ਗੋਲੀਆਂ | ਦਵਾਈਆਂ | goliyan | golian | dawaiyan | dawaian | pills | tablets",
        "ਬਹੁਤ | ਸਾਰੀਆਂ | ਖਾ ਲਈਆਂ | bahut | sariyan | kha layian | kha laiyan | kha liyan",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "ਕੱਟਦਾ | ਕੱਟਦੀ | ਕੱਟਿਆ | ਕੱਟ ਲਿਆ | katda | katdi | kateya | kat leya | kat liya | cut karda | cut kardi",
        "ਬਾਂਹ | ਬਾਹਾਂ | ਹੱਥ | ਆਪਣਾ | ਆਪਣੇ | baah | banh | bahan | hath | apna | apne | arms | wrist",
      ],
      4,
    ),
    term(
      "self-harm",
      "concern",
      "ਨਫ਼ਰਤ ਕਰਦਾ ਆਪਣੇ ਆਪ | ਆਪਣੇ ਆਪ ਨਾਲ ਨਫ਼ਰਤ | ਨਿਰਾਸ਼ | ਡਿਪਰੈਸ਼ਨ | apne aap nal nafrat",
      "apne aap to nafrat | nirash | depression | depressed",
    ),

    // ਅਣਗਹਿਲੀ: neglect.
    rule(
      "neglect",
      "urgent",
      [
        "ਖਾਣਾ | ਰੋਟੀ | ਖਾਣ | khana | roti | khan nu | khaan nu",
        NOT,
        "ਦਿੰਦੇ | ਦਿੰਦੀ | ਦਿੰਦਾ | ਮਿਲਦਾ | ਮਿਲਦੀ | dinde | dindi | dinda | milda | mildi",
      ],
      5,
    ),
    rule(
      "neglect",
      "concern",
      ["ਖਾਣਾ | ਰੋਟੀ | ਖਾਣ ਨੂੰ | khana | roti | khan nu | khaan nu", "ਨਹੀਂ | nahi | kuch nahi"],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "ਭੁੱਖਾ | ਭੁੱਖੀ | ਭੁੱਖ | bhukha | bhukhi | bhukh | bhuka | bhuki",
        "ਹਮੇਸ਼ਾ | ਰੋਜ਼ | ਸਾਰਾ ਦਿਨ | ਦਿਨ | hamesha | roz | sara din | din | school",
      ],
      6,
    ),
    rule(
      "neglect",
      "urgent",
      ["ਬੰਦ | band | lock", "ਕਮਰੇ | ਕਮਰਾ | ਬਾਹਰ | ਬਾਥਰੂਮ | kamre | kamra | bahar | bathroom | room"],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "ਇਕੱਲਾ | ਇਕੱਲੀ | ikala | ikalla | ikali | ikalli | kalla | kalli",
        "ਛੱਡ | ਛੱਡ ਦਿੰਦੇ | ਰਾਤ | ਦਿਨ | chhad | chad | chhad dinde | raat | din | weekend",
      ],
      5,
    ),
    rule("neglect", "concern", [
      PERSON,
      "ਸ਼ਰਾਬ | ਦਾਰੂ | ਨਸ਼ਾ | ਨਸ਼ੇ | ਸ਼ਰਾਬੀ | sharab | daru | nasha | nashe | sharabi | sharaabi | drunk",
    ]),

    // ਘਰੇਲੂ ਹਿੰਸਾ: domestic abuse.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "ਪਿਓ | ਪਾਪਾ | ਡੈਡੀ | ਬਾਪੂ | pio | peo | papa | daddy | dad | bapu | stepdad",
        HIT,
        "ਮੰਮੀ | ਮਾਂ | ਮਾਤਾ | ਭੈਣ | mummy | mumma | mum | maa | ma | bhain | bhen",
      ],
      8,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | ਘਰ | ਘਰੇ | ghar | ghare`,
      "ਲੜਾਈ | ਲੜਦੇ | ਚੀਕਦੇ | ਗਾਲ੍ਹਾਂ | ਗਾਲਾਂ | ladai | larai | ladde | larde | cheekde | chikde | gaalan | gaaliyan | galan",
    ]),
    rule(
      "domestic-abuse",
      "concern",
      ["ਪੁਲਿਸ | police | polis", "ਆਈ | ਆਏ | ਬੁਲਾਈ | aayi | ayi | aaye | bulayi"],
      5,
    ),

    // ਅਪਰਾਧਿਕ ਸ਼ੋਸ਼ਣ: criminal exploitation.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "ਵੇਚ | ਵੇਚਣਾ | ਵੇਚਦਾ | ਲੈ ਜਾਣਾ | ਲੁਕਾਉਣਾ | vech | vechna | vechda | vechni | sell | le jana | lukauna | carry",
        "ਨਸ਼ਾ | ਨਸ਼ੇ | ਚਿੱਟਾ | ਅਫੀਮ | ਪੈਕਟ | ਡਰੱਗਜ਼ | nasha | nashe | chitta | afeem | packet | packets | drugs | weed",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "ਮਜਬੂਰ | ਜ਼ਬਰਦਸਤੀ | majboor | majbur | zabardasti | jabardasti",
        "ਵੇਚਣ | ਚੋਰੀ | ਲੈ ਕੇ ਜਾਣ | vechan | chori | le ke jaan | sell",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "ਕਰਜ਼ਾ | ਉਧਾਰ | karza | karja | udhaar | udhar",
        "ਪੈਸੇ | ਕੰਮ | ਧਮਕੀ | ਉਤਾਰਨਾ | paise | pese | kam | dhamki | utarna | marange | kutange",
      ],
      5,
    ),
    term("criminal-exploitation", "concern", "gang | county lines | ਗੈਂਗ | ਚਿੱਟਾ | chitta"),

    // ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ: forced marriage.
    rule(
      "forced-marriage",
      "urgent",
      [
        "ਵਿਆਹ | ਰਿਸ਼ਤਾ | ਸ਼ਾਦੀ | viah | vyah | biah | shadi | shaadi | rishta | marriage",
        "ਜ਼ਬਰਦਸਤੀ | ਮਜਬੂਰ | ਮਰਜ਼ੀ ਦੇ ਖਿਲਾਫ | ਇੰਡੀਆ | ਪਿੰਡ | ਨਹੀਂ ਕਰਨਾ | zabardasti | jabardasti | majboor | marzi de khilaf | india | pind | nahi karna | ni karna | cousin",
      ],
      7,
    ),

    // ਘਰੋਂ ਭੱਜਣਾ, ਗੁੰਮ ਹੋਣਾ: running away, missing.
    term(
      "missing",
      "urgent",
      "ਘਰੋਂ ਭੱਜ | ਭੱਜ ਜਾਣਾ | ਭੱਜ ਜਾਵਾਂਗਾ | ਭੱਜ ਜਾਵਾਂਗੀ | ਘਰੋਂ ਕੱਢ | ਕੱਢ ਦਿੱਤਾ | ਸੜਕ ਤੇ ਸੁੱਤਾ",
      "ਸੌਣ ਲਈ ਥਾਂ ਨਹੀਂ | gharon bhaj | ghar ton bhaj | ghar to bhaj | bhaj jana | bhaj jaana",
      "bhaj javanga | bhaj javangi | bhaj jaunga | gharon kadh | kadh dita | kadh ditta",
      "sadak te suta | sadak te sutti | sauna layi jagah nahi | homeless",
    ),

    // ਡਰ: fear.
    rule("fear", "concern", [SCARED, `${PERSON} | ਉਸ ਤੋਂ | ਰਾਤ | us ton | ohde ton | raat`], 5),
    rule("fear", "urgent", [SCARED, HOME], 5),

    // ਧੱਕੇਸ਼ਾਹੀ: bullying.
    term(
      "bullying",
      "concern",
      "ਤੰਗ ਕਰਦੇ | ਮਜ਼ਾਕ ਉਡਾਉਂਦੇ | ਗਾਲ੍ਹਾਂ ਕੱਢਦੇ | ਕੋਈ ਦੋਸਤ ਨਹੀਂ | tang karde | mazak udaunde",
      "majak udaunde | mazak udande | bully | bullying | bullied | koi dost nahi | koi dost ni",
      "koi pasand nahi karda | racist",
    ),

    // ਉਦਾਸੀ: wellbeing.
    rule(
      "wellbeing",
      "concern",
      [
        "ਯਾਦ ਆਉਂਦੀ | ਯਾਦ ਆਉਂਦਾ | ਮਿਲਣ ਨਹੀਂ ਦਿੰਦੇ | yaad aundi | yaad aunda | yad aundi | milan nahi dinde | miss",
        `${PERSON} | ਪਰਿਵਾਰ | ਘਰ | parivar | pariwar | ghar | family`,
      ],
      5,
    ),
    rule(
      "wellbeing",
      "concern",
      [
        "ਰੋਂਦਾ | ਰੋਂਦੀ | ਰੋਣਾ | ronda | rondi | rona | roni",
        "ਹਰ ਰਾਤ | ਹਮੇਸ਼ਾ | ਸਾਰਾ ਦਿਨ | har raat | hamesha | sara din | roz",
      ],
      5,
    ),
    term(
      "wellbeing",
      "concern",
      "ਇਕੱਲਾ ਮਹਿਸੂਸ | ਇਕੱਲੀ ਮਹਿਸੂਸ | ਕੋਈ ਨਹੀਂ ਸੁਣਦਾ | ikalla mehsoos | ikalli mehsoos",
      "koi nahi sunda | koi ni sunda | bahut udaas",
    ),
  ],
  idioms: [
    {
      all: [
        "ਗੇਂਦ | ਬਾਲ | gend | ball | football",
        "ਲੱਤ | lat",
        "ਮਾਰਦਾ | ਮਾਰਦੀ | ਮਾਰੀ | ਮਾਰਿਆ | marda | mardi | mari | mareya",
      ],
      within: 4,
      ordered: false,
    },
    {
      all: [
        "ਗੱਪਾਂ | ਚੱਕਰ | ਗੇਂਦ | ਬਾਲ | ਸੀਟੀ | ਗੋਲ | gapan | gap | chakar | gend | ball | football | seeti | goal | shot",
        "ਮਾਰਦਾ | ਮਾਰਦੀ | ਮਾਰਦੇ | ਮਾਰੀ | ਮਾਰਿਆ | ਲੱਤ | marda | mardi | marde | mari | mareya | lat",
      ],
      within: 3,
      ordered: false,
    },
    {
      all: [
        "ਹੱਸ | ਹਾਸਾ | ਹੱਸਦੇ | has | hasde | hasi | hasa",
        "ਮਰ | ਮਰ ਗਿਆ | ਮਰ ਗਈ | mar | mar gaya | mar gayi",
      ],
      within: 3,
      ordered: false,
    },
    {
      all: [
        SCARED,
        "ਕੁੱਤੇ | ਕੁੱਤਿਆਂ | ਹਨੇਰੇ | ਇਮਤਿਹਾਨ | ਮੱਕੜੀ | kute | kuteyan | hanere | imtihan | exam | test | makdi",
      ],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {
    ni: "nahi",
    nai: "nahi",
  },
  fuzzyTail: 3,
};
