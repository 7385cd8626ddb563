/**
 * Portuguese disclosure lexicon: European Portuguese and Brazilian alike (children in English
 * care come from both), with the text-speak each writes ("vc", "n", "ngm", "cmg"). Written with or
 * without accents alike: words are folded before matching (ã/á/â→a, ç→c, é/ê→e, í→i, ó/ô/õ→o,
 * ú→u), so "não", "nao" and "NÃO" are one spelling. Hyphens split words, so "bateu-me" is
 * "bateu", "me". Most verbs are stems (`espanc*`); short ones are listed by form ("bat…" would
 * catch "batata"). "apanhar" is to be beaten and also to catch a bus: the bus is an idiom.
 * Severity as in `en.ts`.
 *
 * Written by an engineer, not a native speaker, and not yet reviewed by one.
 */
import type { Lexicon } from "../types.js";
import { alt, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "pai | papai | papa | paizinho | padrasto | mae | mamae | mama | madrasta | namorado | irmao",
  "irmaos | irma | tio | tia | avo | primo | prima | professor* | treinador* | vizinho* | cuidador*",
  "ele | ela | eles | elas | alguem | homem | um homem | pais | familia | companheiro",
);
/** Hitting and hurting. */
const HIT = alt(
  "bate | bateu | batia | batem | bater | batendo | apanho | apanhei | apanhava | apanhar",
  "soco | socos | socou | socar | murro | murros | chuta | chutou | chutava | pontape* | tapa",
  "tapas | tapao | estalo | estalada* | bofetad* | empurr* | esgan* | enforc* | sufoc* | cintad*",
  "com o cinto | chinelad* | surra | surras | espanc* | machuc* | magoa | magoou | magoava",
  "queima | queimou | agrid* | agrediu | agressao | agressoes | violent* | maltrat*",
);
const ME = alt("me | mim | comigo | nos | a gente | eu");
const NOT = alt("nao | nunca | sem | n");
const HOME = alt("casa | pra casa | para casa | a casa | lar");
const DRUGS = alt(
  "droga | drogas | erva | maconha | haxixe | cocaina | crack | pacote* | mercadoria",
);
const SCARED = alt("medo | assustad* | apavorad* | aterrorizad* | receio");

