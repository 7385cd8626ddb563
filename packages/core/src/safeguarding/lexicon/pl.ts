/**
 * Polish disclosure lexicon. Written with or without diacritics alike: words are folded before
 * matching (ą→a, ę→e, ł→l, ó→o, ś→s, ź/ż→z, ć→c, ń→n), so "bije", "bił" and "bil" are one
 * spelling to the matcher. Polish bends every word, so most entries are stems (`uderz*`: uderza,
 * uderzył, uderzyła); where a stem is too short to be safe ("bi…" would catch "bilet") the forms
 * are listed. Severity as in `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, rule, term } from "./rule.js";

/** People around a child who might harm them, in the cases children write. */
const PERSON = alt(
  "tata* | tato | tatus* | taty | tacie | tatem | ojc* | ojciec | ojczym* | mama | mamy",
  "mamie | mamo | mame | mamus* | matk* | matce | macoch* | rodzic* | chlopak* | partner*",
  "konkubent* | facet* | wuj* | wujek | wujk* | ciocia | cioci | ciotk* | dziad* | babci*",
  "babk* | brat | brata | bratu | bratem | bracia | braci | siostr* | kuzyn* | opiekun* | wychowaw*",
  "nauczyciel* | trener* | sasiad* | pan | pana | panem | ktos | ktoś | oni | on | ona",
  "rodzina | rodzinie | starsi | starszy | mezczyzn*",
);
/** Hitting and hurting: bić and its past forms, uderzać, walić, lać, kopać, and the rest. */
const HIT = alt(
  "bij* | bic | bil | bila | bilo | bili | bily | bilam | bilem | bija | pobil* | pobij*",
  "pobic* | pobity | pobita | zbil | zbila | zbili | zbij* | obil* | uderz* | wali | walil*",
  "walnal* | walnel* | waln* | leje | lal | lala | lali | lanie | lania | tlucz* | tluk*",
  "tluc | kopn* | kopie | kopal* | kopia | szarp* | popych* | pcha | pchnal* | policzk*",
  "spoliczk* | klaps* | krzywdz* | skrzywdz* | dusi | dusil* | udusi* | przypal*",
  "przemoc* | znec* | maltret* | bicie | biciem | pasem | paskiem",
);
const ME = alt("mnie | mi | mie | mna | nas | nami");
const MYSELF = alt("sie | siebie | sobie | soba");
const NOT = alt("nie | nic | nigdy | brak | bez | zabrania* | zakaz* | niewolno");
const FOOD = alt(
  "jedzeni* | jesc | jedz* | obiad* | sniadani* | kolacj* | posil* | jadla | jadlem | jadlam",
  "lodowk* | lodowce | lodowka | szafk* | chleba",
);
const HOME = alt("domu | dom | do domu | wracac | wrocic | wroce | wrace | placowk* | tam");
const DRUGS = alt(
  "narkotyk* | dragi | dragow | towar* | paczk* | paczek | torb* | ziolo | zioło | trawk*",
  "zielsk* | koks* | kokain* | mefedron* | mef | dopalacz* | amfetamin* | heroin*",
);
const SCARED = alt(
  "boje | boi | boja | balam | balem | strach* | przeraz* | lekam | przestrasz*",
  "wystrasz* | straszn*",
);

