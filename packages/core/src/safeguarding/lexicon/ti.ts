/**
 * Tigrinya disclosure lexicon, in Ethiopic script and in the Latin letters children type on
 * phones ("aboy yiweqani"). Ethiopic is folded before matching: letters children mix up become
 * one (ሐ ኀ → ሀ, ዐ → አ, ቐ → ቀ, ኸ → ከ, ሠ → ሰ, ፀ → ጸ, and "ሃ" "ኣ" are "ሀ" "አ"), so "ይወቕዓኒ"
 * and "ይወቅአኒ" are one word. Tigrinya glues the object to its verbs ("ይወቕዓኒ", he beats me), so
 * those forms alert on their own; other hitting words alert near a person. Written by an engineer,
 * not a native speaker: see `reviewedByNativeSpeaker`. Severity as in `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, hitting, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "ኣቦ | ኣቦይ | ኣቦና | ኣደ | ኣደይ | ሓወይ | ሓብተይ | ኣኮይ | ኣኮ | ዓባየይ | ኣባሓጎይ | ሰብኣይ | ሰብኣይ ኣደይ",
  "መምህር | መምህረይ | ጎረቤት | ንሱ | ንሳ | ንሳቶም | ሓደ ሰብ | ዘይወለደኒ ኣቦ | ኣሳዳጊ",
  "abo | aboy | abuy | ade | aday | adey | hawey | hawoy | habtey | akoy | abaye | abahagoy",
  "sebay | seb ay | memhr | memhir | gorebet | nsu | nsa | nsatom | hade seb | asadagi",
);
/** Hitting words without their object: alert near a person. */
const HIT = alt(
  "ይወቕዕ | ወቒዑ | ይወቕዑ | ወቕዒ | ይሃርም | ሃሪሙ | ይጸፍዕ | ጸፊዑ | ይረግጽ | ረጊጹ | ይሓንቕ | ይስቕይ",
  "ብቀበቶ | ብበትሪ | ይወቕዓ | ይሃርማ | ይወቕዖ",
  "yiweqe | yweqe | weqiu | yiwequ | weqi | yiharm | harimu | yitsefe | tsefiu | yiregts",
  "regitsu | yihanq | yisqy | bqebeto | bbetri | yiweqa | yweqa | yiharma",
);
/** Hitting words that carry "me": each alerts on its own. */
const HIT_ME = alt(
  "ይወቕዓኒ | ወቒዑኒ | ይወቕዑኒ | ይሃርመኒ | ሃሪሙኒ | ይጸፍዓኒ | ጸፊዑኒ | ይረግጸኒ | ረጊጹኒ | ይሓንቐኒ",
  "ይስቕየኒ | የሳቕየኒ | ይጎድኣኒ | ጎዲኡኒ | ይደፍኡኒ",
  "yiweqani | yweqani | yewqani | weqiuni | wekiuni | yiweqiuni | yiharmeni | harimuni",
  "yitsefani | tsefiuni | yiregtseni | regitsuni | yihanqeni | yisqyeni | yesaqyeni | yigodani",
  "godiuni",
);
const ME = alt("ኣነ | ንዓይ | ነይ | ane | nay | naay");
const SCARED = alt(
  "እፈርህ | ይፈርህ | ፍርሒ | እፈርሆ | እፈርሃ | ፈሪሀ | efrh | eferh | yfrh | frhi | eferho | eferha",
  "ferihe",
);
const HOME = alt("ገዛ | ናብ ገዛ | geza | nab geza");