export const pt: Lexicon = {
  language: "pt",
  reviewedByNativeSpeaker: false,
  rules: [
    // Violência física.
    rule("physical-abuse", "urgent", [PERSON, HIT]),
    rule("physical-abuse", "urgent", [ME, HIT], 3),
    term(
      "physical-abuse",
      "urgent",
      "nodoa negra | nodoas negras | hematoma* | roxo no | roxos no | marcas de porrada | porrada",
      "levo porrada | levei porrada | leva porrada",
    ),

    // Ameaças, armas, perigo.
    rule(
      "harm",
      "urgent",
      ["matar | mata | matou | mato | esfaquear | esfaqueou | furar", `${ME} | te | ${PERSON}`],
      4,
    ),
    rule("harm", "urgent", ["amea*", `${ME} | ${PERSON} | que`]),
    rule(
      "harm",
      "urgent",
      [
        "faca | facas | canivete | arma | armas | pistola | revolver | navalha",
        `${ME} | tem | tinha | ameac* | mostrou | mostra | apontou | anda com`,
      ],
      5,
    ),
    rule("harm", "urgent", ["nao", "sinto | sentir", "segur* | seguranca"], 5),
    term(
      "harm",
      "urgent",
      "nao estou em seguranca | nao estou segura | nao estou seguro | insegur* em casa",
      "me sinto insegur* | sinto me insegur* | corro perigo | estou em perigo",
    ),
    rule("harm", "urgent", [NOT, "quero | queria", "voltar | ir | volto", HOME], 6),
    term(
      "harm",
      "concern",
      "socorro | me ajuda | me ajudem | ajudem me | ajuda me | preciso de ajuda",
    ),

    // Abuso sexual.
    rule(
      "sexual-abuse",
      "urgent",
      [
        "toca | tocou | tocava | mexe | mexeu | mexia | apalpa* | passa a mao | passou a mao | acaricia*",
        `${ME} | em mim | intim* | peito* | rabo | bunda | cuecas | calcinha | corpo | la em baixo`,
      ],
      5,
    ),
    term(
      "sexual-abuse",
      "urgent",
      "violou | violada | violado | violacao | estupr* | abuso sexual | abusou de mim | abusa de mim",
      "sexo | sexual | porno* | nudes | nude | pelad* | nua | nu | despi* | nosso segredo",
      "nao contar a ninguem | nao contes a ninguem | nao conta pra ninguem | nao conta a ninguem",
      "pedofil* | prostitu*",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["segredo*", "nosso | ninguem | contar | conta | jogo | brincadeira"],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        "foto* | video* | fotografia*",
        "nua | nuas | nu | nus | pelad* | sem roupa | intim* | cuecas | calcinha",
      ],
      5,
    ),
    rule(
      "sexual-abuse",
      "urgent",
      [
        PERSON,
        "vem | vinha | entra | entrava",
        "cama | quarto a noite | banho | casa de banho | banheiro",
      ],
      8,
    ),
    rule(
      "sexual-abuse",
      "concern",
      ["mais velho | muito mais velho | adulto", "namorado | amigo | homem | rapaz | cara"],
      3,
    ),
    rule(
      "sexual-abuse",
      "concern",
      [
        "um homem | um rapaz | alguem | um cara | um tipo | um senhor | desconhecido",
        "da | deu | dava | compra | comprou",
        "dinheiro | alcool | cigarros | vape* | presentes | prendas",
      ],
      8,
    ),

    // Autolesão e suicídio.
    term(
      "self-harm",
      "urgent",
      "suicid* | me matar | matar me | quero morrer | queria morrer | vou morrer | prefiro morrer",
      "nao quero viver | nao quero mais viver | nao aguento viver | quero desaparecer",
      "me corto | corto me | me cortei | cortei me | me machuco | machuco me | automutil* | autolesa*",
      "melhor sem mim | melhores sem mim | melhor morto | melhor morta",
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "corto | cortei | cortar | queimo | queimei | arranho",
        "pulsos | pulso | braco | bracos | pernas | pele",
      ],
      3,
    ),
    rule(
      "self-harm",
      "urgent",
      ["pular | saltar | atirar", "ponte | predio | janela | comboio | trem | varanda"],
      5,
    ),
    rule(
      "self-harm",
      "urgent",
      [
        "comprimidos | remedios | pastilhas | medicamentos",
        "muitos | todos | tomei | engoli | caixa",
      ],
      5,
    ),
    rule("self-harm", "urgent", ["viver | vida", "sentido | vale a pena | pena"], 4),
    term(
      "self-harm",
      "concern",
      "me odeio | odeio me | odeio a minha vida | odeio minha vida | depress* | sem esperanca",
      "ja nao aguento | nao aguento mais | ninguem me ama | nao valho nada",
    ),

    // Negligência.
    rule(
      "neglect",
      "urgent",
      ["nao | n", "dao | dar | deixam", "comida | comer | jantar | almoco"],
      5,
    ),
    term(
      "neglect",
      "concern",
      "nao ha comida | nao tem comida | nao temos comida | passo fome | passamos fome",
      "sempre com fome | fome sempre | nao tenho cama | durmo no chao | roupa suja | sem luz | sem aquecimento",
    ),
    rule("neglect", "concern", ["fome", "sempre | todos os dias | escola | nunca"], 5),
    rule(
      "neglect",
      "urgent",
      ["tranca* | trancad*", `${ME} | quarto | cave | armario | casa de banho | rua`],
      4,
    ),
    rule(
      "neglect",
      "urgent",
      [
        "fecha | fecham | fechou | fechava | fechada | fechado",
        "me | no quarto | na cave | no armario",
      ],
      3,
    ),
    rule(
      "neglect",
      "concern",
      [
        "sozinho | sozinha | sozinhos | abandon*",
        "em casa | noite | noites | dias | fim de semana",
      ],
      5,
    ),
    rule("neglect", "concern", [
      PERSON,
      "bebad* | bebe muito | bebem | bebia | alcool | drogad* | drogas",
    ]),

    // Violência doméstica.
    rule(
      "domestic-abuse",
      "urgent",
      [
        "pai | papai | padrasto | namorado | companheiro | ele",
        HIT,
        "mae | mamae | na mae | na minha mae | nela | ela | tia | irma",
      ],
      6,
    ),
    rule("domestic-abuse", "concern", [
      `${PERSON} | em casa | os meus pais | meus pais`,
      "grita* | berra* | discut* | brig* | luta* | =partem | quebram | atiram",
    ]),
    rule(
      "domestic-abuse",
      "concern",
      ["policia", "veio | vieram | chamou | chamaram | chamei | esteve"],
      4,
    ),

    // Exploração criminosa.
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "vender | vendo | vendi | levar | levo | levei | entregar | entrego | entreguei | guardar | guardo | esconder",
        DRUGS,
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "obrig* | forca* | mandam | mandaram | tenho de | tenho que",
        "vender | roubar | levar | entregar | transportar",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      ["divida | dividas | devo", "dinheiro | eles | ele | pagar | trabalhar"],
      5,
    ),
    term(
      "criminal-exploitation",
      "concern",
      "gang | gangue | gangues | trafic* | dealer* | drogas",
    ),

    // Casamento forçado.
    rule(
      "forced-marriage",
      "urgent",
      [
        "casar | casamento | casem | casarem | noiv*",
        "a forca | forcad* | obrig* | nao quero | tenho de | tenho que | primo | mais velho | arranjad* | no pais | no brasil",
      ],
      8,
    ),

    // Fuga, desaparecimento, sem abrigo.
    term(
      "missing",
      "concern",
      "fugir de casa | fugi de casa | fujo de casa | vou fugir | fugir daqui",
    ),
    rule(
      "missing",
      "urgent",
      ["fugir | fujo | fugo | desaparecer", "hoje | agora | amanha | esta noite | hj"],
      5,
    ),
    term(
      "missing",
      "urgent",
      "nao tenho onde dormir | nao tenho onde ficar | nao tenho para onde ir | nao tenho pra onde ir",
      "expulsaram me | me expulsaram | expulsou me | me expulsou | puseram me na rua | me botaram pra fora",
      "sem abrigo | sem teto",
    ),
    rule(
      "missing",
      "urgent",
      ["durmo | dormi | dormir", "na rua | estacao | parque | escada | banco"],
      4,
    ),

    // Medo.
    rule("fear", "concern", [SCARED, `${PERSON} | dele | dela | deles | noite`], 5),
    rule("fear", "urgent", [SCARED, HOME], 5),

    // Bullying.
    term(
      "bullying",
      "concern",
      "bullying | gozam comigo | gozam de mim | me zoam | zoam de mim | zoam comigo | riem de mim",
      "riem se de mim | chamam me nomes | me chamam nomes | ninguem gosta de mim | nao tenho amigos",
      "todos me odeiam | racist* | me excluem | excluem me | humilh*",
    ),

    // Tristeza a ler.
    rule(
      "wellbeing",
      "concern",
      ["saudade* | sinto falta | nao vejo | nao me deixam ver", `${PERSON} | familia | casa`],
      5,
    ),
    rule(
      "wellbeing",
      "concern",
      ["choro | chorei | chorando | a chorar", "todas | todos | sempre | noite | noites"],
      5,
    ),
    term(
      "wellbeing",
      "concern",
      "me sinto sozinh* | sinto me sozinh* | solidao | ninguem me ouve | ninguem me escuta",
    ),
  ],
  idioms: [
    {
      all: ["coracao | relogio | sino", "bate | batia | bateu | batendo"],
      within: 3,
      ordered: false,
    },
    {
      all: [
        "bate | bateu | batia | chuta | chutou | apanhar | apanhei | apanho",
        "bola | recorde | carro | porta | a porta | penalti | golo | gol | autocarro | onibus | comboio | sol | frio | chuva",
      ],
      within: 4,
      ordered: false,
    },
    {
      all: [
        "morrer | morrendo | morro | morta | morto",
        "de rir | de tedio | de vontade | de saudade | de fome | de calor | de frio | de sono",
      ],
      within: 3,
    },
    {
      all: [
        SCARED,
        "aranha* | escuro | caes | cao | altura* | dentista | cobra* | exame* | teste*",
      ],
      within: 5,
      ordered: false,
    },
    {
      all: [
        "faca | facas | corto | cortar | cortei",
        "pao | legumes | cebola | bolo | carne | fruta | cabelo | unhas",
      ],
      within: 5,
      ordered: false,
    },
    {
      all: ["matar | mata | matou | matei", "jogo | zombie* | zombi* | monstro* | nivel | tedio"],
      within: 5,
      ordered: false,
    },
  ],
  expansions: {
    vc: "voce",
    vcs: "voces",
    q: "que",
    naum: "nao",
    n: "nao",
    tb: "tambem",
    pq: "porque",
    mt: "muito",
    mto: "muito",
    ngm: "ninguem",
    cmg: "comigo",
    ctg: "contigo",
    hj: "hoje",
    td: "tudo",
    vo: "vou",
    tou: "estou",
    to: "estou|to",
  },
  fuzzyTail: 4,
};
