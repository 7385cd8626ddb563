/**
 * Czech words for the six templates, written for children in the informal "ty"; the family
 * survey speaks to the whole family ("vy"). Not yet reviewed by a native speaker.
 */
export const phrasebook = {
  language: "cs",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "Můj život",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "Chceme vědět, jak se máš. Dospělý ti to může přečíst.",
    "Hello! Here are some questions about you.": "Ahoj! Tady je pár otázek o tobě.",
    "There are no right or wrong answers. You can skip any question you like.":
      "Žádná odpověď není špatně. Kteroukoli otázku můžeš přeskočit.",
    "My home": "Můj domov",
    "How do you feel about where you live?": "Jak se ti líbí tam, kde bydlíš?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "Jak se ti líbí tam, kde bydlíš? Je to špatné, docela dobré, nebo dobré?",
    "Do you feel safe at home?": "Cítíš se doma v bezpečí?",
    "Safe means nobody hurts you or scares you.":
      "V bezpečí znamená, že ti nikdo neubližuje a nikdo tě nestraší.",
    "Who could you tell if you felt scared?": "Komu to můžeš říct, když máš strach?",
    "The grown-up I live with": "Dospělý, se kterým bydlím",
    "My social worker": "Moje sociální pracovnice",
    "My teacher": "Můj učitel nebo paní učitelka",
    "Someone else": "Někdo jiný",
    "I don't know who to tell": "Nevím, komu to říct",
    "How do the grown-ups you live with make you feel?":
      "Jak se cítíš s dospělými, se kterými bydlíš?",
    "Do you have your own special things at home, like toys or a blanket?":
      "Máš doma své vlastní věci, třeba hračky nebo deku?",
    "My people": "Moji lidé",
    "How do you feel about how much you see your family?":
      "Jak se ti líbí, jak často vídáš svou rodinu?",
    "Do you know who your social worker is?": "Víš, kdo je tvoje sociální pracovnice?",
    "Do you have friends to play with?": "Máš kamarády, se kterými si hraješ?",
    "School and fun": "Škola a zábava",
    "How do you feel at school?": "Jak se cítíš ve škole?",
    "What do you like doing best?": "Co děláš nejraději?",
    "You can pick up to three.": "Můžeš vybrat až tři.",
    "Playing outside": "Hraní venku",
    Games: "Hry",
    "Drawing and making things": "Kreslení a tvoření",
    "Stories and books": "Pohádky a knížky",
    "Sport and running about": "Sport a běhání",
    "Music and dancing": "Hudba a tanec",
    Animals: "Zvířátka",
    "My three houses": "Moje tři domečky",
    "What is good in your life? Pick the pictures.": "Co je ve tvém životě dobré? Vyber obrázky.",
    "This is your house of good things. You can pick as many as you like.":
      "Tohle je tvůj domeček dobrých věcí. Můžeš vybrat, kolik chceš.",
    "The grown-ups I live with": "Dospělí, se kterými bydlím",
    "My family": "Moje rodina",
    "My friends": "Moji kamarádi",
    School: "Škola",
    Playing: "Hraní",
    "Animals and pets": "Zvířátka a mazlíčci",
    "Does anything make you sad or worried? Pick the pictures.":
      "Je něco, co tě rozesmutní nebo ti dělá starosti? Vyber obrázky.",
    "This is your house of worries. You can pick as many as you like.":
      "Tohle je tvůj domeček starostí. Můžeš vybrat, kolik chceš.",
    Home: "Domov",
    Friends: "Kamarádi",
    "Going to sleep": "Usínání",
    "Feeling poorly": "Když je mi špatně",
    "Nothing worries me": "Nic mě netrápí",
    "If you could have one wish, which would it be?": "Jaké by bylo tvoje jedno přání?",
    "This is your house of dreams.": "Tohle je tvůj domeček snů.",
    "More time with my family": "Víc času s rodinou",
    "More time with friends": "Víc času s kamarády",
    "A pet": "Zvířátko",
    "A day out somewhere": "Výlet",
    "To stay where I live": "Zůstat tam, kde bydlím",
    "Something else": "Něco jiného",
    "Is there anything else you want to tell the grown-up with you?":
      "Chceš ještě něco říct dospělému, který je s tebou?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "Nemusíš. Jestli chceš, dospělý sem za tebe napíše tvoje slova.",

    // My life in care (8 to 11)
    "My life in care": "Můj život v péči",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "Chceme slyšet, jak se ti žije, abychom mohli zlepšit život dětí v péči.",
    "Where I live": "Kde bydlím",
    "How do you feel about where you live now?": "Jak se ti líbí tam, kde teď bydlíš?",
    "Do you feel safe where you live?": "Cítíš se v bezpečí tam, kde bydlíš?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "V bezpečí znamená, že ti nikdo neubližuje, nestraší tě a nedělá ti zle.",
    "Who would you talk to if you didn't feel safe?":
      "S kým můžeš mluvit, když se necítíš v bezpečí?",
    "You can also phone Childline for free on 0800 1111.":
      "Můžeš také zdarma zavolat na Childline: 0800 1111.",
    "My carer": "Můj pěstoun",
    "A teacher": "Učitel",
    "Someone in my family": "Někdo z mé rodiny",
    "How much do you feel you belong where you live?": "Jak moc cítíš, že tam, kde bydlíš, patříš?",
    "Not at all": "Vůbec",
    Completely: "Úplně",
    "Do the adults you live with listen to you?": "Poslouchají tě dospělí, se kterými bydlíš?",
    "How do you feel about how often you see or talk to your family?":
      "Jak se ti líbí, jak často vídáš svou rodinu nebo s ní mluvíš?",
    "It's about right": "Je to tak akorát",
    "I'd like more": "Chtělo by to víc",
    "I'd like less": "Chtělo by to míň",
    "I'm not sure": "Nevím jistě",
    "Can you talk to your social worker when you need to?":
      "Můžeš mluvit se svou sociální pracovnicí, když potřebuješ?",
    "Is there an adult you trust and can talk to about anything?":
      "Je nějaký dospělý, kterému věříš a můžeš mu říct cokoli?",
    "How do you feel about school?": "Jak se ti líbí ve škole?",
    "Is there someone at school who helps when things are hard?":
      "Je ve škole někdo, kdo ti pomůže, když je to těžké?",
    "What do you enjoy doing in your free time?": "Co tě baví dělat ve volném čase?",
    "Pick as many as you like.": "Vyber, kolik chceš.",
    "Sport or clubs": "Sport nebo kroužky",
    "Seeing friends": "Být s kamarády",
    "Art and making things": "Kreslení a tvoření",
    "Music or dance": "Hudba nebo tanec",
    Reading: "Čtení",
    "Being outdoors": "Být venku",
    "Having a say": "Můžu říct svůj názor",
    "Do you get a say in decisions about your life?":
      "Můžeš říct svůj názor, když se rozhoduje o tvém životě?",
    "Fill in your three houses.": "Vyplň své tři domečky.",
    "Write in one, two or all three. Short is fine.":
      "Napiš do jednoho, dvou nebo do všech tří. Stačí krátce.",
    "If you could change one thing about your life, what would it be?":
      "Kdyby šla ve tvém životě změnit jedna věc, co by to bylo?",

    // My life in care (12 to 17)
    "Your life in care": "Tvůj život v péči",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "Řekni nám upřímně, jak to je. Ve zprávách nikdy není vidět, kdo co řekl, a cokoli můžeš přeskočit.",
    "How settled do you feel where you live?": "Jak moc se cítíš doma tam, kde bydlíš?",
    "Do you feel safe when you're out in your area?": "Cítíš se v bezpečí venku ve svém okolí?",
    "If you didn't feel safe, who would you tell?": "Komu to řekneš, když se necítíš v bezpečí?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline je zdarma a důvěrná: 0800 1111 nebo childline.org.uk.",
    "My carer or key worker": "Můj pěstoun nebo klíčový pracovník",
    "Someone at school or college": "Někdo ve škole",
    "A friend": "Kamarád",
    "I wouldn't tell anyone": "Nikomu to neřeknu",
    "Do the people you live with make you feel cared about?":
      "Máš pocit, že na tobě lidem, se kterými bydlíš, záleží?",
    "Do you get enough privacy where you live?": "Máš tam, kde bydlíš, dost soukromí?",
    "Family and support": "Rodina a podpora",
    "How do you feel about the contact you have with your family?":
      "Co si myslíš o tom, jak se stýkáš se svou rodinou?",
    "I want more": "Chci víc",
    "I want less": "Chci míň",
    "It's complicated": "Je to složité",
    "How many social workers have you had in the last 12 months?":
      "Kolik sociálních pracovníků se o tebe staralo za posledních 12 měsíců?",
    One: "Jeden",
    Two: "Dva",
    "Three or more": "Tři nebo víc",
    "I don't know": "Nevím",
    "Do you trust your social worker?": "Věříš své sociální pracovnici?",
    "Do you feel listened to at your review meetings?":
      "Máš pocit, že tě na tvých hodnoticích schůzkách poslouchají?",
    "School and the future": "Škola a budoucnost",
    "How are things going at school or college?": "Jak se ti daří ve škole?",
    "What's on your mind at the moment?": "Co tě teď zaměstnává?",
    "Choose any that fit.": "Vyber všechno, co sedí.",
    "School or college": "Škola",
    Family: "Rodina",
    "Health or feelings": "Zdraví nebo pocity",
    Money: "Peníze",
    "My future": "Moje budoucnost",
    "Nothing much": "Nic zvláštního",
    "How hopeful do you feel about your future?": "Jak moc doufáš, že tvoje budoucnost bude dobrá?",
    "Not hopeful": "Nemám naději",
    "Very hopeful": "Mám velkou naději",
    "What is one thing that would make your life better?":
      "Co je jedna věc, která by tvůj život zlepšila?",
    "Is there anything else you want the people in charge to know?":
      "Chceš ještě něco vzkázat lidem, kteří o věcech rozhodují?",

    // Leaving care
    "Leaving care: how's it going?": "Odchod z péče: jak to jde?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "Ty víš nejlíp, jaké je odejít z péče. Tvoje odpovědi ovlivní, jakou podporu nabízíme.",
    "Where are you living at the moment?": "Kde teď bydlíš?",
    "My own flat or house": "Ve vlastním bytě nebo domě",
    "With my former foster carers": "U svých bývalých pěstounů",
    "Supported accommodation": "V podporovaném bydlení",
    "With family or friends": "U rodiny nebo kamarádů",
    "Student housing": "Na koleji",
    "I don't have a settled place": "Nemám stálé bydlení",
    "Somewhere else": "Jinde",
    "How settled do you feel in your home?": "Jak moc se cítíš ve svém bydlení jako doma?",
    Support: "Podpora",
    "How easy is it to get hold of your personal adviser?":
      "Jak snadno se spojíš se svým osobním poradcem?",
    Easy: "Snadno",
    "Sometimes easy, sometimes not": "Někdy snadno, někdy ne",
    Hard: "Těžko",
    "I don't know who my adviser is": "Nevím, kdo je můj poradce",
    "Did you help write your pathway plan?":
      "Psali jste tvůj plán do samostatnosti společně s tebou?",
    "Do you know what our local offer for care leavers gives you?":
      "Víš, co ti dává naše místní nabídka pro mladé lidi po odchodu z péče?",
    "The local offer lists the help, money and services you're entitled to.":
      "Místní nabídka vypisuje pomoc, peníze a služby, na které máš nárok.",
    "How connected do you feel to people who care about you?":
      "Jak blízko se cítíš lidem, kterým na tobě záleží?",
    "Not connected": "Vůbec blízko",
    "Very connected": "Velmi blízko",
    "Right now": "Teď",
    "How are you managing with money?": "Jak vycházíš s penězi?",
    "What are you doing at the moment?": "Co teď děláš?",
    "Choose all that apply.": "Vyber všechno, co platí.",
    "College or sixth form": "Střední nebo vyšší odborná škola",
    University: "Vysoká škola",
    Working: "Pracuju",
    "An apprenticeship or training": "Učení nebo kurz",
    "Looking for work or a course": "Hledám práci nebo kurz",
    "Looking after a child or someone else": "Starám se o dítě nebo o někoho jiného",
    "None of these right now": "Teď nic z toho",
    "What would help you most right now?": "Co by ti teď nejvíc pomohlo?",
    "Choose up to three.": "Vyber až tři.",
    "Money and budgeting": "Peníze a rozpočet",
    Housing: "Bydlení",
    "Work, college or training": "Práce, škola nebo kurz",
    "Health and wellbeing": "Zdraví a pohoda",
    "Someone to talk to": "Někdo, s kým si promluvit",
    "Cooking, bills and forms": "Vaření, účty a formuláře",
    "What one thing should we change for young people leaving care?":
      "Jakou jednu věc bychom měli změnit pro mladé lidi, kteří odcházejí z péče?",

    // Before my review meeting
    "Before my review meeting": "Před mou hodnoticí schůzkou",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "Brzy bude tvoje hodnoticí schůzka. Řekni nám, co si myslíš, aby schůzka slyšela tvůj názor.",
    "The meeting": "Schůzka",
    "Do you know what your review meeting is for?": "Víš, k čemu je tvoje hodnoticí schůzka?",
    "It's where the adults who look after you check your plan is right for you.":
      "Dospělí, kteří se o tebe starají, tam kontrolují, jestli je tvůj plán pro tebe dobrý.",
    "Do you know why grown-ups have meetings about you?": "Víš, proč mají dospělí o tobě schůzky?",
    "They meet to make sure you are happy and looked after.":
      "Scházejí se, aby věděli, že je ti dobře a že se o tebe dobře starají.",
    "How would you like to take part in the meeting?": "Jak se chceš schůzky zúčastnit?",
    "Be there for all of it": "Být tam celou dobu",
    "Be there for part of it": "Být tam jen část",
    "Have someone speak for me": "Ať za mě mluví někdo jiný",
    "Just send my views on this form": "Jen poslat svůj názor v tomhle formuláři",
    "Who would you like to speak for you?": "Kdo má za tebe mluvit?",
    "An advocate": "Zastánce dětí",
    "Have you seen your care plan, and did someone explain it to you?":
      "Ukázal ti někdo tvůj plán péče a vysvětlil ti ho?",
    "How things are": "Jak to teď je",
    "How are things where you live?": "Jak to chodí tam, kde bydlíš?",
    "How do you feel at home?": "Jak se cítíš doma?",
    "How are things at school or college?": "Jak to jde ve škole?",
    "Are you happy with how often you see your family and friends?":
      "Líbí se ti, jak často vídáš rodinu a kamarády?",
    "Yes, it's about right": "Ano, je to tak akorát",
    "I'd like to see them more": "Chci je vídat víc",
    "I'd like to see them less": "Chci je vídat míň",
    "What I want the meeting to hear": "Co chci, aby schůzka slyšela",
    "What is good for you at the moment? Pick the pictures.":
      "Co je pro tebe teď dobré? Vyber obrázky.",
    "You can pick as many as you like.": "Můžeš vybrat, kolik chceš.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "Má se na schůzce mluvit o něčem z tohohle? Vyber obrázky.",
    "Pick the things that make you sad or worried, if there are any.":
      "Vyber věci, které tě rozesmutní nebo ti dělají starosti, jestli nějaké jsou.",
    "Seeing my family": "Vídat rodinu",
    Nothing: "Nic",
    "What is going well for you?": "Co se ti daří?",
    "Is anything worrying you that the meeting should talk about?":
      "Trápí tě něco, o čem by se na schůzce mělo mluvit?",
    "Is there anything you would like to change?": "Je něco, co by se mělo změnit?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "Chceš, aby dospělý, který je s tebou, něco řekl na schůzce?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "Nemusíš. Jestli chceš, dospělý to sem může napsat.",

    // How was your early help?
    "How was your early help?": "Jaká byla vaše včasná pomoc?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "Děkujeme, že jste s námi spolupracovali. Vaše odpovědi jsou anonymní a nezmění žádnou podporu, kterou dostáváte.",
    "The support": "Podpora",
    "Overall, how do you feel about the support your family had?":
      "Jak jste celkově spokojeni s podporou, kterou vaše rodina dostala?",
    "Did your worker listen to you and take your views seriously?":
      "Poslouchal vás váš pracovník a bral váš názor vážně?",
    "Did your worker explain things in a way that was easy to understand?":
      "Vysvětloval vám váš pracovník věci tak, aby se daly snadno pochopit?",
    "Did you help decide what went into your family's plan?":
      "Pomáhali jste rozhodnout, co bude v plánu vaší rodiny?",
    "What did the support help with?": "S čím podpora pomohla?",
    "Routines at home": "Denní režim doma",
    "Children's behaviour": "Chování dětí",
    "School attendance or learning": "Docházka do školy nebo učení",
    "Money or debt": "Peníze nebo dluhy",
    "Health or wellbeing": "Zdraví nebo pohoda",
    "Family relationships": "Vztahy v rodině",
    "What changed": "Co se změnilo",
    "How much difference has the support made to your family?":
      "Jak moc podpora vaší rodině pomohla?",
    "No difference": "Vůbec nepomohla",
    "A big difference": "Hodně pomohla",
    "Compared with when the support started, are things now…":
      "Ve srovnání se začátkem podpory jsou věci teď…",
    Better: "Lepší",
    "About the same": "Asi stejné",
    Worse: "Horší",
    "Does everyone in your family feel safe at home now?":
      "Cítí se teď doma v bezpečí všichni ve vaší rodině?",
    "Do you know where to go for help if you need it again?":
      "Víte, kam se obrátit pro pomoc, kdybyste ji znovu potřebovali?",
    "Would you tell another family to ask for early help?":
      "Doporučili byste jiné rodině, aby požádala o včasnou pomoc?",
    "In your words": "Vašimi slovy",
    "What worked well for your family?": "Co vaší rodině dobře fungovalo?",
    "What could we have done better?": "Co jsme mohli udělat lépe?",
    "Young people: what would you like workers to know about getting help as a family?":
      "Mladí lidé: co byste chtěli, aby pracovníci věděli o tom, jaké je dostávat pomoc jako rodina?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
