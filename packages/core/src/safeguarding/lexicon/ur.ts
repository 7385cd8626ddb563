/**
 * Urdu disclosure lexicon, in Urdu script and in Roman Urdu (Urdu in Latin letters, the way most
 * children in England type it: "abbu mujhe marte hain"). Words are folded before matching: the
 * Arabic folding, and for Urdu ے → ي, ہ ھ ۃ → ه, ں → ن, ٹ → ت, ڈ → د, ڑ → ر, so a child on an
 * Arabic keyboard and one on an Urdu keyboard write the same word. Roman Urdu runs of one letter
 * are written once ("maarte" → "marte"), so long and short vowels meet.
 *
 * Urdu writes its postpositions apart ("مجھ کو", "گھر سے"), so no clitics are taken off; verbs are
 * listed by form, never by a bare root: "مار" sits inside "بیمار" (ill) and "ہمارا" (our).
 * Severity as in `en.ts`. Written by an engineer, not a native speaker, and not yet reviewed by one.
 */
import type { Lexicon } from "../types.js";
import { alt, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "ابو | ابا | ابوجی | والد | باپ | پاپا | سوتیلا باپ | سوتیلے والد | امی | اماں | ماں | والدہ",
  "سوتیلی ماں | بھائی | بھیا | بہن | چچا | تایا | ماموں | خالو | پھوپھا | خالہ | پھوپھو | دادا",
  "نانا | دادی | نانی | کزن | استاد | قاری | مولوی | وہ | انہوں | پڑوسی | شوہر | آدمی",
  "abbu | abu | aba | abba | abbaji | walid | baap | bap | papa | sotela | sotele | sautela",
  "ammi | ami | amma | maa | ma | walida | soteli | bhai | bhaiya | bhaijan | behen | behan | baji",
  "chacha | taya | mamu | mamoo | khalu | phupha | khala | phuppo | phupho | dada | nana | dadi",
  "nani | cousin | kazan | ustad | ustaad | qari | molvi | maulvi | woh | wo | unhon | unho | unhone",
  "padosi | parosi | shohar | aadmi | admi | uncle | step dad | stepdad",
);
/** Hitting and hurting, by form: never the bare root. */
const HIT = alt(
  "مارتا | مارتی | مارتے | مارا | ماری | مارے | مارنا | مارتاہے | پیٹتا | پیٹتی | پیٹتے | پیٹا",
  "پیٹی | پٹائی | تھپڑ | تھپڑ مارا | لات | لاتیں | گھونسا | گھونسے | جلایا | جلاتا | گلا دبایا",
  "گلا دباتا | تشدد | زخمی | تکلیف دیتا | تکلیف دیتی | تکلیف دیتے | بیلٹ سے | چپل سے | ڈنڈے سے",
  "marta | marti | marte | mara | mari | mare | marna | marta hai | peta | peti | pete | pitai",
  "peet ta | peet ti | peet te | pit ta",
  "pitayi | thapar | thapad | chamat | chaant | lat | latein | laten | ghunsa | ghoonsa | ghunse",
  "jalaya | jalata | gala dabaya | gala dabata | tashadud | zakhmi | takleef deta | takleef deti",
  "belt se | chappal se | danda se | dande se | hit karta | hit karti | beat karta",
);
const ME = alt(
  "مجھے | مجھ | مجھکو | ہمیں | ہم | mujhe | mujhay | mujh | mjhe | mje | hamein | humein | hum",
);
const NOT = alt("نہیں | نہ | مت | nahi | nahin | na | mat");
const HOME = alt("گھر | گھر واپس | ghar | ghar wapas");
const DRUGS = alt(
  "منشیات | ڈرگز | ڈرگ | نشہ | چرس | ہیروئن | کوکین | پیکٹ | پیکٹس | پڑیا | پڑیاں",
  "drugs | drug | nasha | charas | weed | heroin | cocaine | packet | packets | puriya",
);
const SCARED = alt(
  "ڈر لگتا | ڈر لگتی | ڈرتا | ڈرتی | ڈرتے | ڈر | خوف | خوفزدہ | ڈرا ہوا | ڈری ہوئی",
  "dar lagta | dar lagti | darta | darti | darte | dar | khauf | khof | darra | dara hua | dari hui",
  "scared | dar lgta",
);

