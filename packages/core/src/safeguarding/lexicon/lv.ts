/**
 * Latvian disclosure lexicon. Written with or without diacritics alike: words are folded before
 * matching (ā→a, č→c, ē→e, ģ→g, ī→i, ķ→k, ļ→l, ņ→n, š→s, ū→u, ž→z), so "sit", "sīt" and "SIT"
 * are one spelling, and "žņaudz" is "znaudz". Latvian bends every word, so most entries are stems
 * (`piekau*`: piekauj, piekāva); short verbs ("sit", hits) are listed by form. Severity as in
 * `en.ts`.
 *
 * Written by an engineer, not a native speaker, and not yet reviewed by one.
 */
import type { Lexicon } from "../types.js";
import { alt, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "tetis | tets | tevs | teva | tetim | tevam | patev* | mamma | mammas | mammai | mamm* | mate",
  "mates | pamat* | mammas draugs | draugs | bralis | bral* | masa | masas | tante | tevoc*",
  "vectev* | vecmamin* | omit* | opis | audzuvecak* | audzumamm* | audzutet* | skolotaj*",
  "treneris | kaimin* | vins | vina | vini | kads | virietis | viriet* | gimen* | vecaki",
);
/** Hitting and hurting. */
const HIT = alt(
  "sit | sita | sitis | situ | sitot | iesit | iesita | piekau* | piekava | kauj | dauza | dauz*",
  "sparda | sparditi | spera | iespera | gruz | gruda | iegruda | znaudz* | sapin* | nodara pari",
  "ar siksnu | ar jostu | plauk* | ieplauk* | dunck* | kakli zna* | spid* | mocis | moca",
  "vardarb* | sadauz* | sakropl*",
);
const ME = alt("mani | man | mus | mums | es");
const HOME = alt("majas | maja | majam | uz majam | atpakal");
const DRUGS = alt("narkotik* | zale | zali | zales | kokain* | amfetamin* | pacin* | paka | pakas");
const SCARED = alt("baidos | bail | bailes | baidijos | biede | biedeja | nobijies | nobijusies");

