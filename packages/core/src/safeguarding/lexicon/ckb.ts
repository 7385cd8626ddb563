/**
 * Kurdish (Sorani) disclosure lexicon, in Sorani's Arabic script (right to left) and in the Latin
 * letters children type on phones ("bawkm lem dedat"). Words are folded before matching: Sorani's
 * own letters become what an Arabic or Persian keyboard writes (ڕ → ر, ڵ → ل, ێ → ي, ۆ → و, ە → ه),
 * then the Arabic folding (ی → ي, ک گ → ك, پ → ب, چ → ج, ھ → ه); a run of one letter is written
 * once, so "ژووری" is "ژوري". In Latin, ê î û lose their marks.
 *
 * Sorani glues its pronouns to verbs and nouns ("لێمدەدات", hits me; "باوکم", my father), so
 * verbs are listed in their common glued forms and persons with and without "-م". "لێدان" (to hit)
 * also makes "دەست لێدان" (to touch), which is listed as sexual abuse: either way a person reads
 * it. Written by an engineer, not a native speaker: see `reviewedByNativeSpeaker`. Severity as in
 * `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, hitting, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "باوک | باوکم | باوکیشم | بابە | بابەم | باب | دایک | دایکم | دایە | زڕباوک | زڕباوکم | زڕدایک",
  "مام | مامم | خاڵ | خاڵم | برا | براکەم | برام | خوشک | خوشکەکەم | باپیر | داپیر | مامۆستا",
  "دراوسێ | دراوسێکەمان | ئەو | پیاو | پیاوێک | هاوسەری دایکم | کەسێک",
  "bawk | bawkm | bawkim | baba | babam | dayk | daykm | daykim | daye | zrbawk | zirbawk | zrbawkm",
  "mam | mamm | xal | khal | xalm | bra | brakem | bram | xushk | khushk | bapir | dapir",
  "mamosta | drawse | ew | pyaw | pyawek | kesek",
);
/** Hitting and hurting, in their glued forms. */
const HIT = alt(
  "لێم دەدات | لێمدەدات | لێدەدات | لێی دام | لێیدام | لێیدا | لێمان دەدات | لێدان | لێیدەدات",
  "دەمکوتێت | دەیکوتێت | کوتام | دەمکوتن | شەق | شەقم | شەقێکی | زللە | زللەم | زللەیەکی | مست",
  "مستم | مستێکی | ئازارم دەدات | ئازارم دا | ئەشکەنجە | قایش | بە قایش | بە دار",
  "lem dedat | lemdedat | lededat | ley dam | leydam | leyda | ledan | dekutet | dekutit | kutam",
  "shaq | shaqm | sheq | zlle | zille | zileh | mist | mistm | azarm dedat | azarm da | eshkenje",
  "qaysh | be qaysh | be dar",
);
const ME = alt("من | بە من | منیش | min | mn | be min");
const SCARED = alt(
  "دەترسم | ترسم | ترس | دەترسێم | لێی دەترسم | detrsm | detrsim | tirs | trs | tirsm | detrsem",
);
const HOME = alt("ماڵەوە | ماڵ | ماڵێ | malewe | mal | male");

