/**
 * Kurdish (Sorani) sentences, in Sorani's Arabic script and in Latin letters, written for Chorus
 * by an engineer, not a native speaker: the way a child might type them on a phone. None is a
 * real child's and none is copied. Recall measured on them is an upper bound until a council's
 * reviewer adds sentences.
 */
import { sentences } from "./entry.js";

const { yes, no } = sentences("ckb");

export const ckb = [
  yes("physical-abuse", "باوکم لێم دەدات کاتێک تووڕە دەبێت"),
  yes("physical-abuse", "zrbawkm be qaysh lem dedat"),
  yes("physical-abuse", "مامم زللەیەکی لێدام"),
  yes("physical-abuse", "bra gewrekem hemu roj lem dedat"),
  yes("sexual-abuse", "ئەو پیاوە دەستم لێدەدات و دەڵێت بە کەس مەڵێ"),
  yes("sexual-abuse", "pyawek le internet wenei rut dawa dakat"),
  yes("sexual-abuse", "مامم بە شەو دێتە ناو جێگاکەم"),
  yes("self-harm", "دەمەوێت بمرم"),
  yes("self-harm", "xom debrm kate xemnak dbm"),
  yes("self-harm", "دوێنێ زۆر حەبم خوارد"),
  yes("self-harm", "namewet bzhim ew zhiane"),
  yes("neglect", "لە ماڵەوە نان نادەن بە من"),
  yes("neglect", "le zhurekem dadexen hemu roj"),
  yes("neglect", "من هەمیشە برسیمە"),
  yes("domestic-abuse", "باوکم لە دایکم دەدات"),
  yes("domestic-abuse", "bawkm lem dedat u daykim da u police hat"),
  yes("criminal-exploitation", "کوڕە گەورەکان ناچارم دەکەن ماددەی هۆشبەر بفرۆشم"),
  yes("criminal-exploitation", "qerzm heye u dalen pare bhena yan kar bke"),
  yes("forced-marriage", "خێزانەکەم دەیانەوێت بە زۆر شووم پێبکەن"),
  yes("forced-marriage", "dayanawe be zor shu be amozakem bkem"),
  yes("missing", "ئەمشەو لە ماڵ ڕادەکەم"),
  yes("missing", "bawkm deryankrdm u shwenm niye bxewm"),
  yes("harm", "گوتی دەمکوژێت ئەگەر بە کەسی بڵێم"),
  yes("harm", "من لێرە ئەمن نیم"),
  yes("harm", "namewet bchmewe malewe"),
  yes("fear", "زۆر لە زڕباوکم دەترسم"),
  yes("bullying", "لە قوتابخانە گاڵتەم پێدەکەن"),
  yes("wellbeing", "زۆر بیری دایکم دەکەم و هەموو شەوێک دەگریم"),
  no("برام شەقی لە تۆپەکە دا"),
  no("لە پێکەنیندا مردم"),
  no("le seg detrsm"),
  no("دایکم نانێکی خۆشی دروست کرد"),
  no("من خێزانەکەم خۆشدەوێت"),
  no("قوتابخانەکەم باشە و هاوڕێم زۆرن"),
  no("bawkm bo park brdmi"),
  no("mamm diyariyeki bo krim"),
  no("le taqikrdnewe detrsm"),
  no("ئەمڕۆ یاری تۆپی پێم کرد"),
  no("xushkm ktebek dexwenetewe"),
  no("دوێنێ لەگەڵ دایکم چووینە بازاڕ"),
  no("dapirm chirokm bo degerretewe"),
  no("bra bchukekem zor xoshewista"),
  no("min hemu roj dechme qutabxane"),
  // Written after the tuning above, and measured before the lexicon was changed for them.
  yes("physical-abuse", "زڕباوکم بە دار لێم دەدات"),
  yes("self-harm", "namewet le em dunyaye bm"),
  yes("sexual-abuse", "kurrek le snapchat wenem be bê jl dawa dakat"),
  yes("neglect", "sê rozhe hich nanman nexwardwe"),
  yes("criminal-exploitation", "daylen dabe pareke bgerrenmewe yan detkujin"),
  yes("harm", "mndalekani pol dalen le dway qutabxane lêt deden"),
  no("dayikm dmkujet eger bzanêt nmrekanm xrapn"),
  no("bram be top lêy dam be hele"),
  no("bawkm majek krdm shew bash"),
];
