/** Slovak words for the six templates, written by Chorus; no fluent speaker has checked them yet. */
export const phrasebook = {
  language: "sk",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "Môj život",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "Chceme vedieť, ako sa máš. Niekto dospelý si to môže prečítať spolu s tebou.",
    "My home": "Môj domov",
    "My people": "Moji blízki",
    "School and fun": "Škola a zábava",
    "My three houses": "Moje tri domčeky",
    "Hello! Here are some questions about you.": "Ahoj! Tu je zopár otázok o tebe.",
    "There are no right or wrong answers. You can skip any question you like.":
      "Nie sú tu správne ani nesprávne odpovede. Hocijakú otázku môžeš preskočiť.",
    "How do you feel about where you live?": "Ako sa cítiš tam, kde bývaš?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "Ako sa cítiš tam, kde bývaš? Nie je to dobré, je to v poriadku, alebo je to dobré?",
    "Do you feel safe at home?": "Cítiš sa doma v bezpečí?",
    "Safe means nobody hurts you or scares you.":
      "V bezpečí znamená, že ti nikto neubližuje a nikto ťa nestraší.",
    "Who could you tell if you felt scared?": "Komu by si mohol povedať, keby si sa bál?",
    "The grown-up I live with": "Dospelý, s ktorým bývam",
    "My social worker": "Môj sociálny pracovník",
    "My teacher": "Môj učiteľ",
    "Someone else": "Niekto iný",
    "I don't know who to tell": "Neviem, komu to povedať",
    "How do the grown-ups you live with make you feel?":
      "Ako sa cítiš s dospelými, s ktorými bývaš?",
    "Do you have your own special things at home, like toys or a blanket?":
      "Máš doma svoje obľúbené veci, napríklad hračky alebo dečku?",
    "How do you feel about how much you see your family?":
      "Ako sa cítiš z toho, ako často vidíš svoju rodinu?",
    "Do you know who your social worker is?": "Vieš, kto je tvoj sociálny pracovník?",
    "Do you have friends to play with?": "Máš kamarátov, s ktorými sa hráš?",
    "How do you feel at school?": "Ako sa cítiš v škole?",
    "What do you like doing best?": "Čo najradšej robíš?",
    "You can pick up to three.": "Môžeš vybrať najviac tri.",
    "Playing outside": "Hranie vonku",
    Games: "Hry",
    "Drawing and making things": "Kreslenie a vyrábanie",
    "Stories and books": "Rozprávky a knižky",
    "Sport and running about": "Šport a behanie",
    "Music and dancing": "Hudba a tanec",
    Animals: "Zvieratá",
    "What is good in your life? Pick the pictures.": "Čo je dobré v tvojom živote? Vyber obrázky.",
    "This is your house of good things. You can pick as many as you like.":
      "Toto je tvoj domček dobrých vecí. Môžeš vybrať, koľko chceš.",
    "The grown-ups I live with": "Dospelí, s ktorými bývam",
    "My family": "Moja rodina",
    "My friends": "Moji kamaráti",
    School: "Škola",
    Playing: "Hranie",
    "Animals and pets": "Zvieratá a domáci miláčikovia",
    "Does anything make you sad or worried? Pick the pictures.":
      "Je niečo, čo ťa robí smutným alebo ti robí starosti? Vyber obrázky.",
    "This is your house of worries. You can pick as many as you like.":
      "Toto je tvoj domček starostí. Môžeš vybrať, koľko chceš.",
    Home: "Domov",
    Friends: "Kamaráti",
    "Going to sleep": "Chodenie spať",
    "Feeling poorly": "Keď mi nie je dobre",
    "Nothing worries me": "Nič ma netrápi",
    "If you could have one wish, which would it be?": "Keby si mal jedno želanie, aké by to bolo?",
    "This is your house of dreams.": "Toto je tvoj domček snov.",
    "More time with my family": "Viac času s rodinou",
    "More time with friends": "Viac času s kamarátmi",
    "A pet": "Domáce zvieratko",
    "A day out somewhere": "Celodenný výlet niekam",
    "To stay where I live": "Zostať tam, kde bývam",
    "Something else": "Niečo iné",
    "Is there anything else you want to tell the grown-up with you?":
      "Chceš ešte niečo povedať dospelému, ktorý je s tebou?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "Nemusíš. Ak chceš, dospelý sem môže napísať tvoje slová.",
    // My life in care (8 to 11)
    "My life in care": "Môj život v starostlivosti",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "Chceme počuť, aký je tvoj život, aby sme mohli zlepšiť život detí v starostlivosti.",
    "Where I live": "Kde bývam",
    "Having a say": "Môj názor",
    "How do you feel about where you live now?": "Ako sa cítiš tam, kde teraz bývaš?",
    "Do you feel safe where you live?": "Cítiš sa v bezpečí tam, kde bývaš?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "V bezpečí znamená, že ti nikto neubližuje, nestraší ťa a nerobí ti zle.",
    "Who would you talk to if you didn't feel safe?":
      "S kým by si sa porozprával, keby si sa necítil v bezpečí?",
    "You can also phone Childline for free on 0800 1111.":
      "Môžeš tiež zadarmo zavolať na Childline na číslo 0800 1111.",
    "My carer": "Môj opatrovateľ",
    "A teacher": "Učiteľ",
    "Someone in my family": "Niekto z mojej rodiny",
    "How much do you feel you belong where you live?":
      "Nakoľko cítiš, že tam, kde bývaš, je tvoje miesto?",
    "Not at all": "Vôbec",
    Completely: "Úplne",
    "Do the adults you live with listen to you?": "Počúvajú ťa dospelí, s ktorými bývaš?",
    "How do you feel about how often you see or talk to your family?":
      "Čo si myslíš o tom, ako často vidíš svoju rodinu alebo sa s ňou rozprávaš?",
    "It's about right": "Je to tak akurát",
    "I'd like more": "Chcel by som častejšie",
    "I'd like less": "Chcel by som menej často",
    "I'm not sure": "Nie som si istý",
    "Can you talk to your social worker when you need to?":
      "Môžeš sa porozprávať so svojím sociálnym pracovníkom, keď potrebuješ?",
    "Is there an adult you trust and can talk to about anything?":
      "Je nejaký dospelý, ktorému dôveruješ a s ktorým sa môžeš rozprávať o všetkom?",
    "How do you feel about school?": "Čo si myslíš o škole?",
    "Is there someone at school who helps when things are hard?":
      "Je v škole niekto, kto pomôže, keď je to ťažké?",
    "What do you enjoy doing in your free time?": "Čo rád robíš vo voľnom čase?",
    "Pick as many as you like.": "Vyber, koľko chceš.",
    "Sport or clubs": "Šport alebo krúžky",
    "Seeing friends": "Stretávanie s kamarátmi",
    "Art and making things": "Umenie a vyrábanie",
    "Music or dance": "Hudba alebo tanec",
    Reading: "Čítanie",
    "Being outdoors": "Byť vonku",
    "Do you get a say in decisions about your life?":
      "Môžeš povedať svoj názor, keď sa rozhoduje o tvojom živote?",
    "Fill in your three houses.": "Vyplň svoje tri domčeky.",
    "Write in one, two or all three. Short is fine.":
      "Napíš do jedného, dvoch alebo do všetkých troch. Stačí krátko.",
    "If you could change one thing about your life, what would it be?":
      "Keby si mohol zmeniť jednu vec vo svojom živote, čo by to bolo?",
    // My life in care (12 to 17)
    "Your life in care": "Tvoj život v starostlivosti",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "Povedz nám úprimne, ako to je. V správach nikdy nevidno, kto čo povedal, a čokoľvek môžeš preskočiť.",
    "Family and support": "Rodina a podpora",
    "School and the future": "Škola a budúcnosť",
    "How settled do you feel where you live?": "Nakoľko sa cítiš zabývaný tam, kde bývaš?",
    "Do you feel safe when you're out in your area?":
      "Cítiš sa v bezpečí, keď si vonku vo svojom okolí?",
    "If you didn't feel safe, who would you tell?":
      "Keby si sa necítil v bezpečí, komu by si to povedal?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline je zadarmo a dôverná: 0800 1111 alebo childline.org.uk.",
    "My carer or key worker": "Môj opatrovateľ alebo kľúčový pracovník",
    "Someone at school or college": "Niekto v škole alebo na college",
    "A friend": "Kamarát",
    "I wouldn't tell anyone": "Nikomu by som to nepovedal",
    "Do the people you live with make you feel cared about?":
      "Dávajú ti ľudia, s ktorými bývaš, pocit, že im na tebe záleží?",
    "Do you get enough privacy where you live?": "Máš dosť súkromia tam, kde bývaš?",
    "How do you feel about the contact you have with your family?":
      "Čo si myslíš o kontakte, ktorý máš so svojou rodinou?",
    "I want more": "Chcem viac",
    "I want less": "Chcem menej",
    "It's complicated": "Je to zložité",
    "How many social workers have you had in the last 12 months?":
      "Koľko sociálnych pracovníkov si mal za posledných 12 mesiacov?",
    One: "Jedného",
    Two: "Dvoch",
    "Three or more": "Troch alebo viac",
    "I don't know": "Neviem",
    "Do you trust your social worker?": "Dôveruješ svojmu sociálnemu pracovníkovi?",
    "Do you feel listened to at your review meetings?":
      "Máš na stretnutiach o tvojom pláne pocit, že ťa počúvajú?",
    "How are things going at school or college?": "Ako ti to ide v škole alebo na college?",
    "What's on your mind at the moment?": "Na čo teraz veľa myslíš?",
    "Choose any that fit.": "Vyber všetko, čo sedí.",
    "School or college": "Škola alebo college",
    Family: "Rodina",
    "Health or feelings": "Zdravie alebo pocity",
    Money: "Peniaze",
    "My future": "Moja budúcnosť",
    "Nothing much": "Nič zvláštne",
    "How hopeful do you feel about your future?": "S akou nádejou sa pozeráš na svoju budúcnosť?",
    "Not hopeful": "Bez nádeje",
    "Very hopeful": "S veľkou nádejou",
    "What is one thing that would make your life better?": "Aká jedna vec by zlepšila tvoj život?",
    "Is there anything else you want the people in charge to know?":
      "Je ešte niečo, čo chceš, aby vedeli zodpovední ľudia?",
    // Leaving care
    "Leaving care: how's it going?": "Po odchode zo starostlivosti: ako sa darí?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "Ty najlepšie vieš, aké je odísť zo starostlivosti. Tvoje odpovede formujú podporu, ktorú ponúkame.",
    Support: "Podpora",
    "Right now": "Teraz",
    "Where are you living at the moment?": "Kde teraz bývaš?",
    "My own flat or house": "Vo vlastnom byte alebo dome",
    "With my former foster carers": "U mojich bývalých pestúnov",
    "Supported accommodation": "V podporovanom bývaní",
    "With family or friends": "U rodiny alebo kamarátov",
    "Student housing": "Na internáte",
    "I don't have a settled place": "Nemám stále miesto",
    "Somewhere else": "Niekde inde",
    "How settled do you feel in your home?": "Nakoľko sa cítiš zabývaný vo svojom domove?",
    "How easy is it to get hold of your personal adviser?":
      "Ako ľahko sa spojíš so svojím osobným poradcom?",
    Easy: "Ľahko",
    "Sometimes easy, sometimes not": "Niekedy ľahko, niekedy nie",
    Hard: "Ťažko",
    "I don't know who my adviser is": "Neviem, kto je môj poradca",
    "Did you help write your pathway plan?":
      "Pomáhal si písať svoj plán do budúcnosti (pathway plan)?",
    "Do you know what our local offer for care leavers gives you?":
      "Vieš, čo ti dáva naša miestna ponuka pre mladých ľudí po odchode zo starostlivosti?",
    "The local offer lists the help, money and services you're entitled to.":
      "Miestna ponuka uvádza pomoc, peniaze a služby, na ktoré máš nárok.",
    "How connected do you feel to people who care about you?":
      "Nakoľko sa cítiš spojený s ľuďmi, ktorým na tebe záleží?",
    "Not connected": "Vôbec nie spojený",
    "Very connected": "Veľmi spojený",
    "How are you managing with money?": "Ako vychádzaš s peniazmi?",
    "What are you doing at the moment?": "Čo teraz robíš?",
    "Choose all that apply.": "Vyber všetko, čo platí.",
    "College or sixth form": "College alebo vyššie ročníky strednej školy (sixth form)",
    University: "Vysoká škola",
    Working: "Pracujem",
    "An apprenticeship or training": "Učňovská príprava alebo školenie",
    "Looking for work or a course": "Hľadám prácu alebo kurz",
    "Looking after a child or someone else": "Starám sa o dieťa alebo o niekoho iného",
    "None of these right now": "Teraz nič z toho",
    "What would help you most right now?": "Čo by ti teraz najviac pomohlo?",
    "Choose up to three.": "Vyber najviac tri.",
    "Money and budgeting": "Peniaze a rozpočet",
    Housing: "Bývanie",
    "Work, college or training": "Práca, college alebo školenie",
    "Health and wellbeing": "Zdravie a pohoda",
    "Someone to talk to": "Niekto, s kým sa porozprávať",
    "Cooking, bills and forms": "Varenie, účty a formuláre",
    "What one thing should we change for young people leaving care?":
      "Akú jednu vec by sme mali zmeniť pre mladých ľudí, ktorí odchádzajú zo starostlivosti?",
    // Before my review meeting
    "Before my review meeting": "Pred mojím stretnutím o pláne",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "Čoskoro bude tvoje stretnutie o pláne. Povedz nám, čo si myslíš, aby na stretnutí počuli tvoj názor.",
    "The meeting": "Stretnutie",
    "How things are": "Ako to je",
    "What I want the meeting to hear": "Čo chcem, aby na stretnutí počuli",
    "Do you know what your review meeting is for?": "Vieš, na čo je tvoje stretnutie o pláne?",
    "It's where the adults who look after you check your plan is right for you.":
      "Dospelí, ktorí sa o teba starajú, tam kontrolujú, či je tvoj plán pre teba dobrý.",
    "Do you know why grown-ups have meetings about you?":
      "Vieš, prečo majú dospelí stretnutia o tebe?",
    "They meet to make sure you are happy and looked after.":
      "Stretávajú sa, aby sa uistili, že si šťastný a že sa o teba dobre starajú.",
    "How would you like to take part in the meeting?": "Ako by si sa chcel zúčastniť na stretnutí?",
    "Be there for all of it": "Byť tam celý čas",
    "Be there for part of it": "Byť tam časť stretnutia",
    "Have someone speak for me": "Aby za mňa niekto hovoril",
    "Just send my views on this form": "Len poslať svoj názor v tomto formulári",
    "Who would you like to speak for you?": "Kto by mal za teba hovoriť?",
    "An advocate": "Obhajca (advocate)",
    "Have you seen your care plan, and did someone explain it to you?":
      "Videl si svoj plán starostlivosti a vysvetlil ti ho niekto?",
    "How are things where you live?": "Ako to je tam, kde bývaš?",
    "How do you feel at home?": "Ako sa cítiš doma?",
    "How are things at school or college?": "Ako to je v škole alebo na college?",
    "Are you happy with how often you see your family and friends?":
      "Si spokojný s tým, ako často vidíš svoju rodinu a kamarátov?",
    "Yes, it's about right": "Áno, je to tak akurát",
    "I'd like to see them more": "Chcel by som ich vidieť častejšie",
    "I'd like to see them less": "Chcel by som ich vidieť menej často",
    "What is good for you at the moment? Pick the pictures.":
      "Čo je pre teba teraz dobré? Vyber obrázky.",
    "You can pick as many as you like.": "Môžeš vybrať, koľko chceš.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "Mali by sa na stretnutí rozprávať o niečom z toho? Vyber obrázky.",
    "Pick the things that make you sad or worried, if there are any.":
      "Vyber veci, ktoré ťa robia smutným alebo ti robia starosti, ak nejaké sú.",
    "Seeing my family": "Stretnutia s rodinou",
    Nothing: "Nič",
    "What is going well for you?": "Čo sa ti darí?",
    "Is anything worrying you that the meeting should talk about?":
      "Trápi ťa niečo, o čom by sa malo na stretnutí hovoriť?",
    "Is there anything you would like to change?": "Je niečo, čo by si chcel zmeniť?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "Je niečo, čo chceš, aby dospelý, ktorý je s tebou, povedal na stretnutí?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "Nemusíš. Ak chceš, dospelý to sem môže napísať.",
    // Family feedback after early help
    "How was your early help?": "Aká bola pre vás včasná pomoc?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "Ďakujeme, že ste s nami spolupracovali. Vaše odpovede sú anonymné a nezmenia žiadnu podporu, ktorú dostávate.",
    "The support": "Podpora",
    "What changed": "Čo sa zmenilo",
    "In your words": "Vašimi slovami",
    "Overall, how do you feel about the support your family had?":
      "Ako celkovo hodnotíte podporu, ktorú dostala vaša rodina?",
    "Did your worker listen to you and take your views seriously?":
      "Počúval vás váš pracovník a bral váš názor vážne?",
    "Did your worker explain things in a way that was easy to understand?":
      "Vysvetľoval vám váš pracovník veci zrozumiteľne?",
    "Did you help decide what went into your family's plan?":
      "Pomáhali ste rozhodnúť, čo bude v pláne vašej rodiny?",
    "What did the support help with?": "S čím podpora pomohla?",
    "Routines at home": "Denný režim doma",
    "Children's behaviour": "Správanie detí",
    "School attendance or learning": "Dochádzka do školy alebo učenie",
    "Money or debt": "Peniaze alebo dlhy",
    "Health or wellbeing": "Zdravie alebo pohoda",
    "Family relationships": "Vzťahy v rodine",
    "How much difference has the support made to your family?":
      "Ako veľmi podpora zmenila situáciu vašej rodiny?",
    "No difference": "Nič nezmenila",
    "A big difference": "Veľmi veľa zmenila",
    "Compared with when the support started, are things now…":
      "V porovnaní so začiatkom podpory je to teraz…",
    Better: "Lepšie",
    "About the same": "Približne rovnaké",
    Worse: "Horšie",
    "Does everyone in your family feel safe at home now?":
      "Cíti sa teraz každý vo vašej rodine doma v bezpečí?",
    "Do you know where to go for help if you need it again?":
      "Viete, kam sa obrátiť o pomoc, ak ju budete znova potrebovať?",
    "Would you tell another family to ask for early help?":
      "Odporučili by ste inej rodine požiadať o včasnú pomoc?",
    "What worked well for your family?": "Čo sa vašej rodine osvedčilo?",
    "What could we have done better?": "Čo sme mohli urobiť lepšie?",
    "Young people: what would you like workers to know about getting help as a family?":
      "Mladí ľudia: čo by ste chceli, aby pracovníci vedeli o tom, aké je dostávať pomoc ako rodina?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
