/**
 * Pashto disclosure lexicon, in Pashto script and in the Latin letters children type on phones
 * ("ma wahi", "ghwaram mar sham"). Written by an engineer, not a native speaker: see
 * `reviewedByNativeSpeaker`. Words are folded before matching: the Pashto letters a Persian or
 * Arabic keyboard lacks become the nearest it has (ټ → ت, ډ → د, ړ → ر, ڼ → ن, ښ → ش, ږ → ژ,
 * ځ → ز, څ → س, ې ۍ → ي, ګ → ك), then the Arabic folding (ی → ي, ک → ك). A run of one letter is
 * written once, so the perfective "ووهلم" is "وهلم".
 *
 * "وهل" (to hit) also makes many everyday verbs ("زنګ وهل" to phone, "توپ وهل" to kick a ball,
 * "لامبو وهل" to swim, "ملنډې وهل" to mock), so hitting alerts only near a person, "me" or a body
 * word, and those verbs are idioms. Severity as in `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "پلار | پلار مې | پلارمې | ابا | بابا | پلندر | مور | مور مې | ادې | ابۍ | مېره | ميره",
  "کاکا | ماما | تره | ورور | ورور مې | وروڼه | نيکه | مېړه | سړی | سړي | هغه | دوی | هلکان",
  "ښوونکی | استاذ | ملا | ګاونډی | کورنۍ",
  "plar | plaar | aba | abba | baba | plandar | mor | mur | ada | abai | maira | kaka | mama",
  "tra | wror | waror | saray | sarai | hagha | hagha me | dui | dwi | ustaz | ustad | mulla",
);
/** Hitting and hurting. */
const HIT = alt(
  "وهي | وهلم | وهلی | وهلي | وهل | وهئ | وهلو | وهم | وهه | وهوي | وهلې",
  "څپېړه | څپېړې | څپيړه | لغته | لغتې | لغتي | زوروي | زورولم | ځوروي | سوځوي | سوځولم",
  "دردوي | ټکوي | ټکولم | کوټک | ډبوي",
  "wahi | wahee | wahai | wahalam | wahalay | wahale | wahali | wuwahalam | wowahalam | wahalo",
  "tsaperra | tsapera | chapera | laghata | laghate | =zorawi | =zurawi | tuk | takawi",
);
const ME = alt("ما | زه | ماته | ما ته | راته | مې | مي | ma | za | zama | mata | rata | me");
const BODY = alt(
  "مخ | سر | لاس | لاسونه | شا | بدن | وجود | مخ مې | mokh | makh | sar | las | bdan",
);
const HOME = alt("کور | کورته | کور ته | کورکې | kor | kur | kor ta");
const SCARED = alt(
  "ډارېږم | ډاريږم | ډار | ډارېدم | وېرېږم | ويرېږم | وېره | ويره | ډارېږي | ترسېږم",
  "darezham | darizham | darigam | daregam | dar | darigi | werezham | wera | werigam",
);

