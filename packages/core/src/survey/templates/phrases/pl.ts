/** Polish words for the six templates, written by Chorus; no fluent speaker has checked them yet. */
export const phrasebook = {
  language: "pl",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "Moje życie",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "Chcemy wiedzieć, jak ci jest. Dorosły może przeczytać to razem z tobą.",
    "My home": "Mój dom",
    "My people": "Moi bliscy",
    "School and fun": "Szkoła i zabawa",
    "My three houses": "Moje trzy domki",
    "Hello! Here are some questions about you.": "Cześć! Oto kilka pytań o tobie.",
    "There are no right or wrong answers. You can skip any question you like.":
      "Nie ma dobrych ani złych odpowiedzi. Możesz pominąć każde pytanie.",
    "How do you feel about where you live?": "Jak się czujesz tam, gdzie mieszkasz?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "Jak się czujesz tam, gdzie mieszkasz? Jest niedobrze, tak sobie czy dobrze?",
    "Do you feel safe at home?": "Czy w domu czujesz się bezpiecznie?",
    "Safe means nobody hurts you or scares you.":
      "Bezpiecznie znaczy, że nikt cię nie krzywdzi i nie straszy.",
    "Who could you tell if you felt scared?": "Komu możesz powiedzieć, kiedy się boisz?",
    "The grown-up I live with": "Dorosły, z którym mieszkam",
    "My social worker": "Mój pracownik socjalny",
    "My teacher": "Moja pani lub mój pan w szkole",
    "Someone else": "Ktoś inny",
    "I don't know who to tell": "Nie wiem, komu powiedzieć",
    "How do the grown-ups you live with make you feel?":
      "Jak się czujesz z dorosłymi, z którymi mieszkasz?",
    "Do you have your own special things at home, like toys or a blanket?":
      "Czy masz w domu swoje ulubione rzeczy, na przykład zabawki albo kocyk?",
    "How do you feel about how much you see your family?":
      "Jak się czujesz z tym, jak często widzisz swoją rodzinę?",
    "Do you know who your social worker is?": "Czy wiesz, kto jest twoim pracownikiem socjalnym?",
    "Do you have friends to play with?": "Czy masz przyjaciół do zabawy?",
    "How do you feel at school?": "Jak się czujesz w szkole?",
    "What do you like doing best?": "Co lubisz robić najbardziej?",
    "You can pick up to three.": "Możesz wybrać najwyżej trzy.",
    "Playing outside": "Zabawa na dworze",
    Games: "Gry",
    "Drawing and making things": "Rysowanie i robienie różnych rzeczy",
    "Stories and books": "Bajki i książki",
    "Sport and running about": "Sport i bieganie",
    "Music and dancing": "Muzyka i taniec",
    Animals: "Zwierzęta",
    "What is good in your life? Pick the pictures.":
      "Co jest dobre w twoim życiu? Wybierz obrazki.",
    "This is your house of good things. You can pick as many as you like.":
      "To jest twój domek dobrych rzeczy. Możesz wybrać, ile chcesz.",
    "The grown-ups I live with": "Dorośli, z którymi mieszkam",
    "My family": "Moja rodzina",
    "My friends": "Moi przyjaciele",
    School: "Szkoła",
    Playing: "Zabawa",
    "Animals and pets": "Zwierzęta i zwierzątka domowe",
    "Does anything make you sad or worried? Pick the pictures.":
      "Czy coś cię smuci albo martwi? Wybierz obrazki.",
    "This is your house of worries. You can pick as many as you like.":
      "To jest twój domek zmartwień. Możesz wybrać, ile chcesz.",
    Home: "Dom",
    Friends: "Przyjaciele",
    "Going to sleep": "Zasypianie",
    "Feeling poorly": "Gdy źle się czuję lub jestem chory",
    "Nothing worries me": "Nic mnie nie martwi",
    "If you could have one wish, which would it be?":
      "Gdybyś mógł lub mogła mieć jedno życzenie, jakie by to było?",
    "This is your house of dreams.": "To jest twój domek marzeń.",
    "More time with my family": "Więcej czasu z rodziną",
    "More time with friends": "Więcej czasu z przyjaciółmi",
    "A pet": "Zwierzątko",
    "A day out somewhere": "Wycieczka gdzieś na cały dzień",
    "To stay where I live": "Zostać tam, gdzie mieszkam",
    "Something else": "Coś innego",
    "Is there anything else you want to tell the grown-up with you?":
      "Czy chcesz jeszcze coś powiedzieć dorosłemu, który jest z tobą?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "Nie musisz. Jeśli chcesz, dorosły może tu za ciebie zapisać twoje słowa.",
    // My life in care (8 to 11)
    "My life in care": "Moje życie w pieczy zastępczej",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "Chcemy usłyszeć, jak wygląda twoje życie, żeby poprawić życie dzieci w pieczy zastępczej.",
    "Where I live": "Gdzie mieszkam",
    "Having a say": "Mam coś do powiedzenia",
    "How do you feel about where you live now?": "Jak się czujesz tam, gdzie teraz mieszkasz?",
    "Do you feel safe where you live?": "Czy czujesz się bezpiecznie tam, gdzie mieszkasz?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "Bezpiecznie znaczy, że nikt cię nie krzywdzi, nie straszy i nie sprawia, że czujesz się źle.",
    "Who would you talk to if you didn't feel safe?":
      "Z kim byś porozmawiał lub porozmawiała, gdybyś nie czuł lub nie czuła się bezpiecznie?",
    "You can also phone Childline for free on 0800 1111.":
      "Możesz też bezpłatnie zadzwonić do Childline pod numer 0800 1111.",
    "My carer": "Mój opiekun lub moja opiekunka",
    "A teacher": "Nauczyciel lub nauczycielka",
    "Someone in my family": "Ktoś z mojej rodziny",
    "How much do you feel you belong where you live?":
      "Na ile czujesz, że tam, gdzie mieszkasz, jest twoje miejsce?",
    "Not at all": "Wcale",
    Completely: "Całkowicie",
    "Do the adults you live with listen to you?": "Czy dorośli, z którymi mieszkasz, słuchają cię?",
    "How do you feel about how often you see or talk to your family?":
      "Co myślisz o tym, jak często widzisz się lub rozmawiasz z rodziną?",
    "It's about right": "Jest w sam raz",
    "I'd like more": "Chciałbym lub chciałabym częściej",
    "I'd like less": "Chciałbym lub chciałabym rzadziej",
    "I'm not sure": "Nie jestem pewien lub pewna",
    "Can you talk to your social worker when you need to?":
      "Czy możesz porozmawiać ze swoim pracownikiem socjalnym, kiedy potrzebujesz?",
    "Is there an adult you trust and can talk to about anything?":
      "Czy jest dorosły, któremu ufasz i z którym możesz porozmawiać o wszystkim?",
    "How do you feel about school?": "Co myślisz o szkole?",
    "Is there someone at school who helps when things are hard?":
      "Czy w szkole jest ktoś, kto pomaga, kiedy jest trudno?",
    "What do you enjoy doing in your free time?": "Co lubisz robić w wolnym czasie?",
    "Pick as many as you like.": "Wybierz, ile chcesz.",
    "Sport or clubs": "Sport albo zajęcia dodatkowe",
    "Seeing friends": "Spotkania z przyjaciółmi",
    "Art and making things": "Plastyka i robienie różnych rzeczy",
    "Music or dance": "Muzyka albo taniec",
    Reading: "Czytanie",
    "Being outdoors": "Bycie na dworze",
    "Do you get a say in decisions about your life?":
      "Czy masz coś do powiedzenia, kiedy decyduje się o twoim życiu?",
    "Fill in your three houses.": "Wypełnij swoje trzy domki.",
    "Write in one, two or all three. Short is fine.":
      "Napisz w jednym, dwóch albo we wszystkich trzech. Może być krótko.",
    "If you could change one thing about your life, what would it be?":
      "Gdybyś mógł lub mogła zmienić jedną rzecz w swoim życiu, co by to było?",
    // My life in care (12 to 17)
    "Your life in care": "Twoje życie w pieczy zastępczej",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "Powiedz nam szczerze, jak jest. Raporty nigdy nie pokazują, kto co powiedział, a każde pytanie możesz pominąć.",
    "Family and support": "Rodzina i wsparcie",
    "School and the future": "Szkoła i przyszłość",
    "How settled do you feel where you live?":
      "Na ile czujesz się zadomowiony lub zadomowiona tam, gdzie mieszkasz?",
    "Do you feel safe when you're out in your area?":
      "Czy czujesz się bezpiecznie, kiedy wychodzisz w swojej okolicy?",
    "If you didn't feel safe, who would you tell?":
      "Gdybyś nie czuł lub nie czuła się bezpiecznie, komu byś powiedział lub powiedziała?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline jest bezpłatny i poufny: 0800 1111 albo childline.org.uk.",
    "My carer or key worker": "Mój opiekun lub opiekunka albo osoba kontaktowa",
    "Someone at school or college": "Ktoś w szkole lub college'u",
    "A friend": "Przyjaciel lub przyjaciółka",
    "I wouldn't tell anyone": "Nikomu bym nie powiedział lub nie powiedziała",
    "Do the people you live with make you feel cared about?":
      "Czy ludzie, z którymi mieszkasz, dają ci poczucie, że im na tobie zależy?",
    "Do you get enough privacy where you live?":
      "Czy masz wystarczająco dużo prywatności tam, gdzie mieszkasz?",
    "How do you feel about the contact you have with your family?":
      "Co myślisz o kontaktach, które masz z rodziną?",
    "I want more": "Chcę więcej",
    "I want less": "Chcę mniej",
    "It's complicated": "To skomplikowane",
    "How many social workers have you had in the last 12 months?":
      "Ilu pracowników socjalnych miałeś lub miałaś w ciągu ostatnich 12 miesięcy?",
    One: "Jednego",
    Two: "Dwóch",
    "Three or more": "Trzech lub więcej",
    "I don't know": "Nie wiem",
    "Do you trust your social worker?": "Czy ufasz swojemu pracownikowi socjalnemu?",
    "Do you feel listened to at your review meetings?":
      "Czy na spotkaniach w sprawie przeglądu twojej sytuacji czujesz, że ktoś cię słucha?",
    "How are things going at school or college?": "Jak ci idzie w szkole lub college'u?",
    "What's on your mind at the moment?": "Co cię teraz zajmuje?",
    "Choose any that fit.": "Wybierz wszystko, co pasuje.",
    "School or college": "Szkoła lub college",
    Family: "Rodzina",
    "Health or feelings": "Zdrowie lub uczucia",
    Money: "Pieniądze",
    "My future": "Moja przyszłość",
    "Nothing much": "Nic szczególnego",
    "How hopeful do you feel about your future?": "Z jaką nadzieją myślisz o swojej przyszłości?",
    "Not hopeful": "Bez nadziei",
    "Very hopeful": "Z wielką nadzieją",
    "What is one thing that would make your life better?":
      "Jaka jedna rzecz poprawiłaby twoje życie?",
    "Is there anything else you want the people in charge to know?":
      "Czy jest coś jeszcze, o czym powinny wiedzieć osoby, które o wszystkim decydują?",
    // Leaving care
    "Leaving care: how's it going?": "Po wyjściu z pieczy zastępczej: jak ci idzie?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "Wiesz lepiej niż ktokolwiek, jak to jest wyjść z pieczy zastępczej. Twoje odpowiedzi kształtują wsparcie, które oferujemy.",
    Support: "Wsparcie",
    "Right now": "W tej chwili",
    "Where are you living at the moment?": "Gdzie teraz mieszkasz?",
    "My own flat or house": "We własnym mieszkaniu lub domu",
    "With my former foster carers": "U moich byłych rodziców zastępczych",
    "Supported accommodation": "W mieszkaniu ze wsparciem",
    "With family or friends": "U rodziny lub przyjaciół",
    "Student housing": "W akademiku lub mieszkaniu studenckim",
    "I don't have a settled place": "Nie mam stałego miejsca",
    "Somewhere else": "Gdzie indziej",
    "How settled do you feel in your home?":
      "Na ile czujesz się zadomowiony lub zadomowiona w swoim domu?",
    "How easy is it to get hold of your personal adviser?":
      "Jak łatwo jest skontaktować się z twoim osobistym doradcą?",
    Easy: "Łatwo",
    "Sometimes easy, sometimes not": "Czasem łatwo, czasem nie",
    Hard: "Trudno",
    "I don't know who my adviser is": "Nie wiem, kto jest moim doradcą",
    "Did you help write your pathway plan?":
      "Czy pomagałeś lub pomagałaś pisać swój plan na przyszłość (pathway plan)?",
    "Do you know what our local offer for care leavers gives you?":
      "Czy wiesz, co daje ci nasza lokalna oferta dla osób opuszczających pieczę zastępczą?",
    "The local offer lists the help, money and services you're entitled to.":
      "Lokalna oferta wymienia pomoc, pieniądze i usługi, do których masz prawo.",
    "How connected do you feel to people who care about you?":
      "Na ile czujesz więź z ludźmi, którym na tobie zależy?",
    "Not connected": "Żadnej więzi",
    "Very connected": "Bardzo silna więź",
    "How are you managing with money?": "Jak sobie radzisz z pieniędzmi?",
    "What are you doing at the moment?": "Czym się teraz zajmujesz?",
    "Choose all that apply.": "Wybierz wszystko, co pasuje.",
    "College or sixth form": "College lub szkoła średnia (sixth form)",
    University: "Studia",
    Working: "Praca",
    "An apprenticeship or training": "Praktyka zawodowa lub szkolenie",
    "Looking for work or a course": "Szukam pracy lub kursu",
    "Looking after a child or someone else": "Opiekuję się dzieckiem lub kimś innym",
    "None of these right now": "Teraz nic z tych rzeczy",
    "What would help you most right now?": "Co by ci teraz najbardziej pomogło?",
    "Choose up to three.": "Wybierz najwyżej trzy.",
    "Money and budgeting": "Pieniądze i planowanie wydatków",
    Housing: "Mieszkanie",
    "Work, college or training": "Praca, college lub szkolenie",
    "Health and wellbeing": "Zdrowie i dobre samopoczucie",
    "Someone to talk to": "Ktoś do rozmowy",
    "Cooking, bills and forms": "Gotowanie, rachunki i formularze",
    "What one thing should we change for young people leaving care?":
      "Jaką jedną rzecz powinniśmy zmienić dla młodych ludzi opuszczających pieczę zastępczą?",
    // Before my review meeting
    "Before my review meeting": "Przed moim spotkaniem w sprawie przeglądu",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "Niedługo jest spotkanie w twojej sprawie. Powiedz nam, co myślisz, żeby na spotkaniu usłyszano twoje zdanie.",
    "The meeting": "Spotkanie",
    "How things are": "Jak jest",
    "What I want the meeting to hear": "Co chcę, żeby usłyszano na spotkaniu",
    "Do you know what your review meeting is for?":
      "Czy wiesz, po co jest spotkanie w sprawie przeglądu twojej sytuacji?",
    "It's where the adults who look after you check your plan is right for you.":
      "Na tym spotkaniu dorośli, którzy się tobą opiekują, sprawdzają, czy twój plan jest dla ciebie dobry.",
    "Do you know why grown-ups have meetings about you?":
      "Czy wiesz, dlaczego dorośli mają spotkania o tobie?",
    "They meet to make sure you are happy and looked after.":
      "Spotykają się, żeby upewnić się, że jesteś szczęśliwy lub szczęśliwa i że ktoś dobrze się tobą opiekuje.",
    "How would you like to take part in the meeting?": "Jak chcesz wziąć udział w spotkaniu?",
    "Be there for all of it": "Być na całym spotkaniu",
    "Be there for part of it": "Być na części spotkania",
    "Have someone speak for me": "Żeby ktoś mówił w moim imieniu",
    "Just send my views on this form": "Tylko wysłać moje zdanie w tym formularzu",
    "Who would you like to speak for you?": "Kto ma mówić w twoim imieniu?",
    "An advocate": "Rzecznik lub rzeczniczka (advocate)",
    "Have you seen your care plan, and did someone explain it to you?":
      "Czy widziałeś lub widziałaś swój plan opieki i czy ktoś ci go wyjaśnił?",
    "How are things where you live?": "Jak jest tam, gdzie mieszkasz?",
    "How do you feel at home?": "Jak się czujesz w domu?",
    "How are things at school or college?": "Jak jest w szkole lub college'u?",
    "Are you happy with how often you see your family and friends?":
      "Czy podoba ci się, jak często widzisz rodzinę i przyjaciół?",
    "Yes, it's about right": "Tak, jest w sam raz",
    "I'd like to see them more": "Chcę ich widywać częściej",
    "I'd like to see them less": "Chcę ich widywać rzadziej",
    "What is good for you at the moment? Pick the pictures.":
      "Co jest teraz dla ciebie dobre? Wybierz obrazki.",
    "You can pick as many as you like.": "Możesz wybrać, ile chcesz.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "Czy na spotkaniu trzeba o czymś z tego porozmawiać? Wybierz obrazki.",
    "Pick the things that make you sad or worried, if there are any.":
      "Wybierz to, co cię smuci albo martwi, jeśli coś takiego jest.",
    "Seeing my family": "Widzenie się z rodziną",
    Nothing: "Nic",
    "What is going well for you?": "Co ci dobrze idzie?",
    "Is anything worrying you that the meeting should talk about?":
      "Czy martwi cię coś, o czym trzeba porozmawiać na spotkaniu?",
    "Is there anything you would like to change?": "Czy jest coś, co chcesz zmienić?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "Czy jest coś, co dorosły, który jest z tobą, ma powiedzieć na spotkaniu?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "Nie musisz. Jeśli chcesz, dorosły może to tu zapisać.",
    // Family feedback after early help
    "How was your early help?": "Jak oceniasz wczesną pomoc dla rodziny?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "Dziękujemy za współpracę. Twoje odpowiedzi są anonimowe i nie zmienią żadnego wsparcia, które otrzymujesz.",
    "The support": "Wsparcie",
    "What changed": "Co się zmieniło",
    "In your words": "Twoimi słowami",
    "Overall, how do you feel about the support your family had?":
      "Jak ogólnie oceniasz wsparcie, które dostała twoja rodzina?",
    "Did your worker listen to you and take your views seriously?":
      "Czy twój pracownik lub twoja pracowniczka słuchał lub słuchała cię i poważnie traktował lub traktowała twoje zdanie?",
    "Did your worker explain things in a way that was easy to understand?":
      "Czy pracownik wyjaśniał wszystko w łatwy do zrozumienia sposób?",
    "Did you help decide what went into your family's plan?":
      "Czy pomagałeś lub pomagałaś zdecydować, co znalazło się w planie twojej rodziny?",
    "What did the support help with?": "W czym pomogło wsparcie?",
    "Routines at home": "Codzienny porządek w domu",
    "Children's behaviour": "Zachowanie dzieci",
    "School attendance or learning": "Chodzenie do szkoły lub nauka",
    "Money or debt": "Pieniądze lub długi",
    "Health or wellbeing": "Zdrowie lub samopoczucie",
    "Family relationships": "Relacje w rodzinie",
    "How much difference has the support made to your family?":
      "Jak bardzo wsparcie zmieniło sytuację twojej rodziny?",
    "No difference": "Nic nie zmieniło",
    "A big difference": "Bardzo dużo zmieniło",
    "Compared with when the support started, are things now…":
      "W porównaniu z początkiem wsparcia, teraz jest…",
    Better: "Lepiej",
    "About the same": "Mniej więcej tak samo",
    Worse: "Gorzej",
    "Does everyone in your family feel safe at home now?":
      "Czy wszyscy w twojej rodzinie czują się teraz bezpiecznie w domu?",
    "Do you know where to go for help if you need it again?":
      "Czy wiesz, gdzie szukać pomocy, jeśli znów jej będziesz potrzebować?",
    "Would you tell another family to ask for early help?":
      "Czy poradziłbyś lub poradziłabyś innej rodzinie, żeby poprosiła o wczesną pomoc?",
    "What worked well for your family?": "Co się dobrze sprawdziło w twojej rodzinie?",
    "What could we have done better?": "Co mogliśmy zrobić lepiej?",
    "Young people: what would you like workers to know about getting help as a family?":
      "Młodzi ludzie: co chcecie, żeby pracownicy wiedzieli o tym, jak to jest dostawać pomoc jako rodzina?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
