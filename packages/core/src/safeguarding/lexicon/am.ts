/**
 * Amharic disclosure lexicon, in Ethiopic script and in the Latin letters children type on phones
 * ("abate yimetagnal"). Ethiopic is folded before matching: letters Amharic spells either way
 * become one (ሐ ኀ → ሀ, ሠ → ሰ, ዐ → አ, ፀ → ጸ, and "ሃ" "ኣ" are "ሀ" "አ"), so "ሐዘን" and "ሀዘን" are
 * one word. Amharic glues the object to its verbs ("ይመታኛል", he hits me), so those forms alert on
 * their own; other hitting words alert near a person. First-person endings are written "-ሁ" and
 * "-ው" alike ("እፈልጋለሁ", "እፈልጋለው"): both are listed. Written by an engineer, not a native
 * speaker: see `reviewedByNativeSpeaker`. Severity as in `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, hitting, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "አባቴ | አባት | አባባ | እናቴ | እናት | እማማ | ወንድሜ | እህቴ | አጎቴ | አክስቴ | አያቴ | የእንጀራ አባቴ",
  "የእንጀራ እናቴ | ባል | ሰውዬው | ሰውየው | አስተማሪ | ጎረቤት | እሱ | እሷ | እነሱ | አሳዳጊ | አሳዳጊዬ",
  "abate | abat | ababa | enate | enat | emama | wendime | ehite | agote | akiste | ayate",
  "yenjera abate | yenjera enate | bal | sewyew | astemari | gorebet | esu | esua | enesu | asadagi",
);
/** Hitting words without their object: alert near a person. */
const HIT = alt(
  "ይመታል | መታ | ይደበድባል | ደበደበ | ይረግጣል | ረገጠ | ጥፊ | በጥፊ | በቀበቶ | በዱላ | ይመታታል | ደበደባት",
  "ይደበድባታል | መታት",
  "yimetal | meta | yidebedbal | debedebe | yiregtal | regete | tfi | betfi | beqebeto | bedula",
  "yimetatal | debedebat | yidebedbatal | metat",
);
/** Hitting words that carry "me": each alerts on its own. */
const HIT_ME = alt(
  "ይመታኛል | መታኝ | ይደበድበኛል | ደበደበኝ | ደበደቡኝ | ይደበድቡኛል | ይረግጠኛል | ረገጠኝ | ያንቀኛል | አነቀኝ",
  "ይጎዳኛል | ጎዳኝ | ይመቱኛል | መቱኝ",
  "yimetagnal | yimetanyal | metagn | metany | yidebedbegnal | debedebegn | debedebugn",
  "yidebedbugnal | yiregtegnal | regetegn | yanqegnal | aneqegn | yigodagnal | godagn | yimetugnal",
  "metugn",
);
const ME = alt("እኔን | እኔ | ለኔ | enen | ene | lene");
const SCARED = alt(
  "እፈራለሁ | እፈራለው | እፈራዋለሁ | እፈራዋለው | ፍርሃት | ያስፈራኛል | eferalehu | eferalew | eferawalehu",
  "eferawalew | firhat | frhat | yasferagnal",
);
const HOME = alt("ቤት | ወደ ቤት | bet | wede bet");

