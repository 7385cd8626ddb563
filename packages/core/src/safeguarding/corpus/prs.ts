/**
 * Dari sentences, in Persian script and in Finglish, written for Chorus by an engineer, not a
 * native speaker: the way a child might type them on a phone. None is a real child's and none is
 * copied. Recall measured on them is an upper bound until a council's reviewer adds sentences.
 */
import { sentences } from "./entry.js";

const { yes, no } = sentences("prs");

export const prs = [
  yes("physical-abuse", "پدر اندرم هر شب مره میزنه"),
  yes("physical-abuse", "padaram mara ba kamarband zad"),
  yes("physical-abuse", "کاکایم مرا لت و کوب کرد"),
  yes("physical-abuse", "بابام به رویم سیلی زد"),
  yes("sexual-abuse", "یک مرد به جانم دست میزنه و میگه به کسی نگو"),
  yes("sexual-abuse", "online az man aks luch mekhaya"),
  yes("sexual-abuse", "ملا با من بچه بازی میکرد"),
  yes("self-harm", "میخواهم بمیرم دیگه"),
  yes("self-harm", "mekhayom khoda bokosham"),
  yes("self-harm", "دیشب قرص زیاد خوردم"),
  yes("self-harm", "دستمه بریدم باز"),
  yes("neglect", "در خانه نان نمیتن و همیشه گشنه هستم"),
  yes("neglect", "مره در اتاق قفل میکنه"),
  yes("domestic-abuse", "padaram madarama mezana"),
  yes("domestic-abuse", "هر روز در خانه جنگ است و پولیس آمد"),
  yes("criminal-exploitation", "بچه های کلان مرا مجبور میکنن که چرس بفروشم"),
  yes("criminal-exploitation", "man basta mawad mebaram baraye unha"),
  yes("forced-marriage", "فامیلم میخواهد به زور مره عروسی کنه"),
  yes("forced-marriage", "namzad kardan ba bacha kaka ba zor"),
  yes("missing", "امشب از خانه فرار میکنم"),
  yes("missing", "مره از خانه کشید و در سرک خوابیدم"),
  yes("harm", "گفت مره میکشه"),
  yes("harm", "inja aman nistom"),
  yes("harm", "از رفتن به خانه میترسم"),
  yes("fear", "از پدر اندرم خیلی میترسم"),
  yes("bullying", "در مکتب مسخره ام میکنن"),
  yes("wellbeing", "هر شب گریه میکنم دلم برای مادرم تنگ شده"),
  no("برادرم زنگ زد"),
  no("دیروز در بازی گول زدم"),
  no("az khanda mordom"),
  no("از سگ میترسم"),
  no("metarsom az imtihan"),
  no("مادرم غذای خوب پخت"),
  no("padaram har roz ba kar mera"),
  no("بابایم با من حرف زد"),
  no("kaka jan baraye ma shirini awurd"),
  no("در مکتب رفیق های خوب دارم"),
  no("برادرم توپ را زد"),
  no("mama jan ba man film didim"),
  no("من خانه نو ما را دوست دارم"),
  no("امروز نان خوردم و خوب بود"),
  no("شب ها کتاب میخوانم"),
  no("پدرم مرا به پارک برد"),
  // Written after the tuning above, and measured before the lexicon was changed for them.
  yes("self-harm", "man namekhayom zinda basham"),
  yes("neglect", "سه روز است چیزی نخوردیم"),
  yes("missing", "از خانه بیرونم کردن"),
  yes("physical-abuse", "مادر اندرم مره با چوب میزنه"),
  yes("sexual-abuse", "او مرا مجبور میکنه لباسمه بکشم"),
  yes("physical-abuse", "بچه ها در مکتب هر روز مره لت میکنن"),
  no("پدرم برایم توپ نو خرید"),
  no("دیروز با برادرم فوتبال بازی کردیم"),
  no("madaram ghaza pokht"),
];