export const ckb: Lexicon = {
  language: "ckb",
  reviewedByNativeSpeaker: false,
  scripts: ["Arab", "Latn"],
  rules: [
    // توندوتیژی جەستەیی: physical abuse.
    ...hitting(
      PERSON,
      HIT,
      ME,
      "شینبوونەوە | جێی لێدان | لەشم شین بووە | لێدانی | shinbunewe | jey ledan | lashm shin buwe",
    ),

    // هەڕەشە، چەک، مەترسی: threats, weapons, danger.
    term(
      "harm",
      "urgent",
      "دەمکوژێت | دەمکوژن | دەتکوژم | دەمانکوژێت | دەمانکوژن | دەیکوژم | بمکوژێت | دەمکوژی",
      "dekujet | demkujet | demkujn | detkujm | demankujet | bmkujet | dmkujet | detkujin | detkujn",
      "دەتکوژن | لێت دەدەن | لێم دەدەن | let deden | lem deden",
    ),
    rule("harm", "urgent", [
      "هەڕەشە | هەڕەشەم | hereshe | hareshe | herreshe",
      `${ME} | ${PERSON} | کە | ke | lem | لێم`,
    ]),
    rule(
      "harm",
      "urgent",
      [
        "چەقۆ | چەک | دەمانچە | تفەنگ | cheqo | chaqo | chek | demanche | tfeng",
        `${ME} | ${PERSON} | پیشانی دام | هەڵیگرتووە | pishani dam | helgrtuwe | hereshe | هەڕەشە`,
      ],
      5,
    ),
    rule(
      "harm",
      "urgent",
      [
        "ئەمن | سەلامەت | ئارام | پارێزراو | emn | salamat | selamet | parezraw | safe",
        "نیم | نییە | nim | niye | niya",
      ],
      3,
    ),
    term(
      "harm",
      "urgent",
      "نامەوێت بچمەوە ماڵەوە | نامەوێ بچمەوە ماڵەوە | ناچمەوە ماڵەوە | namewet bchmewe malewe",
      "namawe bchmawe malawe | nachmewe malewe",
    ),
    rule("harm", "urgent", [SCARED, HOME], 5),
    term("harm", "concern", "یارمەتیم بدەن | فریام کەون | yarmetim bden | friam ken | help me"),

    // دەستدرێژی سێکسی: sexual abuse.
    term(
      "sexual-abuse",
      "urgent",
      "دەستدرێژی | دەست درێژی | دەستدرێژیم | لاقەکردن | سێکس | ڕووت | ڕووتم | وێنەی ڕووت",
      "شوێنی تایبەت | شوێنە تایبەتەکانم | بە کەس مەڵێ | بە کەس نەڵێیت | نهێنی خۆمانە",
      "destdreji | dest dreji | destdrezhi | laqekrdn | sex | rut | rwt | wenei rut | weney rut",
      "shweni taybet | be kes male | be kas mala | be kes nalet | nheni xomane | nudes",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "دەستم لێدەدات | دەستم لێ دەدات | دەست لێدان | دەستی لێدام | دەستم پێدا دەهێنێت | dest ledan | destm ledat | destm ledadat | desti ledam | destm pedadehenet",
        `${ME} | لەشم | جلەکانم | ژێر | laşm | lashm | jlekanm | zher | zhêr`,
      ],
      6,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "وێنە | وێنەم | ڤیدیۆ | wene | wenem | photo | pic | video",
        "ڕووت | بێ جل | بەبێ جل | rut | be jl | bebe jl | dawa dakat | داوا دەکات",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        `${PERSON} | دێتە | dete`,
        "جێگاکەم | ناو جێگاکەم | ژوورەکەم بە شەو | jegakem | naw jegakem | zhurekem be shew",
      ],
      6,
    ),
    rule("sexual-abuse", "urgent", ["نهێنی | nheni | nhene", "کەس | مەڵێ | kes | male | mala"], 5),

    // خۆئازاردان و خۆکوشتن: self-harm and suicide.
    term(
      "self-harm",
      "urgent",
      "خۆکوشتن | خۆم بکوژم | خۆم دەکوژم | دەمەوێت بمرم | دەمەوێ بمرم | بمرم | نامەوێت بژیم",
      "نامەوێ بژیم | خۆم بریندار | خۆم دەبڕم | خۆم بڕی | دەستی خۆم بڕی | ژیان مانای نییە",
      "xokushtin | khokushtin | xokushtn | xom bkujm | xom bikujim | xom dekujm | demewet bmrm",
      "demawe bmrm | bmrm | bimrim | namewet bjim | namawe bzhim | namewet bzhim | xom brindar",
      "xom debrm | xom bri | zhian manay niye | jian manay niye",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "حەب | حەبم | دەرمان | heb | hebm | habm | derman",
        "زۆر | هەموو | خوارد | zor | hemu | xward | khward",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      ["دونیا | دنیا | دونیایە | dunya | dunyaye | dinya", "نامەوێت | نامەوێ | namewet | namawe"],
      6,
    ),
    term("self-harm", "concern", "ڕقم لە خۆمە | بێ هیوا | rqm le xome | be hiwa | bêhîwa"),

    // فەرامۆشکردن: neglect.
    rule(
      "neglect",
      "urgent",
      [
        "نان | خواردن | خواردنم | nan | xwardin | khwardin | xwardn",
        "نادەن | نادەنێ | نادات | نییە | naden | nadan | nadat | niye",
      ],
      4,
    ),
    term(
      "neglect",
      "concern",
      "نەخواردووە | نەمانخواردووە | نانمان نەخواردووە | nexwardwe | nemanxwardwe | nanman nexwardwe",
    ),
    rule(
      "neglect",
      "concern",
      [
        "برسیمە | برسی | برسێتی | birsime | brsime | birsi | brsi",
        "هەمیشە | هەموو ڕۆژێک | ڕۆژانە | hemishe | hamisha | hemu rozhek | rozhane | qutabxane",
      ],
      6,
    ),
    rule(
      "neglect",
      "urgent",
      [
        "قفڵ | دادەخەن | دامدەخەن | داخستووە | qufl | dadexen | damdexen | daxstuwe",
        "ژوور | ژوورەکە | ژوورەکەم | دەرەوە | zhur | zhurekem | zhureke | derewe",
      ],
      5,
    ),
    rule(
      "neglect",
      "concern",
      [
        "بە تەنها | بەجێم دەهێڵن | تەنها | be tenha | bejem dehelin | tenha",
        "شەو | ڕۆژان | هەفتە | shew | rozhan | hefte",
      ],
      5,
    ),
    rule("neglect", "concern", [
      PERSON,
      "سەرخۆش | عەرەق | مەی | هۆشبەر | serxosh | sarxosh | araq | hoshber | drunk",
    ]),

    // توندوتیژی خێزانی: domestic abuse.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "باوکم | باوک | زڕباوکم | bawkm | bawk | zrbawkm",
        HIT,
        "دایکم | دایکمی | خوشکم | daykm | daykim | daykmi | xushkm",
      ],
      8,
    ),
    rule(
      "domestic-abuse",
      "urgent",
      [
        "باوکم | باوک | زڕباوکم | bawkm | bawk | zrbawkm",
        "دایکم | دایکمی | daykm | daykim",
        "دەدات | دەیدات | لێدەدات | dedat | deydat | ledat",
      ],
      5,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | ماڵەوە | malewe`,
      "شەڕ | شەڕدەکەن | هاوار | جنێو | sher | sherr | sher deken | hawar | jnew",
    ]),
    rule(
      "domestic-abuse",
      "concern",
      ["پۆلیس | polis | police", "هات | هاتن | هاتە | hat | hatn | hate"],
      5,
    ),

    // بەکارهێنانی تاوانکاری: criminal exploitation.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "فرۆشتن | بفرۆشم | دەفرۆشم | بگوازمەوە | دەگوازمەوە | froshtin | bfroshm | defroshm | bgwazmewe | degwazmewe | sell",
        "ماددە | هۆشبەر | حەشیش | کۆکایین | پاکەت | madde | hoshber | hashish | kokain | paket | drugs | weed",
      ],
      6,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "ناچارم دەکەن | ناچار | بە زۆر | زۆرم لێدەکەن | nacharm deken | nachar | be zor | zorm ledeken",
        "بفرۆشم | دزی | بدزم | بگوازمەوە | bfroshm | dzi | bdzm | bgwazmewe",
      ],
      6,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "قەرز | قەرزم | قەرزار | qerz | qerzm | qarz | qarzm | qerzar",
        "پارە | کار | هەڕەشە | pare | kar | hereshe",
      ],
      6,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "پارە | پارەکە | pare | pareke",
        "بگەڕێنمەوە | بگەڕێنیتەوە | دەتکوژن | bgerrenmewe | bgerenmewe | detkujin | detkujn",
      ],
      5,
    ),
    term("criminal-exploitation", "concern", "گانگ | gang | county lines"),

    // هاوسەرگیری بە زۆر: forced marriage.
    rule(
      "forced-marriage",
      "urgent",
      [
        "شوو | شووم | شووکردن | مێرد | ژن | هاوسەرگیری | مارەم | shu | shw | shum | shukrdn | merd | zhin | hawsergiri | marem",
        "بە زۆر | زۆر | نامەوێت | ئامۆزا | پیاوێکی گەورە | be zor | bezor | zor | namewet | amoza | pismam | pyawêkî gewre",
      ],
      7,
    ),

    // هەڵاتن، ونبوون: running away, missing.
    term(
      "missing",
      "urgent",
      "ڕادەکەم | ڕا دەکەم | هەڵدێم | هەڵاتم | دەریانکردم | لە ماڵ دەریانکردم | شوێنم نییە بخەوم",
      "لە شەقام خەوتم | radekem | ra dekem | heldem | helatm | helhatm | deryankrdm | deryan krdm",
      "shwenm niye bxewm | le sheqam xewtm",
    ),

    // ترس: fear.
    rule("fear", "concern", [SCARED, `${PERSON} | لێی | شەو | ley | shew`], 5),

    // گاڵتەپێکردن: bullying.
    term(
      "bullying",
      "concern",
      "گاڵتەم پێدەکەن | گاڵتەم پێ دەکەن | هەراسانم دەکەن | جنێوم پێدەدەن | کەس هاوڕێم نییە",
      "galtem pedeken | galtam pedakan | herasanm deken | jnewm pededen | hawrem niye | bully",
      "bullying | racist",
    ),

    // خەمۆکی: wellbeing.
    rule(
      "wellbeing",
      "concern",
      [
        "بیری | بیرم | biri | bîrî | birm",
        "دەکەم | دەکات | ناتوانم ببینم | dekem | dakam | natwanm bbinm",
      ],
      3,
    ),
    rule(
      "wellbeing",
      "concern",
      [
        "دەگریم | گریان | degrim | degirim | grian",
        "هەموو شەوێک | هەموو شەو | هەمیشە | hemu shewek | hemu shew | hemishe",
      ],
      5,
    ),
    term("wellbeing", "concern", "تەنیام | زۆر تەنیام | کەس گوێم لێ ناگرێت | tenyam | teniyam"),
  ],
  idioms: [
    {
      all: [
        "تۆپ | تۆپەکە | top | topeke | football",
        "شەق | شەقی | shaq | sheq | lêda | leda | لێدا | ley dam | leydam | لێی دام",
      ],
      within: 3,
      ordered: false,
    },
    {
      all: ["پێکەنین | پێکەنیندا | pekenin | pekenin da", "مردم | مردین | mrdm | mrdin"],
      within: 3,
      ordered: false,
    },
    {
      all: [SCARED, "سەگ | تاریکی | تاقیکردنەوە | seg | sag | tariki | taqikrdnewe | exam"],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {},
  clitics: ["و"],
  fuzzyTail: 3,
};
