/**
 * Pashto words for the six templates, in Pashto script (right to left), speaking to the child as
 * "ته" and to the family as "تاسو". Numbers stay in the digits the English has. Not yet reviewed
 * by a native speaker.
 */
export const phrasebook = {
  language: "ps",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "زما ژوند",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "موږ غواړو پوه شو چې ستا ژوند څنګه دی. یو لوی کس کولی شي دا له تا سره ولولي.",
    "Hello! Here are some questions about you.": "سلام! دلته ستا په اړه څو پوښتنې دي.",
    "There are no right or wrong answers. You can skip any question you like.":
      "هېڅ ځواب سم یا غلط نه دی. هره پوښتنه چې وغواړې پرېښودلی شې.",
    "My home": "زما کور",
    "How do you feel about where you live?": "چېرته چې اوسېږې، هلته څنګه احساس کوې؟",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "چېرته چې اوسېږې، هلته څنګه احساس کوې؟ ښه نه دی، سم دی، که ښه دی؟",
    "Do you feel safe at home?": "ایا په کور کې ځان خوندي احساسوې؟",
    "Safe means nobody hurts you or scares you.":
      "خوندي دا معنا لري چې هېڅوک تا نه ځوروي او نه دې ډاروي.",
    "Who could you tell if you felt scared?": "که ووېرېږې، چا ته ویلی شې؟",
    "The grown-up I live with": "هغه لوی کس چې ورسره اوسېږم",
    "My social worker": "زما ټولنیز کارکوونکی",
    "My teacher": "زما ښوونکی",
    "Someone else": "بل څوک",
    "I don't know who to tell": "نه پوهېږم چا ته ووایم",
    "How do the grown-ups you live with make you feel?":
      "هغه لوی کسان چې ورسره اوسېږې، تا ته څه احساس درکوي؟",
    "Do you have your own special things at home, like toys or a blanket?":
      "ایا په کور کې خپل ځانګړي شیان لرې، لکه لوبونې یا کمبله؟",
    "My people": "زما خلک",
    "How do you feel about how much you see your family?":
      "څومره چې خپله کورنۍ وینې، په اړه یې څنګه احساس کوې؟",
    "Do you know who your social worker is?": "ایا پوهېږې چې ستا ټولنیز کارکوونکی څوک دی؟",
    "Do you have friends to play with?": "ایا ملګري لرې چې ورسره لوبې وکړې؟",
    "School and fun": "ښوونځی او ساعتېري",
    "How do you feel at school?": "په ښوونځي کې څنګه احساس کوې؟",
    "What do you like doing best?": "تر ټولو ډېر څه کول خوښوې؟",
    "You can pick up to three.": "تر درېیو پورې غوره کولی شې.",
    "Playing outside": "بهر لوبې کول",
    Games: "لوبې",
    "Drawing and making things": "انځور کښل او شیان جوړول",
    "Stories and books": "کیسې او کتابونه",
    "Sport and running about": "سپورت او منډې",
    "Music and dancing": "موسیقي او نڅا",
    Animals: "څاروي",
    "My three houses": "زما درې کورونه",
    "What is good in your life? Pick the pictures.": "ستا په ژوند کې څه ښه دي؟ انځورونه غوره کړه.",
    "This is your house of good things. You can pick as many as you like.":
      "دا ستا د ښو شیانو کور دی. هر څومره چې وغواړې غوره کولی شې.",
    "The grown-ups I live with": "هغه لوی کسان چې ورسره اوسېږم",
    "My family": "زما کورنۍ",
    "My friends": "زما ملګري",
    School: "ښوونځی",
    Playing: "لوبې کول",
    "Animals and pets": "څاروي او کورني ژوي",
    "Does anything make you sad or worried? Pick the pictures.":
      "ایا څه شی تا خفه یا اندېښمن کوي؟ انځورونه غوره کړه.",
    "This is your house of worries. You can pick as many as you like.":
      "دا ستا د اندېښنو کور دی. هر څومره چې وغواړې غوره کولی شې.",
    Home: "کور",
    Friends: "ملګري",
    "Going to sleep": "ویده کېدل",
    "Feeling poorly": "د ناروغۍ احساس",
    "Nothing worries me": "هېڅ شی ما اندېښمن نه کوي",
    "If you could have one wish, which would it be?": "که یوه هیله دې پوره شي، کومه به وي؟",
    "This is your house of dreams.": "دا ستا د ارمانونو کور دی.",
    "More time with my family": "له خپلې کورنۍ سره ډېر وخت",
    "More time with friends": "له ملګرو سره ډېر وخت",
    "A pet": "یو کورنی ژوی",
    "A day out somewhere": "چېرته د یوې ورځې چکر",
    "To stay where I live": "چې همدلته پاتې شم چې اوسېږم",
    "Something else": "بل څه",
    "Is there anything else you want to tell the grown-up with you?":
      "ایا نور څه غواړې هغه لوی کس ته ووایې چې له تا سره دی؟",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "اړینه نه ده. که وغواړې، لوی کس کولی شي ستا خبرې دلته ولیکي.",

    // My life in care (8 to 11)
    "My life in care": "زما ژوند د پاملرنې لاندې",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "موږ غواړو واورو چې ستا ژوند څنګه دی، ترڅو د پاملرنې لاندې ماشومانو لپاره شیان ښه کړو.",
    "Where I live": "چېرته چې اوسېږم",
    "How do you feel about where you live now?": "اوس چېرته چې اوسېږې، هلته څنګه احساس کوې؟",
    "Do you feel safe where you live?": "ایا چېرته چې اوسېږې، هلته ځان خوندي احساسوې؟",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "خوندي دا معنا لري چې هېڅوک تا نه ځوروي، نه دې ډاروي او نه دې خفه کوي.",
    "Who would you talk to if you didn't feel safe?":
      "که ځان خوندي احساس نه کړې، له چا سره به خبرې وکړې؟",
    "You can also phone Childline for free on 0800 1111.":
      "ته کولی شې Childline ته هم وړیا په 0800 1111 زنګ ووهې.",
    "My carer": "زما پالونکی",
    "A teacher": "یو ښوونکی",
    "Someone in my family": "زما د کورنۍ یو غړی",
    "How much do you feel you belong where you live?":
      "څومره احساس کوې چې ته د هغه ځای یې چې هلته اوسېږې؟",
    "Not at all": "هېڅ نه",
    Completely: "بشپړ",
    "Do the adults you live with listen to you?":
      "ایا هغه لوی کسان چې ورسره اوسېږې، ستا خبرو ته غوږ نیسي؟",
    "How do you feel about how often you see or talk to your family?":
      "څومره چې خپله کورنۍ وینې یا ورسره خبرې کوې، په اړه یې څنګه احساس کوې؟",
    "It's about right": "سم دی",
    "I'd like more": "ډېر یې غواړم",
    "I'd like less": "لږ یې غواړم",
    "I'm not sure": "ډاډه نه یم",
    "Can you talk to your social worker when you need to?":
      "ایا کله چې اړتیا ولرې، له خپل ټولنیز کارکوونکي سره خبرې کولی شې؟",
    "Is there an adult you trust and can talk to about anything?":
      "ایا داسې لوی کس شته چې باور پرې لرې او د هر څه په اړه ورسره خبرې کولی شې؟",
    "How do you feel about school?": "د ښوونځي په اړه څنګه احساس کوې؟",
    "Is there someone at school who helps when things are hard?":
      "ایا په ښوونځي کې څوک شته چې کله شیان سخت شي، مرسته درسره کوي؟",
    "What do you enjoy doing in your free time?": "په وزګار وخت کې څه کول خوښوې؟",
    "Pick as many as you like.": "هر څومره چې وغواړې غوره یې کړه.",
    "Sport or clubs": "سپورت یا کلبونه",
    "Seeing friends": "له ملګرو سره لیدل",
    "Art and making things": "هنر او شیان جوړول",
    "Music or dance": "موسیقي یا نڅا",
    Reading: "لوستل",
    "Being outdoors": "بهر اوسېدل",
    "Having a say": "خپله خبره ویل",
    "Do you get a say in decisions about your life?":
      "ایا ستا د ژوند په اړه پرېکړو کې ستا خبره اورېدل کېږي؟",
    "Fill in your three houses.": "خپل درې کورونه ډک کړه.",
    "Write in one, two or all three. Short is fine.":
      "په یوه، دوو یا ټولو درېیو کې ولیکه. لنډ هم ښه دی.",
    "If you could change one thing about your life, what would it be?":
      "که وکولی شې په خپل ژوند کې یو شی بدل کړې، هغه به څه وي؟",

    // My life in care (12 to 17)
    "Your life in care": "ستا ژوند د پاملرنې لاندې",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "موږ ته رښتیا ووایه چې شیان څنګه دي. راپورونه هېڅکله نه ښيي چې چا څه ویلي، او ته هر څه پرېښودلی شې.",
    "How settled do you feel where you live?":
      "چېرته چې اوسېږې، هلته څومره ارام او میشت احساس کوې؟",
    "Do you feel safe when you're out in your area?":
      "کله چې په خپله سیمه کې بهر یې، ایا ځان خوندي احساسوې؟",
    "If you didn't feel safe, who would you tell?": "که ځان خوندي احساس نه کړې، چا ته به یې ووایې؟",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline وړیا او پټ دی: 0800 1111، یا childline.org.uk.",
    "My carer or key worker": "زما پالونکی یا اصلي کارکوونکی",
    "Someone at school or college": "په ښوونځي یا کالج کې یو څوک",
    "A friend": "یو ملګری",
    "I wouldn't tell anyone": "هېچا ته به یې ونه وایم",
    "Do the people you live with make you feel cared about?":
      "ایا هغه خلک چې ورسره اوسېږې، تا ته دا احساس درکوي چې ستا پروا کوي؟",
    "Do you get enough privacy where you live?": "ایا چېرته چې اوسېږې، کافي شخصي حریم لرې؟",
    "Family and support": "کورنۍ او ملاتړ",
    "How do you feel about the contact you have with your family?":
      "له خپلې کورنۍ سره د اړیکې په اړه څنګه احساس کوې؟",
    "I want more": "ډېر غواړم",
    "I want less": "لږ غواړم",
    "It's complicated": "پېچلې ده",
    "How many social workers have you had in the last 12 months?":
      "په تېرو 12 میاشتو کې دې څو ټولنیز کارکوونکي درلودل؟",
    One: "یو",
    Two: "دوه",
    "Three or more": "درې یا ډېر",
    "I don't know": "نه پوهېږم",
    "Do you trust your social worker?": "ایا په خپل ټولنیز کارکوونکي باور لرې؟",
    "Do you feel listened to at your review meetings?":
      "ایا د بیاکتنې په غونډو کې احساس کوې چې ستا خبرو ته غوږ نیول کېږي؟",
    "School and the future": "ښوونځی او راتلونکې",
    "How are things going at school or college?": "په ښوونځي یا کالج کې کارونه څنګه روان دي؟",
    "What's on your mind at the moment?": "اوس مهال څه شی ستا په ذهن کې دی؟",
    "Choose any that fit.": "هغه غوره کړه چې درسره سمون خوري.",
    "School or college": "ښوونځی یا کالج",
    Family: "کورنۍ",
    "Health or feelings": "روغتیا یا احساسات",
    Money: "پیسې",
    "My future": "زما راتلونکې",
    "Nothing much": "څه ځانګړی نه",
    "How hopeful do you feel about your future?": "د خپلې راتلونکې په اړه څومره هیله من یې؟",
    "Not hopeful": "هیله من نه یم",
    "Very hopeful": "ډېر هیله من یم",
    "What is one thing that would make your life better?": "کوم یو شی به ستا ژوند ښه کړي؟",
    "Is there anything else you want the people in charge to know?":
      "ایا نور څه شته چې غواړې مسؤل کسان پرې پوه شي؟",

    // Leaving care
    "Leaving care: how's it going?": "له پاملرنې وتل: څنګه روان دي؟",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "ته له هر چا ښه پوهېږې چې له پاملرنې وتل څنګه وي. ستا ځوابونه هغه ملاتړ جوړوي چې موږ یې وړاندې کوو.",
    "Where are you living at the moment?": "اوس مهال چېرته اوسېږې؟",
    "My own flat or house": "په خپل اپارتمان یا کور کې",
    "With my former foster carers": "له خپلو پخوانیو پالونکو کورنیو سره",
    "Supported accommodation": "ملاتړ شوی استوګنځی",
    "With family or friends": "له کورنۍ یا ملګرو سره",
    "Student housing": "د زده کوونکو استوګنځی",
    "I don't have a settled place": "ثابت ځای نه لرم",
    "Somewhere else": "بل چېرته",
    "How settled do you feel in your home?": "په خپل کور کې څومره ارام او میشت احساس کوې؟",
    Support: "ملاتړ",
    "How easy is it to get hold of your personal adviser?":
      "له خپل شخصي سلاکار سره اړیکه نیول څومره اسانه دي؟",
    Easy: "اسانه",
    "Sometimes easy, sometimes not": "کله اسانه، کله نه",
    Hard: "سخت",
    "I don't know who my adviser is": "نه پوهېږم چې زما سلاکار څوک دی",
    "Did you help write your pathway plan?": "ایا د خپل لارې پلان په لیکلو کې دې مرسته کړې؟",
    "Do you know what our local offer for care leavers gives you?":
      "ایا پوهېږې چې زموږ ځايي وړاندیز له پاملرنې وتلو ځوانانو ته څه ورکوي؟",
    "The local offer lists the help, money and services you're entitled to.":
      "ځايي وړاندیز هغه مرسته، پیسې او خدمتونه لیست کوي چې ته یې حق لرې.",
    "How connected do you feel to people who care about you?":
      "له هغو خلکو سره چې ستا پروا کوي، څومره نږدې احساس کوې؟",
    "Not connected": "نږدې نه",
    "Very connected": "ډېر نږدې",
    "Right now": "همدا اوس",
    "How are you managing with money?": "له پیسو سره څنګه چلېږې؟",
    "What are you doing at the moment?": "اوس مهال څه کوې؟",
    "Choose all that apply.": "ټول هغه غوره کړه چې پر تا صدق کوي.",
    "College or sixth form": "کالج یا د ښوونځي لوړې ټولګي",
    University: "پوهنتون",
    Working: "کار کوم",
    "An apprenticeship or training": "د مسلک زده کړه یا روزنه",
    "Looking for work or a course": "د کار یا کورس په لټه کې یم",
    "Looking after a child or someone else": "د ماشوم یا بل چا پالنه کوم",
    "None of these right now": "اوس له دې هېڅ یو نه",
    "What would help you most right now?": "همدا اوس به څه شی تر ټولو ډېره مرسته درسره وکړي؟",
    "Choose up to three.": "تر درېیو پورې غوره کړه.",
    "Money and budgeting": "پیسې او بودیجه",
    Housing: "استوګنه",
    "Work, college or training": "کار، کالج یا روزنه",
    "Health and wellbeing": "روغتیا او ښه حال",
    "Someone to talk to": "یو څوک چې ورسره خبرې وکړم",
    "Cooking, bills and forms": "پخلی، بلونه او فورمې",
    "What one thing should we change for young people leaving care?":
      "موږ باید له پاملرنې وتلو ځوانانو لپاره کوم یو شی بدل کړو؟",

    // Before my review meeting
    "Before my review meeting": "زما د بیاکتنې غونډې نه مخکې",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "ستا د بیاکتنې غونډه نږدې ده. موږ ته ووایه چې څه فکر کوې، ترڅو غونډه ستا نظر واوري.",
    "The meeting": "غونډه",
    "Do you know what your review meeting is for?":
      "ایا پوهېږې چې ستا د بیاکتنې غونډه د څه لپاره ده؟",
    "It's where the adults who look after you check your plan is right for you.":
      "هلته هغه لوی کسان چې ستا پالنه کوي ګوري چې ستا پلان ستا لپاره سم دی.",
    "Do you know why grown-ups have meetings about you?":
      "ایا پوهېږې چې لوی کسان ولې ستا په اړه غونډې کوي؟",
    "They meet to make sure you are happy and looked after.":
      "دوی سره ګوري ترڅو ډاډه شي چې ته خوشحاله یې او ښه پالنه دې کېږي.",
    "How would you like to take part in the meeting?": "غواړې په غونډه کې څنګه برخه واخلې؟",
    "Be there for all of it": "په ټوله غونډه کې حاضر اوسم",
    "Be there for part of it": "د غونډې په یوه برخه کې حاضر اوسم",
    "Have someone speak for me": "یو څوک زما پر ځای خبرې وکړي",
    "Just send my views on this form": "یوازې خپل نظر په دې فورمه کې ولېږم",
    "Who would you like to speak for you?": "غواړې څوک ستا پر ځای خبرې وکړي؟",
    "An advocate": "یو مدافع",
    "Have you seen your care plan, and did someone explain it to you?":
      "ایا دې خپل د پاملرنې پلان لیدلی، او چا درته تشریح کړی؟",
    "How things are": "شیان څنګه دي",
    "How are things where you live?": "چېرته چې اوسېږې، هلته شیان څنګه دي؟",
    "How do you feel at home?": "په کور کې څنګه احساس کوې؟",
    "How are things at school or college?": "په ښوونځي یا کالج کې شیان څنګه دي؟",
    "Are you happy with how often you see your family and friends?":
      "ایا له دې خوښ یې چې څومره خپله کورنۍ او ملګري وینې؟",
    "Yes, it's about right": "هو، سم دی",
    "I'd like to see them more": "غواړم هغوی ډېر ووینم",
    "I'd like to see them less": "غواړم هغوی لږ ووینم",
    "What I want the meeting to hear": "هغه څه چې غواړم غونډه یې واوري",
    "What is good for you at the moment? Pick the pictures.":
      "اوس مهال ستا لپاره څه ښه دي؟ انځورونه غوره کړه.",
    "You can pick as many as you like.": "هر څومره چې وغواړې غوره کولی شې.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "ایا غونډه باید د دې په اړه خبرې وکړي؟ انځورونه غوره کړه.",
    "Pick the things that make you sad or worried, if there are any.":
      "هغه شیان غوره کړه چې تا خفه یا اندېښمن کوي، که کوم وي.",
    "Seeing my family": "د خپلې کورنۍ لیدل",
    Nothing: "هېڅ",
    "What is going well for you?": "ستا لپاره څه ښه روان دي؟",
    "Is anything worrying you that the meeting should talk about?":
      "ایا څه شی تا اندېښمن کوي چې غونډه باید پرې خبرې وکړي؟",
    "Is there anything you would like to change?": "ایا څه شته چې غواړې بدل یې کړې؟",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "ایا څه شته چې غواړې هغه لوی کس چې له تا سره دی غونډې ته یې ووایي؟",
    "You don't have to. If you want to, the grown-up can write it here.":
      "اړینه نه ده. که وغواړې، لوی کس کولی شي دا دلته ولیکي.",

    // How was your early help?
    "How was your early help?": "ستاسو وختي مرسته څنګه وه؟",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "له موږ سره د کار کولو مننه. ستاسو ځوابونه بې نومه دي او هغه ملاتړ نه بدلوي چې تاسو یې ترلاسه کوئ.",
    "The support": "ملاتړ",
    "Overall, how do you feel about the support your family had?":
      "په ټولیز ډول، د هغه ملاتړ په اړه چې ستاسو کورنۍ ترلاسه کړ، څنګه احساس کوئ؟",
    "Did your worker listen to you and take your views seriously?":
      "ایا ستاسو کارکوونکي ستاسو خبرو ته غوږ نیولی او ستاسو نظر یې جدي نیولی؟",
    "Did your worker explain things in a way that was easy to understand?":
      "ایا ستاسو کارکوونکي شیان داسې تشریح کړل چې پوهېدل یې اسانه وو؟",
    "Did you help decide what went into your family's plan?":
      "ایا تاسو په دې پرېکړه کې برخه درلوده چې ستاسو د کورنۍ په پلان کې څه شامل شي؟",
    "What did the support help with?": "ملاتړ په څه کې مرسته وکړه؟",
    "Routines at home": "په کور کې ورځنی نظم",
    "Children's behaviour": "د ماشومانو چلند",
    "School attendance or learning": "ښوونځي ته تګ یا زده کړه",
    "Money or debt": "پیسې یا پور",
    "Health or wellbeing": "روغتیا یا ښه حال",
    "Family relationships": "کورنۍ اړیکې",
    "What changed": "څه بدل شول",
    "How much difference has the support made to your family?":
      "ملاتړ ستاسو کورنۍ ته څومره توپیر راوست؟",
    "No difference": "هېڅ توپیر نه",
    "A big difference": "لوی توپیر",
    "Compared with when the support started, are things now…": "د ملاتړ د پیل په پرتله، اوس شیان…",
    Better: "ښه دي",
    "About the same": "تقریباً همغسې دي",
    Worse: "بتر دي",
    "Does everyone in your family feel safe at home now?":
      "ایا اوس ستاسو د کورنۍ ټول غړي په کور کې ځان خوندي احساسوي؟",
    "Do you know where to go for help if you need it again?":
      "ایا پوهېږئ چې که بیا اړتیا ولرئ، د مرستې لپاره چېرته لاړ شئ؟",
    "Would you tell another family to ask for early help?":
      "ایا بلې کورنۍ ته به ووایاست چې د وختي مرستې غوښتنه وکړي؟",
    "In your words": "په خپلو خبرو",
    "What worked well for your family?": "ستاسو کورنۍ لپاره څه ښه کار وکړ؟",
    "What could we have done better?": "موږ کوم کار باید ښه کړی وای؟",
    "Young people: what would you like workers to know about getting help as a family?":
      "ځوانانو: غواړئ کارکوونکي د یوې کورنۍ په توګه د مرستې ترلاسه کولو په اړه په څه پوه شي؟",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
