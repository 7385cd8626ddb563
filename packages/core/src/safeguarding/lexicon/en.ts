/**
 * English disclosure lexicon. Words are globs on normalised words (lower case, no apostrophes,
 * each run of a letter once: write "kill", it is matched as "kil"); `hit*` takes every ending,
 * and stems of five letters or more forgive one misspelt letter. A rule's slots may come in any
 * order within `within` words (6 unless said), so "hits me my dad" and "my dad he hits me a lot"
 * both alert. Negation never suppresses: "he doesn't hit me anymore" still alerts.
 *
 * Severity, as a safeguarding lead triages: `urgent` for suicide or self-harm, sexual abuse or
 * exploitation, being hit, hurt or threatened, weapons, criminal exploitation, forced marriage,
 * being locked in or kept from food, not being safe or not wanting to go home, nowhere to sleep;
 * `concern` for bullying, low mood, missing family and contact, shouting and rows at home, drink
 * or drugs at home, hunger, fear without a threat, and running away spoken of in general.
 */
import type { Lexicon } from "../types.js";
import { alt, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "dad* | da | father* | fatha* | farther | stepdad* | step dad* | stepfather* | mum*",
  "mom* | mam | mammy | ma | mother* | muther* | stepmum* | stepmom* | step mum*",
  "step mom* | stepmother* | parent* | boyfriend* | bf | partner* | uncle* | auntie*",
  "aunty | aunt | grandad* | grandpa* | grandfather* | grandma* | grandmother* | nan",
  "nana | gran | granny | brother* | bro | bruv | sister* | sis | cousin* | carer*",
  "foster* | keyworker* | key worker* | staff | teacher* | coach | neighbour*",
  "neighbor* | lodger | family | man | men | guy* | lads | boys | olders | someone",
  "somebody | some1 | sum1",
);
/** The adults a child lives with, for what happens between them. */
const ADULTS = alt(
  "dad* | da | father* | stepdad* | step dad* | mum* | mom* | mam | mother* | stepmum*",
  "parent* | boyfriend* | partner* | carer* | foster* | uncle* | auntie* | nan | grandad*",
  "they | them | house | home | parents | adults | he | she",
);
const PRONOUN = alt("he | she | they | someone | somebody | people | ppl");
const OBJECT = alt("him | her | them | my sister* | my brother* | my mum* | my mom* | my baby");
const BODY = alt(
  "face | head | arm | arms | leg | legs | back | stomach | belly | tummy | eye | eyes",
  "nose | mouth | ear | neck | chest | hand* | bum | ribs | wall | walls",
);
/** Hitting and hurting, with the ways children spell them. */
const HIT = alt(
  "hit* | hitted | beat* | bet | bets | beet | beets | =beeting | punch* | kick* | kik",
  "kiks | kiked | =kiking | slap* | smack* | smak* | whack* | wack* | thump* | =batter*",
  "bash* | belt | belts | belted | belting | whip* | spank* | strangl* | chok*",
  "throttl* | shove* | hurt* | hert* | hirt* | hurd | harm* | abus* | injur* | attack*",
  "wallop* | headbut* | lays into | laid into | beat up",
);
/** Rough handling that alerts only when done to the child ("grabs me"). */
const ROUGH = alt(
  "push* | grab* | drag* | throw* | threw | chuck* | burn* | burnt | bite* | bit",
  "bites | pinch* | scratch* | pull* | shake* | shook | squeez* | trip* | spit* | spat",
  "lock* | tie* | tied",
);
const ME = alt("me | us | meh | mi");
const MYSELF = alt("myself | meself | mself | myslf | my self | me self | self | selves");
const KILL = alt("kill* | kil | kiled | murder* | stab* | shoot* | shot | strangl* | drown*");
const DIE = alt(
  "die | dye | died | dead | ded | death | not be here | not be alive | not exist",
  "not wake up | disappear forever | end it* | end my life | sleep forever",
);
const WANT = alt(
  "want* | wana | wanted | wish* | rather | going | gona | goin | ready | better",
  "plan* | thinking | think* | thought* | should | might | will | gonna",
);
const PRIVATE = alt(
  "private* | privates | bits | willy | penis | dick | vagina | fanny | down there",
  "boob* | breast* | chest | bum | butt | bottom | crotch | pants | knickers",
  "underwear | bra | between my legs | under my clothes",
);
const FOOD = alt(
  "food | eat | eating | ate | dinner* | breakfast | tea | lunch | meal* | fed | feed*",
  "snack*",
);
const NOT = alt("not | no | never | nothing | none | aint | any | without | cannot | nobody");
const HOME = alt("home | house | back home | back there | back to");
const DRUGS = alt(
  "drug* | weed | bud | skunk | coke | cocaine | crack | heroin | gear | pills",
  "packages | package | parcel* | packs | bags | wraps | food | ket | spice",
);
const SCARED = alt(
  "scared | scard | scarred | skared | afraid | frightened | fritened | terrified",
  "petrified | fear* | scares | scaring | frighten* | panic*",
);

