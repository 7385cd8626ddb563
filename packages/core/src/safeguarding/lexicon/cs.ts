/**
 * Czech disclosure lexicon, written the way children type on a phone: mostly without diacritics
 * ("rikal ze me zabije"). Words are folded before matching (á → a, č → c, ď → d, é ě → e, í → i,
 * ň → n, ó → o, ř → r, š → s, ť → t, ú ů → u, ý → y, ž → z), so "řežu se" and "rezu se" are one
 * spelling, and "mě" and "mně" are both "me"/"mne". Czech bends every word and glues "ne-" to its
 * verbs ("nechci", "nedají"), so negated verbs are listed as words, and stems are used only where
 * they cannot catch an everyday word ("hlad…" both "hladový", hungry, and "hladí", strokes).
 * Written by an engineer, not a native speaker: see `reviewedByNativeSpeaker`. Severity as in
 * `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, hitting, rule, term } from "./rule.js";

/** People around a child who might harm them, in the cases children write. */
const PERSON = alt(
  "otec | otce | otci | otcem | tatka | tata | tatinek | taticek | otcim* | nevlastn* | mama",
  "mamy | mame | mamu | mamou | mamin* | mamka | mamk* | matka | matky | matce | matku | macech*",
  "rodic* | bratr* | brach | segra | segry | sestra | sestry | sestru | strejd* | stryc* | teta",
  "tety | tetu | deda | dedeck* | babi | babick* | bratran* | pritel* | kluk | frajer* | pestoun*",
  "vychovatel* | ucitel* | trener* | soused* | chlap | chlapi | muz | on | ona | oni | nekdo",
  "rodina",
);
/** Hitting and hurting, by form where a stem would be too short to be safe. */
const HIT = alt(
  "bije | bil | bila | bili | biji | bijes | biti | zbil | zbila | zbili | zbije | zbit | mlati*",
  "zmlati* | uhodil* | uhodi | bouchl | bouchla | bouchne | prastil* | prasti | kope | kopal",
  "kopala | kopl | kopla | kopne | fack* | nafack* | strka* | strcil* | skrti* | dusi | dusil*",
  "tyra* | ublizuj* | ublizil* | ublizila | naplaca* | vyprask* | opaskem | paskem | remenem",
  "varechou",
);
const ME = alt("me | mne | mi | mnou | nas | nam");
const FOOD = alt(
  "jist | jidlo | jidla | jidlu | najist | obed | obeda | snidan* | veceri | vecere | chleba",
);
const HOME = alt("domu | doma | jit domu | vratit | vratit se");
const DRUGS = alt(
  "drog* | travu | travy | koks | kokain* | pervitin* | pernik | heroin* | marihuan* | hasis",
  "fet | balicky | balicek | zbozi | matro",
);
const SCARED = alt("bojim | boji | bal jsem | bala jsem | strach* | desi | vydesen*");

