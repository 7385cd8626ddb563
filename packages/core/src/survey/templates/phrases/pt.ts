/**
 * Portuguese words for the six templates (European Portuguese, "tu" for children), written by
 * Chorus; no fluent speaker has checked them yet.
 */
export const phrasebook = {
  language: "pt",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "A minha vida",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "Queremos saber como é para ti. Um adulto pode ler isto contigo.",
    "My home": "A minha casa",
    "My people": "As minhas pessoas",
    "School and fun": "Escola e brincadeira",
    "My three houses": "As minhas três casinhas",
    "Hello! Here are some questions about you.": "Olá! Aqui estão algumas perguntas sobre ti.",
    "There are no right or wrong answers. You can skip any question you like.":
      "Não há respostas certas nem erradas. Podes saltar qualquer pergunta que quiseres.",
    "How do you feel about where you live?": "Como te sentes no sítio onde vives?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "Como te sentes no sítio onde vives? Não é bom, é mais ou menos, ou é bom?",
    "Do you feel safe at home?": "Sentes-te seguro em casa?",
    "Safe means nobody hurts you or scares you.":
      "Seguro quer dizer que ninguém te magoa nem te assusta.",
    "Who could you tell if you felt scared?": "A quem podias contar se tivesses medo?",
    "The grown-up I live with": "O adulto com quem vivo",
    "My social worker": "O meu assistente social",
    "My teacher": "O meu professor",
    "Someone else": "Outra pessoa",
    "I don't know who to tell": "Não sei a quem contar",
    "How do the grown-ups you live with make you feel?":
      "Como te sentes com os adultos com quem vives?",
    "Do you have your own special things at home, like toys or a blanket?":
      "Tens as tuas coisas especiais em casa, como brinquedos ou uma mantinha?",
    "How do you feel about how much you see your family?":
      "Como te sentes com as vezes que vês a tua família?",
    "Do you know who your social worker is?": "Sabes quem é o teu assistente social?",
    "Do you have friends to play with?": "Tens amigos para brincar?",
    "How do you feel at school?": "Como te sentes na escola?",
    "What do you like doing best?": "O que é que gostas mais de fazer?",
    "You can pick up to three.": "Podes escolher até três.",
    "Playing outside": "Brincar lá fora",
    Games: "Jogos",
    "Drawing and making things": "Desenhar e fazer coisas",
    "Stories and books": "Histórias e livros",
    "Sport and running about": "Desporto e correr",
    "Music and dancing": "Música e dança",
    Animals: "Animais",
    "What is good in your life? Pick the pictures.": "O que é bom na tua vida? Escolhe as imagens.",
    "This is your house of good things. You can pick as many as you like.":
      "Esta é a tua casinha das coisas boas. Podes escolher quantas quiseres.",
    "The grown-ups I live with": "Os adultos com quem vivo",
    "My family": "A minha família",
    "My friends": "Os meus amigos",
    School: "A escola",
    Playing: "Brincar",
    "Animals and pets": "Animais e animais de estimação",
    "Does anything make you sad or worried? Pick the pictures.":
      "Há alguma coisa que te deixa triste ou preocupado? Escolhe as imagens.",
    "This is your house of worries. You can pick as many as you like.":
      "Esta é a tua casinha das preocupações. Podes escolher quantas quiseres.",
    Home: "Casa",
    Friends: "Amigos",
    "Going to sleep": "Ir dormir",
    "Feeling poorly": "Estar doente",
    "Nothing worries me": "Nada me preocupa",
    "If you could have one wish, which would it be?": "Se pudesses pedir um desejo, qual seria?",
    "This is your house of dreams.": "Esta é a tua casinha dos sonhos.",
    "More time with my family": "Mais tempo com a minha família",
    "More time with friends": "Mais tempo com os amigos",
    "A pet": "Um animal de estimação",
    "A day out somewhere": "Um passeio de um dia a algum sítio",
    "To stay where I live": "Ficar onde vivo",
    "Something else": "Outra coisa",
    "Is there anything else you want to tell the grown-up with you?":
      "Há mais alguma coisa que queiras dizer ao adulto que está contigo?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "Não tens de o fazer. Se quiseres, o adulto pode escrever aqui as tuas palavras.",
    // My life in care (8 to 11)
    "My life in care": "A minha vida em acolhimento",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "Queremos ouvir como é a tua vida, para podermos melhorar as coisas para as crianças em acolhimento.",
    "Where I live": "Onde vivo",
    "Having a say": "A minha opinião",
    "How do you feel about where you live now?": "Como te sentes no sítio onde vives agora?",
    "Do you feel safe where you live?": "Sentes-te seguro onde vives?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "Seguro quer dizer que ninguém te magoa, te assusta ou te faz sentir mal.",
    "Who would you talk to if you didn't feel safe?":
      "Com quem falarias se não te sentisses seguro?",
    "You can also phone Childline for free on 0800 1111.":
      "Também podes ligar grátis para a Childline pelo 0800 1111.",
    "My carer": "O meu cuidador",
    "A teacher": "Um professor",
    "Someone in my family": "Alguém da minha família",
    "How much do you feel you belong where you live?":
      "Quanto sentes que o sítio onde vives é o teu lugar?",
    "Not at all": "Nada",
    Completely: "Completamente",
    "Do the adults you live with listen to you?": "Os adultos com quem vives ouvem-te?",
    "How do you feel about how often you see or talk to your family?":
      "O que achas das vezes que vês ou falas com a tua família?",
    "It's about right": "Está bem assim",
    "I'd like more": "Gostava de mais vezes",
    "I'd like less": "Gostava de menos vezes",
    "I'm not sure": "Não tenho a certeza",
    "Can you talk to your social worker when you need to?":
      "Consegues falar com o teu assistente social quando precisas?",
    "Is there an adult you trust and can talk to about anything?":
      "Há algum adulto em quem confias e com quem podes falar sobre tudo?",
    "How do you feel about school?": "O que achas da escola?",
    "Is there someone at school who helps when things are hard?":
      "Há alguém na escola que ajuda quando as coisas estão difíceis?",
    "What do you enjoy doing in your free time?": "O que gostas de fazer no teu tempo livre?",
    "Pick as many as you like.": "Escolhe quantas quiseres.",
    "Sport or clubs": "Desporto ou clubes",
    "Seeing friends": "Estar com os amigos",
    "Art and making things": "Arte e fazer coisas",
    "Music or dance": "Música ou dança",
    Reading: "Ler",
    "Being outdoors": "Estar ao ar livre",
    "Do you get a say in decisions about your life?":
      "Podes dar a tua opinião nas decisões sobre a tua vida?",
    "Fill in your three houses.": "Preenche as tuas três casinhas.",
    "Write in one, two or all three. Short is fine.":
      "Escreve numa, em duas ou nas três. Pode ser curto.",
    "If you could change one thing about your life, what would it be?":
      "Se pudesses mudar uma coisa na tua vida, o que seria?",
    // My life in care (12 to 17)
    "Your life in care": "A tua vida em acolhimento",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "Diz-nos com sinceridade como estão as coisas. Os relatórios nunca mostram quem disse o quê, e podes saltar o que quiseres.",
    "Family and support": "Família e apoio",
    "School and the future": "Escola e futuro",
    "How settled do you feel where you live?": "Quão bem te sentes instalado onde vives?",
    "Do you feel safe when you're out in your area?": "Sentes-te seguro quando andas na tua zona?",
    "If you didn't feel safe, who would you tell?": "Se não te sentisses seguro, a quem contarias?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "A Childline é grátis e confidencial: 0800 1111, ou childline.org.uk.",
    "My carer or key worker": "O meu cuidador ou técnico de referência",
    "Someone at school or college": "Alguém da escola ou do college",
    "A friend": "Um amigo",
    "I wouldn't tell anyone": "Não contaria a ninguém",
    "Do the people you live with make you feel cared about?":
      "As pessoas com quem vives fazem-te sentir que se importam contigo?",
    "Do you get enough privacy where you live?": "Tens privacidade suficiente onde vives?",
    "How do you feel about the contact you have with your family?":
      "O que achas do contacto que tens com a tua família?",
    "I want more": "Quero mais",
    "I want less": "Quero menos",
    "It's complicated": "É complicado",
    "How many social workers have you had in the last 12 months?":
      "Quantos assistentes sociais tiveste nos últimos 12 meses?",
    One: "Um",
    Two: "Dois",
    "Three or more": "Três ou mais",
    "I don't know": "Não sei",
    "Do you trust your social worker?": "Confias no teu assistente social?",
    "Do you feel listened to at your review meetings?":
      "Sentes que te ouvem nas tuas reuniões de revisão?",
    "How are things going at school or college?":
      "Como estão a correr as coisas na escola ou no college?",
    "What's on your mind at the moment?": "Em que andas a pensar neste momento?",
    "Choose any that fit.": "Escolhe as que se aplicam.",
    "School or college": "Escola ou college",
    Family: "Família",
    "Health or feelings": "Saúde ou sentimentos",
    Money: "Dinheiro",
    "My future": "O meu futuro",
    "Nothing much": "Nada de especial",
    "How hopeful do you feel about your future?": "Quanta esperança tens no teu futuro?",
    "Not hopeful": "Nenhuma esperança",
    "Very hopeful": "Muita esperança",
    "What is one thing that would make your life better?":
      "Qual é uma coisa que tornaria a tua vida melhor?",
    "Is there anything else you want the people in charge to know?":
      "Há mais alguma coisa que queiras que os responsáveis saibam?",
    // Leaving care
    "Leaving care: how's it going?": "Depois do acolhimento: como estão a correr as coisas?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "Tu sabes melhor do que ninguém como é sair do acolhimento. As tuas respostas ajudam a moldar o apoio que oferecemos.",
    Support: "Apoio",
    "Right now": "Neste momento",
    "Where are you living at the moment?": "Onde estás a viver neste momento?",
    "My own flat or house": "No meu próprio apartamento ou casa",
    "With my former foster carers": "Com a minha antiga família de acolhimento",
    "Supported accommodation": "Em alojamento com apoio",
    "With family or friends": "Com família ou amigos",
    "Student housing": "Em residência de estudantes",
    "I don't have a settled place": "Não tenho um sítio fixo",
    "Somewhere else": "Noutro sítio",
    "How settled do you feel in your home?": "Quão bem te sentes instalado na tua casa?",
    "How easy is it to get hold of your personal adviser?":
      "É fácil contactar o teu conselheiro pessoal?",
    Easy: "Fácil",
    "Sometimes easy, sometimes not": "Às vezes fácil, às vezes não",
    Hard: "Difícil",
    "I don't know who my adviser is": "Não sei quem é o meu conselheiro",
    "Did you help write your pathway plan?":
      "Ajudaste a escrever o teu plano de futuro (pathway plan)?",
    "Do you know what our local offer for care leavers gives you?":
      "Sabes o que a nossa oferta local para jovens que saem do acolhimento te dá?",
    "The local offer lists the help, money and services you're entitled to.":
      "A oferta local mostra a ajuda, o dinheiro e os serviços a que tens direito.",
    "How connected do you feel to people who care about you?":
      "Quão ligado te sentes às pessoas que se importam contigo?",
    "Not connected": "Nada ligado",
    "Very connected": "Muito ligado",
    "How are you managing with money?": "Como te estás a governar com o dinheiro?",
    "What are you doing at the moment?": "O que estás a fazer neste momento?",
    "Choose all that apply.": "Escolhe todas as que se aplicam.",
    "College or sixth form": "College ou sixth form",
    University: "Universidade",
    Working: "A trabalhar",
    "An apprenticeship or training": "Um estágio profissional ou formação",
    "Looking for work or a course": "À procura de trabalho ou de um curso",
    "Looking after a child or someone else": "A cuidar de uma criança ou de outra pessoa",
    "None of these right now": "Nada disto neste momento",
    "What would help you most right now?": "O que te ajudaria mais neste momento?",
    "Choose up to three.": "Escolhe até três.",
    "Money and budgeting": "Dinheiro e orçamento",
    Housing: "Habitação",
    "Work, college or training": "Trabalho, college ou formação",
    "Health and wellbeing": "Saúde e bem-estar",
    "Someone to talk to": "Alguém com quem falar",
    "Cooking, bills and forms": "Cozinhar, contas e formulários",
    "What one thing should we change for young people leaving care?":
      "Que coisa devíamos mudar para os jovens que saem do acolhimento?",
    // Before my review meeting
    "Before my review meeting": "Antes da minha reunião de revisão",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "A tua reunião de revisão está a chegar. Diz-nos o que pensas, para que a reunião ouça a tua opinião.",
    "The meeting": "A reunião",
    "How things are": "Como estão as coisas",
    "What I want the meeting to hear": "O que quero que a reunião ouça",
    "Do you know what your review meeting is for?":
      "Sabes para que serve a tua reunião de revisão?",
    "It's where the adults who look after you check your plan is right for you.":
      "É onde os adultos que cuidam de ti verificam se o teu plano está certo para ti.",
    "Do you know why grown-ups have meetings about you?":
      "Sabes porque é que os adultos fazem reuniões sobre ti?",
    "They meet to make sure you are happy and looked after.":
      "Reúnem-se para ter a certeza de que estás feliz e bem cuidado.",
    "How would you like to take part in the meeting?": "Como gostavas de participar na reunião?",
    "Be there for all of it": "Estar lá a reunião toda",
    "Be there for part of it": "Estar lá parte da reunião",
    "Have someone speak for me": "Ter alguém que fale por mim",
    "Just send my views on this form": "Só enviar a minha opinião neste formulário",
    "Who would you like to speak for you?": "Quem gostavas que falasse por ti?",
    "An advocate": "Um defensor (advocate)",
    "Have you seen your care plan, and did someone explain it to you?":
      "Já viste o teu plano de cuidados, e alguém to explicou?",
    "How are things where you live?": "Como estão as coisas onde vives?",
    "How do you feel at home?": "Como te sentes em casa?",
    "How are things at school or college?": "Como estão as coisas na escola ou no college?",
    "Are you happy with how often you see your family and friends?":
      "Estás contente com as vezes que vês a tua família e os teus amigos?",
    "Yes, it's about right": "Sim, está bem assim",
    "I'd like to see them more": "Gostava de os ver mais vezes",
    "I'd like to see them less": "Gostava de os ver menos vezes",
    "What is good for you at the moment? Pick the pictures.":
      "O que é bom para ti neste momento? Escolhe as imagens.",
    "You can pick as many as you like.": "Podes escolher quantas quiseres.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "A reunião deve falar sobre alguma destas coisas? Escolhe as imagens.",
    "Pick the things that make you sad or worried, if there are any.":
      "Escolhe as coisas que te deixam triste ou preocupado, se houver.",
    "Seeing my family": "Ver a minha família",
    Nothing: "Nada",
    "What is going well for you?": "O que está a correr bem para ti?",
    "Is anything worrying you that the meeting should talk about?":
      "Há alguma coisa que te preocupa e de que a reunião deva falar?",
    "Is there anything you would like to change?": "Há alguma coisa que gostavas de mudar?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "Há alguma coisa que queiras que o adulto que está contigo diga na reunião?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "Não tens de o fazer. Se quiseres, o adulto pode escrever isso aqui.",
    // Family feedback after early help
    "How was your early help?": "Como correu o apoio precoce?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "Obrigado por trabalhar connosco. As suas respostas são anónimas e não mudam nenhum apoio que receba.",
    "The support": "O apoio",
    "What changed": "O que mudou",
    "In your words": "Nas suas palavras",
    "Overall, how do you feel about the support your family had?":
      "No geral, o que acha do apoio que a sua família teve?",
    "Did your worker listen to you and take your views seriously?":
      "O seu técnico ouviu-o e levou a sua opinião a sério?",
    "Did your worker explain things in a way that was easy to understand?":
      "O seu técnico explicou as coisas de forma fácil de perceber?",
    "Did you help decide what went into your family's plan?":
      "Ajudou a decidir o que entrou no plano da sua família?",
    "What did the support help with?": "Em que é que o apoio ajudou?",
    "Routines at home": "Rotinas em casa",
    "Children's behaviour": "Comportamento das crianças",
    "School attendance or learning": "Ida à escola ou aprendizagem",
    "Money or debt": "Dinheiro ou dívidas",
    "Health or wellbeing": "Saúde ou bem-estar",
    "Family relationships": "Relações familiares",
    "How much difference has the support made to your family?":
      "Que diferença fez o apoio para a sua família?",
    "No difference": "Nenhuma diferença",
    "A big difference": "Uma grande diferença",
    "Compared with when the support started, are things now…":
      "Em comparação com o início do apoio, as coisas agora estão…",
    Better: "Melhor",
    "About the same": "Mais ou menos iguais",
    Worse: "Pior",
    "Does everyone in your family feel safe at home now?":
      "Agora todos na sua família se sentem seguros em casa?",
    "Do you know where to go for help if you need it again?":
      "Sabe onde pedir ajuda se voltar a precisar?",
    "Would you tell another family to ask for early help?":
      "Aconselharia outra família a pedir apoio precoce?",
    "What worked well for your family?": "O que resultou bem para a sua família?",
    "What could we have done better?": "O que podíamos ter feito melhor?",
    "Young people: what would you like workers to know about getting help as a family?":
      "Jovens: o que gostavam que os técnicos soubessem sobre receber ajuda como família?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
