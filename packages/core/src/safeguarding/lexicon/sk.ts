/**
 * Slovak disclosure lexicon, written the way children type on a phone: mostly without diacritics.
 * Words are folded before matching (á ä → a, č → c, ď → d, ľ ĺ → l, ň → n, ô ó → o, ŕ → r, š → s,
 * ť → t, ú → u, ý → y, ž → z), so "bije ma" and "bíje ma" are one spelling. Slovak bends every
 * word and glues "ne-" to its verbs ("nechcem", "nedajú"), so negated verbs are listed as words,
 * and stems are used only where they cannot catch an everyday word ("dlh…" would catch "dlho",
 * long; "hlad…" both "hladný", hungry, and "hladká", strokes). Written by an engineer, not a
 * native speaker: see `reviewedByNativeSpeaker`. Severity as in `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, hitting, rule, term } from "./rule.js";

/** People around a child who might harm them, in the cases children write. */
const PERSON = alt(
  "otec | otca | otcovi | otcom | oco | ocko | ocino | tato | tata | tatko | tatino | otcim*",
  "nevlastn* | mama | mamy | mame | mamu | mamou | mamin* | mamka | mamk* | matka | matky",
  "matke | matku | macoch* | rodic* | brat | brata | bratovi | bratom | bratia | sestra | sestry",
  "ujo | uja | ujom | stryk* | teta | tety | tetu | dedo | deda | dedko | babk* | bratran*",
  "frajer* | priatel* | pestun* | vychovavatel* | ucitel* | trener* | sused* | chlap | chlapi",
  "muz | on | ona | oni | niekto | rodina",
);
/** Hitting and hurting, by form where a stem would be too short to be safe. */
const HIT = alt(
  "bije | bil | bila | bili | biju | bijes | bitie | zbit | zbil | zbila | zbili | zbije | mlati*",
  "zmlati* | zmlatit | udrie | udrel | udrela | udreli | udiera | udieral* | udieraju | kope | kopal",
  "kopala | kopol | kopla | kopne | kopu | fack* | strca* | strcil* | sotil* | soti | dusi",
  "dusil* | skrti* | tyra* | ublizuj* | ublizil* | ublizila | plesk* | vyprask* | remenom",
  "opaskom | varechou",
);
const ME = alt("ma | mna | mi | mne | mnou | nas | nam");
const FOOD = alt(
  "jest | jedlo | jedla | jedlu | jedenie | najest | obed | obeda | ranajk* | veceru | vecera | chlieb",
);
const HOME = alt("domov | doma | ist domov | vratit | vratit sa | spat domov");
const DRUGS = alt(
  "drog* | travu | travy | kokain* | koks | pervitin* | heroin* | marihuan* | hasis | fet",
  "balicky | balicek | tovar",
);
const SCARED = alt("bojim | boji | boja | bala som | bal som | strach* | desi | vydesen*");

