/**
 * Romanian disclosure lexicon. Written with or without diacritics alike: words are folded before
 * matching (ă/â→a, î→i, ș/ş→s, ț/ţ→t), so "mă bate", "ma bate" and "MA BATE" are one spelling to
 * the matcher. Hyphens split words, so "m-a bătut" is "m", "a", "batut", and the short pronouns
 * ("m", "mi", "ma") are slots of their own. Most entries are stems (`lovi*`: lovește, lovea,
 * lovit); where a stem is too short to be safe ("bat…" would catch "batista") the forms are
 * listed. Severity as in `en.ts`.
 *
 * Written by an engineer, not a native speaker, and not yet reviewed by one.
 */
import type { Lexicon } from "../types.js";
import { alt, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "tata | tatal | tatei | tati | taica | tatic | tatal vitreg | tata vitreg | mama | mamei | mami",
  "maica | mama vitrega | iubitul mamei | prietenul mamei | concubin* | frate* | fratii | sora",
  "sorei | unchi* | matusa | matusi* | bunic* | veris* | asistent* | profesor* | antrenor*",
  "vecin* | el | ea | ei | ele | cineva | barbat* | un om | parinti* | familia",
);
/** Hitting and hurting: a bate by form, then the other verbs by stem. */
const HIT = alt(
  "bate | bat | batea | bateau | batut | batuta | batuti | batai | bataie | loveste | lovesc",
  "lovea | lovit | lovita | lovi | pocneste | pocnit | palm* | plesn* | pumn* | pumni | sut | suturi | sutat",
  "impinge | impins | imbranc* | trage de par | tras de par | strange de gat | strans de gat",
  "sufoca* | sugruma* | cu cureaua | cu curea | cu furtunul | raneste",
  "face rau | facut rau | chinui* | tortur* | agresa* | abuzeaza | abuzat | maltrat*",
);
/** Hurts that say nothing alone ("mama a ars mâncarea"), only done to the child. */
const HURT = alt("ranit | ranita | ars | arsa | arde | ardea | opari*");
const ME = alt("ma | m | mi | mie | pe mine | ne | noi | pe noi");
const NOT = alt("nu | n | niciodata | fara");
const HOME = alt("acasa | inapoi acasa | sa ma intorc | ma intorc");
const DRUGS = alt(
  "drog* | iarba | iarba | canabis | marijuana | cocaina | heroina | pastile | pachet* | colet*",
  "marfa | marfa | punga | pungi",
);
const SCARED = alt("frica | teama | tem | temeam | speriat* | sperie | speria | ingrozit*");

