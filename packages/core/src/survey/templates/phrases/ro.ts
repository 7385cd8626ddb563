/** Romanian words for the six templates, written by Chorus; no fluent speaker has checked them yet. */
export const phrasebook = {
  language: "ro",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "Viața mea",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "Vrem să știm cum îți este. Un adult poate citi asta împreună cu tine.",
    "My home": "Casa mea",
    "My people": "Oamenii mei dragi",
    "School and fun": "Școală și joacă",
    "My three houses": "Cele trei căsuțe ale mele",
    "Hello! Here are some questions about you.": "Bună! Iată câteva întrebări despre tine.",
    "There are no right or wrong answers. You can skip any question you like.":
      "Nu există răspunsuri bune sau greșite. Poți sări peste orice întrebare vrei.",
    "How do you feel about where you live?": "Cum te simți acolo unde locuiești?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "Cum te simți acolo unde locuiești? Nu e bine, e așa și așa, sau e bine?",
    "Do you feel safe at home?": "Te simți în siguranță acasă?",
    "Safe means nobody hurts you or scares you.":
      "În siguranță înseamnă că nimeni nu te rănește și nu te sperie.",
    "Who could you tell if you felt scared?": "Cui ai putea să spui dacă ți-ar fi frică?",
    "The grown-up I live with": "Adultul cu care locuiesc",
    "My social worker": "Asistentul meu social",
    "My teacher": "Învățătorul meu",
    "Someone else": "Altcineva",
    "I don't know who to tell": "Nu știu cui să spun",
    "How do the grown-ups you live with make you feel?":
      "Cum te simți cu adulții cu care locuiești?",
    "Do you have your own special things at home, like toys or a blanket?":
      "Ai acasă lucrurile tale preferate, cum ar fi jucării sau o păturică?",
    "How do you feel about how much you see your family?":
      "Cum te simți în legătură cu cât de des îți vezi familia?",
    "Do you know who your social worker is?": "Știi cine este asistentul tău social?",
    "Do you have friends to play with?": "Ai prieteni cu care să te joci?",
    "How do you feel at school?": "Cum te simți la școală?",
    "What do you like doing best?": "Ce îți place cel mai mult să faci?",
    "You can pick up to three.": "Poți alege cel mult trei.",
    "Playing outside": "Joaca afară",
    Games: "Jocuri",
    "Drawing and making things": "Desen și lucru manual",
    "Stories and books": "Povești și cărți",
    "Sport and running about": "Sport și alergat",
    "Music and dancing": "Muzică și dans",
    Animals: "Animale",
    "What is good in your life? Pick the pictures.": "Ce e bine în viața ta? Alege imaginile.",
    "This is your house of good things. You can pick as many as you like.":
      "Aceasta este căsuța lucrurilor bune. Poți alege câte vrei.",
    "The grown-ups I live with": "Adulții cu care locuiesc",
    "My family": "Familia mea",
    "My friends": "Prietenii mei",
    School: "Școala",
    Playing: "Joaca",
    "Animals and pets": "Animale și animăluțe de companie",
    "Does anything make you sad or worried? Pick the pictures.":
      "Te face ceva trist sau îngrijorat? Alege imaginile.",
    "This is your house of worries. You can pick as many as you like.":
      "Aceasta este căsuța grijilor. Poți alege câte vrei.",
    Home: "Acasă",
    Friends: "Prietenii",
    "Going to sleep": "Mersul la culcare",
    "Feeling poorly": "Când mă simt rău sau sunt bolnav",
    "Nothing worries me": "Nimic nu mă îngrijorează",
    "If you could have one wish, which would it be?":
      "Dacă ai putea avea o singură dorință, care ar fi?",
    "This is your house of dreams.": "Aceasta este căsuța viselor tale.",
    "More time with my family": "Mai mult timp cu familia mea",
    "More time with friends": "Mai mult timp cu prietenii",
    "A pet": "Un animăluț de companie",
    "A day out somewhere": "O zi de plimbare undeva",
    "To stay where I live": "Să rămân unde locuiesc",
    "Something else": "Altceva",
    "Is there anything else you want to tell the grown-up with you?":
      "Mai vrei să-i spui ceva adultului care este cu tine?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "Nu trebuie. Dacă vrei, adultul poate scrie aici cuvintele tale.",
    // My life in care (8 to 11)
    "My life in care": "Viața mea în grija statului",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "Vrem să auzim cum este viața ta, ca să facem lucrurile mai bune pentru copiii aflați în grija statului.",
    "Where I live": "Unde locuiesc",
    "Having a say": "Părerea mea contează",
    "How do you feel about where you live now?": "Cum te simți acolo unde locuiești acum?",
    "Do you feel safe where you live?": "Te simți în siguranță acolo unde locuiești?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "În siguranță înseamnă că nimeni nu te rănește, nu te sperie și nu te face să te simți rău.",
    "Who would you talk to if you didn't feel safe?":
      "Cu cine ai vorbi dacă nu te-ai simți în siguranță?",
    "You can also phone Childline for free on 0800 1111.":
      "Poți suna și gratuit la Childline, la numărul 0800 1111.",
    "My carer": "Persoana care are grijă de mine",
    "A teacher": "Un profesor",
    "Someone in my family": "Cineva din familia mea",
    "How much do you feel you belong where you live?":
      "Cât de mult simți că locul tău este acolo unde locuiești?",
    "Not at all": "Deloc",
    Completely: "Complet",
    "Do the adults you live with listen to you?": "Te ascultă adulții cu care locuiești?",
    "How do you feel about how often you see or talk to your family?":
      "Ce părere ai despre cât de des îți vezi familia sau vorbești cu ea?",
    "It's about right": "E cam cât trebuie",
    "I'd like more": "Aș vrea mai des",
    "I'd like less": "Aș vrea mai rar",
    "I'm not sure": "Nu sunt sigur",
    "Can you talk to your social worker when you need to?":
      "Poți vorbi cu asistentul tău social atunci când ai nevoie?",
    "Is there an adult you trust and can talk to about anything?":
      "Există un adult în care ai încredere și cu care poți vorbi despre orice?",
    "How do you feel about school?": "Ce părere ai despre școală?",
    "Is there someone at school who helps when things are hard?":
      "Există cineva la școală care te ajută când e greu?",
    "What do you enjoy doing in your free time?": "Ce îți place să faci în timpul liber?",
    "Pick as many as you like.": "Alege câte vrei.",
    "Sport or clubs": "Sport sau cluburi",
    "Seeing friends": "Întâlniri cu prietenii",
    "Art and making things": "Artă și lucru manual",
    "Music or dance": "Muzică sau dans",
    Reading: "Cititul",
    "Being outdoors": "Timp petrecut afară",
    "Do you get a say in decisions about your life?":
      "Ești întrebat ce crezi când se iau decizii despre viața ta?",
    "Fill in your three houses.": "Completează cele trei căsuțe ale tale.",
    "Write in one, two or all three. Short is fine.":
      "Scrie în una, în două sau în toate trei. Poți scrie pe scurt.",
    "If you could change one thing about your life, what would it be?":
      "Dacă ai putea schimba un singur lucru în viața ta, care ar fi?",
    // My life in care (12 to 17)
    "Your life in care": "Viața ta în grija statului",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "Spune-ne sincer cum stau lucrurile. Rapoartele nu arată niciodată cine ce a spus și poți sări peste orice.",
    "Family and support": "Familie și sprijin",
    "School and the future": "Școala și viitorul",
    "How settled do you feel where you live?": "Cât de bine te-ai acomodat acolo unde locuiești?",
    "Do you feel safe when you're out in your area?":
      "Te simți în siguranță când ieși prin zona ta?",
    "If you didn't feel safe, who would you tell?":
      "Dacă nu te-ai simți în siguranță, cui ai spune?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline este gratuit și confidențial: 0800 1111 sau childline.org.uk.",
    "My carer or key worker": "Persoana care are grijă de mine sau lucrătorul meu de referință",
    "Someone at school or college": "Cineva de la școală sau colegiu",
    "A friend": "Un prieten",
    "I wouldn't tell anyone": "Nu aș spune nimănui",
    "Do the people you live with make you feel cared about?":
      "Oamenii cu care locuiești te fac să simți că țin la tine?",
    "Do you get enough privacy where you live?": "Ai destulă intimitate acolo unde locuiești?",
    "How do you feel about the contact you have with your family?":
      "Ce părere ai despre legătura pe care o ai cu familia ta?",
    "I want more": "Vreau mai mult",
    "I want less": "Vreau mai puțin",
    "It's complicated": "E complicat",
    "How many social workers have you had in the last 12 months?":
      "Câți asistenți sociali ai avut în ultimele 12 luni?",
    One: "Unul",
    Two: "Doi",
    "Three or more": "Trei sau mai mulți",
    "I don't know": "Nu știu",
    "Do you trust your social worker?": "Ai încredere în asistentul tău social?",
    "Do you feel listened to at your review meetings?":
      "Simți că ești ascultat la ședințele de evaluare a cazului tău?",
    "How are things going at school or college?": "Cum îți merge la școală sau la colegiu?",
    "What's on your mind at the moment?": "La ce te gândești mult în perioada asta?",
    "Choose any that fit.": "Alege tot ce se potrivește.",
    "School or college": "Școala sau colegiul",
    Family: "Familia",
    "Health or feelings": "Sănătatea sau sentimentele",
    Money: "Banii",
    "My future": "Viitorul meu",
    "Nothing much": "Nimic deosebit",
    "How hopeful do you feel about your future?": "Cât de încrezător ești în viitorul tău?",
    "Not hopeful": "Deloc încrezător",
    "Very hopeful": "Foarte încrezător",
    "What is one thing that would make your life better?":
      "Care este un lucru care ți-ar face viața mai bună?",
    "Is there anything else you want the people in charge to know?":
      "Mai este ceva ce vrei să știe cei care iau deciziile?",
    // Leaving care
    "Leaving care: how's it going?": "După ieșirea din grija statului: cum merge?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "Știi mai bine decât oricine cum e să ieși din grija statului. Răspunsurile tale ne ajută să construim sprijinul pe care îl oferim.",
    Support: "Sprijin",
    "Right now": "Acum",
    "Where are you living at the moment?": "Unde locuiești în prezent?",
    "My own flat or house": "În apartamentul sau casa mea",
    "With my former foster carers": "Cu foștii mei părinți de plasament",
    "Supported accommodation": "Într-o locuință cu sprijin",
    "With family or friends": "Cu familia sau prietenii",
    "Student housing": "Într-un cămin studențesc",
    "I don't have a settled place": "Nu am un loc stabil",
    "Somewhere else": "În altă parte",
    "How settled do you feel in your home?": "Cât de bine te-ai acomodat în locuința ta?",
    "How easy is it to get hold of your personal adviser?":
      "Cât de ușor îl poți contacta pe consilierul tău personal?",
    Easy: "Ușor",
    "Sometimes easy, sometimes not": "Uneori ușor, alteori nu",
    Hard: "Greu",
    "I don't know who my adviser is": "Nu știu cine este consilierul meu",
    "Did you help write your pathway plan?":
      "Ai ajutat la scrierea planului tău de viitor (pathway plan)?",
    "Do you know what our local offer for care leavers gives you?":
      "Știi ce îți oferă oferta noastră locală pentru tinerii care ies din grija statului?",
    "The local offer lists the help, money and services you're entitled to.":
      "Oferta locală enumeră ajutorul, banii și serviciile la care ai dreptul.",
    "How connected do you feel to people who care about you?":
      "Cât de apropiat te simți de oamenii cărora le pasă de tine?",
    "Not connected": "Deloc apropiat",
    "Very connected": "Foarte apropiat",
    "How are you managing with money?": "Cum te descurci cu banii?",
    "What are you doing at the moment?": "Ce faci în prezent?",
    "Choose all that apply.": "Alege tot ce se potrivește.",
    "College or sixth form": "Colegiu sau liceu (sixth form)",
    University: "Universitate",
    Working: "Lucrez",
    "An apprenticeship or training": "Ucenicie sau curs de formare",
    "Looking for work or a course": "Caut un loc de muncă sau un curs",
    "Looking after a child or someone else": "Am grijă de un copil sau de altcineva",
    "None of these right now": "Nimic din toate acestea acum",
    "What would help you most right now?": "Ce te-ar ajuta cel mai mult acum?",
    "Choose up to three.": "Alege cel mult trei.",
    "Money and budgeting": "Bani și buget",
    Housing: "Locuință",
    "Work, college or training": "Muncă, colegiu sau formare",
    "Health and wellbeing": "Sănătate și stare de bine",
    "Someone to talk to": "Cineva cu care să vorbesc",
    "Cooking, bills and forms": "Gătit, facturi și formulare",
    "What one thing should we change for young people leaving care?":
      "Ce lucru ar trebui să schimbăm pentru tinerii care ies din grija statului?",
    // Before my review meeting
    "Before my review meeting": "Înainte de ședința mea de evaluare",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "Se apropie ședința ta de evaluare. Spune-ne ce crezi, ca părerea ta să fie auzită la ședință.",
    "The meeting": "Ședința",
    "How things are": "Cum stau lucrurile",
    "What I want the meeting to hear": "Ce vreau să se audă la ședință",
    "Do you know what your review meeting is for?": "Știi la ce folosește ședința ta de evaluare?",
    "It's where the adults who look after you check your plan is right for you.":
      "Acolo adulții care au grijă de tine verifică dacă planul tău este potrivit pentru tine.",
    "Do you know why grown-ups have meetings about you?":
      "Știi de ce adulții au întâlniri despre tine?",
    "They meet to make sure you are happy and looked after.":
      "Se întâlnesc ca să se asigure că ești fericit și că cineva are grijă de tine.",
    "How would you like to take part in the meeting?": "Cum ai vrea să participi la ședință?",
    "Be there for all of it": "Să fiu acolo toată ședința",
    "Be there for part of it": "Să fiu acolo o parte din ședință",
    "Have someone speak for me": "Să vorbească cineva în numele meu",
    "Just send my views on this form": "Doar să-mi trimit părerea prin acest formular",
    "Who would you like to speak for you?": "Cine ai vrea să vorbească în numele tău?",
    "An advocate": "Un avocat al copilului (advocate)",
    "Have you seen your care plan, and did someone explain it to you?":
      "Ți-ai văzut planul de îngrijire și ți l-a explicat cineva?",
    "How are things where you live?": "Cum stau lucrurile acolo unde locuiești?",
    "How do you feel at home?": "Cum te simți acasă?",
    "How are things at school or college?": "Cum stau lucrurile la școală sau la colegiu?",
    "Are you happy with how often you see your family and friends?":
      "Ești mulțumit de cât de des îți vezi familia și prietenii?",
    "Yes, it's about right": "Da, e cam cât trebuie",
    "I'd like to see them more": "Aș vrea să-i văd mai des",
    "I'd like to see them less": "Aș vrea să-i văd mai rar",
    "What is good for you at the moment? Pick the pictures.":
      "Ce este bine pentru tine acum? Alege imaginile.",
    "You can pick as many as you like.": "Poți alege câte vrei.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "Ar trebui să se vorbească la ședință despre vreunul dintre acestea? Alege imaginile.",
    "Pick the things that make you sad or worried, if there are any.":
      "Alege lucrurile care te fac trist sau îngrijorat, dacă există.",
    "Seeing my family": "Întâlnirile cu familia mea",
    Nothing: "Nimic",
    "What is going well for you?": "Ce îți merge bine?",
    "Is anything worrying you that the meeting should talk about?":
      "Te îngrijorează ceva despre care ar trebui să se vorbească la ședință?",
    "Is there anything you would like to change?": "Este ceva ce ai vrea să schimbi?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "Este ceva ce vrei ca adultul care este cu tine să spună la ședință?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "Nu trebuie. Dacă vrei, adultul poate scrie asta aici.",
    // Family feedback after early help
    "How was your early help?": "Cum a fost sprijinul timpuriu pentru dumneavoastră?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "Vă mulțumim că ați lucrat cu noi. Răspunsurile dumneavoastră sunt anonime și nu vor schimba niciun sprijin pe care îl primiți.",
    "The support": "Sprijinul",
    "What changed": "Ce s-a schimbat",
    "In your words": "Cu cuvintele dumneavoastră",
    "Overall, how do you feel about the support your family had?":
      "În general, ce părere aveți despre sprijinul primit de familia dumneavoastră?",
    "Did your worker listen to you and take your views seriously?":
      "V-a ascultat lucrătorul și v-a luat părerea în serios?",
    "Did your worker explain things in a way that was easy to understand?":
      "V-a explicat lucrătorul lucrurile într-un mod ușor de înțeles?",
    "Did you help decide what went into your family's plan?":
      "Ați ajutat la hotărârea a ceea ce intră în planul familiei dumneavoastră?",
    "What did the support help with?": "La ce a ajutat sprijinul?",
    "Routines at home": "Rutina de acasă",
    "Children's behaviour": "Comportamentul copiilor",
    "School attendance or learning": "Prezența la școală sau învățatul",
    "Money or debt": "Bani sau datorii",
    "Health or wellbeing": "Sănătate sau stare de bine",
    "Family relationships": "Relațiile din familie",
    "How much difference has the support made to your family?":
      "Cât de mult a schimbat sprijinul situația familiei dumneavoastră?",
    "No difference": "Nicio schimbare",
    "A big difference": "O schimbare mare",
    "Compared with when the support started, are things now…":
      "Față de momentul în care a început sprijinul, acum lucrurile sunt…",
    Better: "Mai bine",
    "About the same": "Cam la fel",
    Worse: "Mai rău",
    "Does everyone in your family feel safe at home now?":
      "Se simte acum toată lumea din familia dumneavoastră în siguranță acasă?",
    "Do you know where to go for help if you need it again?":
      "Știți unde să cereți ajutor dacă veți avea din nou nevoie?",
    "Would you tell another family to ask for early help?":
      "I-ați recomanda altei familii să ceară sprijin timpuriu?",
    "What worked well for your family?": "Ce a funcționat bine pentru familia dumneavoastră?",
    "What could we have done better?": "Ce am fi putut face mai bine?",
    "Young people: what would you like workers to know about getting help as a family?":
      "Tineri: ce ați vrea să știe lucrătorii despre cum e să primești ajutor ca familie?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
