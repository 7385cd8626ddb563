/**
 * The child screens' words in European Portuguese, as families from Portugal speak it,
 * addressing the child as "tu" (which Brazilian children understand too), with words both know
 * where Portugal and Brazil differ ("tocar" rather than "carregar" or "apertar", "internet"
 * rather than "rede"). Adjectives change with a boy or a girl ("seguro / segura", "preocupado /
 * preocupada", "bem-vindo / bem-vinda"), so those are put another way: "em segurança", "Tenho
 * uma preocupação", "Olá de novo". "Care" is acolhimento, the Portuguese name for the same
 * system; a social worker is an assistente social. Counts follow Portugal's plural rules (pt-PT,
 * where 0 is plural, not Brazil's). The English names of the UK's helplines and roles stay.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

/** Portugal's rules for counts and the names of languages ("polaco", not Brazil's "polonês"). */
const PT = "pt-PT";

// Said so often that it is written once: who to ask when the tablet cannot do something.
const ASK = "Pede ajuda ao adulto que te acompanha.";
const HELP_NOW = "Se precisas de ajuda agora,";
const SAVED = "A tua mensagem está guardada neste tablet.";
const SENT_LATER =
  "Vai ser enviada assim que o tablet tiver internet, por isso um assistente social pode " +
  "ainda não a ter visto.";