export const pl: Lexicon = {
  language: "pl",
  rules: [
    // Przemoc fizyczna: ktoś bliski i uderzenie, albo uderzenie dziecka.
    rule("physical-abuse", "urgent", [PERSON, HIT]),
    rule("physical-abuse", "urgent", [HIT, ME], 4),
    rule(
      "physical-abuse",
      "urgent",
      ["rzuca* | rzucil* | rzucila | rzucaja", "we mnie | w mnie | na mnie"],
      4,
    ),
    term(
      "physical-abuse",
      "urgent",
      "siniak* | siniec | since | siniaki | limo | manto | lanie | bity | bita | pobity | pobita",
      "dostaje lanie | dostalam lanie | dostalem lanie | dostaje pasem | slady na",
    ),

    // Groźby, broń, niebezpieczeństwo.
    rule(
      "harm",
      "urgent",
      [
        "zabij* | zabic | zabil | zabila | zabija* | zabije | zamorduj* | morduj* | zadzga*",
        `${ME} | ${PERSON} | nas | mame | mamie | ciebie`,
      ],
      4,
    ),
    rule("harm", "urgent", [
      "groz* | grozb* | grozi | zagroz* | straszy | zastrasz*",
      `${ME} | ${PERSON} | ze`,
    ]),
    term(
      "harm",
      "urgent",
      "noz | noza | nozem | noze | nozyk* | bron | broni | pistolet* | maczet*",
    ),
    rule("harm", "urgent", ["nie | niebezpieczn* | niebezpiecz*", "bezpieczn* | bezpiecz*"], 4),
    term("harm", "urgent", "niebezpieczn* | niebezpiecz* | krzywdz* | skrzywdz* | przemoc*"),
    rule(
      "harm",
      "urgent",
      [`nie | boje | ${SCARED}`, "chce wracac | wracac | wrocic | wroce | isc do domu | do domu"],
      5,
    ),
    term(
      "harm",
      "concern",
      "pomocy | ratunku | pomozcie mi | ratujcie | prosze pomoz* | niech ktos pomoze",
    ),

    // Wykorzystywanie seksualne.
    rule(
      "sexual-abuse",
      "urgent",
      [
        "dotyk* | dotkn* | dotykal* | macal* | maca | obmacuj* | glaszcz*",
        `${ME} | moich | moje | moj | intymn* | majt* | piersi | krocz* | miejsc* | cial*`,
      ],
      5,
    ),
    term(
      "sexual-abuse",
      "urgent",
      "gwalc* | gwalt* | zgwalc* | molest* | pedofil* | seks* | sex* | porno* | nago | nagie",
      "nagich | nagi | naga | nagosc* | rozbier* | rozebr* | intymn* | miejsca intymne | prostytu* | sponsor*",
      "nasza tajemnica | nasz sekret | nikomu nie mow* | zboczen* | zboczeniec",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "tajemnic* | sekret*",
        "nasz* | nikomu | nie mow* | mowic | powiedziec | zabaw* | gra | gry | gre | miedzy",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "zdjec* | zdjecia | fotk* | filmik* | film* | nagran*",
        "nag* | bez ubrania | rozebr* | intymn* | majt* | bielizn* | wysl* | przeslij | chce | prosi",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        `${PERSON} | przychodzi | przychodzil*`,
        "lozka | lozku | lozko | koldre | koldra | pod koldre | lazienk* | prysznic*",
      ],
      6,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "starszy | starsi | starszym | doroslym | dorosly | duzo starszy",
        "chlopak* | facet* | kolega | koledzy | kolegami | pan | mezczyzn*",
      ],
      3,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "daje | dal | dali | kupuje | kupil | dostaje | dostalam",
        "pieniadze | kase | kasy | alkohol | wode | papierosy | e-papierosy | vape* | prezent*",
      ],
      5,
    ),
    rule("sexual-abuse", "concern", ["caluj* | calowal*", `${ME} | usta | zmusza* | nie chce`], 5),

    // Samookaleczenia i samobójstwo.
    rule(
      "self-harm",
      "urgent",
      [
        "zabij* | zabic | zabil* | zabije | powiesic | powiesz* | utopi* | skoncz* | skonczyc | otruc",
        MYSELF,
      ],
      3,
    ),
    term(
      "self-harm",
      "urgent",
      "samoboj* | samobój* | samookalecz* | okalecz* | zyletk* | tne sie | tnę się | ciac sie",
      "pocielam | pocialem | pociete | cie sie | chce umrzec | chcę umrzeć | nie chce zyc",
      "skonczyc ze soba | skoncze ze soba | przedawkow* | odebrac sobie zycie | zniknac na zawsze",
      "to skonczyc | skonczyc to | skonczyc z tym | z tym skonczyc | skonczyc z zyciem",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "chce | chcialbym | chcialabym | wole | wolalbym | wolalabym | lepiej | mysle | planuje",
        "umrzec | umrze | umre | nie zyc | zniknac | zdechnac | martwy | martwa | nie zyl | nie zyla",
      ],
      4,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "tne | tniesz | ciac | ciecie | pocie* | tnę | kalecz* | rani* | krzywdz* | przypalam | gryze",
        `${MYSELF} | reke | rece | nadgarst* | uda | skore`,
      ],
      3,
    ),
    rule(
      "self-harm",
      "urgent",
      ["skocz* | rzuc*", "most* | dach* | pociag* | okn* | balkon* | pod"],
      5,
    ),
    rule("self-harm", "urgent", ["nie", "chce | chcialbym | chcialabym", "zyc | istniec"], 5),
    rule(
      "self-harm",
      "urgent",
      [
        "tabletk* | tabletek | lekow | leki | pigulk*",
        "duzo | wszystkie | polkn* | nalyk* | wzi* | cale | opakowan*",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      ["zycie | zyc | zycia | dalej | zyciu", "sensu | sens | bez sensu"],
      4,
    ),
    rule(
      "self-harm",
      "concern",
      ["nienawidz* | nienawidze", "siebie | sie | swojego zycia | zycia | mnie"],
      3,
    ),
    term(
      "self-harm",
      "concern",
      "depresj* | beznadziej* | nikt mnie nie kocha | nikogo nie obchodze | nie daje rady",
      "nie dam rady | mam dosc zycia | mam dosyc zycia | bezwartosciow* | do niczego",
      "mam dosc wszystkiego | mam dosyc wszystkiego",
    ),

    // Zaniedbanie.
    rule("neglect", "urgent", [NOT, "pozwal* | wolno | daja | daje | dostaje", FOOD], 5),
    rule("neglect", "concern", [NOT, FOOD], 5),
    rule(
      "neglect",
      "concern",
      [
        "glodn* | glod | glodu | glodzi* | glodna | glodny",
        "zawsze | ciagle | caly czas | codziennie | nie ma | nic | nigdy | czesto | w szkole",
      ],
      6,
    ),
    term("neglect", "urgent", "glodzi | glodza | glodzil*"),
    rule(
      "neglect",
      "urgent",
      [
        "zamyk* | zamkn* | zamkniet* | zamkniety | zamknieta",
        `${ME} | pokoju | piwnic* | szaf* | lazien* | na klucz | na dworze`,
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "sam | sama | samego | samej | zostawia* | zostawil*",
        "w domu | noc | nocy | na noc | dni | dniami | caly dzien | weekend | z rodzenstwem | z bratem",
      ],
      6,
    ),
    term(
      "neglect",
      "concern",
      "nikt sie mna nie opiekuje | brudne ubrania | nie mam lozka | spie na podlodze | nie ma ogrzewania | nie ma pradu",
    ),
    rule("neglect", "concern", [
      PERSON,
      "pijan* | pije | pil | pila | pija | alkohol* | wodk* | piwo | narkotyk* | cpa | cpaja | upity | upita | nacpan*",
    ]),

    // Przemoc domowa.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "tata* | tato | ojc* | ojczym* | chlopak* | partner* | facet* | on | wujek",
        HIT,
        "mame | mamy | mamie | mama | matke | matki | ja | jej | ciocie | siostre",
      ],
      8,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | w domu | rodzice | rodzicow`,
      "krzycz* | wrzeszcz* | wydziera* | klotn* | kloca | kloci | klocimy | awantur* | bija sie | bili sie | rzuca* | trzaska* | przeklina*",
    ]),
    term(
      "domestic-abuse",
      "urgent",
      "przemoc domowa | przemocy domowej | niebieska karta | zakaz zblizania",
    ),
    rule(
      "domestic-abuse",
      "concern",
      [
        "policj* | policja",
        "przyjech* | przyszl* | przyszla | byla | dzwon* | zadzwoni* | wezwal* | zabrala",
      ],
      5,
    ),

    // Wykorzystywanie przestępcze.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "sprzeda* | sprzedac | dil* | handl* | nosic | nosze | noszenie | przewoz* | wozi* | przenos* | dostarcz* | zanos* | zawoz* | trzyma* | przechowa* | chowac | ukryc",
        DRUGS,
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "kaza* | kazal* | kaza mi | zmusz* | zmusza* | musze | muszę",
        "sprzeda* | nosic | wozic | krasc | kradn* | ukrasc | dil* | handl* | zawozic | przewozic",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "dlug* | winien | winna | dluzn*",
        "pieniadze | kase | kasy | im | jemu | oddac | odpracowac | splacic",
      ],
      5,
    ),
    term(
      "criminal-exploitation",
      "concern",
      "narkotyk* | gang* | gangu | dilerk* | diler* | dealer* | ziolo | mefedron* | dopalacz*",
    ),

    // Małżeństwo przymusowe.
    rule(
      "forced-marriage",
      "urgent",
      [
        "slub* | malzenst* | zenic | ozenic | ozenia | wyjsc za | wydac za | wydadza | maz | meza | mezem | zona | narzecz* | zareczyn* | zareczy*",
        "zmusz* | zmusza* | musze | kaza* | nie chce | wbrew | wysla* | wywioz* | starsz* | kuzyn* | zaaranzow* | aranzow* | rodzice wybrali | wybrali",
      ],
      8,
    ),
    term(
      "forced-marriage",
      "urgent",
      "malzenstwo przymusowe | przymusowe malzenstwo | slub na sile | zmuszaja mnie do slubu",
    ),

    // Ucieczka, zaginięcie, brak dachu nad głową.
    term(
      "missing",
      "concern",
      "uciek* | uciec | uciekac | ucieczk* | zagin* | zaginiec* | uciekne | uciekne z domu",
    ),
    rule(
      "missing",
      "urgent",
      [
        "uciek* | uciec | uciekac | uciekne | ucieczk* | zniknac | zniknę",
        "dzis | dzisiaj | dzisiejszej | teraz | jutro | w nocy | zaraz | planuje | chce",
      ],
      5,
    ),
    term(
      "missing",
      "urgent",
      "nie mam gdzie spac | nie mam gdzie mieszkac | nie mam gdzie isc | nie mam dokad isc",
      "spie na ulicy | spalem na ulicy | spalam na ulicy | na dworcu | bezdomn* | wyrzucil* mnie",
      "wyrzucili mnie | wyrzucila mnie | wywalil* mnie | wywalili mnie | kanapa u kolegi",
    ),
    rule(
      "missing",
      "urgent",
      [
        "spac | spie | spalam | spalem | nocowac | nocuje | nocowalam",
        "ulicy | ulica | dworcu | klatce | parku | na dworze | pod mostem",
      ],
      4,
    ),

    // Strach przed kimś.
    rule(
      "fear",
      "concern",
      [SCARED, `${PERSON} | go | jego | jej | ich | niego | niej | nim | nich | noc | nocy`],
      5,
    ),
    rule("fear", "urgent", [SCARED, HOME], 5),
    rule("fear", "concern", ["straszy | przeraza | przerazaj*", ME], 3),

    // Przemoc rówieśnicza.
    term(
      "bullying",
      "concern",
      "przesladuj* | przesladowa* | dokucza* | wyzywa* | wyzyw* | przezyw* | gnebi* | gnebia",
      "hejt* | hejtuj* | nekanie | neka* | nikt mnie nie lubi | nie mam przyjaciol | nie mam kolegow",
      "nie mam kolezanek | smieja sie ze mnie | smieja sie | obgaduj* | wykluczaj* | odrzucaj*",
      "wszyscy mnie nienawidza | rasist* | cyberprzemoc*",
    ),

    // Smutek, który warto przeczytać: kontakt, płacz, samotność.
    rule(
      "wellbeing",
      "concern",
      [
        "tesknie | teskno | tesknic | brakuje mi | nie widuje | nie moge zobaczyc | nie widzialam | nie widzialem | nie pozwalaja",
        `${PERSON} | rodziny | rodzine | domu | kontakt*`,
      ],
      5,
    ),
    rule(
      "wellbeing",
      "concern",
      [
        "placz* | placze | plakalam | plakalem | rycz*",
        "codziennie | caly czas | w nocy | ciagle | kazdej nocy | zawsze",
      ],
      5,
    ),
    term(
      "wellbeing",
      "concern",
      "samotn* | nie mam z kim porozmawiac | nikt mnie nie slucha | nikt nie slucha",
    ),
  ],
  idioms: [
    { all: ["bije | bil | bila", "sie", "z myslami"], within: 4 },
    {
      all: ["serce | serca | sercem", "mi | mnie | bije | bilo | walilo | wali"],
      within: 3,
      ordered: false,
    },
    {
      all: ["bij* | bil | pobil* | pobij* | zbil | zbij*", "rekord* | wynik* | rekordy"],
      within: 2,
    },
    { all: ["zegar | dzwon | dzwony | zegary", "bije | bil | bily | bija"], within: 2 },
    {
      all: [
        "umieram | umre | umarlam | umarlem | umrzec",
        "ze | z",
        "smiechu | nudow | glodu | ciekawosci | zimna | goraca | zmeczenia",
      ],
      within: 3,
    },
    { all: ["zabij* | zabil*", "mnie", "smiech* | nud*"], within: 4, ordered: false },
    {
      all: [
        "boje | boi | boja | balam | balem",
        "sie",
        "pajak* | ciemnosci | psow | psa | wysokosci | dentyst* | burzy | wezy",
      ],
      within: 4,
    },
    { all: ["ucieka | ucieklo | ucieknie", "czas | autobus | pociag"], within: 3, ordered: false },
    {
      all: ["uciek* | zwial* | zwiewam | zwialam | zwialem", "z lekcji | z wf | z matmy | z zajec"],
      within: 3,
    },
    { all: ["uderz* | kopn* | strzel*", "pilk* | gol* | bramk*"], within: 3, ordered: false },
    {
      all: ["kopie | kopal* | kopn*", "pilk* | pilke | pilka | gol* | dziure | lopat*"],
      within: 4,
      ordered: false,
    },
    {
      all: [
        "leje | lal | lalo | lalo sie",
        "deszcz | deszczem | z nieba | wode | wody | sok | herbat*",
      ],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {
    nwm: "nie wiem",
    nmg: "nie moge",
    wgl: "w ogole",
    bd: "bede",
    cb: "ciebie",
    mn: "mnie",
    tb: "tobie",
    nmzc: "nie ma za co",
    niewiem: "nie wiem",
    niechce: "nie chce",
    niemoge: "nie moge",
    niemam: "nie mam",
    niema: "nie ma",
    niewolno: "nie wolno",
    zeby: "zeby",
    bo: "bo",
  },
  fuzzyTail: 4,
};
