/** Latvian words for the six templates, written by Chorus; no fluent speaker has checked them yet. */
export const phrasebook = {
  language: "lv",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "Mana dzīve",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "Mēs gribam zināt, kā tev klājas. Kāds pieaugušais var to izlasīt kopā ar tevi.",
    "My home": "Manas mājas",
    "My people": "Mani tuvie cilvēki",
    "School and fun": "Skola un rotaļas",
    "My three houses": "Manas trīs mājiņas",
    "Hello! Here are some questions about you.": "Sveiks! Šeit ir daži jautājumi par tevi.",
    "There are no right or wrong answers. You can skip any question you like.":
      "Nav pareizu vai nepareizu atbilžu. Tu vari izlaist jebkuru jautājumu.",
    "How do you feel about where you live?": "Kā tu jūties tur, kur dzīvo?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "Kā tu jūties tur, kur dzīvo? Slikti, tā neko vai labi?",
    "Do you feel safe at home?": "Vai mājās tu jūties droši?",
    "Safe means nobody hurts you or scares you.":
      "Droši nozīmē, ka neviens tev nedara pāri un tevi nebiedē.",
    "Who could you tell if you felt scared?": "Kam tu varētu pastāstīt, ja tev būtu bail?",
    "The grown-up I live with": "Pieaugušais, ar kuru es dzīvoju",
    "My social worker": "Mans sociālais darbinieks",
    "My teacher": "Mans skolotājs",
    "Someone else": "Kāds cits",
    "I don't know who to tell": "Es nezinu, kam pastāstīt",
    "How do the grown-ups you live with make you feel?":
      "Kā tu jūties kopā ar pieaugušajiem, ar kuriem dzīvo?",
    "Do you have your own special things at home, like toys or a blanket?":
      "Vai tev mājās ir savas mīļās lietas, piemēram, rotaļlietas vai sedziņa?",
    "How do you feel about how much you see your family?":
      "Kā tu jūties par to, cik bieži redzi savu ģimeni?",
    "Do you know who your social worker is?": "Vai tu zini, kas ir tavs sociālais darbinieks?",
    "Do you have friends to play with?": "Vai tev ir draugi, ar kuriem spēlēties?",
    "How do you feel at school?": "Kā tu jūties skolā?",
    "What do you like doing best?": "Ko tev visvairāk patīk darīt?",
    "You can pick up to three.": "Tu vari izvēlēties līdz trim.",
    "Playing outside": "Spēlēties ārā",
    Games: "Spēles",
    "Drawing and making things": "Zīmēt un kaut ko darināt",
    "Stories and books": "Pasakas un grāmatas",
    "Sport and running about": "Sports un skraidīšana",
    "Music and dancing": "Mūzika un dejošana",
    Animals: "Dzīvnieki",
    "What is good in your life? Pick the pictures.": "Kas tavā dzīvē ir labs? Izvēlies attēlus.",
    "This is your house of good things. You can pick as many as you like.":
      "Šī ir tava labo lietu mājiņa. Tu vari izvēlēties, cik gribi.",
    "The grown-ups I live with": "Pieaugušie, ar kuriem es dzīvoju",
    "My family": "Mana ģimene",
    "My friends": "Mani draugi",
    School: "Skola",
    Playing: "Rotaļas",
    "Animals and pets": "Dzīvnieki un mājdzīvnieki",
    "Does anything make you sad or worried? Pick the pictures.":
      "Vai kaut kas tevi skumdina vai uztrauc? Izvēlies attēlus.",
    "This is your house of worries. You can pick as many as you like.":
      "Šī ir tava raižu mājiņa. Tu vari izvēlēties, cik gribi.",
    Home: "Mājas",
    Friends: "Draugi",
    "Going to sleep": "Iešana gulēt",
    "Feeling poorly": "Kad jūtos slikti vai esmu slims",
    "Nothing worries me": "Nekas mani neuztrauc",
    "If you could have one wish, which would it be?":
      "Ja tev varētu piepildīties viena vēlēšanās, kāda tā būtu?",
    "This is your house of dreams.": "Šī ir tava sapņu mājiņa.",
    "More time with my family": "Vairāk laika ar ģimeni",
    "More time with friends": "Vairāk laika ar draugiem",
    "A pet": "Mājdzīvnieks",
    "A day out somewhere": "Izbrauciens kaut kur uz visu dienu",
    "To stay where I live": "Palikt tur, kur dzīvoju",
    "Something else": "Kaut kas cits",
    "Is there anything else you want to tell the grown-up with you?":
      "Vai tu gribi vēl kaut ko pastāstīt pieaugušajam, kurš ir ar tevi?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "Tev nav obligāti. Ja gribi, pieaugušais var šeit uzrakstīt tavus vārdus.",
    // My life in care (8 to 11)
    "My life in care": "Mana dzīve ārpusģimenes aprūpē",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "Mēs gribam dzirdēt, kāda ir tava dzīve, lai varētu uzlabot dzīvi bērniem ārpusģimenes aprūpē.",
    "Where I live": "Kur es dzīvoju",
    "Having a say": "Mans viedoklis",
    "How do you feel about where you live now?": "Kā tu jūties tur, kur tagad dzīvo?",
    "Do you feel safe where you live?": "Vai tu jūties droši tur, kur dzīvo?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "Droši nozīmē, ka neviens tev nedara pāri, nebiedē un neliek justies slikti.",
    "Who would you talk to if you didn't feel safe?": "Ar ko tu runātu, ja nejustos droši?",
    "You can also phone Childline for free on 0800 1111.":
      "Tu vari arī bez maksas zvanīt uz Childline pa tālruni 0800 1111.",
    "My carer": "Mans aprūpētājs",
    "A teacher": "Skolotājs",
    "Someone in my family": "Kāds no manas ģimenes",
    "How much do you feel you belong where you live?":
      "Cik ļoti tu jūti, ka tur, kur dzīvo, ir tava vieta?",
    "Not at all": "Nemaz",
    Completely: "Pilnīgi",
    "Do the adults you live with listen to you?":
      "Vai pieaugušie, ar kuriem tu dzīvo, tevī ieklausās?",
    "How do you feel about how often you see or talk to your family?":
      "Ko tu domā par to, cik bieži redzi savu ģimeni vai runā ar to?",
    "It's about right": "Tieši labi",
    "I'd like more": "Es gribētu biežāk",
    "I'd like less": "Es gribētu retāk",
    "I'm not sure": "Neesmu drošs",
    "Can you talk to your social worker when you need to?":
      "Vai vari parunāt ar savu sociālo darbinieku, kad tev vajag?",
    "Is there an adult you trust and can talk to about anything?":
      "Vai ir kāds pieaugušais, kuram tu uzticies un ar kuru vari runāt par visu?",
    "How do you feel about school?": "Ko tu domā par skolu?",
    "Is there someone at school who helps when things are hard?":
      "Vai skolā ir kāds, kas palīdz, kad ir grūti?",
    "What do you enjoy doing in your free time?": "Ko tev patīk darīt brīvajā laikā?",
    "Pick as many as you like.": "Izvēlies, cik gribi.",
    "Sport or clubs": "Sports vai pulciņi",
    "Seeing friends": "Tikšanās ar draugiem",
    "Art and making things": "Māksla un lietu darināšana",
    "Music or dance": "Mūzika vai dejas",
    Reading: "Lasīšana",
    "Being outdoors": "Būšana ārā",
    "Do you get a say in decisions about your life?":
      "Vai tu vari izteikt savu viedokli, kad tiek pieņemti lēmumi par tavu dzīvi?",
    "Fill in your three houses.": "Aizpildi savas trīs mājiņas.",
    "Write in one, two or all three. Short is fine.":
      "Raksti vienā, divās vai visās trijās. Var arī īsi.",
    "If you could change one thing about your life, what would it be?":
      "Ja tu varētu mainīt vienu lietu savā dzīvē, kas tas būtu?",
    // My life in care (12 to 17)
    "Your life in care": "Tava dzīve ārpusģimenes aprūpē",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "Pastāsti mums godīgi, kā tev klājas. Pārskatos nekad nav redzams, kurš ko teica, un tu vari izlaist jebko.",
    "Family and support": "Ģimene un atbalsts",
    "School and the future": "Skola un nākotne",
    "How settled do you feel where you live?": "Cik ļoti tu jūties iedzīvojies tur, kur dzīvo?",
    "Do you feel safe when you're out in your area?":
      "Vai tu jūties droši, kad esi ārā savā apkaimē?",
    "If you didn't feel safe, who would you tell?": "Ja tu nejustos droši, kam tu pastāstītu?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline ir bez maksas un konfidenciāls: 0800 1111 vai childline.org.uk.",
    "My carer or key worker": "Mans aprūpētājs vai atbildīgais darbinieks",
    "Someone at school or college": "Kāds skolā vai koledžā",
    "A friend": "Draugs",
    "I wouldn't tell anyone": "Es nevienam neteiktu",
    "Do the people you live with make you feel cared about?":
      "Vai cilvēki, ar kuriem tu dzīvo, liek tev justies, ka viņiem rūp?",
    "Do you get enough privacy where you live?":
      "Vai tur, kur tu dzīvo, tev ir pietiekami daudz privātuma?",
    "How do you feel about the contact you have with your family?":
      "Ko tu domā par saviem kontaktiem ar ģimeni?",
    "I want more": "Gribu vairāk",
    "I want less": "Gribu mazāk",
    "It's complicated": "Tas ir sarežģīti",
    "How many social workers have you had in the last 12 months?":
      "Cik sociālo darbinieku tev ir bijis pēdējos 12 mēnešos?",
    One: "Viens",
    Two: "Divi",
    "Three or more": "Trīs vai vairāk",
    "I don't know": "Nezinu",
    "Do you trust your social worker?": "Vai tu uzticies savam sociālajam darbiniekam?",
    "Do you feel listened to at your review meetings?":
      "Vai tavās pārskata sanāksmēs tu jūti, ka tevī ieklausās?",
    "How are things going at school or college?": "Kā tev iet skolā vai koledžā?",
    "What's on your mind at the moment?": "Par ko tu šobrīd daudz domā?",
    "Choose any that fit.": "Izvēlies visu, kas atbilst.",
    "School or college": "Skola vai koledža",
    Family: "Ģimene",
    "Health or feelings": "Veselība vai jūtas",
    Money: "Nauda",
    "My future": "Mana nākotne",
    "Nothing much": "Nekas īpašs",
    "How hopeful do you feel about your future?": "Cik cerīgi tu raugies uz savu nākotni?",
    "Not hopeful": "Bez cerības",
    "Very hopeful": "Ļoti cerīgi",
    "What is one thing that would make your life better?":
      "Kāda viena lieta padarītu tavu dzīvi labāku?",
    "Is there anything else you want the people in charge to know?":
      "Vai ir vēl kaut kas, ko tu gribi, lai zina atbildīgie cilvēki?",
    // Leaving care
    "Leaving care: how's it going?": "Pēc aprūpes beigām: kā tev iet?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "Tu labāk par visiem zini, kā ir pamest aprūpi. Tavas atbildes veido atbalstu, ko mēs piedāvājam.",
    Support: "Atbalsts",
    "Right now": "Pašlaik",
    "Where are you living at the moment?": "Kur tu pašlaik dzīvo?",
    "My own flat or house": "Savā dzīvoklī vai mājā",
    "With my former foster carers": "Pie saviem bijušajiem audžuvecākiem",
    "Supported accommodation": "Atbalstītā mājoklī",
    "With family or friends": "Pie ģimenes vai draugiem",
    "Student housing": "Studentu kopmītnē",
    "I don't have a settled place": "Man nav pastāvīgas vietas",
    "Somewhere else": "Kaut kur citur",
    "How settled do you feel in your home?": "Cik ļoti tu jūties iedzīvojies savās mājās?",
    "How easy is it to get hold of your personal adviser?":
      "Cik viegli ir sazināties ar tavu personīgo konsultantu?",
    Easy: "Viegli",
    "Sometimes easy, sometimes not": "Dažreiz viegli, dažreiz ne",
    Hard: "Grūti",
    "I don't know who my adviser is": "Es nezinu, kas ir mans konsultants",
    "Did you help write your pathway plan?":
      "Vai tu palīdzēji rakstīt savu nākotnes plānu (pathway plan)?",
    "Do you know what our local offer for care leavers gives you?":
      "Vai tu zini, ko tev dod mūsu vietējais piedāvājums jauniešiem pēc aprūpes?",
    "The local offer lists the help, money and services you're entitled to.":
      "Vietējā piedāvājumā ir uzskaitīta palīdzība, nauda un pakalpojumi, kas tev pienākas.",
    "How connected do you feel to people who care about you?":
      "Cik cieša ir tava saikne ar cilvēkiem, kuriem tu rūpi?",
    "Not connected": "Nekādas saiknes",
    "Very connected": "Ļoti cieša saikne",
    "How are you managing with money?": "Kā tu tiec galā ar naudu?",
    "What are you doing at the moment?": "Ko tu pašlaik dari?",
    "Choose all that apply.": "Izvēlies visu, kas atbilst.",
    "College or sixth form": "Koledža vai vecākās klases (sixth form)",
    University: "Universitāte",
    Working: "Strādāju",
    "An apprenticeship or training": "Māceklība vai apmācība",
    "Looking for work or a course": "Meklēju darbu vai kursus",
    "Looking after a child or someone else": "Rūpējos par bērnu vai kādu citu",
    "None of these right now": "Pašlaik neko no šī",
    "What would help you most right now?": "Kas tev tagad visvairāk palīdzētu?",
    "Choose up to three.": "Izvēlies līdz trim.",
    "Money and budgeting": "Nauda un budžeta plānošana",
    Housing: "Mājoklis",
    "Work, college or training": "Darbs, koledža vai apmācība",
    "Health and wellbeing": "Veselība un labsajūta",
    "Someone to talk to": "Kāds, ar ko parunāt",
    "Cooking, bills and forms": "Ēst gatavošana, rēķini un veidlapas",
    "What one thing should we change for young people leaving care?":
      "Kādu vienu lietu mums vajadzētu mainīt jauniešiem, kas pamet aprūpi?",
    // Before my review meeting
    "Before my review meeting": "Pirms manas pārskata sanāksmes",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "Drīz būs tava pārskata sanāksme. Pastāsti mums, ko tu domā, lai sanāksmē sadzirdētu tavu viedokli.",
    "The meeting": "Sanāksme",
    "How things are": "Kā man klājas",
    "What I want the meeting to hear": "Ko es gribu, lai sanāksmē sadzird",
    "Do you know what your review meeting is for?":
      "Vai tu zini, kam paredzēta tava pārskata sanāksme?",
    "It's where the adults who look after you check your plan is right for you.":
      "Tajā pieaugušie, kas par tevi rūpējas, pārbauda, vai tavs plāns tev der.",
    "Do you know why grown-ups have meetings about you?":
      "Vai tu zini, kāpēc pieaugušie rīko sanāksmes par tevi?",
    "They meet to make sure you are happy and looked after.":
      "Viņi tiekas, lai pārliecinātos, ka tu esi laimīgs un par tevi labi rūpējas.",
    "How would you like to take part in the meeting?": "Kā tu gribētu piedalīties sanāksmē?",
    "Be there for all of it": "Būt visā sanāksmē",
    "Be there for part of it": "Būt daļā sanāksmes",
    "Have someone speak for me": "Lai kāds runā manā vietā",
    "Just send my views on this form": "Tikai nosūtīt savu viedokli šajā veidlapā",
    "Who would you like to speak for you?": "Kurš, tavuprāt, lai runā tavā vietā?",
    "An advocate": "Aizstāvis (advocate)",
    "Have you seen your care plan, and did someone explain it to you?":
      "Vai tu esi redzējis savu aprūpes plānu, un vai kāds tev to izskaidroja?",
    "How are things where you live?": "Kā tev klājas tur, kur dzīvo?",
    "How do you feel at home?": "Kā tu jūties mājās?",
    "How are things at school or college?": "Kā tev klājas skolā vai koledžā?",
    "Are you happy with how often you see your family and friends?":
      "Vai tev patīk, cik bieži tu redzi ģimeni un draugus?",
    "Yes, it's about right": "Jā, tieši labi",
    "I'd like to see them more": "Es gribētu viņus redzēt biežāk",
    "I'd like to see them less": "Es gribētu viņus redzēt retāk",
    "What is good for you at the moment? Pick the pictures.":
      "Kas tev pašlaik ir labs? Izvēlies attēlus.",
    "You can pick as many as you like.": "Tu vari izvēlēties, cik gribi.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "Vai sanāksmē vajadzētu runāt par kaut ko no šī? Izvēlies attēlus.",
    "Pick the things that make you sad or worried, if there are any.":
      "Izvēlies to, kas tevi skumdina vai uztrauc, ja tādas lietas ir.",
    "Seeing my family": "Tikšanās ar ģimeni",
    Nothing: "Nekas",
    "What is going well for you?": "Kas tev padodas labi?",
    "Is anything worrying you that the meeting should talk about?":
      "Vai tevi kaut kas uztrauc, par ko sanāksmē vajadzētu runāt?",
    "Is there anything you would like to change?": "Vai ir kaut kas, ko tu gribētu mainīt?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "Vai ir kaut kas, ko tu gribi, lai pieaugušais, kurš ir ar tevi, pastāsta sanāksmē?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "Tev nav obligāti. Ja gribi, pieaugušais to var šeit uzrakstīt.",
    // Family feedback after early help
    "How was your early help?": "Kā jums gāja ar agrīno palīdzību?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "Paldies, ka sadarbojāties ar mums. Jūsu atbildes ir anonīmas un nemainīs nekādu atbalstu, ko saņemat.",
    "The support": "Atbalsts",
    "What changed": "Kas mainījās",
    "In your words": "Jūsu vārdiem",
    "Overall, how do you feel about the support your family had?":
      "Kopumā, kā jūs vērtējat atbalstu, ko saņēma jūsu ģimene?",
    "Did your worker listen to you and take your views seriously?":
      "Vai jūsu darbinieks jūs uzklausīja un nopietni ņēma vērā jūsu viedokli?",
    "Did your worker explain things in a way that was easy to understand?":
      "Vai jūsu darbinieks visu izskaidroja viegli saprotamā veidā?",
    "Did you help decide what went into your family's plan?":
      "Vai jūs palīdzējāt izlemt, kas tiek iekļauts jūsu ģimenes plānā?",
    "What did the support help with?": "Kur atbalsts palīdzēja?",
    "Routines at home": "Dienas kārtība mājās",
    "Children's behaviour": "Bērnu uzvedība",
    "School attendance or learning": "Skolas apmeklējums vai mācības",
    "Money or debt": "Nauda vai parādi",
    "Health or wellbeing": "Veselība vai labsajūta",
    "Family relationships": "Attiecības ģimenē",
    "How much difference has the support made to your family?":
      "Cik daudz atbalsts ir mainījis jūsu ģimenes dzīvi?",
    "No difference": "Neko nav mainījis",
    "A big difference": "Ļoti daudz mainījis",
    "Compared with when the support started, are things now…":
      "Salīdzinot ar atbalsta sākumu, tagad ir…",
    Better: "Labāk",
    "About the same": "Apmēram tāpat",
    Worse: "Sliktāk",
    "Does everyone in your family feel safe at home now?":
      "Vai tagad visi jūsu ģimenē jūtas droši mājās?",
    "Do you know where to go for help if you need it again?":
      "Vai jūs zināt, kur vērsties pēc palīdzības, ja tā atkal būs vajadzīga?",
    "Would you tell another family to ask for early help?":
      "Vai jūs ieteiktu citai ģimenei lūgt agrīno palīdzību?",
    "What worked well for your family?": "Kas jūsu ģimenei noderēja?",
    "What could we have done better?": "Ko mēs varējām izdarīt labāk?",
    "Young people: what would you like workers to know about getting help as a family?":
      "Jaunieši: ko jūs gribētu, lai darbinieki zina par to, kā ģimenei saņemt palīdzību?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
