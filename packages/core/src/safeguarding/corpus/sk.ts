/**
 * Slovak sentences written for Chorus by an engineer, not a native speaker: the way a child might
 * type them on a phone (mostly without diacritics, unpunctuated). None is a real child's and none
 * is copied. Recall measured on them is an upper bound until a council's reviewer adds sentences.
 */
import { sentences } from "./entry.js";

const { yes, no } = sentences("sk");

export const sk = [
  yes("physical-abuse", "otcim ma bije ked je opity"),
  yes("physical-abuse", "mama mi dala facku a tahala ma za vlasy"),
  yes("physical-abuse", "mam modriny na rukach od tatka"),
  yes("physical-abuse", "vychovavatel ma sotil o stenu"),
  yes("sexual-abuse", "ujo sa ma dotyka tam kde nechcem a hovori ze je to nase tajomstvo"),
  yes("sexual-abuse", "jeden chlap na snapchate chce moje nahe fotky"),
  yes("sexual-abuse", "mamin frajer chodi v noci ku mne do postele"),
  yes("self-harm", "chcem umriet"),
  yes("self-harm", "zase som sa porezala na ruke"),
  yes("self-harm", "uz nechcem zit vsetci by boli radsej bezo mna"),
  yes("self-harm", "vcera som zjedla vela tabletiek a nikomu som to nepovedala"),
  yes("neglect", "doma nemame co jest a som stale hladny"),
  yes("neglect", "mama ma zamyka v izbe cely den"),
  yes("neglect", "nechavaju ma samu doma cez vikend s malym bratom"),
  yes("domestic-abuse", "tato bije mamu a ja sa schovavam"),
  yes("domestic-abuse", "doma stale kricia a policia prisla vcera"),
  yes("criminal-exploitation", "starsi chalani ma nutia predavat travu"),
  yes("criminal-exploitation", "musim nosit balicky s drogami inak mi ublizia"),
  yes("forced-marriage", "rodicia ma chcu vydat za bratranca a ja nechcem"),
  yes("missing", "dnes v noci utecem z domu"),
  yes("missing", "otec ma vyhodil a spim na ulici"),
  yes("harm", "povedal ze ma zabije ked to niekomu poviem"),
  yes("harm", "doma sa necitim v bezpeci"),
  yes("harm", "nechcem ist domov"),
  yes("fear", "bojim sa otcima"),
  yes("bullying", "v skole ma sikanuju a nadavaju mi"),
  yes("wellbeing", "strasne mi chyba mama a placem kazdu noc"),
  no("tato kope loptu s bratom na dvore"),
  no("umieram od smiechu ked to vidim"),
  no("srdce mi bije ked mam pisomku"),
  no("bojim sa pavukov"),
  no("nas pes utiekol ale uz sa vratil"),
  no("mama mi dala peniaze na obed"),
  no("som hladny ako vlk idem domov na obed"),
  no("brat hra futbal a vcera dal gol"),
  no("babka mi upiekla kolac"),
  no("mam rad svoju rodinu"),
  no("v skole je to fajn mam vela kamaratov"),
  no("ocko ma vzal na ryby"),
  no("hodiny bili polnoc a isli sme spat"),
  no("teta mi kupila nove topanky"),
  no("vcera sme boli s mamou v kine"),
  no("utiekol mi autobus tak som prisiel neskoro"),
  no("pomahal som otcovi v zahrade kopat jamu"),
  // Written after the tuning above, and measured before the lexicon was changed for them.
  yes("physical-abuse", "ocino ma mlati remenom ked nieco pokazim"),
  yes("self-harm", "nechcem uz byt na tomto svete"),
  yes(
    "sexual-abuse",
    "mamin kamos mi posiela spravy a chce aby som mu poslala fotky v spodnom pradle",
  ),
  yes("neglect", "tri dni sme nemali nic na jedenie"),
  yes("criminal-exploitation", "dlzim im peniaze a povedali ze to musim odpracovat"),
  yes("harm", "kamarat ma chce zbit po skole"),
  no("mama ma zabije ked zisti ze som prepadol z matiky"),
  no("brat ma udrel loptou ale nechtiac"),
  no("tato mi dal pusu na dobru noc"),
];
