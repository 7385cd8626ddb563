/**
 * Hungarian words for the six templates, written for children in the informal "te"; the family
 * survey speaks to the whole family ("ti"). Not yet reviewed by a native speaker.
 */
export const phrasebook = {
  language: "hu",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "Az életem",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "Szeretnénk tudni, milyen neked. Egy felnőtt felolvashatja veled.",
    "Hello! Here are some questions about you.": "Szia! Itt van néhány kérdés rólad.",
    "There are no right or wrong answers. You can skip any question you like.":
      "Nincs jó vagy rossz válasz. Bármelyik kérdést kihagyhatod.",
    "My home": "Az otthonom",
    "How do you feel about where you live?": "Milyen ott, ahol laksz?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "Milyen ott, ahol laksz? Nem jó, megvan, vagy jó?",
    "Do you feel safe at home?": "Biztonságban érzed magad otthon?",
    "Safe means nobody hurts you or scares you.":
      "Biztonság azt jelenti, hogy senki nem bánt és senki nem ijeszt meg.",
    "Who could you tell if you felt scared?": "Kinek szólhatsz, ha félsz?",
    "The grown-up I live with": "A felnőtt, akivel lakom",
    "My social worker": "A szociális munkásom",
    "My teacher": "A tanítóm",
    "Someone else": "Valaki más",
    "I don't know who to tell": "Nem tudom, kinek szóljak",
    "How do the grown-ups you live with make you feel?":
      "Hogy érzed magad a felnőttekkel, akikkel laksz?",
    "Do you have your own special things at home, like toys or a blanket?":
      "Vannak otthon saját kedves dolgaid, például játékok vagy egy takaró?",
    "My people": "Az én embereim",
    "How do you feel about how much you see your family?":
      "Mit gondolsz arról, milyen gyakran látod a családodat?",
    "Do you know who your social worker is?": "Tudod, ki a szociális munkásod?",
    "Do you have friends to play with?": "Vannak barátaid, akikkel játszol?",
    "School and fun": "Iskola és játék",
    "How do you feel at school?": "Hogy érzed magad az iskolában?",
    "What do you like doing best?": "Mit csinálsz a legszívesebben?",
    "You can pick up to three.": "Legfeljebb hármat választhatsz.",
    "Playing outside": "Játék a szabadban",
    Games: "Játékok",
    "Drawing and making things": "Rajzolás és barkácsolás",
    "Stories and books": "Mesék és könyvek",
    "Sport and running about": "Sport és futkározás",
    "Music and dancing": "Zene és tánc",
    Animals: "Állatok",
    "My three houses": "A három házam",
    "What is good in your life? Pick the pictures.": "Mi jó az életedben? Válaszd ki a képeket.",
    "This is your house of good things. You can pick as many as you like.":
      "Ez a jó dolgok háza. Annyit választhatsz, amennyit szeretnél.",
    "The grown-ups I live with": "A felnőttek, akikkel lakom",
    "My family": "A családom",
    "My friends": "A barátaim",
    School: "Iskola",
    Playing: "Játék",
    "Animals and pets": "Állatok és háziállatok",
    "Does anything make you sad or worried? Pick the pictures.":
      "Van valami, ami miatt szomorú vagy, vagy ami aggaszt? Válaszd ki a képeket.",
    "This is your house of worries. You can pick as many as you like.":
      "Ez az aggodalmak háza. Annyit választhatsz, amennyit szeretnél.",
    Home: "Otthon",
    Friends: "Barátok",
    "Going to sleep": "Elalvás",
    "Feeling poorly": "Ha beteg vagyok",
    "Nothing worries me": "Semmi nem aggaszt",
    "If you could have one wish, which would it be?": "Ha lehetne egy kívánságod, mi lenne az?",
    "This is your house of dreams.": "Ez az álmok háza.",
    "More time with my family": "Több idő a családommal",
    "More time with friends": "Több idő a barátaimmal",
    "A pet": "Egy háziállat",
    "A day out somewhere": "Egy kirándulás",
    "To stay where I live": "Hogy ott maradhassak, ahol lakom",
    "Something else": "Valami más",
    "Is there anything else you want to tell the grown-up with you?":
      "Szeretnél még valamit mondani a felnőttnek, aki veled van?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "Nem muszáj. Ha szeretnéd, a felnőtt ide leírja a szavaidat.",

    // My life in care (8 to 11)
    "My life in care": "Az életem gondoskodásban",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "Szeretnénk hallani, milyen az életed, hogy jobbá tehessük a gondoskodásban élő gyerekek életét.",
    "Where I live": "Ahol lakom",
    "How do you feel about where you live now?": "Milyen ott, ahol most laksz?",
    "Do you feel safe where you live?": "Biztonságban érzed magad ott, ahol laksz?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "Biztonság azt jelenti, hogy senki nem bánt, nem ijeszt meg, és nem éreztet rosszul.",
    "Who would you talk to if you didn't feel safe?":
      "Kivel beszélnél, ha nem éreznéd magad biztonságban?",
    "You can also phone Childline for free on 0800 1111.":
      "Ingyen hívhatod a Childline-t is: 0800 1111.",
    "My carer": "A nevelőszülőm",
    "A teacher": "Egy tanár",
    "Someone in my family": "Valaki a családomból",
    "How much do you feel you belong where you live?":
      "Mennyire érzed, hogy oda tartozol, ahol laksz?",
    "Not at all": "Egyáltalán nem",
    Completely: "Teljesen",
    "Do the adults you live with listen to you?": "Meghallgatnak a felnőttek, akikkel laksz?",
    "How do you feel about how often you see or talk to your family?":
      "Mit gondolsz arról, milyen gyakran látod a családodat, vagy beszélsz velük?",
    "It's about right": "Éppen jó",
    "I'd like more": "Többet szeretnék",
    "I'd like less": "Kevesebbet szeretnék",
    "I'm not sure": "Nem vagyok biztos benne",
    "Can you talk to your social worker when you need to?":
      "Tudsz beszélni a szociális munkásoddal, amikor szükséged van rá?",
    "Is there an adult you trust and can talk to about anything?":
      "Van olyan felnőtt, akiben megbízol, és akivel bármiről beszélhetsz?",
    "How do you feel about school?": "Milyen neked az iskola?",
    "Is there someone at school who helps when things are hard?":
      "Van valaki az iskolában, aki segít, ha nehéz?",
    "What do you enjoy doing in your free time?": "Mit csinálsz szívesen a szabadidődben?",
    "Pick as many as you like.": "Annyit válassz, amennyit szeretnél.",
    "Sport or clubs": "Sport vagy szakkör",
    "Seeing friends": "Találkozás a barátokkal",
    "Art and making things": "Rajz és barkácsolás",
    "Music or dance": "Zene vagy tánc",
    Reading: "Olvasás",
    "Being outdoors": "A szabadban lenni",
    "Having a say": "Beleszólás",
    "Do you get a say in decisions about your life?":
      "Beleszólhatsz a döntésekbe, amelyek az életedről szólnak?",
    "Fill in your three houses.": "Töltsd ki a három házadat.",
    "Write in one, two or all three. Short is fine.":
      "Írj egybe, kettőbe vagy mindháromba. Röviden is jó.",
    "If you could change one thing about your life, what would it be?":
      "Ha egy dolgot megváltoztathatnál az életedben, mi lenne az?",

    // My life in care (12 to 17)
    "Your life in care": "Az életed gondoskodásban",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "Mondd el őszintén, hogy mennek a dolgok. A jelentésekből sosem derül ki, ki mit mondott, és bármit kihagyhatsz.",
    "How settled do you feel where you live?": "Mennyire érzed magad otthon ott, ahol laksz?",
    "Do you feel safe when you're out in your area?": "Biztonságban érzed magad a környékeden?",
    "If you didn't feel safe, who would you tell?":
      "Ha nem éreznéd magad biztonságban, kinek szólnál?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "A Childline ingyenes és bizalmas: 0800 1111, vagy childline.org.uk.",
    "My carer or key worker": "A nevelőszülőm vagy a kulcsgondozóm",
    "Someone at school or college": "Valaki az iskolában",
    "A friend": "Egy barát",
    "I wouldn't tell anyone": "Senkinek nem szólnék",
    "Do the people you live with make you feel cared about?":
      "Érzed, hogy fontos vagy azoknak, akikkel laksz?",
    "Do you get enough privacy where you live?": "Van elég magánszférád ott, ahol laksz?",
    "Family and support": "Család és támogatás",
    "How do you feel about the contact you have with your family?":
      "Mit gondolsz a kapcsolattartásról a családoddal?",
    "I want more": "Többet szeretnék",
    "I want less": "Kevesebbet szeretnék",
    "It's complicated": "Bonyolult",
    "How many social workers have you had in the last 12 months?":
      "Hány szociális munkásod volt az elmúlt 12 hónapban?",
    One: "Egy",
    Two: "Kettő",
    "Three or more": "Három vagy több",
    "I don't know": "Nem tudom",
    "Do you trust your social worker?": "Megbízol a szociális munkásodban?",
    "Do you feel listened to at your review meetings?":
      "Úgy érzed, meghallgatnak a felülvizsgálati megbeszéléseiden?",
    "School and the future": "Iskola és jövő",
    "How are things going at school or college?": "Hogy mennek a dolgok az iskolában?",
    "What's on your mind at the moment?": "Mi jár most a fejedben?",
    "Choose any that fit.": "Válaszd ki, ami illik rád.",
    "School or college": "Iskola",
    Family: "Család",
    "Health or feelings": "Egészség vagy érzések",
    Money: "Pénz",
    "My future": "A jövőm",
    "Nothing much": "Semmi különös",
    "How hopeful do you feel about your future?": "Mennyire vagy bizakodó a jövődet illetően?",
    "Not hopeful": "Nem vagyok bizakodó",
    "Very hopeful": "Nagyon bizakodó vagyok",
    "What is one thing that would make your life better?":
      "Mi az az egy dolog, ami jobbá tenné az életedet?",
    "Is there anything else you want the people in charge to know?":
      "Szeretnél még valamit üzenni azoknak, akik a döntéseket hozzák?",

    // Leaving care
    "Leaving care: how's it going?": "Kilépés a gondoskodásból: hogy megy?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "Te tudod a legjobban, milyen kilépni a gondoskodásból. A válaszaid alakítják a támogatást, amit adunk.",
    "Where are you living at the moment?": "Hol laksz most?",
    "My own flat or house": "A saját lakásomban vagy házamban",
    "With my former foster carers": "A korábbi nevelőszüleimnél",
    "Supported accommodation": "Támogatott lakhatásban",
    "With family or friends": "Családnál vagy barátoknál",
    "Student housing": "Kollégiumban",
    "I don't have a settled place": "Nincs állandó lakhelyem",
    "Somewhere else": "Máshol",
    "How settled do you feel in your home?": "Mennyire érzed otthon magad ott, ahol laksz?",
    Support: "Támogatás",
    "How easy is it to get hold of your personal adviser?":
      "Mennyire könnyű elérni a személyes tanácsadódat?",
    Easy: "Könnyű",
    "Sometimes easy, sometimes not": "Néha könnyű, néha nem",
    Hard: "Nehéz",
    "I don't know who my adviser is": "Nem tudom, ki a tanácsadóm",
    "Did you help write your pathway plan?": "Részt vettél az önállósodási terved megírásában?",
    "Do you know what our local offer for care leavers gives you?":
      "Tudod, mit ad neked a helyi ajánlatunk a gondoskodásból kilépő fiataloknak?",
    "The local offer lists the help, money and services you're entitled to.":
      "A helyi ajánlat felsorolja a segítséget, a pénzt és a szolgáltatásokat, amelyek neked járnak.",
    "How connected do you feel to people who care about you?":
      "Mennyire érzed magad közel azokhoz, akiknek fontos vagy?",
    "Not connected": "Egyáltalán nem közel",
    "Very connected": "Nagyon közel",
    "Right now": "Most",
    "How are you managing with money?": "Hogy boldogulsz a pénzzel?",
    "What are you doing at the moment?": "Mit csinálsz most?",
    "Choose all that apply.": "Válassz ki mindent, ami igaz.",
    "College or sixth form": "Középiskola vagy szakképzés",
    University: "Egyetem",
    Working: "Dolgozom",
    "An apprenticeship or training": "Szakmatanulás vagy képzés",
    "Looking for work or a course": "Munkát vagy tanfolyamot keresek",
    "Looking after a child or someone else": "Gyereket vagy valaki mást gondozok",
    "None of these right now": "Most egyik sem",
    "What would help you most right now?": "Mi segítene most a legjobban?",
    "Choose up to three.": "Legfeljebb hármat válassz.",
    "Money and budgeting": "Pénz és beosztás",
    Housing: "Lakhatás",
    "Work, college or training": "Munka, iskola vagy képzés",
    "Health and wellbeing": "Egészség és jóllét",
    "Someone to talk to": "Valaki, akivel beszélhetek",
    "Cooking, bills and forms": "Főzés, számlák és nyomtatványok",
    "What one thing should we change for young people leaving care?":
      "Mi az az egy dolog, amin változtatnunk kellene a gondoskodásból kilépő fiatalokért?",

    // Before my review meeting
    "Before my review meeting": "A felülvizsgálati megbeszélésem előtt",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "Hamarosan lesz a felülvizsgálati megbeszélésed. Mondd el, mit gondolsz, hogy a megbeszélésen hallják a véleményedet.",
    "The meeting": "A megbeszélés",
    "Do you know what your review meeting is for?":
      "Tudod, mire való a felülvizsgálati megbeszélésed?",
    "It's where the adults who look after you check your plan is right for you.":
      "Ott a felnőttek, akik vigyáznak rád, megnézik, hogy jó-e neked a terved.",
    "Do you know why grown-ups have meetings about you?":
      "Tudod, miért beszélnek rólad a felnőttek egy megbeszélésen?",
    "They meet to make sure you are happy and looked after.":
      "Azért találkoznak, hogy biztosan jól legyél, és vigyázzanak rád.",
    "How would you like to take part in the meeting?":
      "Hogyan szeretnél részt venni a megbeszélésen?",
    "Be there for all of it": "Ott lenni végig",
    "Be there for part of it": "Ott lenni egy részén",
    "Have someone speak for me": "Valaki beszéljen helyettem",
    "Just send my views on this form": "Csak elküldöm a véleményemet ezen a lapon",
    "Who would you like to speak for you?": "Ki beszéljen helyetted?",
    "An advocate": "Egy érdekképviselő",
    "Have you seen your care plan, and did someone explain it to you?":
      "Láttad a gondozási tervedet, és elmagyarázta valaki?",
    "How things are": "Hogy mennek a dolgok",
    "How are things where you live?": "Hogy mennek a dolgok ott, ahol laksz?",
    "How do you feel at home?": "Hogy érzed magad otthon?",
    "How are things at school or college?": "Hogy mennek a dolgok az iskolában?",
    "Are you happy with how often you see your family and friends?":
      "Elégedett vagy azzal, milyen gyakran látod a családodat és a barátaidat?",
    "Yes, it's about right": "Igen, éppen jó",
    "I'd like to see them more": "Gyakrabban szeretném látni őket",
    "I'd like to see them less": "Ritkábban szeretném látni őket",
    "What I want the meeting to hear": "Amit a megbeszélésnek hallania kell",
    "What is good for you at the moment? Pick the pictures.":
      "Mi jó most neked? Válaszd ki a képeket.",
    "You can pick as many as you like.": "Annyit választhatsz, amennyit szeretnél.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "Beszéljenek ezek közül valamiről a megbeszélésen? Válaszd ki a képeket.",
    "Pick the things that make you sad or worried, if there are any.":
      "Válaszd ki, ami miatt szomorú vagy, vagy ami aggaszt, ha van ilyen.",
    "Seeing my family": "Találkozás a családommal",
    Nothing: "Semmi",
    "What is going well for you?": "Mi megy jól neked?",
    "Is anything worrying you that the meeting should talk about?":
      "Aggaszt valami, amiről a megbeszélésen beszélni kellene?",
    "Is there anything you would like to change?": "Van valami, amin változtatnál?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "Szeretnéd, hogy a veled lévő felnőtt elmondjon valamit a megbeszélésen?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "Nem muszáj. Ha szeretnéd, a felnőtt ide leírhatja.",

    // How was your early help?
    "How was your early help?": "Milyen volt a korai segítség?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "Köszönjük, hogy együttműködtetek velünk. A válaszaitok névtelenek, és nem változtatnak a támogatáson, amit kaptok.",
    "The support": "A támogatás",
    "Overall, how do you feel about the support your family had?":
      "Összességében milyennek tartjátok a támogatást, amit a családotok kapott?",
    "Did your worker listen to you and take your views seriously?":
      "A segítőtök meghallgatott titeket, és komolyan vette a véleményeteket?",
    "Did your worker explain things in a way that was easy to understand?":
      "A segítőtök érthetően magyarázta el a dolgokat?",
    "Did you help decide what went into your family's plan?":
      "Részt vettetek annak eldöntésében, mi kerüljön a családotok tervébe?",
    "What did the support help with?": "Miben segített a támogatás?",
    "Routines at home": "Otthoni napirend",
    "Children's behaviour": "A gyerekek viselkedése",
    "School attendance or learning": "Iskolába járás vagy tanulás",
    "Money or debt": "Pénz vagy adósság",
    "Health or wellbeing": "Egészség vagy jóllét",
    "Family relationships": "Családi kapcsolatok",
    "What changed": "Mi változott",
    "How much difference has the support made to your family?":
      "Mekkora változást hozott a támogatás a családotoknak?",
    "No difference": "Semmilyen változást",
    "A big difference": "Nagy változást",
    "Compared with when the support started, are things now…":
      "A támogatás kezdetéhez képest most a dolgok…",
    Better: "Jobbak",
    "About the same": "Nagyjából ugyanolyanok",
    Worse: "Rosszabbak",
    "Does everyone in your family feel safe at home now?":
      "Most mindenki biztonságban érzi magát otthon a családotokban?",
    "Do you know where to go for help if you need it again?":
      "Tudjátok, hová fordulhattok segítségért, ha újra szükségetek lesz rá?",
    "Would you tell another family to ask for early help?":
      "Ajánlanátok egy másik családnak, hogy kérjen korai segítséget?",
    "In your words": "A ti szavaitokkal",
    "What worked well for your family?": "Mi vált be jól a családotoknak?",
    "What could we have done better?": "Mit csinálhattunk volna jobban?",
    "Young people: what would you like workers to know about getting help as a family?":
      "Fiatalok: mit szeretnétek, hogy a segítők tudjanak arról, milyen családként segítséget kapni?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