export const ur: Lexicon = {
  language: "ur",
  reviewedByNativeSpeaker: false,
  rules: [
    // جسمانی تشدد: physical abuse.
    rule("physical-abuse", "urgent", [PERSON, HIT]),
    rule("physical-abuse", "urgent", [ME, HIT], 4),
    term(
      "physical-abuse",
      "urgent",
      "نیل | نیلے نشان | چوٹ کے نشان | مار پیٹ | مارپیٹ | neel | neele nishan | chot ke nishan",
      "maar peet | marpeet | mar peet",
    ),

    // دھمکی، ہتھیار، خطرہ: threats, weapons, danger.
    rule(
      "harm",
      "urgent",
      [
        "جان سے | مار دوں | مار دے | مار ڈالوں | مار ڈالے | مار دیں | قتل | jaan se | jan se | maar dunga | mar dunga | mar dega | mar dalunga | mar dalega | qatal | qatl | katal",
        `${ME} | ${PERSON} | تمہیں | tumhe | tujhe | مار | maar | mar`,
      ],
      5,
    ),
    rule("harm", "urgent", [
      "دھمکی | دھمکیاں | دھمکاتا | دھمکاتے | dhamki | dhamkiyan | dhamkata | dhamkate",
      `${ME} | ${PERSON} | کہ | ke | keh`,
    ]),
    rule(
      "harm",
      "urgent",
      [
        "چاقو | چھری | بندوق | پستول | اسلحہ | chaqu | chaku | chaaku | churi | chhuri | bandooq | bandook | pistol | gun | knife",
        `${ME} | دکھایا | دکھائی | رکھتا | رکھتے | لے کر | dikhaya | dikhai | rakhta | rakhte | le kar | lekar | maara | dhamki*`,
      ],
      5,
    ),
    rule("harm", "urgent", ["محفوظ | mehfooz | mehfuz | mahfooz | safe", NOT], 3),
    rule(
      "harm",
      "urgent",
      [HOME, NOT, "جانا | جاؤں | جانا چاہتا | جانا چاہتی | jana | jaon | jaun | jaana"],
      4,
    ),
    term(
      "harm",
      "concern",
      "بچاؤ | بچا لو | مدد کرو | میری مدد | bachao | bacha lo | madad karo | meri madad | help me",
    ),

    // جنسی زیادتی: sexual abuse.
    rule(
      "sexual-abuse",
      "urgent",
      [
        "چھوا | ہاتھ لگاتا | ہاتھ لگایا | ہاتھ لگاتے | chuta | chhuta | chhua | chua | hath lagata | haath lagata | hath lagaya | haath lagaya | hath lagate | touch karta | touch kiya | touch karte",
        `${ME} | غلط جگہ | جسم | کپڑوں | galat jagah | ghalat jagah | jism | kapron | kapdon | private`,
      ],
      5,
    ),
    term(
      "sexual-abuse",
      "urgent",
      "زیادتی | ریپ | جنسی | گندی حرکت | گندی حرکتیں | ننگی | ننگا | ننگے | فحش | زبردستی کی",
      "ziyadti | zyadti | zyadati | rape | jinsi | gandi harkat | gandi harkatein | nangi | nanga",
      "ganda kaam | gande kaam | ganda kam | گندا کام | گندے کام",
      "nange | fahash | sex | porn* | kisi ko mat batana | kisi ko na batana | کسی کو مت بتانا | کسی کو نہ بتانا",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["راز | raaz | raz | secret", "ہمارا | کسی | بتانا | hamara | kisi | batana | game | کھیل"],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "تصویر | تصویریں | تصاویر | ویڈیو | tasveer | tasveerein | tasweer | photo | photos | pic | pics | video",
        "ننگی | گندی | کپڑوں کے بغیر | nangi | gandi | kapron ke baghair | kapdon ke bina | bina kapron",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        PERSON,
        "آتا | آتے | آ جاتا | گھس | aata | ata | aate | aa jata | ghus | ghusta",
        "بستر | باتھ روم | غسل خانے | bistar | bistar | bathroom | bed",
      ],
      8,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "بڑی عمر | بڑا | بڑی عمر کا | bari umar | bari umer | bara | bada | older",
        "بوائے فرینڈ | دوست | آدمی | boyfriend | dost | admi | aadmi",
      ],
      4,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "دیتا | دیتے | دیا | deta | dete | diya",
        "پیسے | تحفے | سگریٹ | شراب | paise | pese | tohfe | gifts | cigarette | vape | sharab",
      ],
      4,
    ),

    // خود کو نقصان، خودکشی: self-harm and suicide.
    term(
      "self-harm",
      "urgent",
      "خودکشی | خود کشی | khudkushi | khud kushi | khudkhushi | suicide | kms",
      "zinda nahi rehna | zinda nahin rehna | زندہ نہیں رہنا",
      "مرنا چاہتا | مرنا چاہتی | مر جانا چاہتا | مر جانا چاہتی | مر جاؤں | مر جاوں | marna chahta | marna chahti",
      "mar jana chahta | mar jana chahti | mar jaun | mar jaon | mar jaoon | mar jau",
      "جینا نہیں چاہتا | جینا نہیں چاہتی | jeena nahi chahta | jeena nahi chahti | jina nahi chahta | jina nahi chahti",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "میرے بغیر | میرے بنا | mere baghair | mere bagair | mere bina | mere baghir",
        "بہتر | خوش | behtar | behter | better | khush",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "کاٹتا | کاٹتی | کاٹا | کاٹے | کاٹ | kaatta | kaatti | katta | katti | kata | kaata | kaat | kat | cut | zakhmi | jala",
        "خود | خود کو | ہاتھ | کلائی | بازو | khud | khud ko | hath | haath | kalai | bazu | bazoo | arms | myself",
      ],
      3,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "گولیاں | گولی | دوائی | دوائیاں | goliyan | goliyaan | goli | dawai | dawaiyan | pills | tablets",
        "ساری | بہت | کھا لیں | کھا لی | کھا لوں | sari | saari | bohat | bahut | kha li | kha lin | kha lun | kha lon",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "چھلانگ | chalang | chhalang | kud | kood",
        "پل | چھت | ٹرین | کھڑکی | pul | chhat | chat | train | khirki | khidki",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "زندگی | زندہ | zindagi | zindgi | zinda",
        "فائدہ نہیں | مقصد نہیں | faida nahi | fayda nahi | maqsad nahi | bekaar | bekar",
      ],
      5,
    ),
    term(
      "self-harm",
      "concern",
      "خود سے نفرت | khud se nafrat | apne aap se nafrat | اپنے آپ سے نفرت | depression | mayoos | مایوس | ناامید | naumeed",
    ),

    // غفلت: neglect.
    rule(
      "neglect",
      "urgent",
      [
        "کھانا | کھانے | khana | khaana | khane",
        "نہیں دیتے | نہیں دیتی | نہیں دیتا | nahi dete | nahi deti | nahi deta | nahin dete",
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "بھوکا | بھوکی | بھوکے | bhooka | bhuka | bhooki | bhuki | bhooke | bhuke",
        "ہمیشہ | روز | سارا دن | اسکول | کچھ نہیں | hamesha | roz | sara din | school | kuch nahi",
      ],
      6,
    ),
    rule(
      "neglect",
      "concern",
      [
        "کھانا | khana | khaana | کھانے کو | khane ko",
        "نہیں ملتا | نہیں ہوتا | نہیں ہے | nahi milta | nahi hota | nahi hai | nahin milta | nahin hota",
      ],
      4,
    ),
    rule(
      "neglect",
      "urgent",
      [
        "بند | band | lock",
        `${ME} | کمرے | کمرہ | باتھ روم | باہر | kamre | kamra | bathroom | bahar`,
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "اکیلا | اکیلی | اکیلے | akela | akeli | akele | alone",
        "چھوڑ | چھوڑتے | چھوڑ دیتے | رات | دن | ہفتے | chhor | chor | chhod | chod | raat | din | hafte | weekend",
      ],
      5,
    ),
    rule("neglect", "concern", [
      PERSON,
      "نشہ | نشے | شراب | ڈرگز | nasha | nashe | sharab | sharaab | drugs | drunk | talli",
    ]),

    // گھریلو تشدد: domestic abuse.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "ابو | پاپا | سوتیلا باپ | شوہر | وہ | abbu | abu | papa | sotela | woh | wo | stepdad",
        "امی | اماں | ماں | ammi | ami | amma | maa",
        HIT,
      ],
      6,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | گھر میں | ghar mein | ghar me`,
      "لڑائی | لڑتے | چیختے | چیخنا | جھگڑا | جھگڑے | larai | laraai | larte | cheekhte | chekhte | jhagra | jhagre | jhagda",
    ]),
    rule(
      "domestic-abuse",
      "concern",
      ["پولیس | police", "آئی | آئے | بلایا | بلائی | aayi | ayi | aaye | aye | bulaya | bulai"],
      4,
    ),

    // مجرمانہ استحصال: criminal exploitation.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "بیچنا | بیچتا | بیچتی | بیچو | بکواتے | لے جانا | پہنچانا | چھپانا | رکھنا | bechna | bechta | bechti | becho | bechwa* | bikwa* | le jana | pohanchana | pahunchana | chupana | chhupana | rakhna | deliver",
        DRUGS,
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "مجبور | زبردستی | کہتے | majboor | majbur | zabardasti | kehte | kahte",
        "بیچنا | چوری | لے جانا | bechna | chori | le jana | deliver",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "قرض | ادھار | qarz | karz | udhar | udhaar",
        "چکانا | کام | ان کا | chukana | kaam | un ka | unka | paise",
      ],
      5,
    ),
    term(
      "criminal-exploitation",
      "concern",
      "گینگ | gang | منشیات | manshiyat | drug dealer | ڈیلر",
    ),

    // زبردستی کی شادی: forced marriage.
    rule(
      "forced-marriage",
      "urgent",
      [
        "شادی | نکاح | رشتہ | منگنی | shadi | shaadi | nikah | nikkah | rishta | mangni",
        "زبردستی | مرضی کے بغیر | مرضی | کزن | پاکستان | بڑی عمر | نہیں کرنی | نہیں کرنا | zabardasti | zabardasti | marzi | cousin | kazan | pakistan | bari umar | nahi karni | nahi karna | majboor",
      ],
      8,
    ),

    // گمشدگی، بے گھری: running away, missing, homeless.
    term(
      "missing",
      "concern",
      "بھاگ جاؤں | بھاگ جاؤں گا | بھاگ جاؤں گی | گھر سے بھاگ | bhaag jaunga | bhag jaunga | bhaag jaungi | bhag jaungi | ghar se bhag | ghar se bhaag",
    ),
    rule(
      "missing",
      "urgent",
      ["بھاگ | bhaag | bhag", "آج | آج رات | ابھی | کل | aaj | aj | aaj raat | abhi | kal"],
      5,
    ),
    term(
      "missing",
      "urgent",
      "سونے کی جگہ نہیں | رہنے کی جگہ نہیں | گھر سے نکال | sone ki jagah nahi | rehne ki jagah nahi | ghar se nikal",
      "ghar se nikaal | beghar | بے گھر",
    ),
    rule(
      "missing",
      "urgent",
      [
        "سویا | سوئی | سوتا | سوتی | soya | soyi | soi | sota | soti",
        "سڑک | اسٹیشن | پارک | باہر | sarak | sadak | station | park | bahar",
      ],
      4,
    ),

    // خوف: fear.
    rule("fear", "concern", [SCARED, `${PERSON} | ان سے | اس سے | un se | us se | raat`], 5),
    rule("fear", "urgent", [SCARED, HOME], 5),

    // دھونس: bullying.
    term(
      "bullying",
      "concern",
      "تنگ کرتے | تنگ کرتی | مذاق اڑاتے | مذاق اڑاتی | نام رکھتے | کوئی دوست نہیں | tang karte | tang karti",
      "mazaq urate | mazak udate | mazaq udate | naam rakhte | koi dost nahi | koi dost nahin | bully | bullying",
      "نسل پرست | nasal parast | racist | سب مجھ سے نفرت | sab mujh se nafrat",
    ),

    // اداسی: wellbeing.
    rule(
      "wellbeing",
      "concern",
      [
        "یاد آتی | یاد آتا | یاد آتے | ملنے نہیں دیتے | yaad aati | yad aati | yaad aata | yaad aate | milne nahi dete | miss karta | miss karti",
        `${PERSON} | گھر | گھر والے | ghar | ghar wale | family`,
      ],
      5,
    ),
    rule(
      "wellbeing",
      "concern",
      [
        "روتا ہوں | روتی ہوں | روتا رہتا | روتی رہتی | rota hun | roti hun | rota hoon | roti hoon | rota rehta | roti rehti",
        "ہر رات | روز | ہمیشہ | har raat | roz | hamesha | sari raat",
      ],
      5,
    ),
    term(
      "wellbeing",
      "concern",
      "تنہا | تنہائی | اکیلا محسوس | اکیلی محسوس | tanha | tanhai | akela mehsoos | akeli mehsoos | koi nahi sunta | کوئی نہیں سنتا",
    ),
  ],
  idioms: [
    {
      all: [
        HIT,
        "گیند | چھکا | چوکا | شاٹ | کرکٹ | gend | genda | chakka | chauka | shot | goal | cricket",
      ],
      within: 6,
      ordered: false,
    },
    {
      all: [
        "مر رہا | مر رہی | mar raha | mar rahi | mara ja raha | mari ja rahi",
        "ملنے | دیکھنے | milne | dekhne | hans | ہنس",
      ],
      within: 5,
      ordered: false,
    },
    {
      all: ["ہنس ہنس | hans hans | hans", "مر گیا | مر گئی | mar gaya | mar gayi | mar gai"],
      within: 4,
    },
    {
      all: [
        "چاقو | چھری | chaqu | chaku | churi | chhuri",
        "سبزی | پیاز | روٹی | پھل | sabzi | pyaz | roti | phal | fruit | kaat | کاٹ",
      ],
      within: 5,
      ordered: false,
    },
    {
      all: [
        SCARED,
        "مکڑی | مکڑیوں | اندھیرے | کتے | کتوں | امتحان | makri | makriyon | andhere | kutte | kutton | imtihan | exam",
      ],
      within: 5,
      ordered: false,
    },
    { all: ["مار | mar | maar", "دیا | diya", "میچ | game | match"], within: 5, ordered: false },
  ],
  expansions: {
    nai: "nahi",
    nhi: "nahi",
    nh: "nahi",
    ni: "nahi",
    mjhy: "mujhe",
    mujhy: "mujhe",
    mujy: "mujhe",
    mujhko: "mujhe",
    hy: "hai",
    hn: "hain",
    ky: "ke",
    khudkashi: "khudkushi",
  },
  fuzzyTail: 3,
};
