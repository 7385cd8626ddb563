/** Lithuanian words for the six templates, written by Chorus; no fluent speaker has checked them yet. */
export const phrasebook = {
  language: "lt",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "Mano gyvenimas",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "Norime sužinoti, kaip tau sekasi. Suaugęs žmogus gali tai perskaityti kartu su tavimi.",
    "My home": "Mano namai",
    "My people": "Mano artimieji",
    "School and fun": "Mokykla ir žaidimai",
    "My three houses": "Mano trys nameliai",
    "Hello! Here are some questions about you.": "Labas! Štai keli klausimai apie tave.",
    "There are no right or wrong answers. You can skip any question you like.":
      "Nėra teisingų ar neteisingų atsakymų. Gali praleisti bet kurį klausimą.",
    "How do you feel about where you live?": "Kaip jautiesi ten, kur gyveni?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "Kaip jautiesi ten, kur gyveni? Blogai, šiaip sau ar gerai?",
    "Do you feel safe at home?": "Ar namuose jautiesi saugiai?",
    "Safe means nobody hurts you or scares you.":
      "Saugiai reiškia, kad niekas tavęs neskriaudžia ir negąsdina.",
    "Who could you tell if you felt scared?": "Kam galėtum pasakyti, jei bijotum?",
    "The grown-up I live with": "Suaugęs žmogus, su kuriuo gyvenu",
    "My social worker": "Mano socialinis darbuotojas",
    "My teacher": "Mano mokytojas",
    "Someone else": "Kažkas kitas",
    "I don't know who to tell": "Nežinau, kam pasakyti",
    "How do the grown-ups you live with make you feel?":
      "Kaip jautiesi su suaugusiaisiais, su kuriais gyveni?",
    "Do you have your own special things at home, like toys or a blanket?":
      "Ar namuose turi savo mylimų daiktų, pavyzdžiui, žaislų ar pledą?",
    "How do you feel about how much you see your family?":
      "Kaip jautiesi dėl to, kaip dažnai matai savo šeimą?",
    "Do you know who your social worker is?": "Ar žinai, kas yra tavo socialinis darbuotojas?",
    "Do you have friends to play with?": "Ar turi draugų, su kuriais žaidi?",
    "How do you feel at school?": "Kaip jautiesi mokykloje?",
    "What do you like doing best?": "Ką labiausiai mėgsti veikti?",
    "You can pick up to three.": "Gali išsirinkti iki trijų.",
    "Playing outside": "Žaisti lauke",
    Games: "Žaidimai",
    "Drawing and making things": "Piešti ir ką nors gaminti",
    "Stories and books": "Pasakos ir knygos",
    "Sport and running about": "Sportas ir bėgiojimas",
    "Music and dancing": "Muzika ir šokiai",
    Animals: "Gyvūnai",
    "What is good in your life? Pick the pictures.":
      "Kas gero yra tavo gyvenime? Išsirink paveikslėlius.",
    "This is your house of good things. You can pick as many as you like.":
      "Tai tavo gerų dalykų namelis. Gali išsirinkti kiek nori.",
    "The grown-ups I live with": "Suaugusieji, su kuriais gyvenu",
    "My family": "Mano šeima",
    "My friends": "Mano draugai",
    School: "Mokykla",
    Playing: "Žaidimai",
    "Animals and pets": "Gyvūnai ir augintiniai",
    "Does anything make you sad or worried? Pick the pictures.":
      "Ar kas nors tave liūdina ar neramina? Išsirink paveikslėlius.",
    "This is your house of worries. You can pick as many as you like.":
      "Tai tavo rūpesčių namelis. Gali išsirinkti kiek nori.",
    Home: "Namai",
    Friends: "Draugai",
    "Going to sleep": "Ėjimas miegoti",
    "Feeling poorly": "Kai blogai jaučiuosi ar sergu",
    "Nothing worries me": "Niekas manęs neramina",
    "If you could have one wish, which would it be?":
      "Jei galėtum turėti vieną norą, koks jis būtų?",
    "This is your house of dreams.": "Tai tavo svajonių namelis.",
    "More time with my family": "Daugiau laiko su šeima",
    "More time with friends": "Daugiau laiko su draugais",
    "A pet": "Augintinis",
    "A day out somewhere": "Išvyka kur nors visai dienai",
    "To stay where I live": "Likti ten, kur gyvenu",
    "Something else": "Kažkas kita",
    "Is there anything else you want to tell the grown-up with you?":
      "Ar nori dar ką nors pasakyti šalia tavęs esančiam suaugusiajam?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "Nebūtina. Jei nori, suaugęs žmogus gali čia užrašyti tavo žodžius.",
    // My life in care (8 to 11)
    "My life in care": "Mano gyvenimas globoje",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "Norime išgirsti, koks tavo gyvenimas, kad galėtume pagerinti globojamų vaikų gyvenimą.",
    "Where I live": "Kur gyvenu",
    "Having a say": "Mano nuomonė",
    "How do you feel about where you live now?": "Kaip jautiesi ten, kur dabar gyveni?",
    "Do you feel safe where you live?": "Ar jautiesi saugiai ten, kur gyveni?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "Saugiai reiškia, kad niekas tavęs neskriaudžia, negąsdina ir neverčia jaustis blogai.",
    "Who would you talk to if you didn't feel safe?":
      "Su kuo pasikalbėtum, jei nesijaustum saugiai?",
    "You can also phone Childline for free on 0800 1111.":
      "Taip pat gali nemokamai paskambinti į Childline numeriu 0800 1111.",
    "My carer": "Mano globėjas",
    "A teacher": "Mokytojas",
    "Someone in my family": "Kažkas iš mano šeimos",
    "How much do you feel you belong where you live?":
      "Kiek jauti, kad ten, kur gyveni, yra tavo vieta?",
    "Not at all": "Visai ne",
    Completely: "Visiškai",
    "Do the adults you live with listen to you?":
      "Ar suaugusieji, su kuriais gyveni, tavęs klauso?",
    "How do you feel about how often you see or talk to your family?":
      "Ką manai apie tai, kaip dažnai matai savo šeimą ar su ja kalbi?",
    "It's about right": "Kaip tik gerai",
    "I'd like more": "Norėčiau dažniau",
    "I'd like less": "Norėčiau rečiau",
    "I'm not sure": "Nesu tikras",
    "Can you talk to your social worker when you need to?":
      "Ar gali pasikalbėti su savo socialiniu darbuotoju, kai reikia?",
    "Is there an adult you trust and can talk to about anything?":
      "Ar yra suaugęs žmogus, kuriuo pasitiki ir su kuriuo gali kalbėti apie viską?",
    "How do you feel about school?": "Ką manai apie mokyklą?",
    "Is there someone at school who helps when things are hard?":
      "Ar mokykloje yra kas nors, kas padeda, kai sunku?",
    "What do you enjoy doing in your free time?": "Ką mėgsti veikti laisvalaikiu?",
    "Pick as many as you like.": "Išsirink kiek nori.",
    "Sport or clubs": "Sportas ar būreliai",
    "Seeing friends": "Susitikimai su draugais",
    "Art and making things": "Menas ir daiktų gaminimas",
    "Music or dance": "Muzika ar šokiai",
    Reading: "Skaitymas",
    "Being outdoors": "Buvimas lauke",
    "Do you get a say in decisions about your life?":
      "Ar gali pasakyti savo nuomonę, kai priimami sprendimai apie tavo gyvenimą?",
    "Fill in your three houses.": "Užpildyk savo tris namelius.",
    "Write in one, two or all three. Short is fine.":
      "Rašyk viename, dviejuose ar visuose trijuose. Galima trumpai.",
    "If you could change one thing about your life, what would it be?":
      "Jei galėtum pakeisti vieną dalyką savo gyvenime, kas tai būtų?",
    // My life in care (12 to 17)
    "Your life in care": "Tavo gyvenimas globoje",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "Papasakok mums atvirai, kaip sekasi. Ataskaitose niekada nematyti, kas ką pasakė, ir gali praleisti bet ką.",
    "Family and support": "Šeima ir pagalba",
    "School and the future": "Mokykla ir ateitis",
    "How settled do you feel where you live?": "Kiek jautiesi įsikūręs ten, kur gyveni?",
    "Do you feel safe when you're out in your area?":
      "Ar jautiesi saugiai, kai būni lauke savo apylinkėse?",
    "If you didn't feel safe, who would you tell?": "Jei nesijaustum saugiai, kam pasakytum?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline yra nemokama ir konfidenciali: 0800 1111 arba childline.org.uk.",
    "My carer or key worker": "Mano globėjas ar atsakingas darbuotojas",
    "Someone at school or college": "Kažkas mokykloje ar koledže",
    "A friend": "Draugas",
    "I wouldn't tell anyone": "Niekam nesakyčiau",
    "Do the people you live with make you feel cared about?":
      "Ar žmonės, su kuriais gyveni, leidžia tau jausti, kad tau rūpi?",
    "Do you get enough privacy where you live?": "Ar ten, kur gyveni, turi pakankamai privatumo?",
    "How do you feel about the contact you have with your family?":
      "Ką manai apie savo ryšį su šeima?",
    "I want more": "Noriu daugiau",
    "I want less": "Noriu mažiau",
    "It's complicated": "Sudėtinga",
    "How many social workers have you had in the last 12 months?":
      "Kiek socialinių darbuotojų turėjai per pastaruosius 12 mėnesių?",
    One: "Vieną",
    Two: "Du",
    "Three or more": "Tris ar daugiau",
    "I don't know": "Nežinau",
    "Do you trust your social worker?": "Ar pasitiki savo socialiniu darbuotoju?",
    "Do you feel listened to at your review meetings?":
      "Ar tavo peržiūros susitikimuose jauti, kad tavęs klausosi?",
    "How are things going at school or college?": "Kaip sekasi mokykloje ar koledže?",
    "What's on your mind at the moment?": "Apie ką dabar daug galvoji?",
    "Choose any that fit.": "Pasirink viską, kas tinka.",
    "School or college": "Mokykla ar koledžas",
    Family: "Šeima",
    "Health or feelings": "Sveikata ar jausmai",
    Money: "Pinigai",
    "My future": "Mano ateitis",
    "Nothing much": "Nieko ypatingo",
    "How hopeful do you feel about your future?": "Kiek vilties jauti dėl savo ateities?",
    "Not hopeful": "Jokios vilties",
    "Very hopeful": "Daug vilties",
    "What is one thing that would make your life better?":
      "Koks vienas dalykas pagerintų tavo gyvenimą?",
    "Is there anything else you want the people in charge to know?":
      "Ar yra dar kas nors, ką norėtum, kad žinotų atsakingi žmonės?",
    // Leaving care
    "Leaving care: how's it going?": "Palikus globą: kaip sekasi?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "Tu geriau už visus žinai, kaip yra palikti globą. Tavo atsakymai padeda kurti mūsų teikiamą pagalbą.",
    Support: "Pagalba",
    "Right now": "Dabar",
    "Where are you living at the moment?": "Kur dabar gyveni?",
    "My own flat or house": "Savo bute ar name",
    "With my former foster carers": "Pas buvusius globėjus",
    "Supported accommodation": "Apgyvendinimas su pagalba",
    "With family or friends": "Pas šeimą ar draugus",
    "Student housing": "Studentų bendrabutyje",
    "I don't have a settled place": "Neturiu nuolatinės vietos",
    "Somewhere else": "Kitur",
    "How settled do you feel in your home?": "Kiek jautiesi įsikūręs savo namuose?",
    "How easy is it to get hold of your personal adviser?":
      "Kaip lengva susisiekti su tavo asmeniniu patarėju?",
    Easy: "Lengva",
    "Sometimes easy, sometimes not": "Kartais lengva, kartais ne",
    Hard: "Sunku",
    "I don't know who my adviser is": "Nežinau, kas mano patarėjas",
    "Did you help write your pathway plan?":
      "Ar padėjai rašyti savo ateities planą (pathway plan)?",
    "Do you know what our local offer for care leavers gives you?":
      "Ar žinai, ką tau duoda mūsų vietinis pasiūlymas globą paliekantiems jaunuoliams?",
    "The local offer lists the help, money and services you're entitled to.":
      "Vietiniame pasiūlyme išvardyta pagalba, pinigai ir paslaugos, kurios tau priklauso.",
    "How connected do you feel to people who care about you?":
      "Kiek jauti ryšį su žmonėmis, kuriems tu rūpi?",
    "Not connected": "Jokio ryšio",
    "Very connected": "Labai stiprus ryšys",
    "How are you managing with money?": "Kaip tvarkaisi su pinigais?",
    "What are you doing at the moment?": "Ką dabar veiki?",
    "Choose all that apply.": "Pasirink viską, kas tinka.",
    "College or sixth form": "Koledžas ar vyresnės klasės (sixth form)",
    University: "Universitetas",
    Working: "Dirbu",
    "An apprenticeship or training": "Pameistrystė ar mokymai",
    "Looking for work or a course": "Ieškau darbo ar kursų",
    "Looking after a child or someone else": "Prižiūriu vaiką ar kitą žmogų",
    "None of these right now": "Šiuo metu nieko iš to",
    "What would help you most right now?": "Kas tau dabar labiausiai padėtų?",
    "Choose up to three.": "Pasirink iki trijų.",
    "Money and budgeting": "Pinigai ir biudžeto planavimas",
    Housing: "Būstas",
    "Work, college or training": "Darbas, koledžas ar mokymai",
    "Health and wellbeing": "Sveikata ir gera savijauta",
    "Someone to talk to": "Kas nors, su kuo pasikalbėti",
    "Cooking, bills and forms": "Maisto gaminimas, sąskaitos ir formos",
    "What one thing should we change for young people leaving care?":
      "Kokį vieną dalyką turėtume pakeisti globą paliekantiems jaunuoliams?",
    // Before my review meeting
    "Before my review meeting": "Prieš mano peržiūros susitikimą",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "Netrukus vyks tavo peržiūros susitikimas. Pasakyk, ką galvoji, kad susitikime išgirstų tavo nuomonę.",
    "The meeting": "Susitikimas",
    "How things are": "Kaip sekasi",
    "What I want the meeting to hear": "Ką noriu, kad išgirstų susitikime",
    "Do you know what your review meeting is for?":
      "Ar žinai, kam skirtas tavo peržiūros susitikimas?",
    "It's where the adults who look after you check your plan is right for you.":
      "Jame tavimi besirūpinantys suaugusieji tikrina, ar tavo planas tau tinka.",
    "Do you know why grown-ups have meetings about you?":
      "Ar žinai, kodėl suaugusieji rengia susitikimus apie tave?",
    "They meet to make sure you are happy and looked after.":
      "Jie susitinka, kad įsitikintų, jog tu laimingas ir tavimi gerai rūpinamasi.",
    "How would you like to take part in the meeting?": "Kaip norėtum dalyvauti susitikime?",
    "Be there for all of it": "Būti visą susitikimą",
    "Be there for part of it": "Būti dalį susitikimo",
    "Have someone speak for me": "Kad kas nors kalbėtų už mane",
    "Just send my views on this form": "Tik nusiųsti savo nuomonę šioje formoje",
    "Who would you like to speak for you?": "Kas norėtum, kad kalbėtų už tave?",
    "An advocate": "Atstovas (advocate)",
    "Have you seen your care plan, and did someone explain it to you?":
      "Ar matei savo globos planą ir ar kas nors tau jį paaiškino?",
    "How are things where you live?": "Kaip sekasi ten, kur gyveni?",
    "How do you feel at home?": "Kaip jautiesi namuose?",
    "How are things at school or college?": "Kaip sekasi mokykloje ar koledže?",
    "Are you happy with how often you see your family and friends?":
      "Ar tau tinka, kaip dažnai matai savo šeimą ir draugus?",
    "Yes, it's about right": "Taip, kaip tik gerai",
    "I'd like to see them more": "Norėčiau juos matyti dažniau",
    "I'd like to see them less": "Norėčiau juos matyti rečiau",
    "What is good for you at the moment? Pick the pictures.":
      "Kas tau dabar gerai? Išsirink paveikslėlius.",
    "You can pick as many as you like.": "Gali išsirinkti kiek nori.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "Ar susitikime reikėtų kalbėti apie ką nors iš šių dalykų? Išsirink paveikslėlius.",
    "Pick the things that make you sad or worried, if there are any.":
      "Išsirink tai, kas tave liūdina ar neramina, jei tokių dalykų yra.",
    "Seeing my family": "Susitikimai su šeima",
    Nothing: "Nieko",
    "What is going well for you?": "Kas tau sekasi gerai?",
    "Is anything worrying you that the meeting should talk about?":
      "Ar kas nors tave neramina, apie ką reikėtų kalbėti susitikime?",
    "Is there anything you would like to change?": "Ar yra kas nors, ką norėtum pakeisti?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "Ar yra kas nors, ką norėtum, kad šalia tavęs esantis suaugusysis pasakytų susitikime?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "Nebūtina. Jei nori, suaugęs žmogus gali tai čia užrašyti.",
    // Family feedback after early help
    "How was your early help?": "Kaip jums sekėsi su ankstyvąja pagalba?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "Ačiū, kad bendradarbiavote su mumis. Jūsų atsakymai anonimiški ir nepakeis jokios jums teikiamos pagalbos.",
    "The support": "Pagalba",
    "What changed": "Kas pasikeitė",
    "In your words": "Jūsų žodžiais",
    "Overall, how do you feel about the support your family had?":
      "Apskritai, kaip vertinate pagalbą, kurią gavo jūsų šeima?",
    "Did your worker listen to you and take your views seriously?":
      "Ar jūsų darbuotojas jūsų klausėsi ir rimtai vertino jūsų nuomonę?",
    "Did your worker explain things in a way that was easy to understand?":
      "Ar jūsų darbuotojas viską paaiškino lengvai suprantamai?",
    "Did you help decide what went into your family's plan?":
      "Ar padėjote nuspręsti, kas įtraukta į jūsų šeimos planą?",
    "What did the support help with?": "Kuo padėjo pagalba?",
    "Routines at home": "Dienotvarkė namuose",
    "Children's behaviour": "Vaikų elgesys",
    "School attendance or learning": "Mokyklos lankymas ar mokymasis",
    "Money or debt": "Pinigai ar skolos",
    "Health or wellbeing": "Sveikata ar gera savijauta",
    "Family relationships": "Santykiai šeimoje",
    "How much difference has the support made to your family?":
      "Kiek pagalba pakeitė jūsų šeimos gyvenimą?",
    "No difference": "Nieko nepakeitė",
    "A big difference": "Labai daug pakeitė",
    "Compared with when the support started, are things now…":
      "Palyginti su pagalbos pradžia, dabar yra…",
    Better: "Geriau",
    "About the same": "Maždaug taip pat",
    Worse: "Blogiau",
    "Does everyone in your family feel safe at home now?":
      "Ar dabar visi jūsų šeimos nariai namuose jaučiasi saugiai?",
    "Do you know where to go for help if you need it again?":
      "Ar žinote, kur kreiptis pagalbos, jei jos vėl prireiktų?",
    "Would you tell another family to ask for early help?":
      "Ar patartumėte kitai šeimai kreiptis dėl ankstyvosios pagalbos?",
    "What worked well for your family?": "Kas jūsų šeimai pasiteisino?",
    "What could we have done better?": "Ką galėjome padaryti geriau?",
    "Young people: what would you like workers to know about getting help as a family?":
      "Jaunuoliai: ką norėtumėte, kad darbuotojai žinotų apie tai, kaip šeimai gauti pagalbą?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