export const ti: Lexicon = {
  language: "ti",
  reviewedByNativeSpeaker: false,
  scripts: ["Ethi", "Latn"],
  rules: [
    // ኣካላዊ ግፍዒ: physical abuse.
    ...hitting(PERSON, HIT, ME, HIT_ME, "ህርመት | ማህረምቲ | hrmet"),
    rule("physical-abuse", "urgent", [PERSON, HIT_ME]),

    // ምፍርራሕ፡ ኣጽዋር፡ ሓደጋ: threats, weapons, danger.
    term(
      "harm",
      "urgent",
      "ክቐትለኒ | ይቐትለኒ | ክቐትለካ | ክቐትለኪ | ክቐትሉኒ | ክንቐትለካ | ኣፈራሪሑኒ | ኣፈራሪሑና",
      "kqetleni | yqetleni | kqetleka | kqetleki | kqetluni | knqetleka | aferarihuni",
      "ክሃርሙኻ | ክሃርሙኺ | ክወቕዑኻ | ክወቕዑኒ | khrmuka | kharmuka | khrmuki | kweqiuka | kweqiuni",
    ),
    rule(
      "harm",
      "urgent",
      [
        "ካራ | ብረት | ሽጉጥ | ኣጽዋር | kara | bret | shgut | atswar | knife | gun",
        `${ME} | ${PERSON} | ኣርእዩኒ | ሒዙ | arieyuni | hizu | aferarihuni`,
      ],
      5,
    ),
    rule(
      "harm",
      "urgent",
      [
        "ውሑስ | ውሕስና | ሰላም | wuhus | whus | safe",
        "ኣይኮንኩን | የለን | የብለይን | aykonkun | yelen | yebleyn | aykonkn",
      ],
      3,
    ),
    rule(
      "harm",
      "urgent",
      [HOME, "ክኸይድ | ክምለስ | kkeyd | kkheyd | kmles", "ኣይደልን | ኣይደልየን | aydelen | aydelyen"],
      4,
    ),
    rule("harm", "urgent", [SCARED, HOME], 5),
    term("harm", "concern", "ሓግዙኒ | ሓገዝ የድልየኒ | hagzuni | hagez yedlyeni | help me"),

    // ጾታዊ ዓመጽ: sexual abuse.
    term(
      "sexual-abuse",
      "urgent",
      "ጾታዊ | ዓመጽ ጾታ | ሰክስ | ዕርቃን | ዕርቃነይ | ብዘይ ክዳን | ንዝኾነ ሰብ ኣይትንገር | ምስጢርና",
      "tsotawi | sotawi | sex | erqan | rqan | bzey kdan | nzkone seb aytnger | mstirna | nudes",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "ይትንክፈኒ | ተንኪፉኒ | ይትንክፍ | ይደራረዘኒ | yitnkefeni | tenkifuni | ytnkf | tenkifu",
        `${ME} | ${PERSON} | ኣካላተይ | ክዳነይ | akalatey | kdaney | ብሕቡእ`,
      ],
      5,
    ),
    rule("sexual-abuse", "urgent", ["ይትንክፈኒ | ተንኪፉኒ | yitnkefeni | tenkifuni"]),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "ስእሊ | ስእልታት | ቪድዮ | siili | sili | sielti | photo | pics | video",
        "ዕርቃን | ብዘይ ክዳን | erqan | rqan | bzey kdan | ydeli | ይደሊ",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["ምስጢር | mstir | mistir", "ኣይትንገር | ንዝኾነ | aytnger | aytngri | nzkone"],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [`${PERSON} | ይመጽእ | ymetsi`, "ዓራተይ | ዓራት | ብለይቲ ናብ ክፍለይ | aratey | arat | bleyti nab kfley"],
      6,
    ),

    // ንነብስኻ ምጕዳእ: self-harm and suicide.
    term(
      "self-harm",
      "urgent",
      "ክመውት እደሊ | ክሞት እደሊ | ክመውት ደልየ | ነብሰይ ክቐትል | ርእሰይ ክቐትል | ነብሰ ቅትለት | ነብሰቅትለት",
      "ክነብር ኣይደልን | ነብሰይ ይጎድእ | ኢደይ ቆሪጸ | ኢደይ ይቖርጽ | ሞት ይሓይሽ",
      "kmewt edeli | kmot edeli | kmewt delye | nebsey kqetl | risey kqetl | nebse qtlet",
      "kneber aydelen | knebr aydelen | nebsey ygodie | iday qoritse | mot yhaysh",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "ክመውት | ክሞት | ምሟት | kmewt | kmot | mmwat",
        "እደሊ | ደልየ | ይሓይሽ | edeli | delye | yhaysh | ydeli",
      ],
      4,
    ),
    rule(
      "self-harm",
      "urgent",
      ["ከኒና | ፈውሲ | kenina | fewsi | pills", "ብዙሕ | ኩሉ | በሊዐ | bzuh | kulu | beli"],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      ["ዓለም | ዓለምዚ | alem | alemzi", "ክነብር | ክመውት | ኣይደልን | kneber | kmewt | aydelen"],
      5,
    ),

    // ሸለልትነት: neglect.
    rule(
      "neglect",
      "urgent",
      [
        "መግቢ | ምግቢ | megbi | mgbi",
        "ኣይህቡኒን | የለን | ኣይበላዕኩን | ayhbunin | yelen | aybelakun | aybelaekun",
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "ጠምየ | ጥሙይ | ጥምይቲ | temye | tmuy | tmyti",
        "ኩሉ ግዜ | ኩሉ መዓልቲ | ወትሩ | kulu gze | kulu mealti | wetru | bzuh",
      ],
      6,
    ),
    rule(
      "neglect",
      "urgent",
      [
        "ይዓጽዉኒ | ዓጽዮምኒ | ይዓጹኒ | yatsuni | yetsuni | atsyomni",
        "ክፍሊ | ክፍለይ | ደገ | kfli | kfley | dege",
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "በይነይ | ንበይነይ | beyney | nbeyney",
        "ይገድፉኒ | ገዲፎምኒ | ለይቲ | መዓልቲ | ygedfuni | gedifomni | leyti | mealti",
      ],
      5,
    ),
    rule("neglect", "concern", [
      PERSON,
      "ሰኺሩ | ሰኺራ | መስተ | ኣልኮል | ኣደንዛዚ | sekiru | sekhiru | sekira | meste | alcohol",
    ]),

    // ዘቤታዊ ግፍዒ: domestic abuse.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "ኣቦይ | ኣቦ | ሰብኣይ ኣደይ | ዘይወለደኒ ኣቦ | aboy | abo | abuy | sebay",
        "ይወቕዓ | ይሃርማ | ይወቕዕ | ይሃርም | yiweqa | yweqa | yiharma | yiweqe | yiharm",
        "ንኣደይ | ኣደይ | ንሓብተይ | nadey | naday | aday | adey | nhabtey",
      ],
      6,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | ገዛ | ኣብ ገዛ | geza`,
      "ባእሲ | ይባኣሱ | ጭቕጭቕ | ይጭቃጨቑ | baesi | basi | ybaasu | chqchq",
    ]),
    rule(
      "domestic-abuse",
      "concern",
      ["ፖሊስ | polis | police", "መጺኦም | መጽኡ | ጸዊዖም | metsiom | metsu | tsewiom"],
      5,
    ),

    // ገበናዊ ምዝመዛ: criminal exploitation.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "ክሸይጥ | ይሸይጥ | ክጸውር | ክሓብእ | ksheyt | ysheyt | ktsewr | khabi | sell",
        "ኣደንዛዚ | ዕጸ | ፓኬት | adenzazi | etse | packet | packets | drugs | weed",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "ይገድዱኒ | ገዲዶምኒ | ብግዲ | ygeduni | ygedduni | gedidomni | bgdi",
        "ክሸይጥ | ክሰርቕ | ክጸውር | ksheyt | kserq | ktsewr",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      ["ዕዳ | eda | ida", "ገንዘብ | ክሰርሕ | ይፈራርሑኒ | genzeb | kserh | yferarhuni"],
      6,
    ),

    // ብግዲ መርዓ: forced marriage.
    rule(
      "forced-marriage",
      "urgent",
      [
        "መርዓ | ከመርዕዉኒ | ክምርዖ | ሰብኣይ | mera | merea | kemerewni | kmrio",
        "ብግዲ | ኣይደልን | ዓብዪ ሰብኣይ | ናብ ዓዲ | bgdi | aydelen | abyi sebay | nab adi",
      ],
      7,
    ),

    // ምህዳም: running away, missing.
    term(
      "missing",
      "urgent",
      "ካብ ገዛ ክሃድም | ክሃድም እየ | ሃዲመ | ካብ ገዛ ሰጒጎምኒ | ሰጒጎምኒ | ዝድቅሰሉ ቦታ የብለይን",
      "kab geza khadm | khadm eye | hadime | kab geza segugomni | segugomni | zdqeselu bota yebleyn",
    ),

    // ፍርሒ: fear.
    rule("fear", "concern", [SCARED, `${PERSON} | ካብኡ | ለይቲ | kabu | leyti`], 5),

    // ምጽራፍን ምልጋጽን: bullying.
    term(
      "bullying",
      "concern",
      "የላግጹለይ | የላግጹ | ይጽርፉኒ | ዓርኪ የብለይን | ዓርኪ የብለይ | yelagtsuley | lagtsi | ytsrfuni",
      "arki yebleyn | bully | bullying | racist",
    ),

    // ጓሂ: wellbeing.
    rule(
      "wellbeing",
      "concern",
      ["ይናፍቐኒ | ናፍቖት | ynafqeni | nafqot | miss", `${PERSON} | ስድራይ | ገዛ | sdray | geza | family`],
      5,
    ),
    rule(
      "wellbeing",
      "concern",
      ["እበኪ | ይበኪ | ebeki | ybeki", "ኩሉ ለይቲ | ወትሩ | kulu leyti | wetru | kulu gze"],
      5,
    ),
    term("wellbeing", "concern", "በይነይ እየ | ዝሰምዓኒ የለን | beyney eye | zsemani yelen"),
  ],
  idioms: [
    {
      all: ["ኩዕሶ | ኩዑሶ | kuaso | kuso | ball | football", `${HIT} | ረጊጹ | regitsu`],
      within: 3,
      ordered: false,
    },
    {
      all: ["ብኩዕሶ | bkuaso | bkuso | bball", HIT_ME],
      within: 3,
      ordered: false,
    },
    {
      all: [SCARED, "ከልቢ | ጸልማት | ፈተና | kelbi | tselmat | fetena | exam"],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {},
  fuzzyTail: 3,
};