export const cs: Lexicon = {
  language: "cs",
  reviewedByNativeSpeaker: false,
  rules: [
    // Fyzické násilí: někdo blízký a úder, nebo úder dítěte.
    ...hitting(
      PERSON,
      HIT,
      ME,
      "modrin* | monokl | tyrani | dostal jsem naloz | dostala jsem naloz | vyprask*",
    ),

    // Výhrůžky, zbraně, nebezpečí.
    rule(
      "harm",
      "urgent",
      [
        "zabit | zabije | zabiju | zabil | zabila | zavrazd* | podrizne | bodne | zastreli* | zbit | zmlatit",
        `${ME} | te | tebe | ${PERSON}`,
      ],
      4,
    ),
    rule("harm", "urgent", [
      "vyhrozuj* | vyhrozoval* | vyhruzk* | vyhrozuje | hrozil | hrozila",
      `${ME} | ${PERSON} | ze`,
    ]),
    rule(
      "harm",
      "urgent",
      [
        "nuz | noze | nozem | nozik* | zbran | zbrane | zbrani | pistol* | macet* | bouchack*",
        `${ME} | ${PERSON} | nosi | nosim | ukazal | drzel | vytahl | vyhrozuj* | hrozil`,
      ],
      5,
    ),
    term("harm", "urgent", "pistol* | zbran | zbrane | zbrani | bouchack*"),
    rule("harm", "urgent", ["nejsem | neni | necitim | nikde", "bezpec*"], 4),
    rule(
      "harm",
      "urgent",
      ["nebezpecn*", "doma | tu | citim | jsem | u nas | s nim | s ni | tam"],
      4,
    ),
    rule("harm", "urgent", ["nechci | nemuzu | nechce se mi", HOME], 4),
    term(
      "harm",
      "concern",
      "pomozte mi | pomozte | pomoz mi | zachrante me | pomoc prosim | prosim pomoc",
    ),

    // Sexuální zneužívání.
    rule(
      "sexual-abuse",
      "urgent",
      [
        "saha | sahal | sahala | osahava* | osahaval* | dotyka* | dotykal* | dotkl* | hladi | hladil*",
        `${ME} | moje | mych | intimn* | kalhot* | kalhotky | prsa | rozkrok* | tela | telo | mist*`,
      ],
      5,
    ),
    term(
      "sexual-abuse",
      "urgent",
      "znasiln* | sex* | porno* | pedofil* | nahy | naha | nahe | nahou | nahych | nahot*",
      "intimni mista | soukrome mista | nase tajemstvi | nikomu to nerikej | nikomu nerikej",
      "zneuzil* | zneuziva* | zneuzivani | obtezuj* | obtezoval* | prostitu*",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["svlec* | svlek* | svlika*", "me | mne | mi | nuti | chce | rika | pred nim | pred ni"],
      4,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["tajemstvi", "nase | nikomu | nerikej | nesmim | rict | hra | mezi nami"],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "fotk* | fotek | obrazk* | video* | nahravk*",
        "nahe | nahych | bez obleceni | svlecen* | intimn* | v kalhotkach | ve spodnim | nahatou",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "chodi | prichazi | leze | lehne | lehl | prisel | prijde",
        "postele | posteli | perinu | pod perinu | koupeln* | sprchy | pokoje v noci",
      ],
      8,
    ),
    rule(
      "sexual-abuse",
      "concern",
      ["starsi* | dospel* | starym", "kluk* | chlap* | muz | muzem | pritel* | frajer*"],
      3,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "dava | dal | dali | kupuje | koupil | kupuji",
        "alkohol | cigarety | cigara | vape* | vejp* | travu | drogy",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "concern",
      ["libat | liba | libal* | pusu | pusa | pusinky", "nuti | nechci | nasilim | proti me vuli"],
      5,
    ),

    // Sebepoškozování a sebevražda.
    rule(
      "self-harm",
      "urgent",
      [
        "zabit | zabiju | zabijes | obesit | obesim | otravit | otravim | utopit | utopim | skoncit | skoncim",
        "se | sebe | se sebou | se zivotem | to vsechno",
      ],
      3,
    ),
    term(
      "self-harm",
      "urgent",
      "sebevrazd* | ziletk* | rezu se | rezala jsem se | porezala jsem se | porezal jsem se",
      "predavkov* | nechci zit | nechci uz zit | uz nechci zit | chci umrit | chci zemrit",
      "nema cenu zit | zivot nema smysl | nema to smysl | oberu se o zivot",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "chci | chtel bych | chtela bych | radsi | radsi bych | nejradsi",
        "umrit | zemrit | byt mrtvy | byt mrtva | mrtvy | mrtva | zmizet | neexistovat | nezit | nebyt",
      ],
      4,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "rezu | rezala | rezal | porezal* | ublizuju | ublizuji | ublizila | ublizil | palim | skrabu",
        "se | si | sebe | ruce | ruku | zapesti | stehna",
      ],
      3,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "prasky | prasku | tablet* | leky | leku",
        "hodne | vsechny | celou | snedla | snedl | spolkla | spolkl | vzala | vzal | baleni | krabicku | plato",
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
      ["nechci | nechci uz", "byt na svete | na tomhle svete | na tomto svete | nazivu"],
      6,
    ),
    rule("self-harm", "concern", ["nenavidim", "se | sebe | svuj zivot"], 3),
    term(
      "self-harm",
      "concern",
      "depres* | beznadej* | uz to nezvladam | nezvladam to | nikoho nezajimam | jsem k nicemu",
    ),

    // Zanedbávání.
    rule(
      "neglect",
      "urgent",
      ["nedaji | nedavaji | nedala | nedal | nedostanu | nedostavam | nenechaji | zakazuji", FOOD],
      5,
    ),
    rule(
      "neglect",
      "concern",
      ["nemam | nemame | nemeli | nemela | nemel | nebylo | neni | nic | zadne", FOOD],
      5,
    ),
    rule(
      "neglect",
      "concern",
      [
        "hlad | hladov*",
        "porad | vzdy | furt | cely den | kazdy den | nic | nemam | ve skole | casto | zase",
      ],
      6,
    ),
    term("neglect", "urgent", "hladovet | hladovim | nechaji me hladovet"),
    rule(
      "neglect",
      "urgent",
      [
        "zamyka* | zamkne | zamkl | zamkla | zamkli | zamcen* | zavre | zavrel* | zavira",
        "me | mne | pokoj* | sklep* | skrin* | koupeln* | venku | na klic",
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "sam | sama | samotn* | nechavaj* | nechaji | nechali | nechala",
        "doma | pres noc | celou noc | noc | dny | cely den | vikend | s bratrem | se segrou | se sestrou | se sourozenci",
      ],
      5,
    ),
    term(
      "neglect",
      "concern",
      "nikdo se o me nestara | spinave obleceni | nemam postel | spim na zemi | nemame topeni",
    ),
    rule("neglect", "concern", [
      PERSON,
      "opil* | ozral* | chlast* | alkohol* | vodk* | drog* | fetuj* | zfetovan* | zhulen* | porad pije | hodne pije | furt pije",
    ]),

    // Domácí násilí.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "otec | otcim* | tata | tatka | tatinek | frajer* | pritel* | on | strejd*",
        HIT,
        "mamu | mame | mamce | mamku | matku | segru | sestru | tetu | ji",
      ],
      8,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | doma | rodice`,
      "kric* | rvou | rve | hadaj* | hadky | hadka | perou se | prali se | mlati se | rozbiji veci | rozbil veci | hazi veci | nadava*",
    ]),
    term("domestic-abuse", "urgent", "domaci nasili | domacim nasili | domaciho nasili"),
    rule(
      "domestic-abuse",
      "concern",
      [
        "policie | policii | policajti | policajt* | fizl*",
        "prijela | prijeli | prisla | prisli | volala | volal | zavolal* | odvezli | odvedli",
      ],
      5,
    ),

    // Kriminální zneužívání.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "prodava* | prodat | prodavam | dilov* | dealuj* | nosit | nosim | nosi | prenaset | prenasim | vozit | vozim | doruc* | schovav* | schovat | ukryt* | drzet",
        DRUGS,
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "nuti* | donutil* | prinutil* | rikaji mi at | rekli mi at | rekl mi at",
        "prodava* | prodat | krast | kradu | ukrast | nosit | vozit | dilovat | prenaset | schovat",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      ["musim | musime", "prodavat | krast | ukrast | dilovat | prenaset drogy"],
      4,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "dluh* | dluzim | dluzi | dluzny | dluzna",
        "penize | odpracovat | splatit | vyhrozuji | jinak",
      ],
      8,
    ),
    term("criminal-exploitation", "concern", "gang* | dealer* | diler* | pervitin* | kokain*"),

    // Nucený sňatek.
    rule(
      "forced-marriage",
      "urgent",
      [
        "svatb* | vdat | vdaji | vdavat | ozenit | ozeni | manzel* | zasnub* | zenich* | nevest*",
        "nuti* | nechci | proti me vuli | starsi* | starym | bratranc* | domluvili | vybrali | musim se vdat | musim se ozenit",
      ],
      8,
    ),
    term(
      "forced-marriage",
      "urgent",
      "nucene manzelstvi | nucenou svatbu | chteji me vdat | chteji me ozenit | vdaji me",
    ),

    // Útěk, zmizení, bez střechy nad hlavou.
    term(
      "missing",
      "concern",
      "utekl jsem | utekla jsem | utecu | utect z domu | zdrham | zdrhnu | zdrhla jsem",
      "zdrhl jsem | utikam z domu | frnknu",
    ),
    rule(
      "missing",
      "urgent",
      [
        "utecu | utect | zdrhnu | utect z domu | frnknu",
        "dnes | dneska | ted | zitra | v noci | chci | planuju | pujdu",
      ],
      5,
    ),
    term(
      "missing",
      "urgent",
      "nemam kde spat | nemam kde bydlet | nemam kam jit | spim na ulici | spal jsem na ulici",
      "spala jsem na ulici | bezdomov* | vyhodil me | vyhodili me | vyhodila me",
    ),

    // Strach z někoho.
    rule(
      "fear",
      "concern",
      [SCARED, `${PERSON} | ho | jeho | ji | jich | nej | neho | nich | noc | v noci`],
      5,
    ),
    rule("fear", "urgent", [SCARED, HOME], 5),

    // Šikana.
    term(
      "bullying",
      "concern",
      "sikan* | kybersikan* | posmiva* | vysmiva* | smeji se mi | nadavaji mi | urazeji | ponizuj*",
      "nikdo me nema rad | nemam kamarady | nemam kamose | nemam pratele | vsichni me nenavidi",
      "pomlouvaj* | mlati me ve skole | biji me ve skole",
    ),

    // Smutek, který je třeba přečíst: kontakt, pláč, samota.
    rule(
      "wellbeing",
      "concern",
      [
        "chybi mi | styska se mi | stysk* | nevidim | nesmim videt | nemuzu videt | nevidel jsem | nevidela jsem",
        `${PERSON} | rodin* | domov | sourozenc*`,
      ],
      5,
    ),
    rule(
      "wellbeing",
      "concern",
      [
        "brecim | brecela | brecel | breci | placu | plakala | plakal",
        "kazdou noc | porad | furt | vzdy | v noci | cely den | kazdy den",
      ],
      5,
    ),
    term(
      "wellbeing",
      "concern",
      "osamel* | nikdo me neposloucha | nemam si s kym promluvit | porad smutn* | furt smutn*",
    ),
  ],
  idioms: [
    { all: ["srdce", "mi | bije | bilo | busi"], within: 3, ordered: false },
    { all: ["bije | bil | bila", "rekord*"], within: 2 },
    { all: ["saha | sahala | sahl | sahla", "na", "celo | cela"], within: 3 },
    {
      all: ["hra | skola | matika | film | to | tohle | nuda", "me | mne", "zabiji | zabije"],
      within: 3,
    },
    { all: ["hodiny | zvon*", "bije | bily | odbily | odbiji"], within: 2, ordered: false },
    {
      all: [
        "kope | kopl | kopla | kopne | kopal | uhodil | uhodila | trefil",
        "mic | mice | micem | do mice | balon | gol | branku | jamu | zahradu | diru",
      ],
      within: 3,
      ordered: false,
    },
    {
      all: [
        "umiram | umru | umrel | umrela | zemru | chcipnu",
        "smichy | nudou | hlady | zvedavosti | zimou | vedrem | unavou",
      ],
      within: 3,
      ordered: false,
    },
    {
      all: [
        "bojim | boji | boji se",
        "se",
        "pavouk* | tmy | psu | psa | vysky | zubar* | pisemk* | zkousk* | bourky | hadu",
      ],
      within: 4,
    },
    {
      all: ["utekl | utekla | ujel | ujela", "autobus | vlak | spoj | pes | kocka | pejsek"],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {
    nvm: "nevim",
    jj: "jo",
    nn: "ne",
  },
  fuzzyTail: 4,
};