export const sk: Lexicon = {
  language: "sk",
  reviewedByNativeSpeaker: false,
  rules: [
    // Fyzické násilie: niekto blízky a úder, alebo úder dieťaťa.
    ...hitting(
      PERSON,
      HIT,
      ME,
      "modrin* | monokel | tyranie | bitie | vyprask* | dostal som bitku | dostala som bitku",
    ),

    // Hrozby, zbrane, nebezpečenstvo.
    rule(
      "harm",
      "urgent",
      [
        "zabit | zabije | zabijem | zabiju | zabil | zabila | zbit | zmlatit | zavrazd* | dobodne | dobodol | podreze | zastreli*",
        `${ME} | ta | teba | ${PERSON}`,
      ],
      4,
    ),
    rule("harm", "urgent", [
      "vyhraz* | vyhrazal* | hrozil | hrozila | hrozia | hrozi mi",
      `${ME} | ${PERSON} | ze`,
    ]),
    rule(
      "harm",
      "urgent",
      [
        "noz | noza | nozom | nozik* | zbran | zbrane | zbranou | pistol* | macet*",
        `${ME} | ${PERSON} | nosi | nosim | ukazal | drzal | vytiahol | vyhraz* | hrozil`,
      ],
      5,
    ),
    term("harm", "urgent", "pistol* | zbran | zbrane | zbranou"),
    rule("harm", "urgent", ["nie som | nie je | necitim | nikde", "bezpec*"], 4),
    rule(
      "harm",
      "urgent",
      ["nebezpecn*", "doma | tu | citim | som | u nas | pri nom | pri nej | tam"],
      4,
    ),
    rule("harm", "urgent", ["nechcem | nemozem | nechce sa mi", HOME], 4),
    term(
      "harm",
      "concern",
      "pomozte mi | pomozte | pomoz mi | zachrante ma | pomoc prosim | prosim pomoc",
    ),

    // Sexuálne zneužívanie.
    rule(
      "sexual-abuse",
      "urgent",
      [
        "dotyka* | dotykal* | dotkol* | dotkla | osahava* | osahaval* | ohmatava* | hladka | hladkal*",
        `${ME} | mojich | moje | intimn* | nohavic* | gati | gatky | prsia | rozkrok* | tela | telo | miest*`,
      ],
      5,
    ),
    term(
      "sexual-abuse",
      "urgent",
      "znasiln* | sex* | porno* | pedofil* | nahy | naha | nahe | nahu | nahych | nahot*",
      "intimne miesta | sukromne miesta | nase tajomstvo | nikomu nehovor | nikomu to nehovor",
      "zneuzil* | zneuziva* | zneuzivanie | obtazuj* | obtazoval* | prostitu*",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "vyzlec* | vyzliek*",
        "ma | mna | mi | nuti | chce | kaze | kazal | pred nim | pred nou | sa musim",
      ],
      4,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["tajomstv* | tajnost*", "nase | nikomu | nehovor | nesmiem | povedat | hra | medzi nami"],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "fotk* | fotiek | obrazk* | video* | nahravk*",
        "nahe | nahych | bez oblecenia | vyzlecen* | intimn* | v gatkach | v spodnom | hanbat*",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "chodi | prichadza | lezie | lahne | lahol | liezol | prisiel | pride",
        "postele | posteli | perinu | pod perinu | kupelne | sprchy | izby v noci",
      ],
      8,
    ),
    rule(
      "sexual-abuse",
      "concern",
      ["starsi* | dospel* | starym", "frajer* | chlap* | muz | muzom | priatel*"],
      3,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "dava | dal | dali | kupuje | kupil | kupuju",
        "alkohol | cigarety | cigy | vape* | vejp* | travu | drogy",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "concern",
      ["bozkav* | pusa* | pusk*", "nuti | nechcem | nasilu | proti mojej voli"],
      5,
    ),

    // Sebapoškodzovanie a samovražda.
    rule(
      "self-harm",
      "urgent",
      [
        "zabit | zabijem | zabijes | obesit | obesim | otravit | otravim | utopit | utopim | skoncit | skoncim",
        "sa | seba | so sebou | so zivotom | to vsetko",
      ],
      3,
    ),
    term(
      "self-harm",
      "urgent",
      "samovrazd* | zilet* | rezem sa | rezala som sa | porezala som sa | porezal som sa",
      "predavkov* | nechcem zit | nechcem uz zit | uz nechcem zit | chcem umriet | chcem zomriet",
      "nema zmysel zit | zivot nema zmysel | nema to zmysel",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "chcem | chcel by som | chcela by som | radsej | radsej by som | najradsej",
        "umriet | zomriet | byt mrtvy | byt mrtva | mrtvy | mrtva | zmiznut | neexistovat | nezit | nezila | nezil",
      ],
      4,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "rezem | rezala | rezal | porezal* | ublizujem | ublizila | ublizil | palim | skrabem",
        "sa | si | seba | ruky | ruku | zapastie | zapastia | stehna",
      ],
      3,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "tabletk* | tabletiek | lieky | liekov | prasky | praskov",
        "vela | vsetky | cele | zjedla | zjedol | zobrala | zobral | prehltla | prehltol | balenie | krabicku",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      ["skocit | skocim | skocila | skocil", "most* | strech* | vlak* | okn* | balkon* | pod"],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      ["nechcem | nechcem uz", "byt na svete | na tomto svete | nazive"],
      6,
    ),
    rule("self-harm", "concern", ["nenavidim", "sa | seba | svoj zivot | sam seba"], 3),
    term(
      "self-harm",
      "concern",
      "depresi* | beznadej* | uz nevladzem | nezvladam to | nikoho nezaujimam | som na nic",
    ),

    // Zanedbávanie.
    rule(
      "neglect",
      "urgent",
      ["nedaju | nedavaju | nedala | nedal | nedostanem | nedostavam | nenechaju | zakazuju", FOOD],
      5,
    ),
    rule(
      "neglect",
      "concern",
      ["nemam | nemame | nemali | nemala | nemal | nie je | neni | nic | ziadne", FOOD],
      5,
    ),
    rule(
      "neglect",
      "concern",
      [
        "hladn* | hlad",
        "stale | vzdy | cely den | kazdy den | nic | nemam | v skole | casto | zase | uz dva dni",
      ],
      6,
    ),
    term("neglect", "urgent", "hladovat | hladuje | hladujem | hladoval* | hladovala"),
    rule(
      "neglect",
      "urgent",
      [
        "zamyka* | zamkne | zamkol | zamkla | zamkli | zamknut* | zavrel* | zavrie | zatvara",
        `ma | mna | izb* | pivnic* | skrin* | kupeln* | vonku | na kluc`,
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "sam | sama | sameho | samu | samych | nechavaj* | nechaju | nechali | nechala",
        "doma | cez noc | celu noc | noc | dni | cely den | vikend | s bratom | so sestrou | so surodencami",
      ],
      5,
    ),
    term(
      "neglect",
      "concern",
      "nikto sa o mna nestara | spinave oblecenie | nemam postel | spim na zemi | nemame kurenie",
    ),
    rule("neglect", "concern", [
      PERSON,
      "opit* | ozrat* | ozier* | chlast* | alkohol* | vodk* | drog* | fetuj* | zfetovan* | zhulen* | stale pije | vela pije",
    ]),

    // Domáce násilie.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "otec | otcim* | tato | tata | ocko | oco | frajer* | priatel* | on | ujo",
        HIT,
        "mamu | mame | mamine | mamke | mamku | matku | sestru | tetu | ju",
      ],
      8,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | doma | rodicia`,
      "kric* | reva* | hadaj* | hadky | hadka | bija sa | bili sa | rozbija veci | rozbil veci | hadze veci | nadava*",
    ]),
    term("domestic-abuse", "urgent", "domace nasilie | domacom nasili | domaceho nasilia"),
    rule(
      "domestic-abuse",
      "concern",
      [
        "policia | policiu | policajti | policajt*",
        "prisla | prisli | volala | volal | zavolal* | odviedli | zobrali",
      ],
      5,
    ),

    // Kriminálne zneužívanie.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "predava* | predat | predavam | dilov* | dilujem | nosit | nosim | nosi | prenasat | prenasam | vozit | vozim | doruc* | schovav* | skryt | ukryt* | drzat",
        DRUGS,
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "nuti* | prinutil* | donutil* | kazu mi | kazal mi | kaze mi | nutia",
        "predava* | predat | kradnut | kradnem | ukradnut | nosit | vozit | dilovat | prenasat | schovat",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      ["musim | musime", "predavat | kradnut | ukradnut | dilovat | prenasat drogy"],
      4,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "dlh | dlhu | dlhov | dlzim | dlzi | dlzny | dlzna",
        "peniaze | odpracovat | splatit | vyhrazaju | inak",
      ],
      8,
    ),
    term("criminal-exploitation", "concern", "gang* | diler* | dealer* | pervitin* | kokain*"),

    // Nútený sobáš.
    rule(
      "forced-marriage",
      "urgent",
      [
        "svadb* | vydat | vydaju | ozenit | ozenia | manzel* | zasnub* | zenich* | nevest*",
        "nutia | nuti* | nechcem | proti mojej voli | starsi* | starym | bratranc* | dohodli | vybrali | musim sa vydat | musim sa ozenit",
      ],
      8,
    ),
    term(
      "forced-marriage",
      "urgent",
      "nutene manzelstvo | nasilna svadba | vydaju ma | chcu ma vydat | chcu ma ozenit",
    ),

    // Útek, zmiznutie, bez strechy nad hlavou.
    term(
      "missing",
      "concern",
      "utiekol som | utiekla som | utecem | utiect z domu | ujdem z domu | zdrhnem | zdrhla som",
      "zdrhol som | ujdem | utekam z domu",
    ),
    rule(
      "missing",
      "urgent",
      [
        "utecem | utiect | ujdem | zdrhnem | utiect z domu",
        "dnes | dneska | teraz | zajtra | v noci | chcem | planujem | idem",
      ],
      5,
    ),
    term(
      "missing",
      "urgent",
      "nemam kde spat | nemam kde byvat | nemam kam ist | spim na ulici | spal som na ulici",
      "spala som na ulici | bezdomov* | vyhodil ma | vyhodili ma | vyhodila ma",
    ),

    // Strach z niekoho.
    rule(
      "fear",
      "concern",
      [SCARED, `${PERSON} | ho | jeho | ju | jej | ich | neho | nej | nich | noc | v noci`],
      5,
    ),
    rule("fear", "urgent", [SCARED, HOME], 5),

    // Šikana.
    term(
      "bullying",
      "concern",
      "sikan* | kybersikan* | vysmieva* | posmieva* | nadavaju mi | nadavaj* | urazaj* | ponizuj*",
      "nikto ma nema rad | nemam kamaratov | nemam kamosov | nemam priatelov | vsetci ma nenavidia",
      "ohovaraj* | bijú ma v skole | biju ma v skole",
    ),

    // Smútok, ktorý treba prečítať: kontakt, plač, samota.
    rule(
      "wellbeing",
      "concern",
      [
        "chyba mi | chybaju mi | nevidim | nesmiem vidiet | nemozem vidiet | nevidel som | nevidela som | stysk* | smutno mi za",
        `${PERSON} | rodin* | domov | surodenc*`,
      ],
      5,
    ),
    rule(
      "wellbeing",
      "concern",
      [
        "placem | plakala | plakal | revem | plac*",
        "kazdu noc | stale | vzdy | v noci | cely den | kazdy den",
      ],
      5,
    ),
    term(
      "wellbeing",
      "concern",
      "osamel* | nikto ma nepocuva | nemam sa s kym porozpravat | stale smutn* | som stale smutny",
    ),
  ],
  idioms: [
    { all: ["srdce", "mi | bije | bilo | busi"], within: 3, ordered: false },
    { all: ["bije | bil | bila", "rekord*"], within: 2 },
    {
      all: ["hra | skola | matika | film | to | toto | nuda", "ma | mna", "zabija | zabije"],
      within: 3,
    },
    { all: ["hodiny | zvon*", "bije | bili | bilo | odbili"], within: 2, ordered: false },
    {
      all: [
        "kope | kopol | kopla | kopne | kopal | udrie | udrel | udrela",
        "loptu | lopty | loptou | do lopty | gol | branku | jamu | zahradu | dieru",
      ],
      within: 3,
      ordered: false,
    },
    {
      all: [
        "umieram | umriem | zomriem | zomieram | umrem",
        "od",
        "smiechu | nudy | hladu | zvedavosti | zimy | tepla | unavy",
      ],
      within: 3,
    },
    {
      all: [
        "bojim | boji | boja",
        "sa",
        "pavuk* | tmy | psov | psa | vysok* | zubar* | pisomk* | skusk* | burky | hadov",
      ],
      within: 4,
    },
    {
      all: [
        "utiekol | utiekla | utecie | ujde | usiel",
        "autobus | vlak | spoj | pes | macka | psik",
      ],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {
    nvm: "neviem",
    nwm: "neviem",
    jj: "ano",
    nn: "nie",
  },
  fuzzyTail: 4,
};
