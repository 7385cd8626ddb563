/**
 * Hungarian disclosure lexicon, written the way children type on a phone: mostly without accents
 * ("apam megvert"). Words are folded before matching (á → a, é → e, í → i, ó ö ő → o, ú ü ű → u),
 * so "megütött" and "megutott" are one spelling. That folding joins "üt" (hits) with "út" (road)
 * and "öl" (kills) with the start of "old" (solves): those verbs are listed by form, never by a
 * bare root.
 *
 * Hungarian glues what other languages write apart. Endings: a stem takes any of them ("apam*"
 * is apám, apámtól, apámnak; "megver*" is megver, megvert, megvertek), and misspelt stems forgive
 * long tails. Verb prefixes: "meg-", "el-", "ki-", "le-", "fel-", "be-" are taken off as well as
 * left on (`clitics`), so "elvert" and "kivert" are found by "vert" as "megvert" is. Chat
 * shorthand ("nemtom", "vok", "h") is expanded. Written by an engineer, not a native speaker: see
 * `reviewedByNativeSpeaker`. Severity as in `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, hitting, rule, term } from "./rule.js";

/** People around a child who might harm them, with their endings. */
const PERSON = alt(
  "apa | apam* | apu | apuk* | apuci* | apat | apja | apjuk | mostoha* | nevelo* | anya | anyam*",
  "anyu | anyum* | anyuk* | anyat | szuleim* | szulok* | szulo | szulom | batya* | ocse* | nover*",
  "hugom* | tesom* | teso | testver* | nagybacsi* | nagynen* | nagyapa* | nagypapa* | nagymama*",
  "mama | mamam* | papa | papam* | unokatestver* | barat* | pasija | pasi | elettars* | tanar*",
  "edzo* | szomszed* | o | ok | valaki | ferfi* | bacsi*",
);
/** Hitting and hurting, by form where a root would be a different word once folded. */
const HIT = alt(
  "ver | veri | vert | verte | vertek | vernek | verem | megver* | elver* | kiver* | utott*",
  "utotte | utnek | utoget* | utes* | megut* | pofon* | pofoz* | felpofoz* | rug | rugott*",
  "rugdos* | rugja | megrug* | fojtogat* | lokdos* | lokott | meglok* | bant | banto | bantott*",
  "bantja | bantanak | bantalmaz* | szijjal | ovvel | fakanallal | nadragszij* | tepi a hajam",
  "huzza a hajam | karmol*",
);
const ME = alt("engem | engemet | nekem | minket | nekunk | ram | rajtam");
const MYSELF = alt("magam | magamat | magamnak | magammal | magamon | magamba");
const FOOD = alt("enni | ennem | ennivalo* | kaja* | etel* | vacsora* | ebed* | reggeli*");
const HOME = alt("hazamenni | haza menni | hazamegyek | haza | otthon | itthon | hazajutni");
const DRUGS = alt(
  "drog* | fu | fuvet | fuvel | kokain* | koksz | heroin* | marihuan* | kristaly*",
  "tablettak | tablettakat | bogyo*",
);
const SCARED = alt("felek | felnek | felni | felt | retteg* | megijeszt* | ijeszt*");