export const en: Lexicon = {
  language: "en",
  rules: [
    // Physical abuse: someone near the child and a blow, or a blow to the child.
    rule("physical-abuse", "urgent", [PERSON, HIT]),
    rule("physical-abuse", "urgent", [HIT, ME], 4),
    rule("physical-abuse", "urgent", [PRONOUN, HIT, `${OBJECT} | ${BODY}`]),
    rule("physical-abuse", "urgent", [ROUGH, ME], 4),
    rule(
      "physical-abuse",
      "urgent",
      ["get | gets | got | getting | been | being | was | am", HIT],
      2,
    ),
    rule(
      "self-harm",
      "concern",
      [
        "hit* | bang* | punch* | smash*",
        "head against | head on the wall | head off the wall | the wall when",
      ],
      4,
    ),
    rule(
      "physical-abuse",
      "urgent",
      [ROUGH, "hair | my hair | my arm | my neck | my throat | my wrist | my ear"],
      3,
    ),
    term(
      "physical-abuse",
      "urgent",
      "bruise* | brused | bruse* | black eye* | leaves marks | left marks | left a mark",
      "cigarette burn* | beaten | battered | beat up",
    ),

    // Threats, weapons, danger.
    rule("harm", "urgent", [KILL, `${ME} | ${PERSON} | ${OBJECT}`], 4),
    rule("harm", "urgent", [
      "threat* | threten* | thretan* | threaten*",
      `${ME} | ${PERSON} | to | if`,
    ]),
    term("harm", "urgent", "knife* | knives | gun* | machete* | blade | weapon* | shank*"),
    rule(
      "harm",
      "urgent",
      ["not | never | dont | unsafe | isnt | arent | wasnt", "safe | safe*"],
      4,
    ),
    term("harm", "urgent", "unsafe | in danger | danger* | abused | abusing | abuser*"),
    rule(
      "harm",
      "urgent",
      [
        "not | never | scared | afraid | cannot | cant",
        "go home | going home | go back | going back | back home | back there | goin home",
      ],
      6,
    ),
    rule(
      "harm",
      "concern",
      [
        "please | pls | plz | someone | somebody | anyone | anybody | sum1 | some1",
        "help | save | rescue",
      ],
      3,
    ),
    term(
      "harm",
      "concern",
      "help me | get me out | save me | got jumped | get jumped | getting jumped",
    ),
    rule(
      "harm",
      "urgent",
      ["burn* | set fire | torch*", "the house | house down | us | with us | flat | me"],
      5,
    ),
    term("harm", "urgent", "stabbed | got stabbed | stabbing | got shot | shot at | beaten up"),
    rule(
      "harm",
      "urgent",
      [
        "if i tell | if i told | if you tell | if anyone finds out | if i say",
        `${HIT} | ${KILL} | send me away | take me away | put me in care | get in trouble | regret`,
      ],
      8,
    ),
    rule(
      "harm",
      "concern",
      [
        "wait* | turns up | turned up | hangs around | hanging around | watches | watching",
        "outside school | outside my school | outside my house | outside the house | outside my home | at the school gates | at the gates",
      ],
      5,
    ),
    rule("harm", "concern", ["follow*", "me | home | school"], 4),
    rule("harm", "concern", ["jumped | mugged | robbed", ME], 3),

    // Sexual abuse and exploitation.
    rule(
      "sexual-abuse",
      "urgent",
      [
        "touch* | tuch* | toch* | tutch* | feel* | felt | fiddl* | grope* | groping | rub* | lick*",
        ME,
      ],
      3,
    ),
    rule("sexual-abuse", "urgent", [
      "touch* | tuch* | toch* | tutch* | feel* | felt | grope* | rub* | lick* | show* | look* | see | saw | photo* | pic*",
      PRIVATE,
    ]),
    term(
      "sexual-abuse",
      "urgent",
      "rape* | raping | molest* | sexual* | sexualy | groom* | nude* | naked | nakid",
      "undress* | strip* | clothes off | no clothes | without clothes | porn*",
      "prostitut* | pimp* | escort* | paedo* | pedo* | pervert* | perv | pervy",
      "secret game* | our secret | special secret | our little secret | inappropriat*",
      "sex* | shag* | blowjob* | bj | oral | dirty pictures | dirty pics | sext*",
      "sugar daddy | private parts",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "secret* | secrit* | secrat*",
        "game* | tell | nobody | anyone | no one | our | special | between",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "not to tell | not tell | never tell | dont tell | mustnt tell | cant tell",
        "anyone | anybody | nobody | no one | my carer* | my mum* | my dad* | my social worker | my teacher* | the police | my foster*",
      ],
      4,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "met | meet* | meeting | talk* | chat*",
        "online | snap* | insta* | tiktok | internet | discord | on a game | roblox | whatsapp",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "make* | made | makin* | force* | forcing | told | tells",
        ME,
        "things | stuff | do it | sex* | touch* | kiss* | film* | video* | pic* | photo* | clothes",
      ],
      6,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "send* | sent | ask* | want* | wants",
        "pic* | photo* | picture* | video* | vid* | snaps",
        "me | my | body | of me | naked | nude* | private* | sexy | rude",
      ],
      6,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "older | oldr | grown up | adult | much older",
        "boyfriend* | bf | man | men | guy* | lads | friend* | mate* | boys",
      ],
      3,
    ),
    rule("sexual-abuse", "concern", [
      "gives | gave | buys | bought | give*",
      ME,
      "money | vapes | vape* | weed | alcohol | drink* | phone* | gifts | presents | cigarettes | fags",
    ]),
    rule(
      "sexual-abuse",
      "concern",
      [
        `${PERSON} | ${PRONOUN}`,
        "comes | come | came | gets | got | get* | sleep* | slept | climb*",
        "bed | my bed | bedroom | my room | shower | bath*",
      ],
      8,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "kiss* | kises",
        ME,
        "lips | mouth | tongue | dont like | dont want | make* | made | force*",
      ],
      6,
    ),

    rule("sexual-abuse", "concern", [
      "ask* | want* | invite* | told | tells | come | go | stay",
      "his flat | his house | his car | his place | his room | a hotel | their flat | their house",
    ]),

    term(
      "sexual-abuse",
      "concern",
      "do favours | doing favours | favours for | pay him back | pay them back | owe him",
    ),

    // Self-harm and suicide.
    rule(
      "self-harm",
      "urgent",
      [
        "kill* | kil | kiled | hang* | hung | drown* | shoot* | poison* | stab* | end | ending | take",
        MYSELF,
      ],
      3,
    ),
    term(
      "self-harm",
      "urgent",
      "kms | suicid* | sucid* | suiside | suicde | self harm* | selfharm*",
      "self harming | self-harm* | razor* | blade* | noose | overdos* | od | end it all",
      "end my life | take my life | take my own life | better off dead",
      "better off without me | cut myself | cutting | want to die | wanna die",
      "unalive* | slit* | never wake up | not wake up | ending my life | ending it | everything to stop",
      "stop forever | make it all stop | if i was gone | if i were gone | if i died | if i was dead",
      "if i wasnt here | if i disappeared",
    ),
    rule("self-harm", "urgent", [WANT, DIE], 4),
    rule(
      "self-harm",
      "urgent",
      [
        "cut | cuts | cutting | cuting | cuted | carv* | scratch* | burn* | burnt | hurt* | hert* | harm* | hit* | punch* | starv* | punish* | bang*",
        `${MYSELF} | my arm* | my wrist* | my leg* | my thigh* | my skin | my self`,
      ],
      4,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "jump* | throw* | step*",
        "bridge | roof | train* | front of | building | cliff | window | off a | car | bus",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "took | take* | swallow* | all | loads | lots | whole | box",
        "pills | tablets | paracetamol | painkillers | meds | medicine",
      ],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "no | not | nothing | never | point | reason | worth",
        "point in living | worth living | to live for | reason to live | living | live | alive | life",
      ],
      4,
    ),
    rule("self-harm", "urgent", ["not | never | do not", "be alive | stay alive | alive"], 5),
    rule(
      "self-harm",
      "urgent",
      ["wish* | should | shouldnt", "born | dead | alive | existed | here"],
      5,
    ),
    rule(
      "self-harm",
      "concern",
      [
        "hate | hates | hated | hating",
        "myself | meself | my self | my life | my body | me | being alive | living",
      ],
      4,
    ),
    term(
      "self-harm",
      "concern",
      "worthless | depress* | hopeless | nobody cares | no one cares | nobody loves me",
      "no one loves me | feel empty | make myself sick | dont want to be here",
      "dont want to live | cant go on | cant cope | cant take it | give up",
    ),

    // Neglect.
    rule("neglect", "urgent", [NOT, "allowed | aloud | alowed | let", FOOD], 5),
    rule(
      "neglect",
      "concern",
      [
        `${NOT} | isnt | wasnt | run out | ran out | empty`,
        `${FOOD} | fridge | cupboard* | cupbord*`,
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "make | makes | cook | cooks | get",
        "my own | our own",
        "tea | dinner | food | meals | breakfast",
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        ADULTS,
        "sleeps all day | in bed all day | stays in bed | doesnt get up | never gets up | does not get up | dont get up",
      ],
      6,
    ),
    rule(
      "neglect",
      "concern",
      [
        "not | never | dont | stopped",
        "go to school | goes to school | take us to school | take me to school | been to school",
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "hungry | hungy | hungrey | starv* | starvin",
        "always | all the time | every day | everyday | every night | no | nothing | not | never | again | school | most days",
      ],
      6,
    ),
    rule(
      "neglect",
      "urgent",
      [
        "lock* | shut*",
        "in my room | in the room | in my bedroom | in the shed | in the cupboard | in the garden | out | outside | me in | us in | in",
      ],
      4,
    ),
    rule(
      "neglect",
      "concern",
      [
        "left | leave* | alone | on my own | by myself | look after",
        "night* | days | all day | weekend | for days | baby | little brother | little sister | siblings",
      ],
      6,
    ),
    term(
      "neglect",
      "concern",
      "no one looks after me | nobody looks after me | no clean clothes | dirty clothes",
      "same clothes | no bed | sleep on the floor | no heating | no electric | no water",
      "bed bugs | bedbugs | cockroach* | no one feeds | nobody feeds | mice | rats | mould*",
      "house is dirty | really dirty | filthy | no hot water",
    ),
    rule("neglect", "concern", [
      `${PERSON} | ${PRONOUN}`,
      "drunk | drinks | drinking | drink | wasted | high | stoned | smokes weed | takes drugs | on drugs | passed out | passes out | alcohol* | vodka",
    ]),

    // Domestic abuse.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "dad* | da | stepdad* | step dad* | father* | boyfriend* | partner* | he | uncle*",
        `${HIT} | ${ROUGH}`,
        "mum* | mom* | mam | mother* | her | wife | girlfriend* | sister* | nan | auntie*",
      ],
      8,
    ),
    rule("domestic-abuse", "concern", [
      ADULTS,
      "fight* | argu* | shout* | scream* | yell* | row | rows | rowing | smash* | throw* | threw | slam* | swear* | angry | rage* | temper",
    ]),
    term("domestic-abuse", "urgent", "domestic violence | domestic abuse | restraining order"),
    rule(
      "domestic-abuse",
      "concern",
      [
        "police | cops | feds | polis",
        "came | come | comes | called | call | house | home | round | arrest* | took",
      ],
      5,
    ),
    rule(
      "domestic-abuse",
      "concern",
      [
        "dad* | stepdad* | step dad* | boyfriend* | partner* | he",
        "control* | not allowed | wont let | doesnt let | check*",
        "mum* | mom* | her",
      ],
      8,
    ),

    // Criminal exploitation: county lines and being made to carry, hold or sell.
    term(
      "criminal-exploitation",
      "urgent",
      "county lines | county line | trap house | traphouse | trapping | cuckoo*",
      "=shotting | shot drugs | dealing | deal drugs | sell drugs | selling drugs",
      "run drugs | running drugs | burner | burner phone | plug",
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "sell* | sold | deal* | carry* | carri* | hold* | held | move* | moving | drop* | deliver* | take | took | run | running | stash* | hide | hiding | keep*",
        DRUGS,
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "make* | made | force* | forcing | told | tells | have to | got to | has to",
        "sell* | deal* | carry* | hold* | steal* | stole | rob* | run | deliver*",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "owe* | debt* | in debt",
        "money | them | him | boys | olders | pay* | back | work | dealer*",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "send* | sent | take* | took | drive* | drove",
        ME,
        "town* | city | cities | london | birmingham | manchester | another | other | away | trains",
      ],
      6,
    ),
    term(
      "criminal-exploitation",
      "concern",
      "drug* | gang* | olders | elders | older boys | older lads | weed | cocaine",
      "crack | heroin",
    ),

    rule(
      "criminal-exploitation",
      "urgent",
      [
        "have to | has to | got to | make* | made | told | tells | tell | if i dont | if i do not | or else",
        "take stuff | drop stuff | carry stuff | move stuff | hold stuff | move the stuff | take the stuff | drop the stuff | hold the stuff | carry the stuff | take things | drop things | drop off | run stuff",
      ],
      8,
    ),
    term(
      "criminal-exploitation",
      "concern",
      "gave me a phone | gives me a phone | give me a phone | second phone | work phone",
    ),

    rule(
      "criminal-exploitation",
      "urgent",
      [
        "hold | keep | stash | hide | hiding | holding | keeping | stashing",
        "stuff | things | bags | a bag | packages | a package | it for them | for them | for him | for the olders",
      ],
      3,
    ),

    // Forced marriage.
    rule(
      "forced-marriage",
      "urgent",
      [
        "marry* | married | marri* | marriage | wedding | wed | husband | wife | engaged | engagement | nikah | rishta | betroth* | bride | promised",
        "force* | forcing | make me | made me | making me | made to | being made | have to | has to | got to | dont want | not want | do not want | send me | take me | back home | abroad | cousin* | old man | older man | pakistan | bangladesh | village | country | chosen | picked | arranged | off",
      ],
      8,
    ),
    term(
      "forced-marriage",
      "urgent",
      "forced marriage | forced to marry | marry me off | married off",
      "arranged marriage",
    ),

    // Running away, going missing, nowhere to stay.
    rule("missing", "concern", ["run | ran | running | runing | runin | run*", "away | off"], 2),
    term(
      "missing",
      "concern",
      "runaway* | run away | ranaway | go missing | went missing | going missing",
      "gone missing | reported missing | missing person",
    ),
    rule(
      "missing",
      "urgent",
      [
        "run away | ran away | runaway | run off | leave home | leaving home | go missing | disappear",
        "tonight | tonite | 2nite | today | now | tomorrow | going | gonna | gona | will | plan* | want* | wana",
      ],
      5,
    ),
    term(
      "missing",
      "urgent",
      "sleep rough | sleeping rough | slept rough | sleep on the street*",
      "slept on the street* | sleeping on the street* | nowhere to sleep",
      "nowhere to stay | nowhere to go | nowhere to live | homeless | sofa surf*",
      "kicked out | kicked me out | chucked out | chucked me out | thrown out",
      "threw me out | no where to | sleep in the park",
    ),

    term(
      "missing",
      "concern",
      "never come back | never coming back | not coming back | leave forever | leave for good",
    ),
    rule(
      "missing",
      "concern",
      [
        "stay* | sleep* | slept",
        "random | strangers | peoples houses | other peoples | friends houses | mates houses | someones house",
      ],
      4,
    ),

    rule(
      "missing",
      "concern",
      [
        "sleep* | slept | stay* | living",
        "car | a car | mates car | tent | bus station | stairwell | stairs | garage | shed | park",
      ],
      6,
    ),

    // Being scared of someone.
    rule(
      "fear",
      "concern",
      [
        SCARED,
        `${PERSON} | ${PRONOUN} | ${OBJECT} | of him | of her | of them | night | at night | dark`,
      ],
      5,
    ),
    rule("fear", "urgent", [SCARED, HOME], 5),
    rule("fear", "concern", ["scare* | frighten* | terrif* | intimidat*", ME], 3),

    // Bullying.
    term(
      "bullying",
      "concern",
      "bully* | buly* | bulie* | bullie* | buling | bulling | picked on | pick on me",
      "picks on me | picking on me | left out | leave me out | leaves me out | racist",
      "racism | no friends | nobody likes me | no one likes me | everyone hates me",
      "they hate me | nobody plays with me | no one plays with me | name calling",
      "call me names | calls me names | called me names | laugh at me | laughs at me",
      "laughing at me | kys | kill yourself | cyberbully* | troll* | hate me",
    ),
    rule(
      "bullying",
      "concern",
      [
        "say | says | said | tell | tells | told | call* | messag*",
        "should kill | go die | kill yourself | should die | go kill",
      ],
      6,
    ),
    rule(
      "bullying",
      "concern",
      [
        "call* | calling",
        ME,
        "names | fat | ugly | gay | stupid | retard* | slag | slut | whore | paki | monkey | terrorist",
      ],
      5,
    ),

    // Sadness a safeguarding lead still reads: contact, crying, loneliness.
    rule(
      "wellbeing",
      "concern",
      ["nobody | no one | noone | never", "listens | listen | believes | believe | cares | care"],
      4,
    ),
    rule(
      "wellbeing",
      "concern",
      [
        "miss | misses | missing | never see | dont see | not allowed to see | cant see | not seen | havent seen | no contact | stopped",
        `${PERSON} | family | home | contact | my own`,
      ],
      5,
    ),
    rule(
      "wellbeing",
      "concern",
      ["contact | visits | visit*", "cancel* | stopped | stop | never | no | not | again | missed"],
      6,
    ),
    rule(
      "wellbeing",
      "concern",
      [
        "cry | cries | crying | cryin | cried",
        "myself to sleep | every night | every day | all the time | at night | alot | a lot | always",
      ],
      5,
    ),
    term(
      "wellbeing",
      "concern",
      "lonely | so alone | all alone | nobody to talk to | no one to talk to",
      "no one listens | nobody listens",
    ),
  ],
  idioms: [
    {
      all: ["die | dye | dying | dyed", "my hair | her hair | his hair | hair | it pink | it blue"],
      within: 3,
    },
    {
      all: [
        "dog | cat | puppy | kitten | hamster | rabbit | pet | budgie | tortoise",
        "ran away | run away | ran off | runs away | got out",
      ],
      within: 4,
      ordered: false,
    },
    {
      all: [
        "shout* | scream* | yell*",
        "at the tv | at the telly | at the football | at the match | at the game | at the screen",
      ],
      within: 4,
    },
    {
      all: [
        "kick* | kiked | threw | throw* | hit*",
        "the | a | his | her | my | our",
        "ball | football | footy",
      ],
    },
    { all: ["could | would | id | cud | i", "kill | kil", "for"] },
    { all: ["kill | kil | killing | kiling", "for", "a | an | some | one | pizza | chips"] },
    { all: ["killing | kiling | killed | kiled | smashed | smashing", "it"] },
    {
      all: [
        "game* | homework | feet | back | head | legs | exam* | this | that | it | maths | school | waiting | suspense | level | heat | cold | boredom | show",
        "is | are | was | s | re | were",
        "killing | kiling | killin",
        "me | us",
      ],
    },
    {
      all: [
        "dying | dyin",
        "to | 2",
        "see | go | meet | try | play | watch | know | hear | visit | eat | start | get",
      ],
    },
    {
      all: [
        "dying | died | die",
        "of | from | laughing | laughter",
        "laughing | laughter | boredom | embarrassment | cringe | heat | thirst",
      ],
      within: 3,
      ordered: false,
    },
    {
      all: [
        "beat* | bet | beet",
        "me | us | him | her | them | everyone | my | his | the",
        "at | in | on | at the | in a | in the | at a",
        "mario* | kart | fifa | football | chess | cards | uno | monopoly | game* | race | running | tennis | pool | darts | fortnite | minecraft | roblox | maths | quiz | swimming | scrabble | connect | snooker | ping | table | arm | wrestling | rock | playstation | xbox | switch | sports",
      ],
      within: 5,
    },
    {
      all: [
        "beat* | bet | beet",
        "my | his | her | the | their | our",
        "score | record | time | level | boss | high | best | team",
      ],
    },
    {
      all: [
        "hit | hits | hitting",
        "the | a",
        "park | shops | shop | road | gym | beach | town | sack | hay | jackpot | ball | bullseye | target | books | pool | slopes | button | six | home | high | big | snooze",
      ],
    },
    { all: ["hit | hits", "a | the", "home run | high note | six"], within: 4 },
    {
      all: [
        "scared | afraid | frightened | terrified",
        "of",
        "spiders | the dark | dogs | heights | clowns | needles | the dentist | snakes | horror | wasps | bees | flying",
      ],
    },
  ],
  expansions: {
    dont: "do not",
    "don't": "do not",
    doesnt: "does not",
    didnt: "did not",
    cant: "can not|cannot",
    cannot: "can not|cannot",
    wont: "will not",
    isnt: "is not",
    arent: "are not",
    wasnt: "was not",
    werent: "were not",
    havent: "have not",
    hasnt: "has not",
    hadnt: "had not",
    wouldnt: "would not",
    shouldnt: "should not",
    couldnt: "could not",
    aint: "is not|aint",
    im: "i am",
    ive: "i have",
    id: "i would|id",
    hell: "he|hell will",
    theyll: "they will",
    youll: "you will",
    itll: "it will",
    youre: "you are",
    hes: "he is",
    shes: "she is",
    theyre: "they are",
    theyve: "they have",
    thats: "that is",
    its: "it is",
    whats: "what is",
    lets: "let us",
    u: "you",
    ur: "your|you",
    r: "are",
    ppl: "people",
    pls: "please",
    plz: "please",
    cuz: "because",
    coz: "because",
    cos: "because",
    bc: "because",
    bcoz: "because",
    gonna: "going to",
    wanna: "want to",
    gotta: "got to",
    dunno: "do not know",
    n: "and",
    b4: "before",
    2: "to",
    4: "for",
    wiv: "with",
    wif: "with",
    w: "with",
    m8: "mate",
    nite: "night",
    tonite: "tonight",
    "2nite": "tonight",
    "2day": "today",
    "2moro": "tomorrow",
    idk: "i do not know",
    ya: "you",
    yu: "you",
    bout: "about",
    tho: "though",
    thru: "through",
    dnt: "do not",
    wen: "when",
    wot: "what",
    wat: "what",
    sum1: "someone",
    some1: "someone",
    no1: "no one",
    noone: "no one",
    nobdy: "nobody",
    hav: "have",
    luv: "love",
    sumthin: "something",
    nuthin: "nothing",
    nothin: "nothing",
    gimme: "give me",
    lemme: "let me",
    kinda: "kind of",
    outta: "out of",
    ded: "dead",
  },
  fuzzyTail: ["", ..."s es ed d e ing in ng er ers y ie ies ied n en ly".split(" ")],
};
