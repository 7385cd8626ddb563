/**
 * Lithuanian disclosure lexicon. Written with or without diacritics alike: words are folded before
 * matching (ą→a, č→c, ę/ė→e, į→i, š→s, ų/ū→u, ž→z), so "muša", "musa" and "MUŠA" are one spelling
 * to the matcher. Lithuanian bends every word and glues "ne" to verbs ("nemuša"), so most entries
 * are stems (`trenk*`: trenkia, trenkė, trenkdavo) and the negated forms are listed beside the
 * plain ones: a negation never suppresses an alert. Where a stem is too short to be safe ("mus…"
 * would catch "mus", us) the forms are listed. Severity as in `en.ts`.
 *
 * Written by an engineer, not a native speaker, and not yet reviewed by one.
 */
import type { Lexicon } from "../types.js";
import { alt, rule, term } from "./rule.js";

/** People around a child who might harm them, in the cases children write. */
const PERSON = alt(
  "tetis | teti | tecio | teciui | tete | tetes | tetei | tetuk* | tev* | patev* | mama | mamos",
  "mamai | mama | mamyte | mamytes | motina | motinos | pamot* | mamos draug* | draugas | vaikin*",
  "brol* | sesuo | sesers | seseri | sesut* | sese | dede | dedes | dedei | tet* | senel* | senuk* | mociut* | bobut*",
  "globej* | aukletoj* | mokytoj* | treneri* | treneris | kaimyn* | jis | ji | jie | jos | vyras",
  "vyras | vyrai | vyro | vyru | vyriskis | berniuk* | suaugus* | seimoj* | seima",
);
/** Hitting and hurting: mušti with its forms listed (not "mus", us), then the other verbs. */
const HIT = alt(
  "musa | muse | musti | musdavo | musa | musei | musiu | nemusa | nemuse | sumus* | primus*",
  "apmus* | uzmuse | trenk* | sutrenk* | spardo | spard* | spyre | spiria | dauzo | dauz* | smog*",
  "pliauksten* | pliaukstel* | antausi* | stumd* | stumia | stume | nustume | smaug* | pasmaug*",
  "skriaud* | skaudin* | suzaloj* | suzalo* | kankin* | lupa | lupdavo | nulupo | perlup* | pluk*",
  "diržu | dirzu | dirzas | tampo | tampe | rauna plaukus | temp* uz plauk*",
);
const ME = alt("mane | man | manes | mus | mums | mudu");
const SCARED = alt("bijau | bijojau | bijome | bijo | baisu | baiminuos* | isgasd* | gasdin*");
const HOME = alt("namo | namus | namuose | namu | grizti | grizt | grist | eiti namo");
const DRUGS = alt(
  "narkot* | narkas | narku | zole | zoles | zolyt* | kokain* | amfetamin* | heroin* | tabletes",
  "paket* | paketeli* | siunt* | kuprin* | prekes | preke | tovar*",
);