export const hu: Lexicon = {
  language: "hu",
  reviewedByNativeSpeaker: false,
  rules: [
    // Fizikai bántalmazás: egy közeli ember és egy ütés, vagy ütés a gyereknek.
    ...hitting(
      PERSON,
      HIT,
      ME,
      "kek folt* | kekzold* | kek-zold* | zuzod* | monokli* | veres* | megvertek | vernek otthon",
    ),

    // Fenyegetés, fegyver, veszély.
    rule(
      "harm",
      "urgent",
      [
        "megol | megoli | megolni | megolom | megolnek | megolt | megolte | olni | kinyir* | leszur* | lelo | leloi | lelonek",
        `${ME} | teged | ${PERSON}`,
      ],
      4,
    ),
    rule(
      "harm",
      "urgent",
      ["megol | megolnek | kinyir | kinyirnak | megolet", "ha | mondta | mondja | azt mondta"],
      4,
    ),
    rule("harm", "urgent", ["fenyeget*", `${ME} | ${PERSON} | hogy`]),
    rule(
      "harm",
      "urgent",
      ["meg akar* | akarnak | fognak | meg fog*", "verni | megverni | utni | megutni | kinyirni"],
      3,
    ),
    rule(
      "harm",
      "urgent",
      [
        "kes | kest | kessel | kesek* | bicska* | fegyver* | pisztoly* | macsete*",
        `${ME} | ${PERSON} | hord | hordja | mutatta | elovette | fenyeget*`,
      ],
      5,
    ),
    term("harm", "urgent", "fegyver* | pisztoly*"),
    rule("harm", "urgent", ["nem | nincs | sehol", "biztonsag*"], 4),
    rule(
      "harm",
      "urgent",
      ["veszely*", "otthon | itthon | itt | erzem | vagyok | nala | naluk | ott"],
      4,
    ),
    rule("harm", "urgent", ["nem akarok | nem merek | nem szeretnek", HOME], 4),
    term(
      "harm",
      "concern",
      "segitsetek | segitsen valaki | mentsetek meg | segits kerlek | kerlek segits",
    ),

    // Szexuális bántalmazás.
    rule(
      "sexual-abuse",
      "urgent",
      [
        "megerint* | erint* | hozzaer* | fogdos* | tapiz* | simogat*",
        `${ME} | intim* | bugyi* | melle* | fenek* | nemi* | testem* | ott lent | lent`,
      ],
      5,
    ),
    term(
      "sexual-abuse",
      "urgent",
      "nemi eroszak* | megeroszak* | szex* | porno* | pedofil* | meztelen* | ruha nelkul",
      "titkunk | a mi titkunk | ne mondd el senkinek | ne mond el senkinek | ne szolj senkinek",
      "molesztal* | fogdos* | tapizott | tapizni | prostitu* | levetkoztet*",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["vetkoz* | levetkoz*", `${ME} | kell | akarja | kenyszerit* | elotte | elottuk`],
      4,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["titok | titkot | titkunk", "senkinek | ne mondd | nem mondhatom | jatek | kettonk"],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "kep* | fotok* | foto* | video* | felvetel*",
        "meztelen* | ruha nelkul | alsonemu* | bugyi* | intim* | melltarto*",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "bejon | bejott | bejar | befekszik | befekudt | mellem fekszik",
        "agyamba | agyba | agyamban | szobamba ejjel | szobamba ejszaka | zuhany* | furdo*",
      ],
      6,
    ),
    rule(
      "sexual-abuse",
      "concern",
      ["idosebb* | felnott* | oregebb*", "barat* | pasi* | ferfi* | srac*"],
      3,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "ad | adott | ad nekem | vesz | vett | fizet | fizeti",
        "alkoholt | cigit | cigarettat | vape* | fuvet | drogot | piat",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "concern",
      ["csokol* | puszil* | smaciz*", "kenyszerit* | nem akarom | eroszak* | akaratom ellen"],
      5,
    ),

    // Önsértés és öngyilkosság.
    term(
      "self-harm",
      "urgent",
      "ongyilkos* | meg akarok halni | meg akarok dogleni | nem akarok elni | nem akarok tovabb elni",
      "nincs ertelme elni | nincs ertelme az eletemnek | jobb lenne ha nem lennek | barcsak meghalnek",
      "barcsak ne lennek | felvagom az eremet | felvagtam az eremet | tuladagol*",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "akarok | szeretnek | jobb lenne | barcsak | inkabb",
        "meghalni | halni | meghalnek | eltunni | nem elni | nem lenni | halott | dogleni | megdogleni",
      ],
      4,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "vagom | vagtam | vagdos* | megvag* | felvag* | karcol* | bantom | bantottam | egetem | megolom | megolni | olom | felakaszt* | megmergez*",
        `${MYSELF} | karom* | csuklom* | combom*`,
      ],
      3,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "gyogyszer* | tablett* | bogyo*",
        "sok | sokat | osszes | az egesz | bevettem | bevett | lenyeltem | doboz* | levelet",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      ["leugr* | ugrani | ugrok | ugrom", "hid* | tetor* | vonat* | ablak* | erkely*"],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      ["nem akarok | nem szeretnek | nem akarok mar", "vilagon | letezni | elni tovabb"],
      5,
    ),
    rule("self-harm", "concern", ["utalom | gyulolom", MYSELF], 3),
    term(
      "self-harm",
      "concern",
      "depresszi* | remenytelen* | senkit nem erdeklek | nem birom tovabb | nem birom mar",
      "semmit nem erek | ertektelen*",
    ),

    // Elhanyagolás.
    rule(
      "neglect",
      "urgent",
      ["nem adnak | nem kapok | nem kaptam | nem engednek | nem hagyjak", FOOD],
      4,
    ),
    rule("neglect", "concern", ["nincs | nincsen | semmi | nem volt", FOOD], 4),
    rule(
      "neglect",
      "concern",
      [
        "napja | napok | napig | egesz nap | tegnap ota",
        "nem ettem | nem ettunk | nem eszem | nem ehettem | semmit",
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "ehes | ehezek | ehezem | ehezunk",
        "mindig | allandoan | folyton | egesz nap | minden nap | semmi | nincs | suliban | iskolaban",
      ],
      6,
    ),
    term("neglect", "urgent", "eheztet* | kieheztet*"),
    rule(
      "neglect",
      "urgent",
      [
        "bezar* | bezart* | bezarnak | bezarva | rammzarja | kizar*",
        `${ME} | szobaba | szobamba | pinceb* | szekreny* | furdoszoba* | kint | kulcsra`,
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "egyedul | magamra | egyedul hagy* | otthagy*",
        "ejszakara | egesz ejjel | egesz nap | napokig | hetvegen | hetvegere | ocsemmel | hugommal | tesommel",
      ],
      5,
    ),
    term(
      "neglect",
      "concern",
      "senki nem torodik velem | koszos ruha* | nincs agyam | a foldon alszom | nincs futes",
    ),
    rule("neglect", "concern", [
      PERSON,
      "reszeg* | alkoholista | alkohol* | pial* | drog* | bedrogoz* | be van tepve | sokat iszik | mindig iszik | folyton iszik",
    ]),

    // Családon belüli erőszak.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "apa | apam* | apu | apuk* | mostohaap* | nevelapa* | barat* | pasija | elettars* | o",
        HIT,
        "anyat | anyamat | anyut | anyukamat | anyukat | anyut | nomet | hugomat | novéremet | nagynenemet",
      ],
      8,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | otthon | itthon | szuleim*`,
      "kiabal* | ordit* | ordibal* | veszeked* | veszekszenek | osszevesz* | tor-zuz* | tornek-zuznak | csapkod* | tort* ossze",
    ]),
    term(
      "domestic-abuse",
      "urgent",
      "csaladon beluli eroszak | hazi eroszak | tavoltartas* | csaladi eroszak",
    ),
    rule(
      "domestic-abuse",
      "concern",
      [
        "rendor* | zsaru*",
        "jott | jottek | kijottek | kijott | hivta | hivtak | kihivtak | elvittek | elvitte",
      ],
      5,
    ),

    // Bűnözői kizsákmányolás.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "arul* | arusit* | eladni | eladom | elad | dilel* | szallit* | vinni | vinnem | viszem | vittem | viszek | visz | hordok | hordani | rejteget* | elrejt* | tarol* | futar*",
        DRUGS,
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "kenyszerit* | kenyszer* | kotelez* | muszaj | kell | kuldenek | kuldtek",
        "arulni | lopni | lopok | ellopni | dilelni | szallitani | drogot vinni",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "tartozok | tartozom | tartozas* | adossag*",
        "ledolgoz* | dolgoznom | visszafizetni | penzt | fenyeget* | kulonben",
      ],
      8,
    ),
    term(
      "criminal-exploitation",
      "concern",
      "gang* | bandaba | bandahoz | bandatag* | diler* | dilerek* | kokain* | heroin*",
    ),

    // Kényszerházasság.
    rule(
      "forced-marriage",
      "urgent",
      [
        "hazass* | hazasod* | ferjhez | feleseg* | eskuvo* | jegyes* | eljegyez* | hozzamenni | hazasitani",
        "kenyszerit* | kell | muszaj | nem akarom | nem akarok | idosebb* | unokatestver* | akaratom ellen | elrendez* | kivalasztottak | megbeszeltek",
      ],
      8,
    ),
    term(
      "forced-marriage",
      "urgent",
      "kenyszerhazassag* | kenyszeru hazassag* | ferjhez akarnak adni | meg akarnak hazasitani",
      "ferjhez adnak",
    ),

    // Szökés, eltűnés, fedél nélkül.
    term(
      "missing",
      "concern",
      "elszokok | elszokom | elszoktem | elszokni | megszokok | megszokom | megszoktem",
      "elszokes* | elmenekul* | lelepek otthonrol",
    ),
    rule(
      "missing",
      "urgent",
      [
        "elszokok | elszokom | elszokni | megszokok | megszokni",
        "ma | ma este | ma ejjel | most | holnap | ejjel | akarok | fogok | tervezem",
      ],
      5,
    ),
    term(
      "missing",
      "urgent",
      "nincs hol aludnom | nincs hova mennem | nincs hol laknom | az utcan alszom",
      "az utcan aludtam | hajlektalan*",
    ),
    rule(
      "missing",
      "urgent",
      [
        "kidob* | kirug* | kitett* | elkuldtek",
        "otthonrol | hazbol | itthonrol | az utcara | utcara",
      ],
      5,
    ),

    // Félelem valakitől.
    rule("fear", "concern", [SCARED, `${PERSON} | tole | toluk | ejszaka | este | ejjel`], 5),
    rule("fear", "urgent", [SCARED, HOME], 5),

    // Zaklatás, bántás az iskolában.
    term(
      "bullying",
      "concern",
      "csufol* | kigunyol* | gunyol* | piszkal* | szekal* | zaklat* | kikozosit* | kinevet*",
      "kirohog* | cikiz* | bantanak az iskolaban | bantanak a suliban | senki nem szeret",
      "nincsenek barataim | nincs baratom | mindenki utal | cyberbully* | online zaklat*",
    ),

    // Szomorúság, amit érdemes elolvasni: kapcsolattartás, sírás, magány.
    rule(
      "wellbeing",
      "concern",
      [
        "hianyzik | hianyoznak | nem lathatom | nem talalkozhatok | nem latom | nem lattam",
        `${PERSON} | csalad* | otthon* | testver*`,
      ],
      5,
    ),
    rule(
      "wellbeing",
      "concern",
      [
        "sirok | sirtam | sirni | sirdogal*",
        "minden este | minden ejjel | mindig | egesz nap | sokat | folyton | allandoan",
      ],
      5,
    ),
    term(
      "wellbeing",
      "concern",
      "maganyos* | egyedul erzem magam | senki nem hallgat meg | nincs kivel beszelnem",
      "mindig szomoru | allandoan szomoru",
    ),
  ],
  idioms: [
    {
      all: [
        "meghalok | meghaltam | belehalok | meghalok a",
        "rohog* | nevet* | unalom* | unalm* | kivancsi*",
      ],
      within: 3,
      ordered: false,
    },
    { all: ["sziv* | szivem", "ver | vert | dobog*"], within: 3, ordered: false },
    { all: ["dob* | dobot", "ver | veri | verte"], within: 2, ordered: false },
    {
      all: [
        "megver* | legyoz* | vert | verte | verni",
        "meccs* | csapat* | sakk* | kartya* | jatek* | fifa* | verseny* | futas*",
      ],
      within: 4,
      ordered: false,
    },
    { all: ["rug* | rugott*", "labda* | gol* | kapu* | tizenegyes*"], within: 3, ordered: false },
    {
      all: [
        "felek | felnek | felt",
        "pok* | sotet* | kutya* | dolgozat* | fogorvos* | vizsga* | magassag* | kigyo* | felelesto*",
      ],
      within: 3,
      ordered: false,
    },
    {
      all: ["elszokott | elszokot | megszokott", "kutya* | macska* | cica* | hörcsög* | horcsog*"],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {
    nemtom: "nem tudom",
    nemtudom: "nem tudom",
    nemakarok: "nem akarok",
    nemakarom: "nem akarom",
    vok: "vagyok",
    h: "hogy",
    vki: "valaki",
    vmi: "valami",
    asszem: "azt hiszem",
    mer: "mert",
    sztem: "szerintem",
  },
  clitics: ["meg", "el", "ki", "le", "fel", "be"],
  fuzzyTail: 6,
};
