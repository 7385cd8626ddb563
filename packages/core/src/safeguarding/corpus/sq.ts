/**
 * Albanian sentences, with and without ë and ç, written for Chorus by an engineer, not a native
 * speaker: the way a child might type them on a phone. None is a real child's and none is copied.
 * Recall measured on them is an upper bound until a council's reviewer adds sentences.
 */
import { sentences } from "./entry.js";

const { yes, no } = sentences("sq");

export const sq = [
  yes("physical-abuse", "babai me rreh kur pi"),
  yes("physical-abuse", "Njerku më rrahu me rryp dje"),
  yes("physical-abuse", "mami me dha shuplaka ne fytyre"),
  yes("physical-abuse", "kam te nxira ne krahe nga xhaxhai"),
  yes("sexual-abuse", "ai me prek ne trup dhe thote mos i thuaj askujt"),
  yes("sexual-abuse", "nje burre online kerkon foto lakuriq"),
  yes("sexual-abuse", "kushuriri me preku naten ne shtrat"),
  yes("self-harm", "dua te vdes"),
  yes("self-harm", "du me dek nuk du me jetu"),
  yes("self-harm", "prap e preva veten sot"),
  yes("self-harm", "piva shume tableta dje"),
  yes("neglect", "nuk me japin buke ne shtepi dhe jam gjithmone e uritur"),
  yes("neglect", "me mbyllin ne dhome gjithe diten"),
  yes("domestic-abuse", "babai rreh mamin cdo nate"),
  yes("domestic-abuse", "ne shtepi bertasin e zihen cdo dite dhe erdhi policia"),
  yes("criminal-exploitation", "djemte e medhenj me detyrojne te shes droge"),
  yes("criminal-exploitation", "une coj pako me bar per ta"),
  yes("forced-marriage", "familja do te me martoje me zor me kushuririn"),
  yes("forced-marriage", "me fejuan dhe une s dua"),
  yes("missing", "sonte do iki nga shtepia"),
  yes("missing", "me nxoren jashte dhe fjeta ne rruge"),
  yes("harm", "tha qe do me vrase"),
  yes("harm", "nuk ndihem i sigurt ne shtepi"),
  yes("harm", "s'dua te kthehem ne shtepi"),
  yes("fear", "kam frike nga njerku"),
  yes("bullying", "ne shkolle me ngacmojne dhe me tallin"),
  yes("wellbeing", "qaj çdo natë më mungon mami"),
  no("zemra me rreh shpejt para provimit"),
  no("vellai goditi topin shume larte"),
  no("po vdes per pica"),
  no("vdiqa nga te qeshurit"),
  no("kam frike nga qente"),
  no("nuk jam i sigurt per pergjigjen"),
  no("mami ben buke shume te mire"),
  no("babai luan me mua futboll"),
  no("xhaxhai me dha nje dhurate"),
  no("filmi me preku shume"),
  no("une dua te shkoj ne shtepi te gjyshes"),
  no("sot shkova ne shkolle me shoke"),
  no("me mungon shkolla gjate pushimeve"),
  no("babai rrahu qilimin jashte"),
  no("dua te bej nje foto me qenin"),
  no("ne dhome kam shume libra"),
  // Written after the tuning above, and measured before the lexicon was changed for them.
  yes("sexual-abuse", "njerku hyn ne dhomen time naten"),
  yes("neglect", "nuk kemi asgje per te ngrene prej dy ditesh"),
  yes("physical-abuse", "babai me goditi me grusht ne bark"),
  yes("self-harm", "jam lodhur nga jeta dua te zhdukem"),
  yes("criminal-exploitation", "me kane thene qe me duhet te coj pakot ose me rrahin"),
  yes("harm", "kam frike te kthehem ne shtepi"),
  no("babai me mesoi te notoj"),
  no("goditi topin dhe beri gol"),
  no("mami me bleu nje telefon te ri"),
];
