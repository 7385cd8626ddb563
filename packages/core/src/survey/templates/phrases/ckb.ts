/**
 * Kurdish Sorani words for the six templates, in Sorani Arabic script (right to left), speaking
 * to the child as "تۆ" and to the family as "ئێوە". Numbers stay in the digits the English has.
 * Not yet reviewed by a native speaker.
 */
export const phrasebook = {
  language: "ckb",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "ژیانی من",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "دەمانەوێت بزانین ژیان بۆ تۆ چۆنە. کەسێکی گەورە دەتوانێت ئەمە لەگەڵت بخوێنێتەوە.",
    "Hello! Here are some questions about you.": "سڵاو! ئەمانە چەند پرسیارێکن دەربارەی تۆ.",
    "There are no right or wrong answers. You can skip any question you like.":
      "هیچ وەڵامێکی ڕاست یان هەڵە نییە. دەتوانیت هەر پرسیارێک کە بتەوێت بیپەڕێنیت.",
    "My home": "ماڵەکەم",
    "How do you feel about where you live?": "ئەو شوێنەی تێیدا دەژیت چ هەستێکت پێ دەدات؟",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "ئەو شوێنەی تێیدا دەژیت چ هەستێکت پێ دەدات؟ باش نییە، خراپ نییە، یان باشە؟",
    "Do you feel safe at home?": "لە ماڵەوە هەست بە سەلامەتی دەکەیت؟",
    "Safe means nobody hurts you or scares you.":
      "سەلامەتی واتە هیچ کەس ئازارت نادات و ناتترسێنێت.",
    "Who could you tell if you felt scared?": "ئەگەر ترسایت، دەتوانیت بە کێ بڵێیت؟",
    "The grown-up I live with": "ئەو کەسە گەورەیەی لەگەڵی دەژیم",
    "My social worker": "کارمەندە کۆمەڵایەتییەکەم",
    "My teacher": "مامۆستاکەم",
    "Someone else": "کەسێکی تر",
    "I don't know who to tell": "نازانم بە کێ بڵێم",
    "How do the grown-ups you live with make you feel?":
      "ئەو گەورانەی لەگەڵیان دەژیت چ هەستێکت پێ دەدەن؟",
    "Do you have your own special things at home, like toys or a blanket?":
      "لە ماڵەوە شتی تایبەتی خۆتت هەیە، وەک یاری یان بەتانی؟",
    "My people": "کەسەکانم",
    "How do you feel about how much you see your family?":
      "دەربارەی ئەوەی چەند خێزانەکەت دەبینیت، چ هەستێکت هەیە؟",
    "Do you know who your social worker is?": "دەزانیت کارمەندە کۆمەڵایەتییەکەت کێیە؟",
    "Do you have friends to play with?": "هاوڕێت هەیە یارییان لەگەڵ بکەیت؟",
    "School and fun": "قوتابخانە و خۆشی",
    "How do you feel at school?": "لە قوتابخانە چ هەستێکت هەیە؟",
    "What do you like doing best?": "زیاتر لە هەموو شتێک حەز دەکەیت چی بکەیت؟",
    "You can pick up to three.": "دەتوانیت تا سێ دانە هەڵبژێریت.",
    "Playing outside": "یاری کردن لە دەرەوە",
    Games: "یارییەکان",
    "Drawing and making things": "وێنەکێشان و دروستکردنی شت",
    "Stories and books": "چیرۆک و کتێب",
    "Sport and running about": "وەرزش و ڕاکردن",
    "Music and dancing": "مۆسیقا و سەما",
    Animals: "ئاژەڵەکان",
    "My three houses": "سێ ماڵەکەم",
    "What is good in your life? Pick the pictures.": "چی لە ژیانتدا باشە؟ وێنەکان هەڵبژێرە.",
    "This is your house of good things. You can pick as many as you like.":
      "ئەمە ماڵی شتە باشەکانی تۆیە. دەتوانیت هەر چەندێک بتەوێت هەڵبژێریت.",
    "The grown-ups I live with": "ئەو گەورانەی لەگەڵیان دەژیم",
    "My family": "خێزانەکەم",
    "My friends": "هاوڕێکانم",
    School: "قوتابخانە",
    Playing: "یاری کردن",
    "Animals and pets": "ئاژەڵ و ئاژەڵی ماڵی",
    "Does anything make you sad or worried? Pick the pictures.":
      "هیچ شتێک خەمبار یان نیگەرانت دەکات؟ وێنەکان هەڵبژێرە.",
    "This is your house of worries. You can pick as many as you like.":
      "ئەمە ماڵی نیگەرانییەکانی تۆیە. دەتوانیت هەر چەندێک بتەوێت هەڵبژێریت.",
    Home: "ماڵ",
    Friends: "هاوڕێیان",
    "Going to sleep": "خەوتن",
    "Feeling poorly": "هەستکردن بە نەخۆشی",
    "Nothing worries me": "هیچ شتێک نیگەرانم ناکات",
    "If you could have one wish, which would it be?": "ئەگەر یەک ئاواتت هەبێت، چی دەبێت؟",
    "This is your house of dreams.": "ئەمە ماڵی خەونەکانی تۆیە.",
    "More time with my family": "کاتی زیاتر لەگەڵ خێزانەکەم",
    "More time with friends": "کاتی زیاتر لەگەڵ هاوڕێکانم",
    "A pet": "ئاژەڵێکی ماڵی",
    "A day out somewhere": "ڕۆژێک گەشت بۆ شوێنێک",
    "To stay where I live": "لەو شوێنەی تێیدا دەژیم بمێنمەوە",
    "Something else": "شتێکی تر",
    "Is there anything else you want to tell the grown-up with you?":
      "شتێکی ترت هەیە بتەوێت بە ئەو کەسە گەورەیەی لەگەڵتە بڵێیت؟",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "پێویست ناکات. ئەگەر بتەوێت، کەسە گەورەکە دەتوانێت قسەکانت لێرە بۆت بنووسێت.",

    // My life in care (8 to 11)
    "My life in care": "ژیانم لە ژێر چاودێریدا",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "دەمانەوێت بزانین ژیانت چۆنە، بۆ ئەوەی بتوانین شتەکان بۆ منداڵانی ژێر چاودێری باشتر بکەین.",
    "Where I live": "ئەو شوێنەی تێیدا دەژیم",
    "How do you feel about where you live now?": "ئەو شوێنەی ئێستا تێیدا دەژیت چ هەستێکت پێ دەدات؟",
    "Do you feel safe where you live?": "لەو شوێنەی تێیدا دەژیت هەست بە سەلامەتی دەکەیت؟",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "سەلامەتی واتە هیچ کەس ئازارت نادات، ناتترسێنێت و هەستی خراپت پێ نادات.",
    "Who would you talk to if you didn't feel safe?":
      "ئەگەر هەستت بە سەلامەتی نەکرد، لەگەڵ کێ قسە دەکەیت؟",
    "You can also phone Childline for free on 0800 1111.":
      "هەروەها دەتوانیت بە خۆڕایی پەیوەندی بە Childline بکەیت لە 0800 1111.",
    "My carer": "چاودێرەکەم",
    "A teacher": "مامۆستایەک",
    "Someone in my family": "کەسێک لە خێزانەکەم",
    "How much do you feel you belong where you live?":
      "تا چەند هەست دەکەیت سەر بەو شوێنەیت کە تێیدا دەژیت؟",
    "Not at all": "بە هیچ شێوەیەک",
    Completely: "بە تەواوی",
    "Do the adults you live with listen to you?": "ئەو گەورانەی لەگەڵیان دەژیت گوێت لێ دەگرن؟",
    "How do you feel about how often you see or talk to your family?":
      "دەربارەی ئەوەی چەند خێزانەکەت دەبینیت یان قسەیان لەگەڵ دەکەیت، چ هەستێکت هەیە؟",
    "It's about right": "ڕێک باشە",
    "I'd like more": "زیاترم دەوێت",
    "I'd like less": "کەمترم دەوێت",
    "I'm not sure": "دڵنیا نیم",
    "Can you talk to your social worker when you need to?":
      "کاتێک پێویستت بوو، دەتوانیت لەگەڵ کارمەندە کۆمەڵایەتییەکەت قسە بکەیت؟",
    "Is there an adult you trust and can talk to about anything?":
      "کەسێکی گەورە هەیە کە متمانەی پێ بکەیت و دەربارەی هەر شتێک قسەی لەگەڵ بکەیت؟",
    "How do you feel about school?": "دەربارەی قوتابخانە چ هەستێکت هەیە؟",
    "Is there someone at school who helps when things are hard?":
      "کەسێک لە قوتابخانە هەیە کاتێک شتەکان قورسن یارمەتیت بدات؟",
    "What do you enjoy doing in your free time?": "لە کاتی بەتاڵیدا حەز دەکەیت چی بکەیت؟",
    "Pick as many as you like.": "هەر چەندێک بتەوێت هەڵبژێرە.",
    "Sport or clubs": "وەرزش یان یانە",
    "Seeing friends": "بینینی هاوڕێیان",
    "Art and making things": "هونەر و دروستکردنی شت",
    "Music or dance": "مۆسیقا یان سەما",
    Reading: "خوێندنەوە",
    "Being outdoors": "بوون لە دەرەوە",
    "Having a say": "دەربڕینی ڕا",
    "Do you get a say in decisions about your life?":
      "لە بڕیارەکانی دەربارەی ژیانت ڕای تۆ وەردەگیرێت؟",
    "Fill in your three houses.": "سێ ماڵەکەت پڕ بکەرەوە.",
    "Write in one, two or all three. Short is fine.":
      "لە یەک، دوو یان هەر سێکیاندا بنووسە. کورتیش باشە.",
    "If you could change one thing about your life, what would it be?":
      "ئەگەر بتوانیت یەک شت لە ژیانتدا بگۆڕیت، چی دەبێت؟",

    // My life in care (12 to 17)
    "Your life in care": "ژیانت لە ژێر چاودێریدا",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "بە ڕاستگۆیی پێمان بڵێ شتەکان چۆنن. ڕاپۆرتەکان هەرگیز پیشان نادەن کێ چی وتووە، و دەتوانیت هەر شتێک بپەڕێنیت.",
    "How settled do you feel where you live?":
      "لەو شوێنەی تێیدا دەژیت تا چەند هەست بە جێگیری دەکەیت؟",
    "Do you feel safe when you're out in your area?":
      "کاتێک لە ناوچەکەی خۆت لە دەرەوەیت، هەست بە سەلامەتی دەکەیت؟",
    "If you didn't feel safe, who would you tell?": "ئەگەر هەستت بە سەلامەتی نەکرد، بە کێ دەڵێیت؟",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline بە خۆڕاییە و نهێنی دەپارێزێت: 0800 1111، یان childline.org.uk.",
    "My carer or key worker": "چاودێرەکەم یان کارمەندە سەرەکییەکەم",
    "Someone at school or college": "کەسێک لە قوتابخانە یان کۆلێژ",
    "A friend": "هاوڕێیەک",
    "I wouldn't tell anyone": "بە هیچ کەس نالێم",
    "Do the people you live with make you feel cared about?":
      "ئەو کەسانەی لەگەڵیان دەژیت هەستت پێ دەدەن کە گرنگیت پێ دەدەن؟",
    "Do you get enough privacy where you live?": "لەو شوێنەی تێیدا دەژیت تایبەتمەندی پێویستت هەیە؟",
    "Family and support": "خێزان و پشتگیری",
    "How do you feel about the contact you have with your family?":
      "دەربارەی پەیوەندییەکەت لەگەڵ خێزانەکەت چ هەستێکت هەیە؟",
    "I want more": "زیاترم دەوێت",
    "I want less": "کەمترم دەوێت",
    "It's complicated": "ئاڵۆزە",
    "How many social workers have you had in the last 12 months?":
      "لە 12 مانگی ڕابردوودا چەند کارمەندی کۆمەڵایەتیت هەبووە؟",
    One: "یەک",
    Two: "دوو",
    "Three or more": "سێ یان زیاتر",
    "I don't know": "نازانم",
    "Do you trust your social worker?": "متمانەت بە کارمەندە کۆمەڵایەتییەکەت هەیە؟",
    "Do you feel listened to at your review meetings?":
      "لە کۆبوونەوەکانی پێداچوونەوەدا هەست دەکەیت گوێت لێ دەگیرێت؟",
    "School and the future": "قوتابخانە و داهاتوو",
    "How are things going at school or college?": "شتەکان لە قوتابخانە یان کۆلێژ چۆن دەڕۆن؟",
    "What's on your mind at the moment?": "ئێستا بیر لە چی دەکەیتەوە؟",
    "Choose any that fit.": "ئەوانەی گونجاون هەڵبژێرە.",
    "School or college": "قوتابخانە یان کۆلێژ",
    Family: "خێزان",
    "Health or feelings": "تەندروستی یان هەستەکان",
    Money: "پارە",
    "My future": "داهاتووم",
    "Nothing much": "هیچ شتێکی تایبەت",
    "How hopeful do you feel about your future?": "تا چەند هیوات بە داهاتووت هەیە؟",
    "Not hopeful": "هیوام نییە",
    "Very hopeful": "هیوایەکی زۆرم هەیە",
    "What is one thing that would make your life better?": "یەک شت چییە کە ژیانت باشتر بکات؟",
    "Is there anything else you want the people in charge to know?":
      "شتێکی ترت هەیە بتەوێت بەرپرسەکان بیزانن؟",

    // Leaving care
    "Leaving care: how's it going?": "جێهێشتنی چاودێری: چۆن دەڕوات؟",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "تۆ لە هەموو کەس باشتر دەزانیت جێهێشتنی چاودێری چۆنە. وەڵامەکانت ئەو پشتگیرییە دادەڕێژن کە پێشکەشی دەکەین.",
    "Where are you living at the moment?": "ئێستا لە کوێ دەژیت؟",
    "My own flat or house": "شوقە یان خانووی خۆم",
    "With my former foster carers": "لەگەڵ خێزانە بەخێوکەرە پێشووەکانم",
    "Supported accommodation": "شوێنی نیشتەجێبوونی پشتگیریکراو",
    "With family or friends": "لەگەڵ خێزان یان هاوڕێیان",
    "Student housing": "بەشی ناوخۆیی قوتابیان",
    "I don't have a settled place": "شوێنێکی جێگیرم نییە",
    "Somewhere else": "شوێنێکی تر",
    "How settled do you feel in your home?": "لە ماڵەکەتدا تا چەند هەست بە جێگیری دەکەیت؟",
    Support: "پشتگیری",
    "How easy is it to get hold of your personal adviser?":
      "گەیشتن بە ڕاوێژکارە تایبەتەکەت تا چەند ئاسانە؟",
    Easy: "ئاسان",
    "Sometimes easy, sometimes not": "هەندێک جار ئاسان، هەندێک جار نا",
    Hard: "قورس",
    "I don't know who my adviser is": "نازانم ڕاوێژکارەکەم کێیە",
    "Did you help write your pathway plan?": "یارمەتیت دا لە نووسینی پلانی ڕێگاکەت؟",
    "Do you know what our local offer for care leavers gives you?":
      "دەزانیت پێشکەشکراوی ناوچەیی ئێمە بۆ گەنجانی دەرچوو لە چاودێری چیت پێ دەدات؟",
    "The local offer lists the help, money and services you're entitled to.":
      "پێشکەشکراوی ناوچەیی ئەو یارمەتی، پارە و خزمەتگوزارییانە ڕیز دەکات کە مافی خۆتن.",
    "How connected do you feel to people who care about you?":
      "تا چەند هەست بە نزیکی دەکەیت لەو کەسانەی گرنگیت پێ دەدەن؟",
    "Not connected": "نزیک نیم",
    "Very connected": "زۆر نزیکم",
    "Right now": "ئێستا",
    "How are you managing with money?": "لەگەڵ پارەدا چۆن بەڕێوە دەچیت؟",
    "What are you doing at the moment?": "ئێستا چی دەکەیت؟",
    "Choose all that apply.": "هەموو ئەوانەی ڕاستن هەڵبژێرە.",
    "College or sixth form": "کۆلێژ یان قۆناغی ئامادەیی",
    University: "زانکۆ",
    Working: "کار دەکەم",
    "An apprenticeship or training": "فێربوونی پیشە یان ڕاهێنان",
    "Looking for work or a course": "بەدوای کار یان خولێکدا دەگەڕێم",
    "Looking after a child or someone else": "ئاگام لە منداڵێک یان کەسێکی ترە",
    "None of these right now": "ئێستا هیچیان",
    "What would help you most right now?": "ئێستا چی زیاتر لە هەموو شتێک یارمەتیت دەدات؟",
    "Choose up to three.": "تا سێ دانە هەڵبژێرە.",
    "Money and budgeting": "پارە و بودجە",
    Housing: "نیشتەجێبوون",
    "Work, college or training": "کار، کۆلێژ یان ڕاهێنان",
    "Health and wellbeing": "تەندروستی و خۆشگوزەرانی",
    "Someone to talk to": "کەسێک قسەی لەگەڵ بکەم",
    "Cooking, bills and forms": "چێشت لێنان، پسوڵە و فۆرمەکان",
    "What one thing should we change for young people leaving care?":
      "چ یەک شتێک بگۆڕین بۆ گەنجانی دەرچوو لە چاودێری؟",

    // Before my review meeting
    "Before my review meeting": "پێش کۆبوونەوەی پێداچوونەوەکەم",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "کۆبوونەوەی پێداچوونەوەکەت نزیکە. پێمان بڵێ چی بیر دەکەیتەوە، بۆ ئەوەی کۆبوونەوەکە گوێ لە بۆچوونەکانت بگرێت.",
    "The meeting": "کۆبوونەوەکە",
    "Do you know what your review meeting is for?": "دەزانیت کۆبوونەوەی پێداچوونەوەکەت بۆ چییە؟",
    "It's where the adults who look after you check your plan is right for you.":
      "لەوێ ئەو گەورانەی ئاگایان لێتە دڵنیا دەبنەوە کە پلانەکەت بۆ تۆ گونجاوە.",
    "Do you know why grown-ups have meetings about you?":
      "دەزانیت بۆچی گەورەکان دەربارەی تۆ کۆبوونەوە دەکەن؟",
    "They meet to make sure you are happy and looked after.":
      "کۆ دەبنەوە بۆ ئەوەی دڵنیا بن کە تۆ دڵخۆشیت و باش ئاگات لێ دەکرێت.",
    "How would you like to take part in the meeting?": "دەتەوێت چۆن بەشداری کۆبوونەوەکە بکەیت؟",
    "Be there for all of it": "لە هەموویدا ئامادە بم",
    "Be there for part of it": "لە بەشێکیدا ئامادە بم",
    "Have someone speak for me": "کەسێک لە جیاتی من قسە بکات",
    "Just send my views on this form": "تەنها بۆچوونەکانم لەم فۆرمەدا بنێرم",
    "Who would you like to speak for you?": "دەتەوێت کێ لە جیاتی تۆ قسە بکات؟",
    "An advocate": "پارێزەرێک",
    "Have you seen your care plan, and did someone explain it to you?":
      "پلانی چاودێرییەکەت بینیوە، و کەسێک بۆی ڕوون کردوویتەوە؟",
    "How things are": "شتەکان چۆنن",
    "How are things where you live?": "لەو شوێنەی تێیدا دەژیت شتەکان چۆنن؟",
    "How do you feel at home?": "لە ماڵەوە چ هەستێکت هەیە؟",
    "How are things at school or college?": "لە قوتابخانە یان کۆلێژ شتەکان چۆنن؟",
    "Are you happy with how often you see your family and friends?":
      "ڕازیت بەوەی چەند خێزان و هاوڕێکانت دەبینیت؟",
    "Yes, it's about right": "بەڵێ، ڕێک باشە",
    "I'd like to see them more": "دەمەوێت زیاتر بیانبینم",
    "I'd like to see them less": "دەمەوێت کەمتر بیانبینم",
    "What I want the meeting to hear": "ئەوەی دەمەوێت کۆبوونەوەکە بیبیستێت",
    "What is good for you at the moment? Pick the pictures.":
      "ئێستا چی بۆ تۆ باشە؟ وێنەکان هەڵبژێرە.",
    "You can pick as many as you like.": "دەتوانیت هەر چەندێک بتەوێت هەڵبژێریت.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "ئایا کۆبوونەوەکە دەبێت دەربارەی هیچ کام لەمانە قسە بکات؟ وێنەکان هەڵبژێرە.",
    "Pick the things that make you sad or worried, if there are any.":
      "ئەو شتانەی خەمبار یان نیگەرانت دەکەن هەڵبژێرە، ئەگەر هەن.",
    "Seeing my family": "بینینی خێزانەکەم",
    Nothing: "هیچ",
    "What is going well for you?": "چی بۆ تۆ باش دەڕوات؟",
    "Is anything worrying you that the meeting should talk about?":
      "شتێک نیگەرانت دەکات کە کۆبوونەوەکە دەبێت قسەی لەسەر بکات؟",
    "Is there anything you would like to change?": "شتێک هەیە بتەوێت بگۆڕێت؟",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "شتێک هەیە بتەوێت ئەو کەسە گەورەیەی لەگەڵتە بە کۆبوونەوەکەی بڵێت؟",
    "You don't have to. If you want to, the grown-up can write it here.":
      "پێویست ناکات. ئەگەر بتەوێت، کەسە گەورەکە دەتوانێت لێرە بینووسێت.",

    // How was your early help?
    "How was your early help?": "یارمەتیی زووی ئێوە چۆن بوو؟",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "سوپاس بۆ کارکردنتان لەگەڵمان. وەڵامەکانتان بێ ناون و هیچ پشتگیرییەک کە وەریدەگرن ناگۆڕن.",
    "The support": "پشتگیرییەکە",
    "Overall, how do you feel about the support your family had?":
      "بە گشتی، دەربارەی ئەو پشتگیرییەی خێزانەکەتان وەریگرت چ هەستێکتان هەیە؟",
    "Did your worker listen to you and take your views seriously?":
      "کارمەندەکەتان گوێی لێ گرتن و بۆچوونەکانتانی بە جددی وەرگرت؟",
    "Did your worker explain things in a way that was easy to understand?":
      "کارمەندەکەتان شتەکانی بە شێوەیەک ڕوون کردەوە کە تێگەیشتنی ئاسان بێت؟",
    "Did you help decide what went into your family's plan?":
      "یارمەتیتان دا لە بڕیاردان لەسەر ئەوەی چی بچێتە ناو پلانی خێزانەکەتانەوە؟",
    "What did the support help with?": "پشتگیرییەکە یارمەتی لە چیدا دا؟",
    "Routines at home": "ڕێکخستنی ڕۆژانە لە ماڵەوە",
    "Children's behaviour": "ڕەفتاری منداڵان",
    "School attendance or learning": "ئامادەبوون لە قوتابخانە یان فێربوون",
    "Money or debt": "پارە یان قەرز",
    "Health or wellbeing": "تەندروستی یان خۆشگوزەرانی",
    "Family relationships": "پەیوەندییە خێزانییەکان",
    "What changed": "چی گۆڕا",
    "How much difference has the support made to your family?":
      "پشتگیرییەکە تا چەند جیاوازی بۆ خێزانەکەتان دروست کرد؟",
    "No difference": "هیچ جیاوازییەک",
    "A big difference": "جیاوازییەکی گەورە",
    "Compared with when the support started, are things now…":
      "بە بەراورد لەگەڵ کاتی دەستپێکردنی پشتگیرییەکە، ئێستا شتەکان…",
    Better: "باشترن",
    "About the same": "نزیکەی وەک خۆیانن",
    Worse: "خراپترن",
    "Does everyone in your family feel safe at home now?":
      "ئێستا هەموو ئەندامانی خێزانەکەتان لە ماڵەوە هەست بە سەلامەتی دەکەن؟",
    "Do you know where to go for help if you need it again?":
      "دەزانن ئەگەر دووبارە پێویستتان بوو، بۆ یارمەتی بۆ کوێ بچن؟",
    "Would you tell another family to ask for early help?":
      "بە خێزانێکی تر دەڵێن داوای یارمەتیی زوو بکات؟",
    "In your words": "بە قسەی خۆتان",
    "What worked well for your family?": "چی بۆ خێزانەکەتان باش بوو؟",
    "What could we have done better?": "چیمان دەتوانی باشتر بکردایە؟",
    "Young people: what would you like workers to know about getting help as a family?":
      "گەنجان: دەتانەوێت کارمەندان چی بزانن دەربارەی وەرگرتنی یارمەتی وەک خێزانێک؟",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