export const ps: Lexicon = {
  language: "ps",
  reviewedByNativeSpeaker: false,
  rules: [
    // فزيکي تاوتريخوالی
    rule("physical-abuse", "urgent", [PERSON, HIT], 5),
    rule("physical-abuse", "urgent", [HIT, `${ME} | ${BODY}`], 4),
    term(
      "physical-abuse",
      "urgent",
      "ما وهي | ما يې وهي | ما وهلی | ووهلم | وهل شوی | وهل شوې | شنه داغونه | تور داغونه | په کمربند",
      "ma wahi | ma ye wahi | ma wahali | wuwahalam | ma wahalay | pa kamarband",
    ),

    // ګواښ، وسله، خطر
    term(
      "harm",
      "urgent",
      "وژني | ووژني | وژنم به | ووژنم | مړ به مې کړي | ګواښ | ګواښي | ګواښوي | چاړه | چاقو | ټوپک",
      "تمانچه | وسله | خطر | په خطر کې | خوندي نه | خوندي نه يم | امن نه | ناامنه | نا امنه",
      "wazhni | wazni | wajni | wuwazhni | mar ba me kri | gwakh | gwash | chara | chaqu | topak",
      "tamancha | khwandi na | khwandi nayam | khondi na | amn na | naamna",
    ),
    rule(
      "harm",
      "urgent",
      [
        `${HOME}`,
        "ځم | ورځم | تلل | ولاړ شم | راستون | dzam | zam | wardzam",
        "نه | نه غواړم | na | nagwaram",
      ],
      5,
    ),
    rule("harm", "urgent", [SCARED, `${HOME}`], 5),
    term(
      "harm",
      "concern",
      "مرسته وکړئ | مرسته راسره وکړئ | مرسته غواړم | راسره مرسته | komak | marasta",
    ),

    term(
      "harm",
      "urgent",
      "تا به ووژنم | ته به ووژنم | وژنم دې | ta ba wazhnam | ta ba wajnam | ta ba wuwazhnam",
    ),

    // جنسي ناوړه ګټه
    term(
      "sexual-abuse",
      "urgent",
      "جنسي | تېری | تيری | جنسي تېری | لوڅ | لوڅه | لوڅې | لوڅ عکس | بد ځايونه | شخصي ځايونه",
      "پټ ځايونه | بچه بازي | بچه باز | بد کار | بدکار | چاته مه وايه | چا ته مه وايه | هيچا ته مه وايه",
      "jinsi | jensi | teray | tiray | luts | loots | bacha bazi | bachabazi | bacha baz",
      "cha ta ma waya | chata ma waya | hicha ta ma waya",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "لاس | las | lass",
        "وړي | راوړي | راوړ | وهي | لګوي | rawri | wari | lagawi | wahi",
        `${ME} | ${BODY} | جامو | لاندې | بدن`,
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "عکس | عکسونه | ويډيو | aks | aksuna | video",
        "لوڅ | لوڅې | بې جامو | luts | be jamo | ghwari | غواړي",
      ],
      5,
    ),
    rule("sexual-abuse", "urgent", ["راز | raz", "مه وايه | مه وايې | ma waya | cha ta | چاته"], 4),

    // ځان ته زيان او ځان وژنه
    term(
      "self-harm",
      "urgent",
      "ځان وژنه | ځانوژنه | ځان ووژنم | ځان وژنم | ځان مړ کړم | مړ شم | مړ شي | غواړم مړ شم | ژوند نه غواړم",
      "ځان ته زيان | ځان پرې کوم | ځان ژوبل | ځان ټپي | لاس مې پرې کړ",
      "dzan wazhna | zan wazhna | dzanwazhna | dzan wuwazhnam | zan wazhnam | zan wajnam",
      "mar sham | ghwaram mar sham | gwaram mar sham | zhwand na ghwaram | zhwand nagwaram",
      "dzan tapi | zan tapi",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "ګولۍ | ګولي | درمل | golai | goli | darmal",
        "ډېرې | ټولې | ټول | خوړلې | وخوړې | dere | tole | khwarle",
      ],
      5,
    ),
    rule(
      "self-harm",
      "concern",
      ["بد | نفرت | کرکه | karka | kraka", "ځان | خپل ځان | dzan | zan"],
      3,
    ),
    term(
      "self-harm",
      "concern",
      "هيڅوک مې نه غواړي | هيچا ته ارزښت نه لرم | هيله نه لرم | ناهيلي | نا هيلي | khapgan | na hila",
    ),

    rule(
      "self-harm",
      "urgent",
      [
        "نه غواړم | na ghwaram | nagwaram | na gwaram",
        "ژوندی | ژوند | zhwandai | zhwandi | zhwand",
      ],
      4,
    ),

    // بې پروايي
    rule(
      "neglect",
      "urgent",
      [
        "نه | نه راکوي | نه ورکوي | na | na rakawi",
        "ډوډۍ | ډوډي | خواړه | خوراک | dodai | dodei | doday | khwara | khorak",
      ],
      4,
    ),
    term(
      "neglect",
      "concern",
      "وږی يم | وږې يم | وږی | وږې | wazhay | wazhe | wazhai | wagay | wage yam | wagay yam",
    ),
    rule(
      "neglect",
      "urgent",
      [
        "بندوي | بند کړم | بندوم | بنديم | band | bandawi | band kram",
        "کوټه | کوټه کې | خونه | kota | khona | ma | ما",
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "يوازې | يواځې | yawaze | yawazi | yawadze",
        "شپه | شپې | ورځې | کور | shpa | shpe | wradze | kor",
      ],
      5,
    ),
    rule("neglect", "concern", [PERSON, "نشه | نشه يي | شراب | چرس | nasha | sharab | charas"]),

    // کورنی تاوتريخوالی
    rule(
      "domestic-abuse",
      "urgent",
      [HIT, "مور | مور مې | ادې | ابۍ | خور | mor | mur | ada | khor | bibi"],
      4,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | کور | کورکې | هره ورځ`,
      "چيغې | چيغي | جګړه | جګړې | شخړه | شخړې | لانجه | ښکنځل | ماتوي | chighe | chighi | jagra | shkhara | lanja",
    ]),
    rule(
      "domestic-abuse",
      "concern",
      ["پوليس | police | polis", "راغلل | راغله | ووهله | کور | raghlal | kor"],
      5,
    ),

    // جنايي استثمار
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "پلورم | خرڅوم | پلورل | وړم | يوسم | پټوم | نقلوم | plorum | kharsawam | yosam | wram",
        "چرس | نشه | هيروئين | مواد | کوکايين | بنګ | پاکټ | charas | nasha | heroin | mawad | pakat",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "مجبوروي | مجبوره | مجبور | زور | majbur | majburawi | zor",
        "پلورم | خرڅوم | غلا | يوسم | کار | plorum | ghla | kar",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      ["پور | قرض | por | qarz", "پيسې | ورکړم | ګواښ | paise | payse | warkram"],
      5,
    ),

    // په زور واده
    rule(
      "forced-marriage",
      "urgent",
      [
        "واده | ودوي | کوژده | نکاح | wada | wadah | wadawi | kozhda | nikah",
        "زور | په زور | نه غواړم | مجبوره | بد | تره زوی | ماما زوی | زوړ | وطن | افغانستان | pa zor | zor | na ghwaram | majbura",
      ],
      7,
    ),

    // تېښته، ورکېدل
    term(
      "missing",
      "urgent",
      "تښتم | وتښتم | وتښتېدم | تښتېدم | وتښتم له کوره | له کوره وشړلم | وشړلم | وېستلم | سړک کې ويده | کوڅه کې ويده",
      "ځای نه لرم | چېرته ويده شم | tukhtam | takhtam | tashtam | wutukhtam | wusharlam | sharlam",
    ),

    // ډار
    rule("fear", "concern", [SCARED, `${PERSON} | ترې | شپه | tre | shpa`], 5),

    // ځورونه
    term(
      "bullying",
      "concern",
      "ځوروي مې | ځوروي | ملنډې | ملنډي | پېغور | ټوکې راپورې کوي | پورې خاندي | توهين | دوستان نه لرم",
      "څوک راسره نه لوبيږي | dzorawi | zorawi me | malande | peghor | pore khandi | dostan na laram",
    ),

    // خواشيني
    term(
      "wellbeing",
      "concern",
      "ژاړم | ژړا | هره شپه ژاړم | خپه يم | خفه يم | زړه مې تنګ | يادېږي | ياديږي | يوازې يم | هيڅوک نه لرم",
      "zharam | zhara | khapa yam | khafa yam | zra me tang | yadezhi | yadigi | yawaze yam",
    ),
  ],
  idioms: [
    {
      all: [
        "زنګ | توپ | منډې | منډه | لامبو | چکر | ګپ | ملنډې | سيټۍ | zang | top | mande | lambo | chakar | gap | malande",
        "وهي | وهم | وهل | وهلو | وهلی | وهو | وهه | wahi | wahu | wahal | wahalo | waham",
      ],
      within: 3,
      ordered: false,
    },
    {
      all: ["مړ | مړه | mar | mra", "خندا | له خندا | khanda | lewani"],
      within: 3,
      ordered: false,
    },
    {
      all: [
        `${SCARED}`,
        "سپي | سپيو | تيارې | امتحان | ازموينې | مارانو | spi | spo | tyare | imtihan | azmoyane",
      ],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {},
  clitics: ["و", "را", "در", "ور"],
  fuzzyTail: 3,
};