export const ro: Lexicon = {
  language: "ro",
  reviewedByNativeSpeaker: false,
  rules: [
    // Abuz fizic.
    rule("physical-abuse", "urgent", [PERSON, HIT]),
    rule("physical-abuse", "urgent", [ME, HIT], 3),
    rule("physical-abuse", "urgent", [ME, HURT], 3),
    term(
      "physical-abuse",
      "urgent",
      "vanatai | vanatai* | vanataie | vinatai* | urme de bataie | batut mar | bataie rau",
    ),

    // Amenințări, arme, pericol.
    rule(
      "harm",
      "urgent",
      ["omor* | omoare | ucid* | ucide | ucis | injunghi* | taie gatul", `${ME} | te | ${PERSON}`],
      4,
    ),
    rule("harm", "urgent", ["ameninta* | amenint*", `${ME} | ${PERSON} | ca`]),
    rule(
      "harm",
      "urgent",
      [
        "cutit* | briceag* | arma | arme | pistol* | macet*",
        `${ME} | are | avea | ameninta* | aratat | arata | scos | scoate | atacat | flutura`,
      ],
      5,
    ),
    rule("harm", "urgent", [NOT, "siguranta | in siguranta"], 5),
    term("harm", "urgent", "in pericol | periculos acasa | periculos la"),
    rule("harm", "urgent", [NOT, "vreau | vrea", HOME], 5),
    term(
      "harm",
      "concern",
      "ajutor | ajutati-ma | ajutati ma | salvati-ma | salvati ma | va rog ajutati",
    ),

    // Abuz sexual.
    rule(
      "sexual-abuse",
      "urgent",
      [
        "atinge | atins | atingea | atinga | pipai* | pipaie | mangaie | mangaia",
        `${ME} | intim* | sani | sanii | fund | chilot* | corp* | acolo jos | locuri`,
      ],
      5,
    ),
    term(
      "sexual-abuse",
      "urgent",
      "viol* | violat* | abuz sexual | abuzat sexual | sexual* | sex | porno* | nud | nuda | nude",
      "dezbrac* | goala | gol pusca | secretul nostru | secret intre noi | sa nu spun nimanui",
      "nu spune nimanui | sa nu spui nimanui | pedofil* | prostitu*",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["secret*", "nostru | nimanui | joc* | intre noi | spui | spun"],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "poz* | foto* | video* | filmar* | clip*",
        "nud* | goala | gol | dezbrac* | fara haine | chilot* | lenjerie | intim*",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        PERSON,
        "vine | venea | intra | intra in",
        "pat | patul | patului | baie | dus | camera mea",
      ],
      8,
    ),
    rule(
      "sexual-abuse",
      "concern",
      ["mai mare | mult mai mare | adult | major", "iubit* | prieten* | barbat* | baiat*"],
      3,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "un barbat | un baiat | cineva | un om | strain* | un tip | tipul | baiatul | barbatul",
        "da | dat | dadea | cumpara | cumparat | primesc",
        "bani | alcool | tigari | vape* | cadou*",
      ],
      8,
    ),

    // Autovătămare și sinucidere.
    term(
      "self-harm",
      "urgent",
      "sinucid* | sinucidere | ma omor | sa ma omor | vreau sa mor | vreau sa mor | as vrea sa mor",
      "nu mai vreau sa traiesc | nu vreau sa traiesc | nu mai vreau sa fiu | vreau sa dispar",
      "ma tai | ma taiu | ma tai pe | ma ranesc | ma autoranesc | autovatam* | automutil*",
      "mai bine fara mine | mai bine mort | mai bine moarta | mai bine as muri",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "tai | taiat | taiam | zgari* | ard | ranesc",
        "maini | mana | incheieturi* | brate | picioare | singur | singura",
      ],
      3,
    ),
    rule(
      "self-harm",
      "urgent",
      ["sar | sari | arunc", "pod | bloc | etaj | tren | geam | fereastra | balcon"],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "pastile | medicament* | tablete | pastil*",
        "multe | toate | luat | inghitit | cutie | pumn",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      ["viata | traiesc | trai", "rost | sens | nu are rost | fara rost"],
      4,
    ),
    term(
      "self-harm",
      "concern",
      "ma urasc | imi urasc viata | depresi* | fara speranta | nu mai pot | nu mai suport",
      "nimeni nu ma iubeste | nu valorez nimic",
    ),

    // Neglijare.
    rule(
      "neglect",
      "urgent",
      ["nu | n", "da | dau | dadea | lasa | primesc", "mancare | mananc | sa mananc | de mancare"],
      5,
    ),
    term(
      "neglect",
      "concern",
      "nu avem mancare | nu am mancare | nu e mancare | nu este mancare | n am mancat",
      "nu am mancat | foame mereu | mereu foame | mi e foame mereu | flamand mereu | flamanda mereu",
      "nu avem caldura | nu avem curent | haine murdare | nu am pat | dorm pe jos",
    ),
    rule(
      "neglect",
      "concern",
      ["flamand | flamanda | infomet* | foame", "mereu | tot timpul | zilnic | scoala | niciodata"],
      6,
    ),
    rule(
      "neglect",
      "urgent",
      [
        "incui* | inchid | inchis | inchisa | inchide",
        `${ME} | camera | pivnita | dulap | baie | afara`,
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "singur | singura | singuri | lasa | lasat | lasata",
        "acasa | noaptea | nopti | zile | weekend* | cu fratele | cu sora",
      ],
      5,
    ),
    rule("neglect", "concern", [
      PERSON,
      "beat | beata | beti | bea | alcool | drog* | drogat* | drogata",
    ]),

    // Violență domestică.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "tata | tatal | tati | tata vitreg | tatal vitreg | iubitul | prietenul | concubin* | el",
        HIT,
        "mama | mami | pe mama | o | pe ea | matusa | sora",
      ],
      6,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | acasa | parintii`,
      "cearta | certa | cert* | tipa | tipau | urla | urlau | injura | injurau | trantesc | sparg",
    ]),
    rule(
      "domestic-abuse",
      "concern",
      ["politia | politie | politistii", "venit | vine | chemat | sunat | a venit"],
      4,
    ),

    // Exploatare infracțională.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "vand | vinde | vanda | vandut | car | cara | duc | duce | transport* | livr* | ascund | tin | pastrez",
        DRUGS,
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "oblig* | fort* | pus | pun | trebuie",
        "sa vand | sa fur | fur | sa duc | sa car | sa livrez | livrez",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      ["datori* | dator", "bani | lor | lui | ei | platesc | muncesc | returnez"],
      5,
    ),
    term(
      "criminal-exploitation",
      "concern",
      "gasca | gasti | banda | bande | dealer* | droguri | drogurile",
    ),

    // Căsătorie forțată.
    rule(
      "forced-marriage",
      "urgent",
      [
        "marit* | marita | maritat* | casatori* | casator* | nunta | insur* | logod*",
        "fort* | cu forta | oblig* | nu vreau | trebuie | var | varul | mai mare | in tara | batran | aranjat*",
      ],
      8,
    ),

    // Fugă, dispariție, fără adăpost.
    term(
      "missing",
      "concern",
      "fug de acasa | fugit de acasa | fugi de acasa | sa fug | o sa fug | plec de acasa",
    ),
    rule(
      "missing",
      "urgent",
      [
        "fug | fugi | plec | dispar",
        "azi | astazi | diseara | acum | maine | la noapte | noaptea asta",
      ],
      5,
    ),
    term(
      "missing",
      "urgent",
      "nu am unde sa dorm | nu am unde sa stau | nu am unde sa merg | n am unde | dat afara din casa",
      "m au dat afara | m a dat afara | fara adapost",
    ),
    rule(
      "missing",
      "urgent",
      ["dorm | dormit | dormeam", "strada | gara | parc | scara blocului | afara"],
      4,
    ),

    // Frică.
    rule("fear", "concern", [SCARED, `${PERSON} | de el | de ea | de ei | noaptea`], 5),
    rule("fear", "urgent", [SCARED, HOME], 5),

    // Bullying.
    term(
      "bullying",
      "concern",
      "bully* | hartui* | agreseaza | rad de mine | razand de mine | ma jignesc | jignesc | jigneste",
      "porecl* | ma batjocor* | batjocor* | nu am prieteni | n am prieteni | toti ma urasc | rasist*",
      "ma exclud | ma ignora toti",
    ),

    // Tristețe de citit.
    rule(
      "wellbeing",
      "concern",
      [
        "dor | lipseste | lipsesc | nu o vad | nu il vad | nu ii vad | nu ma lasa sa vad",
        `${PERSON} | familie* | casa | acasa`,
      ],
      5,
    ),
    rule(
      "wellbeing",
      "concern",
      ["plang | plangeam | plans", "fiecare | in fiecare | mereu | noaptea | zilnic | tot timpul"],
      5,
    ),
    term(
      "wellbeing",
      "concern",
      "ma simt singur | ma simt singura | singuratate | nimeni nu ma asculta | nimeni nu asculta",
    ),
  ],
  idioms: [
    {
      all: ["inima | inimioara | ceas* | clopot*", "bate | batea | batut | imi bate | bat"],
      within: 3,
      ordered: false,
    },
    {
      all: [
        "bate | batut | batea | bat",
        "la sah | la fotbal | la joc | la fifa | la tenis | la alergat | meci* | scor* | echip* | mingea | record*",
      ],
      within: 5,
      ordered: false,
    },
    { all: ["bate | batut | bat", "la usa | usa | covor*"], within: 3, ordered: false },
    {
      all: [
        "mor | muream | murit",
        "de ras | de plictiseala | de foame | de nerabdare | de curiozitate | de cald | de frig",
      ],
      within: 3,
    },
    {
      all: [
        "frica | teama | tem | speriat*",
        "paianjen* | intuneric | caini | caine | inaltime | dentist* | serpi | examen* | test*",
      ],
      within: 5,
      ordered: false,
    },
    {
      all: [
        "cutit* | tai | taie | taiat",
        "legum* | paine | ceapa | rosii | fructe | carne | tort | par | parul | unghii",
      ],
      within: 5,
      ordered: false,
    },
    {
      all: ["omor* | omorat | ucis", "joc | jocul | zombi* | monstr* | nivel*"],
      within: 5,
      ordered: false,
    },
    {
      all: ["fug* | fugit", "autobuz | tren | scoala | ora | antrenament"],
      within: 3,
      ordered: false,
    },
    {
      all: ["suturi | sut* | lovit* | loveste", "minge* | gol* | poarta"],
      within: 3,
      ordered: false,
    },
  ],
  expansions: {
    ft: "foarte",
    nmk: "nimic",
    nmc: "nimic",
    cnv: "cineva",
    vr: "vreau",
    nus: "nu sunt",
    "nu-s": "nu sunt",
    dc: "de ce",
    pt: "pentru",
  },
  fuzzyTail: 4,
};
