/**
 * Albanian disclosure lexicon, Standard (Tosk) with the Gheg forms children from Kosovo and the
 * north write ("jam tu u frikesu"), as typed on a phone: without ë and ç, "s'" glued to the verb.
 * Written by an engineer, not a native speaker: see `reviewedByNativeSpeaker`. Words are folded
 * before matching: ë → e, ç → c, and a run of one letter written once, so "rreh" is "reh" and
 * "vëllai" is "velai", in the text and the lexicon alike.
 *
 * "më" (me) folds to "me" (with), so "me" never stands alone for the child: a rule needs a person,
 * a body word or a verb only used of harm. "i sigurt" is "sure" as well as "safe", so "not safe"
 * alerts only with "ndihem" (feel) or home. Severity as in `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "babai | baba | babi | babain | ati | im at | njerku | njerkun | nena | nëna | mama | mami | nana",
  "njerka | njerken | vellai | vella | vellau | xhaxhai | xhaxha | daja | dajo | gjyshi | kushuriri",
  "burri | burri i mamit | i dashuri i mamit | ai | ajo | ata | mesuesi | mesuesja | hoxha | fqinji",
  "djemte | djem | nje burre | burre",
);
/** Hitting and hurting. */
const HIT = alt(
  "rreh | rrah | rrahu | rrahi | rrihte | rrahin | rrahur | godet | godit | goditi | godasin",
  "qellon | qelloi | qellonte | shuplak* | shuplaka | shkelm* | grushta | grusht | lendon | lendoi",
  "djeg | dogji | mbyt | mbyste | terhoq | terheq | perplas | perplasi | rryp | rripi | me rryp",
);
const BODY = alt(
  "fytyre | fytyra | koke | koken | krahe | krahun | trup | trupin | shpine | kembe | sy | syrin",
);
const HOME = alt("shtepi | shtepia | shtepine | ne shtepi | shpi | shpia | ne shpi | atje");
const SCARED = alt(
  "frike | frikesohem | frikesuar | frikesu | trembem | trembur | tmerrohem | kam frike | tutem",
);

