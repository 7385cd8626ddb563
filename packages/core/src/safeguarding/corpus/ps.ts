/**
 * Pashto sentences, in Pashto script and in Latin letters, written for Chorus by an engineer, not
 * a native speaker: the way a child might type them on a phone. None is a real child's and none is
 * copied. Recall measured on them is an upper bound until a council's reviewer adds sentences.
 */
import { sentences } from "./entry.js";

const { yes, no } = sentences("ps");

export const ps = [
  yes("physical-abuse", "پلار مې ما وهي کله چې غوسه شي"),
  yes("physical-abuse", "plandar me ma wahi pa kamarband"),
  yes("physical-abuse", "kaka me parun wuwahalam"),
  yes("physical-abuse", "په مخ مې څپېړې وهي"),
  yes("sexual-abuse", "هغه سړی ما ته لاس راوړي او وايي چاته مه وايه"),
  yes("sexual-abuse", "yo saray online luts aksuna ghwari"),
  yes("sexual-abuse", "ustaz me bad kar raseray kawi aw wai cha ta ma waya"),
  yes("self-harm", "غواړم مړ شم"),
  yes("self-harm", "za ghwaram mar sham hicha ta arzakht na laram"),
  yes("self-harm", "پرون مې ډېرې ګولۍ وخوړې"),
  yes("self-harm", "dzan wazhna ghwaram"),
  yes("neglect", "په کور کې ډوډۍ نه راکوي او تل وږی يم"),
  yes("neglect", "ma pa kota ke band kram tol shpa"),
  yes("domestic-abuse", "پلار مې مور مې وهي"),
  yes("domestic-abuse", "kor ke har wradz chighe aw jagra de police raghlal"),
  yes("criminal-exploitation", "لوی هلکان ما مجبوروي چې چرس وپلورم"),
  yes("criminal-exploitation", "za charas pakat yosam da halakano lapara"),
  yes("forced-marriage", "کورنۍ مې غواړي په زور مې واده کړي"),
  yes("forced-marriage", "wada pa zor kawi da tra zoi sara"),
  yes("missing", "نن شپه له کوره تښتم"),
  yes("missing", "plar wusharlam aw sarak ke wida shwam"),
  yes("harm", "ویلي یې دي چې ما به ووژني"),
  yes("harm", "kor ta na dzam darezham"),
  yes("harm", "za dalta khwandi na yam"),
  yes("fear", "له پلندر څخه ډېر ډارېږم"),
  yes("bullying", "په ښوونځي کې ما ځوروي او ملنډې راپورې وهي"),
  yes("wellbeing", "هره شپه ژاړم مور مې يادېږي"),
  no("پلار مې ماته زنګ وهلی و"),
  no("wror me top wahi der kha"),
  no("له خندا مړ شوم"),
  no("mor me kha dodai pakhawi"),
  no("له سپيو ډارېږم"),
  no("darezham da imtihan na"),
  no("nan ma lambo wahali"),
  no("kaka me raghlo aw zan sara ye dodai rawrra"),
  no("زه له خپلې کورنۍ سره خوشاله يم"),
  no("ښوونځی مې ښه دی او ملګري لرم"),
  no("wror me ma sara futbal lobawi"),
  no("ما ته نوې جامې واخيستې"),
  no("ada me kha chai jorawi"),
  no("plar me kar ta zi har sahar"),
  no("پرون مو چکر وهلو پارک ته"),
  no("زما مور ډېره مهربانه ده"),
  // Written after the tuning above, and measured before the lexicon was changed for them.
  yes("harm", "zama plar ma ta wayi chi ta ba wazhnam"),
  yes("self-harm", "نه غواړم نور ژوندی اوسم"),
  yes("physical-abuse", "مېره مې په لرګي وهي"),
  yes("sexual-abuse", "hicha ta ma waya da zmoong raz de"),
  yes("neglect", "درې ورځې مې ډوډۍ نه ده خوړلې"),
  yes("forced-marriage", "زما کورنۍ غواړي ما د تره زوی ته واده کړي"),
  no("پلار مې ماته د لوبې توپ راوړ"),
  no("wror me pa futbal ke gol wuwaha"),
  no("nan me der kha dodai wakhwara"),
];