export const words: Translation = {
  back: "Voltar",
  next: "Seguinte",
  skip: "Saltar",
  start: "Começar",
  finish: "Terminar",
  stepsNav: "Passos",
  questionsNav: "Perguntas",
  questionOf: (n, total) => `Pergunta ${n} de ${total}`,
  comma: ", ",

  readQuestion: "Ler a pergunta em voz alta",
  readHelp: "Ler a ajuda em voz alta",
  readThis: "Ler isto em voz alta",
  readEnds: "Ler em voz alta o que os números querem dizer",
  readWords: (words) => `Ler «${words}» em voz alta`,
  cantReadAloud: `Este tablet não consegue ler em voz alta. ${ASK}`,
  cantReadLanguage: (code) =>
    `Este tablet não consegue ler em voz alta nesta língua (${languageName(code, PT)}). ${ASK}`,

  // `many` is for millions ("1 milhão de…"); written with digits it keeps the "de".
  charactersLeft: (n) =>
    plural(PT, n, {
      one: `Resta ${n} carácter`,
      many: `Restam ${n} de caracteres`,
      other: `Restam ${n} caracteres`,
    }),
  chooseAtLeast: (n) => `Escolhe pelo menos ${n}.`,
  chooseUpTo: (n) => `Escolhe até ${n}.`,

  chooseLanguage: "Escolhe a tua língua",
  howOld: "Quantos anos tens?",
  band47: "Dos 4 aos 7",
  band47Spoken: "Dos 4 aos 7 anos",
  band811: "Dos 8 aos 11",
  band811Spoken: "Dos 8 aos 11 anos",
  band1217: "Dos 12 aos 17",
  band1217Spoken: "Dos 12 aos 17 anos",
  band1625: "Dos 16 aos 25 (depois do acolhimento)",
  band1625Spoken: "Dos 16 aos 25 anos, depois de sair do acolhimento",

  beforeYouStart: "Antes de começar",
  promisesYoungest: [
    { bold: "Não perguntamos o teu nome.", rest: "" },
    { rest: "Podes saltar uma pergunta." },
    { rest: "Não há respostas erradas." },
    { bold: "Não estás em segurança? Diz-nos.", rest: "Um adulto vai ler e ajudar-te." },
  ],
  promisesMiddle: [
    {
      bold: "As tuas respostas são privadas.",
      rest:
        "Não perguntamos o teu nome, e os relatórios sobre o que as crianças dizem nunca " +
        "mostram quem disse o quê.",
    },
    { rest: "Podes saltar qualquer pergunta, ou voltar atrás e mudar uma resposta." },
    { rest: "Não há respostas certas nem erradas. Queremos saber o que pensas mesmo." },
    {
      bold:
        "Se nos pedires para avisar o teu assistente social, ou disseres que não estás em " +
        "segurança,",
      rest:
        "uma pessoa responsável pela proteção das crianças vai ler, para te poder ajudar. Essa " +
        "pessoa pode ver onde respondeste ao questionário (o código ou o tablet) e pode precisar " +
        "de falar contigo ou com outras pessoas. O teu nome só vai junto se o escreveres.",
    },
  ],
  promisesOldest: [
    {
      bold: "Nos relatórios, as tuas respostas são anónimas.",
      rest: "Não perguntamos o teu nome, e nada sobre o teu telemóvel ou tablet é guardado com elas.",
    },
    {
      bold: "Quem as lê:",
      rest:
        "os funcionários do município que planeiam os serviços para jovens em acolhimento e " +
        "para os que estão a sair do acolhimento. Veem as respostas de muitos jovens em " +
        "conjunto; grupos demasiado pequenos para esconder quem está neles nunca são mostrados.",
    },
    {
      rest: "Salta qualquer pergunta, volta atrás e muda uma resposta, ou para quando quiseres.",
    },
    {
      bold:
        "Se nos pedires para avisar o teu assistente social, ou disseres algo que signifique " +
        "que podes não estar em segurança,",
      rest:
        "uma pessoa responsável pela proteção vai ler, para te poder ajudar. Pode ver onde " +
        "respondeste ao questionário (o código, ou a sessão no tablet e quem a conduziu) e pode " +
        "precisar de falar contigo ou com outras pessoas para que fiques em segurança. O teu " +
        "nome só é enviado se o escreveres.",
    },
  ],
  childlineLabel: "Alguém com quem falar",
  childline:
    "Queres falar com alguém agora? Liga grátis para {name}, pelo número {number}, a qualquer " +
    "hora, de dia ou de noite.",
  welcomeBack: "Olá de novo",
  carryOn: "continua onde ficaste.",
  startAgain: "Começar de novo",

  worried: "Tenho uma preocupação",
  helpTitle: "Se alguma coisa te preocupa",
  helpOk: "É normal ter preocupações. Não tens de as guardar só para ti.",
  helpCall:
    "Liga grátis para {name}, pelo número {number}. Podes ligar a qualquer hora, de dia ou de " +
    "noite.",
  helpOnline: "Ou fala com eles pela internet em {site}",
  talkNow: "Queres falar com alguém agora?",
  samaritansLine:
    "Liga grátis para {name}, pelo número {number}, a qualquer hora, de dia ou de noite.",
  childlineUnder19:
    "Tens menos de 19 anos? Também podes ligar grátis para {name}, pelo número {number}.",
  leavingCareTeam:
    "O teu conselheiro pessoal (personal adviser) ou a equipa do município para jovens que " +
    "saem do acolhimento (leaving care team) também podem ajudar.",
  tellWorkerAsk: "Queres que o teu assistente social saiba que queres falar?",
  tellWorker: "Avisar o meu assistente social",
  contactNotAnonymous:
    "O teu nome vai junto com esta mensagem para que um assistente social te possa encontrar. " +
    "As tuas outras respostas continuam sem o teu nome.",
  contactNotAnonymousYoungest: "Se escreveres o teu nome, um adulto pode encontrar-te e ajudar-te.",
  contactOptional: "Não tens de preencher isto. Podes só tocar no botão.",
  contactOptionalYoungest: "Não tens de escrever nada.",
  firstName: "O teu primeiro nome",
  firstNameYoungest: "O teu nome",
  reach: "Como é que um assistente social te pode contactar?",
  reachHint: "Um número de telefone, ou onde vives ou andas na escola.",
  workerName: "O nome do teu assistente social",
  workerNameYoungest: "O nome do teu assistente social, se souberes",
  tellWorkerSending: "A enviar para um assistente social…",
  tellWorkerSent:
    "Enviado. Um assistente social vai ler isto em breve e entrar em contacto contigo.",
  tellWorkerSaved:
    "Guardado neste tablet. Vai para um assistente social assim que o tablet tiver internet. " +
    `${HELP_NOW} diz ao adulto que está contigo.`,
  tellWorkerFailed:
    "Não foi possível enviar. Diz ao adulto que te está a ajudar, ou liga para a Childline.",
  tellWorkerSavedLeavers:
    "Guardado neste tablet. Vai para um assistente social assim que o tablet tiver internet. " +
    `${HELP_NOW} diz à pessoa que está contigo.`,
  tellWorkerFailedLeavers:
    "Não foi possível enviar. Diz à pessoa que te está a ajudar, ou liga grátis para os " +
    "Samaritans, pelo número 116 123.",
  close: "Fechar",

  readyToSend: "Enviar as respostas?",
  answeredOf: (n, total) =>
    plural(PT, total, {
      one: `Respondeste a ${n} de ${total} pergunta.`,
      many: `Respondeste a ${n} de ${total} de perguntas.`,
      other: `Respondeste a ${n} de ${total} perguntas.`,
    }),
  canStillSend: "Podes enviar mesmo assim, ou voltar atrás e responder a algumas.",
  cantChange: "Depois de enviadas, já não as podes mudar. O teu nome não é enviado com elas.",
  slow: "A ligação está lenta. Ainda estamos a tentar enviar as tuas respostas…",
  sendAnswers: "Enviar as minhas respostas",
  sending: "A enviar…",
  tryAgain: "Tentar de novo",
  notSentTitle: "As tuas respostas ainda não foram enviadas",
  notSent:
    "Não te preocupes, continuam aqui. Verifica o Wi-Fi ou a ligação à internet e depois toca " +
    "em «Tentar de novo».",
  closedTitle: "Este questionário já fechou",
  closed: "Fechou antes de ser possível enviar as tuas respostas. Agradecemos a tua participação.",
  failedTitle: "Algo correu mal ao enviar as tuas respostas",
  failed: "As tuas respostas continuam aqui. Mostra isto ao adulto que te está a ajudar.",
  errorCode: (code) => `(Código: ${code})`,
  thankYou: "Obrigado!",
  sent: "As tuas respostas foram enviadas.",
  savedHere:
    "As tuas respostas estão guardadas neste tablet. Vão ser enviadas quando ele tiver internet.",
  willHelp: "O que nos contaste vai ajudar a melhorar a vida das crianças e jovens em acolhimento.",
  willHelpLeavers:
    "O que nos contaste vai ajudar a melhorar a vida dos jovens que saíram do acolhimento.",
  yourReference: "A tua referência",
  referenceWhy:
    "Se algum dia quiseres uma cópia das tuas respostas, ou quiseres que sejam apagadas, " +
    "mostra isto ao teu assistente social.",

  heardTitle: "Ouvimos-te",
  heardTitleYoungest: "Obrigado por nos contares",
  heard: "Obrigado por nos contares. Fizeste bem em dizer alguma coisa.",
  heardNext: "Um assistente social vai ler isto em breve e tentar ajudar-te a ficar em segurança.",
  heardNextYoungest: "Um adulto vai ler isto em breve e ajudar-te.",
  heardSaved: `${SAVED} ${SENT_LATER} ${HELP_NOW} diz ao adulto que está contigo ou liga para a Childline.`,
  heardSavedLeavers: `${SAVED} ${SENT_LATER} ${HELP_NOW} liga grátis para os Samaritans, pelo número 116 123.`,
  heardSavedYoungest:
    `${SAVED} Vai seguir quando o tablet tiver internet. ${HELP_NOW} diz a um adulto perto ` +
    "de ti.",
  heardHelpLabel: "Quem pode ajudar agora",
  heardChildline:
    "Liga grátis para {name}, pelo número {number}. É para qualquer pessoa com menos de 19 " +
    "anos, a qualquer hora, de dia ou de noite.",
  heardChildlineYoungest: "Podes ligar grátis para {name}, pelo número {number}, a qualquer hora.",
  heardDanger: "Estás em perigo agora mesmo? Liga para o {number}.",
  heardDangerYoungest:
    "Estás em perigo agora mesmo? Diz a um adulto perto de ti, ou liga para o {number}.",

  waiting: (n) =>
    plural(PT, n, {
      one: `${n} conjunto de respostas está à espera de ser enviado.`,
      many: `${n} de conjuntos de respostas estão à espera de ser enviados.`,
      other: `${n} conjuntos de respostas estão à espera de ser enviados.`,
    }),
  waitingNote: "Estão guardadas neste tablet e vão ser enviadas quando ele tiver internet.",
  allSentNow: "Todas as respostas guardadas neste tablet já foram enviadas.",
  allSent: "Todas as respostas guardadas neste tablet foram enviadas.",
  stuck: (n) =>
    plural(PT, n, {
      one: `Não foi possível enviar ${n} conjunto de respostas`,
      many: `Não foi possível enviar ${n} de conjuntos de respostas`,
      other: `Não foi possível enviar ${n} conjuntos de respostas`,
    }),
  stuckNote:
    "Para o adulto: as respostas estão guardadas neste tablet. Por favor, informe a pessoa " +
    "responsável por este questionário, indicando {codes}.",
  sendAgain: "Tentar enviar de novo",

  stillThere: "Ainda estás aí?",
  stillThereText:
    "Se ninguém tocar no ecrã em breve, estas respostas vão ser apagadas para a próxima " +
    "pessoa poder começar.",
  stillHere: "Ainda estou aqui",

  tapWhenReady: "Toca no botão quando quiseres começar.",
  tapToStart: "Toca para começar",
  firstToday: "Sê a primeira pessoa a participar hoje.",
  takenPart: (n) =>
    plural(PT, n, {
      one: `Já participou ${n} pessoa.`,
      many: `Já participaram ${n} de pessoas.`,
      other: `Já participaram ${n} pessoas.`,
    }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["Não muito bem", "Mais ou menos", "Bem"],
  faces5: ["Muito mal", "Não muito bem", "Mais ou menos", "Bem", "Muito bem"],
  yes: "Sim",
  no: "Não",
  notSure: "Não sei",
  preferNot: "Prefiro não dizer",
  houseWorries: "Casa das preocupações",
  houseWorriesHint: "Coisas que te preocupam ou te deixam triste",
  houseGoodThings: "Casa das coisas boas",
  houseGoodThingsHint: "Coisas que estão a correr bem ou te fazem feliz",
  houseDreams: "Casa dos sonhos",
  houseDreamsHint: "Como gostavas que as coisas fossem",
};