export const lv: Lexicon = {
  language: "lv",
  reviewedByNativeSpeaker: false,
  rules: [
    // Fiziska vardarbība.
    rule("physical-abuse", "urgent", [PERSON, HIT]),
    rule("physical-abuse", "urgent", [ME, HIT], 3),
    term(
      "physical-abuse",
      "urgent",
      "zilumi | zilum* | piekauts | piekauta | sists | sista | zils un zals",
    ),

    // Draudi, ieroči, briesmas.
    rule(
      "harm",
      "urgent",
      ["nogalin* | nosit* | nositis | nobeig* | nodur*", `${ME} | tevi | ${PERSON}`],
      4,
    ),
    rule("harm", "urgent", ["draud* | piedraud*", `${ME} | ${PERSON} | ka`]),
    rule(
      "harm",
      "urgent",
      [
        "nazis | nazi | naza | ierocis | ieroci | pistol* | sauteni*",
        `${ME} | ir | bija | radija | draud* | vicin* | uzbruka`,
      ],
      5,
    ),
    term(
      "harm",
      "urgent",
      "nejutos drosi | nejutos drosa | nejutos drosibā | nejutos drosiba | nav drosi | neesmu drosiba",
      "palidziet | paliga | glabiet mani | ludzu palidziet",
    ),
    rule("harm", "urgent", ["negribu | negribas | nevelos", HOME], 4),

    // Seksuāla vardarbība.
    rule(
      "sexual-abuse",
      "urgent",
      [
        "aiztiek | aiztika | aizskar | aizskara | glasta | glastija | taustij* | tausta",
        `${ME} | intim* | krut* | starp kajam | bikses | apaksvel* | kermen*`,
      ],
      5,
    ),
    term(
      "sexual-abuse",
      "urgent",
      "izvaro* | izvarosan* | seksual* | seks* | porno* | kails | kaila | kailbild* | kailfoto",
      "izgerb* | musu noslepums | nevienam nesaki | nesaki nevienam | pedofil* | pavedin*",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["noslepum*", "musu | nevienam | nesaki | spele | starp mums"],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["bild* | foto* | video | attel*", "kail* | bez drebem | izgerb* | apaksvel* | intim*"],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        PERSON,
        "nak | naca | nak iekša | lien | ielien",
        "gulta | gultā | gultu | vannas istab* | duš*",
      ],
      8,
    ),
    rule(
      "sexual-abuse",
      "concern",
      ["daudz vecak* | vecaks | pieaugus*", "puisis | draugs | virietis | vīrs"],
      3,
    ),

    // Paškaitējums un pašnāvība.
    term(
      "self-harm",
      "urgent",
      "pasnavib* | nogalinat sevi | nogalinasu sevi | gribu nomirt | gribu mirt | gribas nomirt",
      "negribu dzivot | negribas dzivot | negribu vairs dzivot | bez manis butu labak | bez manis visiem butu labak",
      "griezu sevi | griezos | sagriezos | sagriezu rokas | sev nodaru pari | kaitēju sev | kaiteju sev",
    ),
    rule(
      "self-harm",
      "urgent",
      ["griez* | sagriez* | dedzin*", "sevi | rokas | plaukstas | kajas | adu"],
      3,
    ),
    rule(
      "self-harm",
      "urgent",
      ["lekt | leksu | nolekt | nolēkšu | noleksu", "tilt* | jumt* | vilcien* | log* | balkon*"],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      ["tablet* | zales", "daudz | visas | iedzeru | noriju | iepakojum*"],
      5,
    ),
    rule("self-harm", "urgent", ["dzive | dzivot | dzives", "jeg* | bezjedzig*"], 4),
    term(
      "self-harm",
      "concern",
      "ienistu sevi | ienistu savu dzivi | depresij* | bezcer* | vairs nevaru | neviens mani nemil",
    ),

    // Nolaidība.
    rule(
      "neglect",
      "urgent",
      [
        "nedod | nedeva | neļauj | nelauj | aizliedz",
        "est | edienu | pusdienas | vakarinas | brokast*",
      ],
      4,
    ),
    term(
      "neglect",
      "concern",
      "nav ediena | nav ko est | nav ka est | mums nav ediena | vienmer izsalc* | vienmer izsalk*",
      "nav apkures | nav elektribas | netiras drebes | nav gultas | gulu uz gridas",
    ),
    rule(
      "neglect",
      "concern",
      ["izsalc* | izsalk* | badā | bada", "vienmer | katru dienu | skola | nekad"],
      5,
    ),
    rule(
      "neglect",
      "urgent",
      ["iesledz* | aizsledz* | ieslodz*", `${ME} | istab* | pagrab* | skap* | vannas istab* | ara`],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "vienu | vienus | viena | vieni | atstaj*",
        "majas | nakti | naktis | dienam | nedelas nogal*",
      ],
      5,
    ),
    rule("neglect", "concern", [
      PERSON,
      "piedzer* | dzer | dzera | alkohol* | narkotik* | pilnā | reibum*",
    ]),

    // Vardarbība ģimenē.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "tetis | tevs | patevs | draugs | vins",
        HIT,
        "mammu | mammai | mamma | mati | mate | masu | tanti",
      ],
      6,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | majas | vecaki`,
      "kliedz* | bļaustās | blaustas | strid* | lamajas | plēšas | plesas | sist* traukus",
    ]),
    rule(
      "domestic-abuse",
      "concern",
      ["policij*", "atbrauca | atnaca | bija | izsauca | zvanija"],
      4,
    ),

    // Noziedzīga ekspluatācija.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "pardot | pardod | pardevu | nesat | nesaju | nes | vadat | piegadat | glabat | slept | paslept",
        DRUGS,
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "piespied* | liek | lika | spiez | man jā | man ja",
        "pardot | zagt | nozagt | nesat | piegadat | vest",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      ["parad*", "naud* | atstradat | atdot | samaksat | viniem | vinam"],
      5,
    ),
    term("criminal-exploitation", "concern", "band* | grupejum* | dileri* | dileris | narkotik*"),

    // Piespiedu laulība.
    rule(
      "forced-marriage",
      "urgent",
      [
        "precet* | apprec* | laulib* | kazas | saderin* | izdot pie viru | izprecin*",
        "piespied* | liek | negribu | bralen* | masic* | vecak* | aizvest* | aizsutit* | izvelej*",
      ],
      8,
    ),

    // Bēgšana, pazušana.
    term(
      "missing",
      "concern",
      "aizbeg* | aizbegt | begt no majam | aizbegsu no majam | pazudis | pazudusi",
    ),
    rule(
      "missing",
      "urgent",
      ["aizbeg* | aizbegsu | pazudisu", "sodien | sonakt | tagad | rit | naktī | nakti"],
      5,
    ),
    term(
      "missing",
      "urgent",
      "nav kur gulet | nav kur dzivot | nav kur iet | izmeta no majam | izmeta mani | padzina mani | bezpajumt*",
    ),
    rule(
      "missing",
      "urgent",
      [
        "gulu | guleju | nakšņoju | naksnoju",
        "iela | uz ielas | stacija | parka | kapnutelp* | ara",
      ],
      4,
    ),

    // Bailes.
    rule("fear", "concern", [SCARED, `${PERSON} | vina | vinas | vinu | nakti`], 5),
    rule("fear", "urgent", [SCARED, HOME], 5),

    // Ņirgāšanās.
    term(
      "bullying",
      "concern",
      "nirgaj* | apsauk* | mobing* | bulij* | neviens mani nemil | neviens ar mani nerunā | man nav draugu",
      "smejas par mani | visi mani ienist | rasist* | izsledz mani",
    ),

    // Skumjas, ko vērts izlasīt.
    rule(
      "wellbeing",
      "concern",
      [
        "ilgoj* | pietrukst | neredzu | nelauj redzet | nelauj satikt",
        `${PERSON} | gimen* | majas`,
      ],
      5,
    ),
    rule("wellbeing", "concern", ["raud*", "katru | vienmer | naktis | nakti | visu laiku"], 5),
    term(
      "wellbeing",
      "concern",
      "=vientul* | neviens neklausas | neviens mani neklausa | nav ar ko runat",
    ),
  ],
  idioms: [
    {
      all: ["pulkstenis | pulkstens | sirds | zvans | zvani", "sit | sita"],
      within: 3,
      ordered: false,
    },
    { all: ["sit | sita | saputo", "olas | olu | putukrejum* | mikl*"], within: 3, ordered: false },
    {
      all: ["sit | sita | iesita | iesit | spera | sparda", "bumb* | vart* | rekord*"],
      within: 4,
      ordered: false,
    },
    {
      all: [
        "mirstu | nomiršu | nomirsu",
        "no",
        "smiekliem | garlaicibas | bada | ziņkaribas | zinkaribas",
      ],
      within: 3,
    },
    {
      all: [
        "baidos | bail",
        "no",
        "zirnek* | tumsas | suniem | suna | augstuma | zobarst* | eksamen* | cuskam",
      ],
      within: 4,
    },
    {
      all: ["griez* | nazi | nazis", "maiz* | daržen* | darzen* | gal* | sier* | kuk* | abol*"],
      within: 5,
      ordered: false,
    },
    { all: ["nogalin* | nosit*", "spel* | zombij* | monstr* | limen*"], within: 5, ordered: false },
    {
      all: ["kazas | kazam | kaza", "vecmamin* | fermā | ferma | lauk* | piens | siers | ganibas"],
      within: 6,
      ordered: false,
    },
  ],
  expansions: {
    nzn: "nezinu",
    tagat: "tagad",
    neko: "neko",
  },
  fuzzyTail: 4,
};
