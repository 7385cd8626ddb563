/**
 * Albanian words for the six templates, speaking to the child as "ti" (in words that do not
 * guess the child's gender where Albanian allows) and to the family as "ju". Not yet reviewed by
 * a native speaker.
 */
export const phrasebook = {
  language: "sq",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "Jeta ime",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "Duam të dimë si është për ty. Një i rritur mund ta lexojë këtë me ty.",
    "Hello! Here are some questions about you.": "Përshëndetje! Ja disa pyetje për ty.",
    "There are no right or wrong answers. You can skip any question you like.":
      "Nuk ka përgjigje të drejta apo të gabuara. Mund të kalosh çdo pyetje që do.",
    "My home": "Shtëpia ime",
    "How do you feel about where you live?": "Si ndihesh aty ku jeton?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "Si ndihesh aty ku jeton? Nuk është mirë, është në rregull, apo është mirë?",
    "Do you feel safe at home?": "A ndihesh në siguri në shtëpi?",
    "Safe means nobody hurts you or scares you.":
      "Në siguri do të thotë që askush nuk të lëndon dhe nuk të tremb.",
    "Who could you tell if you felt scared?": "Kujt mund t'i tregosh nëse ke frikë?",
    "The grown-up I live with": "I rrituri me të cilin jetoj",
    "My social worker": "Punonjësi im social",
    "My teacher": "Mësuesja ime",
    "Someone else": "Dikush tjetër",
    "I don't know who to tell": "Nuk e di kujt t'i tregoj",
    "How do the grown-ups you live with make you feel?":
      "Si të bëjnë të ndihesh të rriturit me të cilët jeton?",
    "Do you have your own special things at home, like toys or a blanket?":
      "A ke gjërat e tua të veçanta në shtëpi, si lodra ose një batanije?",
    "My people": "Njerëzit e mi",
    "How do you feel about how much you see your family?":
      "Si ndihesh për sa shpesh e sheh familjen tënde?",
    "Do you know who your social worker is?": "A e di kush është punonjësi yt social?",
    "Do you have friends to play with?": "A ke shokë për të luajtur?",
    "School and fun": "Shkolla dhe argëtimi",
    "How do you feel at school?": "Si ndihesh në shkollë?",
    "What do you like doing best?": "Çfarë të pëlqen të bësh më shumë?",
    "You can pick up to three.": "Mund të zgjedhësh deri në tre.",
    "Playing outside": "Të luaj jashtë",
    Games: "Lojëra",
    "Drawing and making things": "Vizatim dhe punë dore",
    "Stories and books": "Përralla dhe libra",
    "Sport and running about": "Sport dhe vrapim",
    "Music and dancing": "Muzikë dhe vallëzim",
    Animals: "Kafshë",
    "My three houses": "Tri shtëpitë e mia",
    "What is good in your life? Pick the pictures.":
      "Çfarë është e mirë në jetën tënde? Zgjidh fotot.",
    "This is your house of good things. You can pick as many as you like.":
      "Kjo është shtëpia jote e gjërave të mira. Mund të zgjedhësh sa të duash.",
    "The grown-ups I live with": "Të rriturit me të cilët jetoj",
    "My family": "Familja ime",
    "My friends": "Shokët e mi",
    School: "Shkolla",
    Playing: "Loja",
    "Animals and pets": "Kafshë dhe kafshë shtëpiake",
    "Does anything make you sad or worried? Pick the pictures.":
      "A ka diçka që të trishton ose të shqetëson? Zgjidh fotot.",
    "This is your house of worries. You can pick as many as you like.":
      "Kjo është shtëpia jote e shqetësimeve. Mund të zgjedhësh sa të duash.",
    Home: "Shtëpia",
    Friends: "Shokët",
    "Going to sleep": "Të fle",
    "Feeling poorly": "Kur nuk ndihem mirë",
    "Nothing worries me": "Asgjë nuk më shqetëson",
    "If you could have one wish, which would it be?":
      "Nëse do të kishe një dëshirë, cila do të ishte?",
    "This is your house of dreams.": "Kjo është shtëpia jote e ëndrrave.",
    "More time with my family": "Më shumë kohë me familjen time",
    "More time with friends": "Më shumë kohë me shokët",
    "A pet": "Një kafshë shtëpiake",
    "A day out somewhere": "Një ditë shëtitje diku",
    "To stay where I live": "Të qëndroj aty ku jetoj",
    "Something else": "Diçka tjetër",
    "Is there anything else you want to tell the grown-up with you?":
      "A do t'i thuash diçka tjetër të rriturit që është me ty?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "Nuk ka nevojë. Nëse do, i rrituri mund t'i shkruajë fjalët e tua këtu për ty.",

    // My life in care (8 to 11)
    "My life in care": "Jeta ime në kujdes",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "Duam të dëgjojmë si është jeta për ty, që t'i bëjmë gjërat më të mira për fëmijët në kujdes.",
    "Where I live": "Ku jetoj",
    "How do you feel about where you live now?": "Si ndihesh aty ku jeton tani?",
    "Do you feel safe where you live?": "A ndihesh në siguri aty ku jeton?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "Në siguri do të thotë që askush nuk të lëndon, nuk të tremb dhe nuk të bën të ndihesh keq.",
    "Who would you talk to if you didn't feel safe?":
      "Me kë do të flisje nëse nuk do të ndiheshe në siguri?",
    "You can also phone Childline for free on 0800 1111.":
      "Mund të telefonosh edhe Childline falas në 0800 1111.",
    "My carer": "Kujdestari im",
    "A teacher": "Një mësues",
    "Someone in my family": "Dikush nga familja ime",
    "How much do you feel you belong where you live?": "Sa ndjen se i përket vendit ku jeton?",
    "Not at all": "Aspak",
    Completely: "Plotësisht",
    "Do the adults you live with listen to you?": "A të dëgjojnë të rriturit me të cilët jeton?",
    "How do you feel about how often you see or talk to your family?":
      "Si ndihesh për sa shpesh e sheh ose flet me familjen tënde?",
    "It's about right": "Është mirë kështu",
    "I'd like more": "Do të doja më shumë",
    "I'd like less": "Do të doja më pak",
    "I'm not sure": "Nuk e di me siguri",
    "Can you talk to your social worker when you need to?":
      "A mund të flasësh me punonjësin tënd social kur ke nevojë?",
    "Is there an adult you trust and can talk to about anything?":
      "A ka një të rritur që i beson dhe me të cilin mund të flasësh për çdo gjë?",
    "How do you feel about school?": "Si ndihesh për shkollën?",
    "Is there someone at school who helps when things are hard?":
      "A ka dikë në shkollë që të ndihmon kur gjërat janë të vështira?",
    "What do you enjoy doing in your free time?": "Çfarë të pëlqen të bësh në kohën e lirë?",
    "Pick as many as you like.": "Zgjidh sa të duash.",
    "Sport or clubs": "Sport ose klube",
    "Seeing friends": "Të takoj shokët",
    "Art and making things": "Art dhe punë dore",
    "Music or dance": "Muzikë ose vallëzim",
    Reading: "Lexim",
    "Being outdoors": "Të jem jashtë",
    "Having a say": "Të kem fjalë",
    "Do you get a say in decisions about your life?": "A ke fjalë në vendimet për jetën tënde?",
    "Fill in your three houses.": "Plotëso tri shtëpitë e tua.",
    "Write in one, two or all three. Short is fine.":
      "Shkruaj në një, dy ose në të tria. Shkurt është në rregull.",
    "If you could change one thing about your life, what would it be?":
      "Nëse do të mund të ndryshoje një gjë në jetën tënde, çfarë do të ishte?",

    // My life in care (12 to 17)
    "Your life in care": "Jeta jote në kujdes",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "Na trego sinqerisht si janë gjërat. Raportet nuk tregojnë kurrë kush çfarë tha, dhe mund të kalosh çdo gjë.",
    "How settled do you feel where you live?": "Sa ndihesh si në shtëpinë tënde aty ku jeton?",
    "Do you feel safe when you're out in your area?":
      "A ndihesh në siguri kur je jashtë në zonën tënde?",
    "If you didn't feel safe, who would you tell?":
      "Nëse nuk do të ndiheshe në siguri, kujt do t'i tregoje?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline është falas dhe konfidenciale: 0800 1111, ose childline.org.uk.",
    "My carer or key worker": "Kujdestari im ose punonjësi im kryesor",
    "Someone at school or college": "Dikush në shkollë ose kolegj",
    "A friend": "Një shok ose shoqe",
    "I wouldn't tell anyone": "Nuk do t'i tregoja askujt",
    "Do the people you live with make you feel cared about?":
      "A të bëjnë njerëzit me të cilët jeton të ndjesh se u intereson për ty?",
    "Do you get enough privacy where you live?": "A ke mjaftueshëm privatësi aty ku jeton?",
    "Family and support": "Familja dhe mbështetja",
    "How do you feel about the contact you have with your family?":
      "Si ndihesh për kontaktin që ke me familjen tënde?",
    "I want more": "Dua më shumë",
    "I want less": "Dua më pak",
    "It's complicated": "Është e ndërlikuar",
    "How many social workers have you had in the last 12 months?":
      "Sa punonjës socialë ke pasur në 12 muajt e fundit?",
    One: "Një",
    Two: "Dy",
    "Three or more": "Tre ose më shumë",
    "I don't know": "Nuk e di",
    "Do you trust your social worker?": "A i beson punonjësit tënd social?",
    "Do you feel listened to at your review meetings?":
      "A ndjen se të dëgjojnë në takimet e rishikimit?",
    "School and the future": "Shkolla dhe e ardhmja",
    "How are things going at school or college?": "Si po shkojnë gjërat në shkollë ose kolegj?",
    "What's on your mind at the moment?": "Çfarë ke në mendje këto kohë?",
    "Choose any that fit.": "Zgjidh ato që të përshtaten.",
    "School or college": "Shkolla ose kolegji",
    Family: "Familja",
    "Health or feelings": "Shëndeti ose ndjenjat",
    Money: "Paratë",
    "My future": "E ardhmja ime",
    "Nothing much": "Asgjë e veçantë",
    "How hopeful do you feel about your future?": "Sa shpresë ke për të ardhmen tënde?",
    "Not hopeful": "Nuk kam shpresë",
    "Very hopeful": "Kam shumë shpresë",
    "What is one thing that would make your life better?":
      "Cila është një gjë që do ta bënte jetën tënde më të mirë?",
    "Is there anything else you want the people in charge to know?":
      "A ka diçka tjetër që do që ta dinë drejtuesit?",

    // Leaving care
    "Leaving care: how's it going?": "Largimi nga kujdesi: si po shkon?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "Ti e di më mirë se kushdo si është largimi nga kujdesi. Përgjigjet e tua i japin formë mbështetjes që ofrojmë.",
    "Where are you living at the moment?": "Ku po jeton tani?",
    "My own flat or house": "Në apartamentin ose shtëpinë time",
    "With my former foster carers": "Me ish-prindërit e mi kujdestarë",
    "Supported accommodation": "Në strehim me mbështetje",
    "With family or friends": "Me familjen ose shokët",
    "Student housing": "Në konvikt studentësh",
    "I don't have a settled place": "Nuk kam një vend të qëndrueshëm",
    "Somewhere else": "Diku tjetër",
    "How settled do you feel in your home?": "Sa e ndjen shtëpinë ku banon si tënden?",
    Support: "Mbështetja",
    "How easy is it to get hold of your personal adviser?":
      "Sa e lehtë është të gjesh këshilltarin tënd personal?",
    Easy: "E lehtë",
    "Sometimes easy, sometimes not": "Ndonjëherë e lehtë, ndonjëherë jo",
    Hard: "E vështirë",
    "I don't know who my adviser is": "Nuk e di kush është këshilltari im",
    "Did you help write your pathway plan?": "A ndihmove të shkruhej plani yt për të ardhmen?",
    "Do you know what our local offer for care leavers gives you?":
      "A e di çfarë të jep oferta jonë vendore për të rinjtë që largohen nga kujdesi?",
    "The local offer lists the help, money and services you're entitled to.":
      "Oferta vendore rendit ndihmën, paratë dhe shërbimet që të takojnë.",
    "How connected do you feel to people who care about you?":
      "Sa pranë ndihesh me njerëzit që kujdesen për ty?",
    "Not connected": "Aspak pranë",
    "Very connected": "Shumë pranë",
    "Right now": "Tani për tani",
    "How are you managing with money?": "Si po ia del me paratë?",
    "What are you doing at the moment?": "Çfarë po bën tani?",
    "Choose all that apply.": "Zgjidh të gjitha që vlejnë për ty.",
    "College or sixth form": "Kolegj ose shkollë e mesme e lartë",
    University: "Universitet",
    Working: "Punoj",
    "An apprenticeship or training": "Praktikë profesionale ose trajnim",
    "Looking for work or a course": "Kërkoj punë ose një kurs",
    "Looking after a child or someone else": "Kujdesem për një fëmijë ose për dikë tjetër",
    "None of these right now": "Asnjë nga këto tani",
    "What would help you most right now?": "Çfarë do të të ndihmonte më shumë tani?",
    "Choose up to three.": "Zgjidh deri në tre.",
    "Money and budgeting": "Paratë dhe buxheti",
    Housing: "Strehimi",
    "Work, college or training": "Puna, kolegji ose trajnimi",
    "Health and wellbeing": "Shëndeti dhe mirëqenia",
    "Someone to talk to": "Dikush për të folur",
    "Cooking, bills and forms": "Gatimi, faturat dhe formularët",
    "What one thing should we change for young people leaving care?":
      "Cilën gjë duhet të ndryshojmë për të rinjtë që largohen nga kujdesi?",

    // Before my review meeting
    "Before my review meeting": "Para takimit tim të rishikimit",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "Takimi yt i rishikimit po afron. Na thuaj çfarë mendon, që takimi të dëgjojë mendimet e tua.",
    "The meeting": "Takimi",
    "Do you know what your review meeting is for?":
      "A e di për çfarë shërben takimi yt i rishikimit?",
    "It's where the adults who look after you check your plan is right for you.":
      "Aty të rriturit që kujdesen për ty kontrollojnë nëse plani yt është i duhuri për ty.",
    "Do you know why grown-ups have meetings about you?":
      "A e di pse të rriturit bëjnë takime për ty?",
    "They meet to make sure you are happy and looked after.":
      "Ata takohen për t'u siguruar që je mirë dhe që dikush kujdeset për ty.",
    "How would you like to take part in the meeting?": "Si do të doje të merrje pjesë në takim?",
    "Be there for all of it": "Të jem aty gjatë gjithë takimit",
    "Be there for part of it": "Të jem aty për një pjesë të tij",
    "Have someone speak for me": "Dikush të flasë për mua",
    "Just send my views on this form": "Vetëm të dërgoj mendimet e mia me këtë formular",
    "Who would you like to speak for you?": "Kush do të doje të fliste për ty?",
    "An advocate": "Një avokat",
    "Have you seen your care plan, and did someone explain it to you?":
      "A e ke parë planin tënd të kujdesit, dhe a ta shpjegoi dikush?",
    "How things are": "Si janë gjërat",
    "How are things where you live?": "Si janë gjërat aty ku jeton?",
    "How do you feel at home?": "Si ndihesh në shtëpi?",
    "How are things at school or college?": "Si janë gjërat në shkollë ose kolegj?",
    "Are you happy with how often you see your family and friends?":
      "A të pëlqen sa shpesh e sheh familjen dhe shokët?",
    "Yes, it's about right": "Po, është mirë kështu",
    "I'd like to see them more": "Do të doja t'i shihja më shpesh",
    "I'd like to see them less": "Do të doja t'i shihja më rrallë",
    "What I want the meeting to hear": "Çfarë dua që të dëgjojë takimi",
    "What is good for you at the moment? Pick the pictures.":
      "Çfarë është e mirë për ty tani? Zgjidh fotot.",
    "You can pick as many as you like.": "Mund të zgjedhësh sa të duash.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "A duhet të flasë takimi për ndonjë nga këto? Zgjidh fotot.",
    "Pick the things that make you sad or worried, if there are any.":
      "Zgjidh gjërat që të trishtojnë ose të shqetësojnë, nëse ka.",
    "Seeing my family": "Të shoh familjen time",
    Nothing: "Asgjë",
    "What is going well for you?": "Çfarë po shkon mirë për ty?",
    "Is anything worrying you that the meeting should talk about?":
      "A të shqetëson diçka për të cilën duhet të flasë takimi?",
    "Is there anything you would like to change?": "A ka diçka që do të doje ta ndryshoje?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "A ka diçka që do që i rrituri me ty t'ia thotë takimit?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "Nuk ka nevojë. Nëse do, i rrituri mund ta shkruajë këtu.",

    // How was your early help?
    "How was your early help?": "Si ishte ndihma e hershme për ju?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "Faleminderit që punuat me ne. Përgjigjet tuaja janë anonime dhe nuk do të ndryshojnë asnjë mbështetje që merrni.",
    "The support": "Mbështetja",
    "Overall, how do you feel about the support your family had?":
      "Në përgjithësi, si ndiheni për mbështetjen që mori familja juaj?",
    "Did your worker listen to you and take your views seriously?":
      "A ju dëgjoi punonjësi juaj dhe a i mori seriozisht mendimet tuaja?",
    "Did your worker explain things in a way that was easy to understand?":
      "A jua shpjegoi punonjësi juaj gjërat në një mënyrë të lehtë për t'u kuptuar?",
    "Did you help decide what went into your family's plan?":
      "A ndihmuat të vendosej çfarë do të përfshihej në planin e familjes suaj?",
    "What did the support help with?": "Me çfarë ndihmoi mbështetja?",
    "Routines at home": "Rutinat në shtëpi",
    "Children's behaviour": "Sjellja e fëmijëve",
    "School attendance or learning": "Frekuentimi i shkollës ose mësimi",
    "Money or debt": "Paratë ose borxhet",
    "Health or wellbeing": "Shëndeti ose mirëqenia",
    "Family relationships": "Marrëdhëniet në familje",
    "What changed": "Çfarë ndryshoi",
    "How much difference has the support made to your family?":
      "Sa ndryshim i solli mbështetja familjes suaj?",
    "No difference": "Asnjë ndryshim",
    "A big difference": "Një ndryshim i madh",
    "Compared with when the support started, are things now…":
      "Krahasuar me kohën kur filloi mbështetja, gjërat tani janë…",
    Better: "Më mirë",
    "About the same": "Pothuajse njësoj",
    Worse: "Më keq",
    "Does everyone in your family feel safe at home now?":
      "A ndihen tani të gjithë në familjen tuaj të sigurt në shtëpi?",
    "Do you know where to go for help if you need it again?":
      "A e dini ku të shkoni për ndihmë nëse ju duhet përsëri?",
    "Would you tell another family to ask for early help?":
      "A do t'i thonit një familjeje tjetër të kërkojë ndihmë të hershme?",
    "In your words": "Me fjalët tuaja",
    "What worked well for your family?": "Çfarë funksionoi mirë për familjen tuaj?",
    "What could we have done better?": "Çfarë mund të kishim bërë më mirë?",
    "Young people: what would you like workers to know about getting help as a family?":
      "Të rinj: çfarë do të donit që punonjësit të dinin për marrjen e ndihmës si familje?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