export const am: Lexicon = {
  language: "am",
  reviewedByNativeSpeaker: false,
  scripts: ["Ethi", "Latn"],
  rules: [
    // አካላዊ ጥቃት: physical abuse.
    ...hitting(PERSON, HIT, ME, HIT_ME, "ድብደባ | ሰንበር | dbdeba | dibdeba | senber"),
    rule("physical-abuse", "urgent", [PERSON, HIT_ME]),

    // ዛቻ፣ መሳሪያ፣ አደጋ: threats, weapons, danger.
    term(
      "harm",
      "urgent",
      "ይገድለኛል | ይገድሉኛል | እገድልሻለሁ | እገድልሃለሁ | እገድልሻለው | እገድልሃለው | አስፈራራኝ | ዛቻ",
      "ሊደበድቡህ | ሊደበድቡሽ | ሊመቱሽ | ሊመቱህ | ሊገድሉኝ",
      "yigedlegnal | yigedlugnal | egedlishalehu | egedlihalehu | egedlishalew | egedlihalew",
      "asferaragn | zacha | lidebedbuh | lidebedbush | limetush | limetuh | ligedlugn",
    ),
    rule(
      "harm",
      "urgent",
      [
        "ቢላዋ | ሽጉጥ | ጠመንጃ | መሳሪያ | bilawa | shigut | temenja | mesariya | knife | gun",
        `${ME} | ${PERSON} | አሳየኝ | ይዞ | asayegn | yizo | asferaragn`,
      ],
      5,
    ),
    term(
      "harm",
      "urgent",
      "ደህንነት አይሰማኝም | ደህንነት አይሰማኝ | አስተማማኝ አይደለም | dehninet aysemagnim",
      "dehnenet aysemagnim | astemamagn aydelem | safe aydelehum | safe aydelem",
    ),
    rule(
      "harm",
      "urgent",
      [HOME, "መሄድ | መመለስ | mehed | memeles", "አልፈልግም | alfelgim | alfelgm"],
      4,
    ),
    rule("harm", "urgent", [SCARED, HOME], 5),
    term("harm", "concern", "እርዱኝ | እርዳታ እፈልጋለሁ | irdugn | erdugn | help me"),

    // ወሲባዊ ጥቃት: sexual abuse.
    term(
      "sexual-abuse",
      "urgent",
      "ወሲብ | ወሲባዊ | መደፈር | ደፈረኝ | ራቁት | ራቁቴን | የግል ቦታ | ለማንም አትንገሪ | ለማንም አትንገር",
      "ይነካኛል | ነካኝ | ይነካካኛል",
      "wesib | wesibawi | sex | medefer | deferegn | raqut | raquten | yegil bota | private",
      "lemanim atnegeri | lemanim atnger | lemanm atnegeri | yinekagnal | nekagn | nudes",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["ፎቶ | ፎቶዬን | ቪዲዮ | foto | photo | pic | video", "ራቁት | ራቁቴን | ልብስ ሳልለብስ | raqut | raquten"],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["ምስጢር | ሚስጥር | mistir | mstir", "ለማንም | አትንገሪ | አትንገር | lemanim | atnegeri | atnger"],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        `${PERSON} | ይመጣል | yimetal`,
        "አልጋዬ | አልጋ ላይ | በሌሊት ወደ ክፍሌ | algaye | alga lay | belelit wede kfle",
      ],
      6,
    ),

    // ራስን መጉዳት: self-harm and suicide.
    term(
      "self-harm",
      "urgent",
      "ራሴን ማጥፋት | ራሴን አጠፋለሁ | ራሴን አጠፋለው | ራሴን መግደል | ራስን ማጥፋት | መኖር አልፈልግም",
      "ራሴን እጎዳለሁ | ራሴን እጎዳለው | እጄን ቆረጥኩ | ሞት ይሻለኛል",
      "rasen matfat | rasen atefalehu | rasen atefalew | rasen megdel | rasin matfat",
      "menor alfelgim | rasen egodalehu | rasen egodalew | ejen qoretku | mot yishalegnal",
    ),
    rule(
      "self-harm",
      "urgent",
      ["መሞት | መሞት እፈልጋለሁ | memot", "እፈልጋለሁ | እፈልጋለው | efelgalehu | efelgalew | efelgalw"],
      4,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "ኪኒን | መድሃኒት | kinin | medhanit | pills",
        "ብዙ | ሁሉንም | ዋጥኩ | bizu | hulunim | waTku | watku",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      ["ዓለም | alem | dunya", "መኖር | መሞት | አልፈልግም | menor | memot | alfelgim"],
      5,
    ),

    // ቸልተኝነት: neglect.
    rule(
      "neglect",
      "urgent",
      [
        "ምግብ | ምግብ አይሰጡኝም | migib | megib",
        "አይሰጡኝም | የለም | አልበላሁም | አልበላንም | aysetugnim | yelem | albelahum | albelanim",
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      ["ርቦኛል | ራበኝ | rbognal | rabognal | rabegn", "ሁሌ | ሁልጊዜ | ዘወትር | hule | hulgize | zewetr"],
      6,
    ),
    rule(
      "neglect",
      "urgent",
      [
        "ይቆልፉብኛል | ቆለፉብኝ | ይዘጉብኛል | yiqolfubignal | qolefubign | yizegubignal",
        "ክፍል | ክፍሌ | ውጭ | kifil | kfle | wuch",
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "ብቻዬን | bichayen | bchayen",
        "ይተዉኛል | ተዉኝ | ሌሊት | ቀናት | yitewugnal | tewugn | lelit | qenat",
      ],
      5,
    ),
    rule("neglect", "concern", [
      PERSON,
      "ሰክሮ | ሰክራ | መጠጥ | አልኮል | sekro | sekra | metet | alcohol",
    ]),

    // የቤት ውስጥ ጥቃት: domestic abuse.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "አባቴ | የእንጀራ አባቴ | abate | yenjera abate",
        "ይመታታል | ደበደባት | ይደበድባታል | መታት | yimetatal | debedebat | yidebedbatal | metat",
        "እናቴን | እናቴ | እህቴን | enaten | enate | ehiten",
      ],
      6,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | ቤት | bet`,
      "ጠብ | ይጣላሉ | ጩኸት | ይጮሃሉ | teb | yitalalu | chuhet | yichohalu",
    ]),
    rule("domestic-abuse", "concern", ["ፖሊስ | polis | police", "መጣ | መጡ | meta | metu"], 4),

    // የወንጀል ብዝበዛ: criminal exploitation.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "መሸጥ | እንድሸጥ | እንድይዝ | ማድረስ | meshet | indishet | indiyiz | madres | sell",
        "አደንዛዥ | ዕፅ | ጫት | ፓኬት | adenzazh | ets | chat | packet | drugs | weed",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "ያስገድዱኛል | አስገደዱኝ | በግድ | yasgededugnal | yasgedidugnal | asgededugn | begid",
        "እንድሸጥ | እንድሰርቅ | መስረቅ | indishet | indisreq | mesreq",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      ["ዕዳ | eda | ida", "ገንዘብ | ስራ | ይገድሉኛል | genzeb | sira | yigedlugnal | ligedlugn"],
      6,
    ),

    // የግዳጅ ጋብቻ: forced marriage.
    rule(
      "forced-marriage",
      "urgent",
      [
        "ጋብቻ | ማግባት | ሊድሩኝ | ሊያጋቡኝ | gabicha | magbat | lidirugn | lidarugn | liyagabugn",
        "በግድ | አልፈልግም | ሽማግሌ | ወደ ሀገር ቤት | begid | alfelgim | shimagle | wede hager bet",
      ],
      7,
    ),

    // መጥፋት: running away, missing.
    term(
      "missing",
      "urgent",
      "ከቤት እጠፋለሁ | ከቤት እጠፋለው | ከቤት ጠፋሁ | እሸሻለሁ | ከቤት አባረሩኝ | አባረሩኝ",
      "የምተኛበት ቦታ የለኝም | መንገድ ላይ ተኛሁ | kebet etefalehu | kebet etefalew | kebet tefahu",
      "eshishalehu | kebet abarerugn | abarerugn | yemitegnabet bota yelegnim | menged lay tegnahu",
    ),

    // ፍርሃት: fear.
    rule(
      "fear",
      "concern",
      [SCARED, `${PERSON} | አሳዳጊዬን | አባቴን | ሌሊት | asadagiyen | abaten | lelit`],
      5,
    ),
    term(
      "fear",
      "concern",
      "እፈራዋለሁ | እፈራዋለው | እፈራታለሁ | እፈራታለው | eferawalehu | eferawalew | eferatalehu",
    ),

    // ማሾፍ: bullying.
    term(
      "bullying",
      "concern",
      "ያሾፉብኛል | ይሰድቡኛል | ጓደኛ የለኝም | yashofubignal | yisedbugnal | gwadegna yelegnim",
      "bully | bullying | racist",
    ),

    // ሀዘን: wellbeing.
    term(
      "wellbeing",
      "concern",
      "ናፈቀችኝ | ናፈቀኝ | ናፍቆኛል | ብቸኝነት | ብቻዬን ነኝ | nafeqechign | nafeqegn | naftognal",
      "bichegninet | bichayen negn",
    ),
    rule(
      "wellbeing",
      "concern",
      [
        "አለቅሳለሁ | አለቅሳለው | aleqsalehu | aleqsalew",
        "በየምሽቱ | ሁሌ | ሁልጊዜ | beyemishitu | hule | hulgize",
      ],
      5,
    ),
  ],
  idioms: [
    {
      all: ["ኳስ | ኳሱን | በኳስ | kuas | kuasun | bekuas | ball | football", `${HIT} | ${HIT_ME}`],
      within: 3,
      ordered: false,
    },
    {
      all: [SCARED, "ውሻ | ጨለማ | ፈተና | wusha | chelema | fetena | exam"],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {},
  fuzzyTail: 3,
};
