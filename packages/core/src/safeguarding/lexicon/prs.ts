/**
 * Dari disclosure lexicon (survey code "prs"), in Persian script as children in Afghanistan and
 * Iran write it on phones, colloquial Kabuli forms first ("مره میزنه", "لت و کوب"), and in
 * Finglish (Persian in Latin letters: "mara mezana", "metarsom"). Written by an engineer, not a
 * native speaker: see `reviewedByNativeSpeaker`. Words are folded as for Arabic (ی → ي, ک گ → ك,
 * پ → ب, چ → ج, the zero-width non-joiner of "می‌زنه" dropped), and the verb prefixes "می", "نمی",
 * "ب" and "ن" are tried off as well as on ("میزنه" → "زنه").
 *
 * "زدن" (to hit) also makes everyday verbs ("زنگ زد" phoned, "گول زد" scored, "حرف زد" talked,
 * "قدم زد" walked), so hitting alerts only near a person, "me" or a body word, and those are
 * idioms. Severity as in `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "پدر | پدرم | بابا | بابام | بابایم | پدراندر | پدر اندر | اندرپدر | مادر | مادرم | مادراندر",
  "مادر اندر | ننه | ننه ام | کاکا | کاکایم | ماما | مامایم | برادر | برادرم | بیادر | بیادرم",
  "شوهر | شوهرم | شوی | شویم | بوبو | آغا | آغایم | کاکام | او | اونها | آنها | مرد | یک مرد",
  "معلم | ملا | همسایه | خانواده | فامیل",
  "padar | padaram | baba | babam | padar andar | madar | madaram | kaka | mama | baradar",
  "biadar | shohar | shoy | u | oo | mard | moalim | mullah | hamsaya",
);
/** Hitting and hurting. */
const HIT = alt(
  "زنه | زند | زد | زدند | زدن | زده | زدہ | زنن | لت | لتم | کوب | لتوکوب | لت و کوب",
  "سیلی | چپات | چپلاق | لگد | شلاق | کمربند | *سوزان* | آزار | اذیت | شکنجه | *کبود*",
  "mezana | mezane | mizane | mizana | zad | zadan | zada | lat | latokob | lat o kob | latkob",
  "sili | chapat | lagad | shalaq | kamarband",
);
const ME = alt("مره | مرا | منه | من | مه | ما | mara | mera | mano | man | ma | mra");
const BODY = alt(
  "سرم | رویم | رویم | صورتم | بدنم | جانم | دستم | پشتم | ruyam | sarom | jonom | badanam",
);
const HOME = alt("خانه | خونه | خانه ما | خانه خود | خانه مه | khana | khona | khane");
const SCARED = alt(
  "ترسم | میترسم | ترس | ترسیدم | میترسیدم | وحشت | *ترسان* | متارسم | ترسوم",
  "metarsom | mitarsam | mitarsom | metarsam | tars | tarsidam | tarsom",
);
const NOT = alt(
  "نمیته | نمیدهد | نمیدن | نمیدند | نمیدهند | نمیده | نیست | نداریم | ندارم | نی | نه",
);