export const sq: Lexicon = {
  language: "sq",
  reviewedByNativeSpeaker: false,
  rules: [
    // Dhuna fizike
    rule("physical-abuse", "urgent", [PERSON, HIT]),
    rule("physical-abuse", "urgent", [HIT, BODY], 4),
    term(
      "physical-abuse",
      "urgent",
      "me rreh | me rrah | me rrahu | me rrihte | me godet | me goditi | me qellon | me qelloi",
      "me dha shuplak* | me lendon | me dogji | me mbyste | te nxira | te nxirat | me shenja | mavijosje",
      "nxire | blu ne trup",
    ),

    // Kercenim, arme, rrezik
    term(
      "harm",
      "urgent",
      "do me vrase | me vret | me vrasin | te vrase | vrasin | kercenon | kercenoi | me kercenon | kercenim",
      "thike | thika | thiken | arme | armen | pistolete | pistoleten | rrezik | ne rrezik | i rrezikshem",
      "nuk ndihem i sigurt | nuk ndihem e sigurt | nuk ndihem i sigurte | nuk ndihem e sigurte",
    ),
    rule("harm", "urgent", ["sigurt | sigurte | sigurte", "shtepi | shpi | ketu | atje | kur"], 4),
    rule(
      "harm",
      "urgent",
      ["nuk | s | mos", "dua | du", "shkoj | kthehem | kthem | shko | kthej | ik", HOME],
      6,
    ),
    rule("harm", "urgent", [SCARED, "shkoj | kthehem | kthem", HOME], 6),
    term("harm", "concern", "me ndihmoni | ndihmo me | ndihme ju lutem | me ndihmo"),

    // Abuzim seksual
    term(
      "sexual-abuse",
      "urgent",
      "perdhun* | abuzim seksual | abuzon seksualisht | ngacmim seksual | ngacmon seksualisht | seks",
      "lakuriq | lakuriqe | pa rroba | zhvesh* | vende private | vendet private | pjeset private",
      "mos i thuaj askujt | mos i trego askujt | mos i thuj kujt | sekreti yne | sekret mes nesh",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "prek | preku | prekte | prekin | perkedhel",
        `${PERSON} | ${BODY} | trupin | gjoksin | poshte | nen | rrobat | kofshet | naten | shtrat`,
        "me | mua",
      ],
      6,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "foto | fotot | foton | video | videot | fotografi",
        "lakuriq | pa rroba | kerkon | dergo | dergoj | trupit",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "concern",
      ["puth | puthi | puthte | me puth", PERSON, "nuk | me zor | detyrim"],
      6,
    ),

    rule(
      "sexual-abuse",
      "concern",
      [PERSON, "hyn | futet | vjen", "dhome | dhomen | shtrat | shtratin | banjo"],
      5,
    ),

    // Vetedemtim dhe vetevrasje
    term(
      "self-harm",
      "urgent",
      "vetevras* | vras veten | vrisja veten | te vras veten | dua te vdes | du me dek | du te vdes | dua me vdek",
      "pres veten | preva veten | pres duart | lendoj veten | lendova veten | demtoj veten | djeg veten",
      "nuk dua te jetoj | s dua te jetoj | nuk du me jetu | hedh veten",
    ),
    rule("self-harm", "urgent", ["dua | du | desha", "vdes | vdek | dek | zhdukem"], 3),
    rule(
      "self-harm",
      "urgent",
      [
        "tableta | tabletat | hape | hapet | ilace | ilacet",
        "shume | gjitha | krejt | piva | mora | pi",
      ],
      5,
    ),
    rule("self-harm", "concern", ["urrej | urrejta", "veten | jeten | jeta"], 3),
    term(
      "self-harm",
      "concern",
      "askush nuk me do | askujt nuk i intereson | pa shprese | depresion",
    ),

    // Neglizhim
    rule(
      "neglect",
      "urgent",
      ["nuk | s | pa | mos", "japin | jep | lene | len", "buke | ushqim | te ha | me hanger | ha"],
      5,
    ),
    term(
      "neglect",
      "concern",
      "i uritur | e uritur | jam uritur | uritur | kam uri | nuk kemi buke | nuk ka ushqim",
    ),
    rule(
      "neglect",
      "urgent",
      ["mbyllin | mbyll | mbylli | mbyllen | ndryjne", "dhome | dhoma | jashte | banjo | me"],
      4,
    ),
    rule(
      "neglect",
      "concern",
      ["vetem | i vetem | e vetme", "naten | gjithe naten | dite | dit | shtepi"],
      5,
    ),
    rule("neglect", "concern", [PERSON, "deher | dehur | pi shume | droge | alkool | raki"]),

    rule(
      "neglect",
      "concern",
      ["asgje | pa | nuk kemi", "ngrene | te ngrene | hengrem | te hame"],
      4,
    ),

    // Dhuna ne familje
    rule(
      "domestic-abuse",
      "urgent",
      [HIT, "mamin | mamen | nenen | nanen | motren | gruan | mamine"],
      4,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | shtepi | shpi | cdo dite`,
      "bertet | bertasin | bertiste | zihen | grinden | sherr | sherre | thyen | shan | sha",
    ]),
    rule(
      "domestic-abuse",
      "concern",
      ["policia | policine | polic", "erdhi | erdhen | shtepi | thirri"],
      5,
    ),

    // Shfrytezim kriminal
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "shes | shesim | shita | shet | coj | çoj | mbaj | fsheh | fsheha | dergoj | transportoj",
        "droge | drogen | kokain* | bar | barin | heroin* | pako | paketa | kanabis",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "detyrojne | detyron | detyroi | me zor | me detyrim | duhet",
        "shes | vjedh | droge | coj | dergoj",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      ["borxh | borxhi | borxhin", "pare | para | pages | paguaj | kercen*"],
      5,
    ),

    // Martese me detyrim
    rule(
      "forced-marriage",
      "urgent",
      [
        "martoj* | martohem | martese | martesa | fejoj* | fejese | fejuar | burre",
        "zor | me zor | detyrim | detyrojne | nuk dua | s dua | kushuririn | plak | shqiperi | kosove | vend",
      ],
      7,
    ),

    // Ikje, zhdukje, pa strehe
    term(
      "missing",
      "urgent",
      "ika nga shtepia | ik nga shtepia | do iki nga | arratis* | me perzune | me nxoren jashte | fle ne rruge",
      "fjeta ne rruge | fjeta jashte | ska ku te fle | nuk kam ku te fle | s kam ku te fle | zhdukem",
    ),

    // Frike
    rule("fear", "concern", [SCARED, `${PERSON} | prej tij | nga ai | naten`], 5),

    // Bullizem
    term(
      "bullying",
      "concern",
      "bullizem | bulizem | me ngacmojne | ngacmojne | me tallin | tallen | me shajne | me perqeshin",
      "nuk kam shoke | s kam shoke | askush nuk luan me mua | me perjashtojne | racist",
    ),

    // Merzi qe duhet lexuar
    rule(
      "wellbeing",
      "concern",
      [
        "mungon | mungojne | marak | mall",
        `${PERSON} | familja | familjen | vellezerit | motrat | motra`,
      ],
      4,
    ),
    term(
      "wellbeing",
      "concern",
      "qaj cdo nate | qaj cdo dite | qaj shume | i merzitur | e merzitur | vetmi",
      "ndihem vetem | jam vetem | askush nuk me degjon",
    ),
  ],
  idioms: [
    {
      all: ["zemra | zemer | zemren", "rreh | rrah | rrihte"],
      within: 3,
      ordered: false,
    },
    {
      all: [
        "rrah | rreh | rrahu | godet | goditi | godit | gjuan",
        "qilimin | qilim | topin | top | veze | vezet | rekord",
      ],
      within: 2,
      ordered: false,
    },
    {
      all: ["vdes | vdiqa | dek", "per | nga te qeshurit | qeshuri | qeshurit | uria"],
      within: 3,
      ordered: true,
    },
    {
      all: [
        SCARED,
        "qente | qenve | gjarperinjte | erresira | erresires | provimi | provimit | merimangat",
      ],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {
    sdua: "nuk dua",
    sdu: "nuk du",
    skam: "nuk kam",
    sjam: "nuk jam",
    smund: "nuk mund",
    ska: "nuk ka",
    spo: "nuk po",
  },
  fuzzyTail: 3,
};