export const lt: Lexicon = {
  language: "lt",
  reviewedByNativeSpeaker: false,
  rules: [
    // Fizinis smurtas.
    rule("physical-abuse", "urgent", [PERSON, HIT]),
    rule("physical-abuse", "urgent", [HIT, ME], 4),
    term(
      "physical-abuse",
      "urgent",
      "melynes | melyne | melyniu | melynem | mėlynės | sumustas | sumusta | primustas | primusta",
      "smurtauja | smurtavo | smurtas | smurtu | smurto | smurtaujama",
    ),

    // Grasinimai, ginklai, pavojus.
    rule(
      "harm",
      "urgent",
      [
        "nuzud* | uzmus* | uzmusiu | uzmuss | uzmusim | nudes | nudesiu | papjaus | subadys | nusov*",
        `${ME} | ${PERSON} | tave | mama | mamą`,
      ],
      4,
    ),
    rule("harm", "urgent", ["grasin* | pagrasin* | gasdin*", `${ME} | ${PERSON} | kad`]),
    rule(
      "harm",
      "urgent",
      [
        "peil* | ginkl* | pistolet* | sautuv* | kirv*",
        `${ME} | turi | turejo | nesioja | grasin* | rodo | parode | puole | mosav* | dure | bade`,
      ],
      5,
    ),
    term(
      "harm",
      "urgent",
      "nesaugu | nesaugus | nesaugi | nesaugiai | nesijauciu saugiai | nesijauciu saugus",
      "nesijauciu saugi | pavojinga | pavojuje | gelbekit* | padekit* | padekite man | pagalbos",
    ),
    rule("harm", "urgent", ["nenoriu | nenor* | bijau", HOME], 4),

    // Seksualinė prievarta.
    rule(
      "sexual-abuse",
      "urgent",
      [
        "liecia | liete | lietu | liesdavo | paliecia | paliete | ciupinej* | ciupin* | glost* | graibo",
        `${ME} | intym* | krutin* | tarpkoj* | ten | kelnait* | kuno | kuna | apatin*`,
      ],
      5,
    ),
    term(
      "sexual-abuse",
      "urgent",
      "prievart* | isprievart* | isžagin* | isžage | isžagė | iszag* | tvirkin* | pedofil* | seks*",
      "sex* | porno* | nuog* | nusirengt* | nurengt* | intymi* | musu paslaptis | musu paslaptim",
      "niekam nesakyk | niekam nesakyti | nesakyk niekam",
    ),
    rule("sexual-abuse", "urgent", ["paslapt*", "musu | niekam | nesakyk* | zaidim* | tarp"], 5),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "nuotrauk* | foto* | fotk* | vaizdo* | video | filmuk*",
        "nuog* | be drabuziu | nusireng* | kelnait* | apatin* | siusk* | atsiusk* | prase | praso",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        `${PERSON} | ateina | ateidavo | ateidinėja`,
        "lova | lovos | lovoj* | lova | vonio* | dusas | duse",
      ],
      6,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "vyresnis | vyresni | vyresniu | suaugęs | suauges | daug vyresnis",
        "vaikin* | draug* | vyras | vyrai | vyriskis | berniuk*",
      ],
      3,
    ),
    rule(
      "sexual-abuse",
      "concern",
      ["duoda | dave | perka | nupirko | gaunu", "pinig* | alkohol* | cigaret* | vape* | dovan*"],
      5,
    ),
    rule("sexual-abuse", "concern", ["buciuo* | pabuciav*", `${ME} | priverc* | nenoriu`], 5),

    // Savęs žalojimas ir savižudybė.
    term(
      "self-harm",
      "urgent",
      "nusizud* | savizud* | susizalo* | susizaloj* | pjaustausi | pjaustaus* | pjaunuosi | raiziausi",
      "noriu numirti | noriu mirti | noriu mirt | noriu numirt | nenoriu gyventi | nenoriu gyvent",
      "geriau numirciau | geriau mirciau | geriau be manes | be manes butu geriau | nusibaigt*",
      "nusizudyt* | pasikart* | nusinuody* | nebenoriu gyvent* | nebenoriu but*",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "pjaust* | pjaun* | raiz* | zaloj* | deginu",
        "save | rank* | riesus | riesa | kojas | odą | oda",
      ],
      3,
    ),
    rule(
      "self-harm",
      "urgent",
      ["nusok* | nušok* | suok* | pasok*", "tilt* | stog* | traukin* | lang* | balkon*"],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "tablet* | vaistu | vaistus | vaistai | piliul*",
        "daug | visas | visus | isgeri* | prarij* | pakuot* | sauj*",
      ],
      5,
    ),
    rule("self-harm", "urgent", ["gyvent* | gyvenim*", "prasmes | beprasmi* | nera prasmes"], 4),
    term(
      "self-harm",
      "concern",
      "nekenciu saves | nekenčiu savęs | nekenciu savo gyvenimo | depresij* | beviltisk*",
      "niekam nerupiu | niekas manes nemyli | nebegaliu | nebeistversiu | nieko vertas | nieko verta",
    ),

    // Nepriežiūra.
    rule(
      "neglect",
      "urgent",
      ["neduoda | nedave | neleidzia | draudzia", "valgyt* | maist* | vakarien* | pietu | pusryc*"],
      5,
    ),
    term(
      "neglect",
      "concern",
      "nera maisto | nera ka valgyti | nera ko valgyti | neturim maisto | neturime maisto",
      "badauju | badaujam | badauja | nieko nevalgiau | visada alkan* | nuolat alkan*",
      "nera sildymo | nera elektros | nesvarus drabuz* | nera lovos | miegu ant grindu",
    ),
    rule("neglect", "concern", ["alkan*", "visada | nuolat | kasdien | mokykloj* | niekada"], 6),
    rule(
      "neglect",
      "urgent",
      ["uzrakin* | uzdar*", `${ME} | kambar* | rusy* | spint* | vonio* | lauke`],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "vien* | palieka | paliko | palikdavo",
        "namuose | nakt* | dien* | savaitgal* | su broliu | su sesute | su sese",
      ],
      6,
    ),
    rule("neglect", "concern", [
      PERSON,
      "girt* | isgerus* | geria | gere | gerdavo | alkohol* | narkot* | apsinesk* | apsvaig*",
    ]),

    // Smurtas artimoje aplinkoje.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "tetis | tetė | tete | tevas | patev* | vaikin* | draug* | jis | dede",
        HIT,
        "mama | mamą | mamos | mamai | motina | motina | teta | sesuo | sese*",
      ],
      8,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | namuose | tevai | tevu`,
      "rek* | saukia | sauke | barasi | barėsi | baresi | pykstasi | pyksta | plūstasi | keikia* | dauzo dur*",
    ]),
    rule(
      "domestic-abuse",
      "concern",
      ["policij* | policininkai | pareigunai", "atvaziav* | atvyk* | buvo | iskviet* | skambin*"],
      5,
    ),

    // Nusikalstamas išnaudojimas.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "pardavinej* | parduod* | parduot* | nesiot* | nesioj* | nesu | vezioj* | pervez* | pristat* | laiky* | slept* | paslept*",
        DRUGS,
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "privert* | verci* | verte | verste | liepe | liepia | turiu | tenka",
        "pardavinet* | parduot* | vogti | pavogti | vagiu | nesioti | vezti | pristatyti",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      ["skol*", "atidirbt* | grazint* | sumoket* | jiems | jam | pinig*"],
      5,
    ),
    term("criminal-exploitation", "concern", "gauj* | narkot* | dileri* | dileris | zoles"),

    // Priverstinė santuoka.
    rule(
      "forced-marriage",
      "urgent",
      [
        "istekin* | istekėt* | istekėti | istekėt | tekėt* | teket* | vest | vesti | vestuv* | sutuok* | santuok* | suzadet* | zmon*",
        "privert* | priverstin* | verci* | turiu | nenoriu | pries mano vali* | pusbroli* | vyresn* | isvez* | isvezt* | tevai isrinko",
      ],
      8,
    ),
    term("forced-marriage", "urgent", "priverstine santuoka | priverstines vestuves"),

    // Pabėgimas, dingimas, be pastogės.
    term(
      "missing",
      "concern",
      "pabeg* | pabėg* | dingsiu | dingti | bėgsiu | begsiu | begti is namu",
    ),
    rule(
      "missing",
      "urgent",
      [
        "pabeg* | pabėg* | dingsiu | begsiu | isbeg*",
        "siandien | siąnakt | sianakt | dabar | rytoj | naktį | nakti",
      ],
      5,
    ),
    term(
      "missing",
      "urgent",
      "nera kur miegoti | nera kur gyventi | nera kur eiti | neturiu kur eiti | neturiu kur gyventi",
      "neturiu kur miegoti | ismete is namu | ismete mane | isvare mane | isvare is namu | benam*",
    ),
    rule(
      "missing",
      "urgent",
      [
        "miegu | miegojau | nakvoju | nakvojau",
        "gatvej* | gatveje | stotyje | parke | laiptin* | lauke",
      ],
      4,
    ),

    // Baimė.
    rule(
      "fear",
      "concern",
      [SCARED, `${PERSON} | jo | jos | ju | jį | ji | jų | nakti | naktim*`],
      5,
    ),
    rule("fear", "urgent", [SCARED, HOME], 5),

    // Patyčios.
    term(
      "bullying",
      "concern",
      "tycio* | patycio* | patyc* | pasityc* | erzin* | pravardz* | pravardziuoj* | ujam* | uja",
      "niekas manes nemegsta | neturiu draugu | neturiu draugų | juokiasi is manes | juokiasi iš manęs",
      "visi manes nekencia | rasist* | apkalb* | atstum*",
    ),

    // Liūdesys, kurį verta perskaityti.
    rule(
      "wellbeing",
      "concern",
      [
        "pasilg* | pasiilg* | ilgiuosi | nematau | negaliu pamatyti | neleidzia matyt* | neleidzia susitikti",
        `${PERSON} | seimos | seima | namu | broli* | sesut*`,
      ],
      5,
    ),
    rule(
      "wellbeing",
      "concern",
      ["verk* | ašaroj*", "kiekvien* | kasdien | visada | nuolat | nakt* | vis"],
      5,
    ),
    term(
      "wellbeing",
      "concern",
      "=vienis* | niekas neklauso | niekas manes neklauso | nera su kuo kalbet*",
    ),
  ],
  idioms: [
    {
      all: ["laikrod* | varpas | varpai | sirdis | sirdele", "musa | muse | musdavo"],
      within: 3,
      ordered: false,
    },
    {
      all: ["musa | muse | musti | imuse | imusiau", "ivart* | kamuol* | rekord*"],
      within: 3,
      ordered: false,
    },
    { all: ["spyr* | spiria | spardo", "kamuol* | ivart*"], within: 3, ordered: false },
    {
      all: [
        "mirstu | numirsiu | mirsiu | numirciau",
        "is",
        "juoko | nuobodulio | alkio | smalsumo",
      ],
      within: 3,
    },
    {
      all: [
        "bijau | bijo | bijojau",
        "voru | voro | tamsos | sunu | suns | aukscio | odontolog* | gyvat*",
      ],
      within: 3,
    },
    {
      all: ["pjaust* | pjaun*", "duon* | darzov* | mesa | mesos | agurk* | pyrag* | obuol*"],
      within: 4,
      ordered: false,
    },
    {
      all: ["peil* | peiliu", "duon* | darzov* | sviest* | salot* | valgyt* | stalo | virtuv*"],
      within: 5,
      ordered: false,
    },
    {
      all: ["nuzud* | uzmus*", "zaidim* | zaidime | zaidimas | lygy* | zombi*"],
      within: 5,
      ordered: false,
    },
    { all: ["pabeg* | pabėg*", "pamok* | fizin*"], within: 3, ordered: false },
  ],
  expansions: {
    nzn: "nezinau",
    db: "dabar",
    nx: "nieko",
    tj: "tai",
    kx: "kazkas",
    nesijauciu: "nesijauciu",
  },
  fuzzyTail: 4,
};