export const prs: Lexicon = {
  language: "prs",
  reviewedByNativeSpeaker: false,
  rules: [
    // خشونت فزیکی
    rule("physical-abuse", "urgent", [PERSON, HIT, `${ME} | ${BODY}`], 6),
    rule("physical-abuse", "urgent", [HIT, `${ME} | ${BODY}`], 3),
    term(
      "physical-abuse",
      "urgent",
      "لت و کوب | لتوکوب | لت و کوبم | لتم میکنه | لتم کرد | مره میزنه | مرا میزند | مرا زد | مره زد",
      "جانم کبود | بدنم کبود | کبودی | lat o kob | latokob | latam mekona | mara mezana | mara zad",
    ),

    // تهدید، سلاح، خطر
    term(
      "harm",
      "urgent",
      "میکشه | میکشد | بکشه | مره میکشه | مرا میکشد | کشتن | تهدید | تهدیدم | چاقو | کارد | تفنگچه",
      "تفنگ | سلاح | اسلحه | خطر | در خطر | امن نیستم | امن نیست | مصئون نیستم | مصون نیستم | نا امن",
      "mekosha | mekoshe | mara mekosha | bokosha | tahdid | chaqu | tofang | khatar | aman nistom",
      "aman nestam | masoon nistom",
    ),
    rule(
      "harm",
      "urgent",
      [
        HOME,
        "برم | بروم | نمیرم | نمیروم | نمیخواهم | نمیخایم | namerom | nemikham | namekhayom",
        "نه | نمی | نمی خواهم | نمیخواهم | نمیخایم | نمیرم | نمیروم | na | namerom | nemikham | namekhayom",
      ],
      5,
    ),
    rule("harm", "urgent", [SCARED, HOME], 5),
    term("harm", "concern", "کمک کنید | کمکم کنید | مرا کمک | komak konin | komakam konin"),

    // سوء استفاده جنسی
    term(
      "sexual-abuse",
      "urgent",
      "تجاوز | آزار جنسی | جنسی | لچ | برهنه | عکس لچ | جای خصوصی | جاهای خصوصی | بچه بازی | بچه باز",
      "به کسی نگو | به هیچ کس نگو | به هیچکس نگو | سکس",
      "tajawoz | jensi | jinsi | luch | barahna | bacha bazi | bachabazi | ba kasi nago | ba hichkas nago",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "دست | دستشه | dast",
        "میزنه | میزند | زد | میماله | mezana | zad",
        `${ME} | ${BODY} | بدنم | زیر | لباسم | جانم | جای | بدن`,
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "عکس | عکسم | فیلم | ویدیو | aks | film",
        "لچ | برهنه | بدون لباس | luch | barahna | میخواهد | میخایه",
      ],
      5,
    ),
    rule("sexual-abuse", "urgent", ["راز | رازه | raz", "نگو | نگی | nago | nagi"], 4),

    rule(
      "sexual-abuse",
      "urgent",
      ["مجبور | زور | majbur | zor", "لباسمه | لباسم | لباس | لچ | lebasma | libas | luch"],
      5,
    ),

    // آسیب به خود و خودکشی
    term(
      "self-harm",
      "urgent",
      "خودکشی | خودکشي | خود را بکشم | خوده بکشم | خودمه بکشم | خود را میکشم | بمیرم | میخواهم بمیرم",
      "میخایم بمیرم | زندگی نمیخواهم | نمیخواهم زنده باشم | خودم را زخمی | خوده زخمی | دستمه بریدم",
      "دستم را بریدم | رگم را | رگ دستم",
      "khodkoshi | khudkushi | khoda bokosham | bomirom | bemiram | mekhayom bomirom",
      "zindagi namekhayom | zendagi nemikham",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "تابلیت | تابلت | گولی | قرص | دوا | tablet | goli | qors",
        "زیاد | همه | خوردم | بخورم | ziad | ziyad | khordom",
      ],
      5,
    ),
    rule(
      "self-harm",
      "concern",
      ["بد | نفرت | متنفر | bad | nafrat", "خودم | از خودم | khodom | khudam"],
      3,
    ),
    term(
      "self-harm",
      "concern",
      "هیچ کس مرا دوست ندارد | هیچکس مره دوست نداره | امید ندارم | ناامید | na omid | naumid",
    ),

    rule(
      "self-harm",
      "urgent",
      [
        "نمیخواهم | نمیخایم | namekhayom | nemikham | namekhaham | nemikhayam",
        "زنده | زندگی | zinda | zenda | zindagi | zendagi",
      ],
      4,
    ),

    // بی توجهی
    rule("neglect", "urgent", ["نان | غذا | خوراک | nan | ghaza | ghiza | khorak", NOT], 4),
    term(
      "neglect",
      "concern",
      "گشنه | گشنه ام | گرسنه | گرسنه ام | گشنگی | gushna | goshna | gorosna",
    ),
    rule(
      "neglect",
      "urgent",
      ["قفل | بند | qofl | band", "اتاق | اطاق | کوته | کوتی | مره | مرا | otaq | kota | mara"],
      4,
    ),
    rule(
      "neglect",
      "concern",
      ["تنها | tanha", "شب | شبها | روزها | خانه | shab | khana | rozha"],
      5,
    ),
    rule("neglect", "concern", [
      PERSON,
      "نشه | نشئه | شراب | چرس | تریاک | nasha | sharab | charas | taryak",
    ]),

    rule(
      "neglect",
      "concern",
      ["نخوردیم | نخوردم | nakhordim | nakhordom", "روز | روزه | چیزی | هیچ | roz | chizi | hich"],
      4,
    ),

    // خشونت خانوادگی
    rule(
      "domestic-abuse",
      "urgent",
      [
        HIT,
        "مادرمه | مادرم را | مادرمرا | مادر | خواهرم | خواهرمه | madaram | madarama | khaharam",
      ],
      4,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | خانه | هر روز`,
      "چیغ | چیغ میزنه | جنگ | دعوا | جنجال | فحش | دشنام | میشکنه | chigh | jang | dawa | janjal | fahsh",
    ]),
    rule(
      "domestic-abuse",
      "concern",
      ["پولیس | پلیس | police | polis", "آمد | آمدن | خانه | amad | khana"],
      5,
    ),

    // بهره کشی جنایی
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "بفروشم | میفروشم | فروش | فروختم | ببرم | میبرم | پت کنم | قاچاق | befrosham | mefrosham | frosh | mebaram | mebarom | bebaram",
        "مواد | چرس | تریاک | هیروئین | شیشه | کوکائین | بسته | mawad | charas | taryak | heroin | shisha | basta",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "مجبور | مجبورم | زور | majbur | zor",
        "بفروشم | دزدی | ببرم | کار | befrosham | dozdi | kar",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      ["قرض | قرضدار | qarz | qarzdar", "پول | پیسه | بدم | تهدید | pul | paisa"],
      5,
    ),

    // ازدواج اجباری
    rule(
      "forced-marriage",
      "urgent",
      [
        "عروسی | ازدواج | نامزد | شوی | شوهر | نکاح | arusi | ezdewaj | namzad | nikah | shoy",
        "زور | به زور | اجباری | مجبور | نمیخواهم | نمیخایم | بچه کاکا | بچه ماما | پیر | افغانستان | ba zor | majbur | ejbari",
      ],
      7,
    ),

    // فرار، گم شدن، بی جایی
    term(
      "missing",
      "urgent",
      "فرار | فرار کنم | فرار میکنم | فرار کردم | از خانه فرار | از خانه کشیدم | مره از خانه کشید | بیرون کردن",
      "بیرونم کردن | بیرونم کرد | مره بیرون کرد | birunam kadan | biroonam kardan",
      "در سرک خواب | سرک خوابیدم | جای خواب ندارم | جای ندارم | farar | farar mekonom | sarak khobidom",
    ),

    // ترس
    rule("fear", "concern", [SCARED, `${PERSON} | ازش | از او | شب | azash | az u`], 5),

    // آزار و اذیت
    term(
      "bullying",
      "concern",
      "مسخره | مسخره ام | مسخره میکنن | اذیتم میکنن | اذیت میکنن | تحقیر | قلدری | کسی با من بازی نمیکنه",
      "رفیق ندارم | maskhara | azyat | aziyat | qoldori | rafiq nadaram",
    ),

    // غم
    term(
      "wellbeing",
      "concern",
      "گریه میکنم | هر شب گریه | دلم تنگ | دلتنگ | تنها هستم | تنهایم | غمگین | خفه هستم | خپه",
      "girya | gerya | delam tang | dilam tang | tanhayom | ghamgin | khapa",
    ),
  ],
  idioms: [
    {
      all: [
        "زنگ | گول | گل | توپ | حرف | قدم | سر | شانه | برس | zang | gol | top | harf | qadam",
        "زد | زدم | زده | زنه | زند | زدیم | zad | zadam | mezana | mezane",
      ],
      within: 2,
      ordered: true,
    },
    {
      all: ["مردم | مردیم | مرد | mordom", "خنده | از خنده | khanda"],
      within: 3,
      ordered: false,
    },
    {
      all: [SCARED, "سگ | سگها | تاریکی | امتحان | مار | sag | tariki | imtihan | emtehan"],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {},
  clitics: ["نمی", "می", "ب", "ن"],
  fuzzyTail: 3,
};
