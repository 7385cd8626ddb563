/**
 * Dari words for the six templates, in Persian script (right to left), in the Afghan words a
 * child knows (مکتب, فامیل, پوهنتون), speaking to the child as "تو" and to the family as "شما".
 * Numbers stay in the digits the English has. Not yet reviewed by a native speaker.
 */
export const phrasebook = {
  language: "prs",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "زندگی من",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "ما می‌خواهیم بدانیم زندگی تو چطور است. یک بزرگسال می‌تواند این را با تو بخواند.",
    "Hello! Here are some questions about you.": "سلام! این‌ها چند سوال در باره تو هستند.",
    "There are no right or wrong answers. You can skip any question you like.":
      "هیچ جواب درست یا غلط وجود ندارد. هر سوالی را که بخواهی می‌توانی رد کنی.",
    "My home": "خانه من",
    "How do you feel about where you live?": "در جایی که زندگی می‌کنی چه احساسی داری؟",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "در جایی که زندگی می‌کنی چه احساسی داری؟ خوب نیست، بد نیست، یا خوب است؟",
    "Do you feel safe at home?": "آیا در خانه احساس امنیت می‌کنی؟",
    "Safe means nobody hurts you or scares you.":
      "امن یعنی هیچ کس به تو آسیب نمی‌رساند یا تو را نمی‌ترساند.",
    "Who could you tell if you felt scared?": "اگر بترسی، به چه کسی می‌توانی بگویی؟",
    "The grown-up I live with": "بزرگسالی که با او زندگی می‌کنم",
    "My social worker": "مددکار اجتماعی من",
    "My teacher": "معلم من",
    "Someone else": "کس دیگر",
    "I don't know who to tell": "نمی‌دانم به چه کسی بگویم",
    "How do the grown-ups you live with make you feel?":
      "بزرگسالانی که با آن‌ها زندگی می‌کنی به تو چه احساسی می‌دهند؟",
    "Do you have your own special things at home, like toys or a blanket?":
      "آیا در خانه چیزهای خاص خودت را داری، مثل بازیچه یا کمپل؟",
    "My people": "آدم‌های من",
    "How do you feel about how much you see your family?":
      "در باره اینکه چقدر فامیلت را می‌بینی چه احساسی داری؟",
    "Do you know who your social worker is?": "آیا می‌دانی مددکار اجتماعی تو کیست؟",
    "Do you have friends to play with?": "آیا دوستانی داری که با آن‌ها بازی کنی؟",
    "School and fun": "مکتب و سرگرمی",
    "How do you feel at school?": "در مکتب چه احساسی داری؟",
    "What do you like doing best?": "بیشتر از همه دوست داری چه کار کنی؟",
    "You can pick up to three.": "می‌توانی تا سه تا انتخاب کنی.",
    "Playing outside": "بازی در بیرون",
    Games: "بازی‌ها",
    "Drawing and making things": "رسامی و ساختن چیزها",
    "Stories and books": "قصه‌ها و کتاب‌ها",
    "Sport and running about": "ورزش و دویدن",
    "Music and dancing": "موسیقی و رقص",
    Animals: "حیوانات",
    "My three houses": "سه خانه من",
    "What is good in your life? Pick the pictures.":
      "در زندگی تو چه چیزی خوب است؟ عکس‌ها را انتخاب کن.",
    "This is your house of good things. You can pick as many as you like.":
      "این خانه چیزهای خوب تو است. هر چند تا که بخواهی می‌توانی انتخاب کنی.",
    "The grown-ups I live with": "بزرگسالانی که با آن‌ها زندگی می‌کنم",
    "My family": "فامیل من",
    "My friends": "دوستان من",
    School: "مکتب",
    Playing: "بازی کردن",
    "Animals and pets": "حیوانات و حیوانات خانگی",
    "Does anything make you sad or worried? Pick the pictures.":
      "آیا چیزی تو را غمگین یا نگران می‌کند؟ عکس‌ها را انتخاب کن.",
    "This is your house of worries. You can pick as many as you like.":
      "این خانه نگرانی‌های تو است. هر چند تا که بخواهی می‌توانی انتخاب کنی.",
    Home: "خانه",
    Friends: "دوستان",
    "Going to sleep": "خوابیدن",
    "Feeling poorly": "مریض بودن",
    "Nothing worries me": "هیچ چیز مرا نگران نمی‌کند",
    "If you could have one wish, which would it be?": "اگر یک آرزو داشته باشی، چه خواهد بود؟",
    "This is your house of dreams.": "این خانه آرزوهای تو است.",
    "More time with my family": "وقت بیشتر با فامیلم",
    "More time with friends": "وقت بیشتر با دوستانم",
    "A pet": "یک حیوان خانگی",
    "A day out somewhere": "یک روز گردش به جایی",
    "To stay where I live": "در همین جایی که زندگی می‌کنم بمانم",
    "Something else": "چیز دیگر",
    "Is there anything else you want to tell the grown-up with you?":
      "آیا چیز دیگری هست که بخواهی به بزرگسالی که با تو است بگویی؟",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "لازم نیست. اگر بخواهی، بزرگسال می‌تواند حرف‌های تو را این‌جا بنویسد.",

    // My life in care (8 to 11)
    "My life in care": "زندگی من تحت سرپرستی",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "ما می‌خواهیم بشنویم زندگی تو چطور است، تا بتوانیم زندگی کودکان تحت سرپرستی را بهتر کنیم.",
    "Where I live": "جایی که زندگی می‌کنم",
    "How do you feel about where you live now?": "در جایی که حالا زندگی می‌کنی چه احساسی داری؟",
    "Do you feel safe where you live?": "آیا در جایی که زندگی می‌کنی احساس امنیت می‌کنی؟",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "امن یعنی هیچ کس به تو آسیب نمی‌رساند، تو را نمی‌ترساند یا حالت را بد نمی‌کند.",
    "Who would you talk to if you didn't feel safe?": "اگر احساس امنیت نکنی، با چه کسی حرف می‌زنی؟",
    "You can also phone Childline for free on 0800 1111.":
      "تو همچنین می‌توانی رایگان به Childline به شماره 0800 1111 زنگ بزنی.",
    "My carer": "سرپرست من",
    "A teacher": "یک معلم",
    "Someone in my family": "کسی از فامیلم",
    "How much do you feel you belong where you live?":
      "چقدر احساس می‌کنی به جایی که زندگی می‌کنی تعلق داری؟",
    "Not at all": "اصلاً نه",
    Completely: "کاملاً",
    "Do the adults you live with listen to you?":
      "آیا بزرگسالانی که با آن‌ها زندگی می‌کنی به حرف تو گوش می‌دهند؟",
    "How do you feel about how often you see or talk to your family?":
      "در باره اینکه چقدر فامیلت را می‌بینی یا با آن‌ها حرف می‌زنی چه احساسی داری؟",
    "It's about right": "درست است",
    "I'd like more": "بیشتر می‌خواهم",
    "I'd like less": "کمتر می‌خواهم",
    "I'm not sure": "مطمئن نیستم",
    "Can you talk to your social worker when you need to?":
      "آیا وقتی لازم باشد می‌توانی با مددکار اجتماعی‌ات حرف بزنی؟",
    "Is there an adult you trust and can talk to about anything?":
      "آیا بزرگسالی هست که به او اعتماد داری و می‌توانی در باره هر چیزی با او حرف بزنی؟",
    "How do you feel about school?": "در باره مکتب چه احساسی داری؟",
    "Is there someone at school who helps when things are hard?":
      "آیا در مکتب کسی هست که وقتی کارها سخت است کمکت کند؟",
    "What do you enjoy doing in your free time?": "در وقت آزادت از انجام چه کاری لذت می‌بری؟",
    "Pick as many as you like.": "هر چند تا که بخواهی انتخاب کن.",
    "Sport or clubs": "ورزش یا باشگاه‌ها",
    "Seeing friends": "دیدن دوستان",
    "Art and making things": "هنر و ساختن چیزها",
    "Music or dance": "موسیقی یا رقص",
    Reading: "کتاب خواندن",
    "Being outdoors": "بیرون بودن",
    "Having a say": "نظر دادن",
    "Do you get a say in decisions about your life?":
      "آیا در تصمیم‌هایی که در باره زندگی تو گرفته می‌شود نظرت را می‌پرسند؟",
    "Fill in your three houses.": "سه خانه‌ات را پر کن.",
    "Write in one, two or all three. Short is fine.":
      "در یکی، دو تا یا هر سه بنویس. کوتاه هم خوب است.",
    "If you could change one thing about your life, what would it be?":
      "اگر می‌توانستی یک چیز را در زندگی‌ات تغییر بدهی، آن چه می‌بود؟",

    // My life in care (12 to 17)
    "Your life in care": "زندگی تو تحت سرپرستی",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "صادقانه به ما بگو اوضاع چطور است. گزارش‌ها هیچ وقت نشان نمی‌دهند چه کسی چه گفته، و هر سوالی را می‌توانی رد کنی.",
    "How settled do you feel where you live?":
      "در جایی که زندگی می‌کنی چقدر احساس آرامش و ثبات داری؟",
    "Do you feel safe when you're out in your area?":
      "وقتی در منطقه خودت بیرون هستی، احساس امنیت می‌کنی؟",
    "If you didn't feel safe, who would you tell?": "اگر احساس امنیت نکنی، به چه کسی می‌گویی؟",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline رایگان و محرمانه است: 0800 1111، یا childline.org.uk.",
    "My carer or key worker": "سرپرست من یا کارمند اصلی من",
    "Someone at school or college": "کسی در مکتب یا کالج",
    "A friend": "یک دوست",
    "I wouldn't tell anyone": "به هیچ کس نمی‌گویم",
    "Do the people you live with make you feel cared about?":
      "آیا کسانی که با آن‌ها زندگی می‌کنی به تو احساس می‌دهند که برایشان مهم هستی؟",
    "Do you get enough privacy where you live?": "آیا در جایی که زندگی می‌کنی حریم خصوصی کافی داری؟",
    "Family and support": "فامیل و حمایت",
    "How do you feel about the contact you have with your family?":
      "در باره ارتباطی که با فامیلت داری چه احساسی داری؟",
    "I want more": "بیشتر می‌خواهم",
    "I want less": "کمتر می‌خواهم",
    "It's complicated": "پیچیده است",
    "How many social workers have you had in the last 12 months?":
      "در 12 ماه گذشته چند مددکار اجتماعی داشته‌ای؟",
    One: "یک",
    Two: "دو",
    "Three or more": "سه یا بیشتر",
    "I don't know": "نمی‌دانم",
    "Do you trust your social worker?": "آیا به مددکار اجتماعی‌ات اعتماد داری؟",
    "Do you feel listened to at your review meetings?":
      "آیا در جلسه‌های بازنگری‌ات احساس می‌کنی که به حرفت گوش می‌دهند؟",
    "School and the future": "مکتب و آینده",
    "How are things going at school or college?": "کارها در مکتب یا کالج چطور پیش می‌رود؟",
    "What's on your mind at the moment?": "این روزها به چه چیزی فکر می‌کنی؟",
    "Choose any that fit.": "هر کدام که مناسب است انتخاب کن.",
    "School or college": "مکتب یا کالج",
    Family: "فامیل",
    "Health or feelings": "صحت یا احساسات",
    Money: "پول",
    "My future": "آینده من",
    "Nothing much": "چیز خاصی نیست",
    "How hopeful do you feel about your future?": "چقدر به آینده‌ات امیدوار هستی؟",
    "Not hopeful": "امیدوار نیستم",
    "Very hopeful": "خیلی امیدوارم",
    "What is one thing that would make your life better?": "یک چیزی که زندگی‌ات را بهتر کند چیست؟",
    "Is there anything else you want the people in charge to know?":
      "آیا چیز دیگری هست که بخواهی مسئولان بدانند؟",

    // Leaving care
    "Leaving care: how's it going?": "ترک سرپرستی: اوضاع چطور است؟",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "تو بهتر از هر کسی می‌دانی که ترک سرپرستی چطور است. جواب‌های تو حمایتی را که ما ارائه می‌دهیم شکل می‌دهد.",
    "Where are you living at the moment?": "حالا کجا زندگی می‌کنی؟",
    "My own flat or house": "آپارتمان یا خانه خودم",
    "With my former foster carers": "با خانواده پرورشی قبلی‌ام",
    "Supported accommodation": "خانه با حمایت",
    "With family or friends": "با فامیل یا دوستان",
    "Student housing": "لیلیه",
    "I don't have a settled place": "جای ثابتی ندارم",
    "Somewhere else": "جای دیگر",
    "How settled do you feel in your home?": "در خانه‌ات چقدر احساس آرامش و ثبات داری؟",
    Support: "حمایت",
    "How easy is it to get hold of your personal adviser?":
      "تماس گرفتن با مشاور شخصی‌ات چقدر آسان است؟",
    Easy: "آسان",
    "Sometimes easy, sometimes not": "گاهی آسان، گاهی نه",
    Hard: "سخت",
    "I don't know who my adviser is": "نمی‌دانم مشاورم کیست",
    "Did you help write your pathway plan?": "آیا در نوشتن پلان راه آینده‌ات کمک کردی؟",
    "Do you know what our local offer for care leavers gives you?":
      "آیا می‌دانی پیشنهاد محلی ما برای جوانانی که سرپرستی را ترک می‌کنند به تو چه می‌دهد؟",
    "The local offer lists the help, money and services you're entitled to.":
      "پیشنهاد محلی کمک‌ها، پول و خدماتی را که حق توست فهرست می‌کند.",
    "How connected do you feel to people who care about you?":
      "چقدر با کسانی که به تو اهمیت می‌دهند احساس نزدیکی می‌کنی؟",
    "Not connected": "نزدیک نیستم",
    "Very connected": "خیلی نزدیک",
    "Right now": "همین حالا",
    "How are you managing with money?": "با پول چطور کنار می‌آیی؟",
    "What are you doing at the moment?": "حالا چه کار می‌کنی؟",
    "Choose all that apply.": "هر کدام که درست است انتخاب کن.",
    "College or sixth form": "کالج یا صنف‌های بالای مکتب",
    University: "پوهنتون",
    Working: "کار می‌کنم",
    "An apprenticeship or training": "کارآموزی یا آموزش",
    "Looking for work or a course": "دنبال کار یا کورس هستم",
    "Looking after a child or someone else": "از یک طفل یا کس دیگری مراقبت می‌کنم",
    "None of these right now": "حالا هیچ کدام",
    "What would help you most right now?": "همین حالا چه چیزی بیشتر از همه کمکت می‌کند؟",
    "Choose up to three.": "تا سه تا انتخاب کن.",
    "Money and budgeting": "پول و بودجه",
    Housing: "مسکن",
    "Work, college or training": "کار، کالج یا آموزش",
    "Health and wellbeing": "صحت و آرامش",
    "Someone to talk to": "کسی برای حرف زدن",
    "Cooking, bills and forms": "آشپزی، بل‌ها و فورم‌ها",
    "What one thing should we change for young people leaving care?":
      "برای جوانانی که سرپرستی را ترک می‌کنند، کدام یک چیز را باید تغییر بدهیم؟",

    // Before my review meeting
    "Before my review meeting": "پیش از جلسه بازنگری من",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "جلسه بازنگری تو نزدیک است. به ما بگو چه فکر می‌کنی، تا در جلسه نظر تو شنیده شود.",
    "The meeting": "جلسه",
    "Do you know what your review meeting is for?": "آیا می‌دانی جلسه بازنگری تو برای چیست؟",
    "It's where the adults who look after you check your plan is right for you.":
      "آن‌جا بزرگسالانی که از تو مراقبت می‌کنند بررسی می‌کنند که آیا پلان تو برایت درست است.",
    "Do you know why grown-ups have meetings about you?":
      "آیا می‌دانی چرا بزرگسالان در باره تو جلسه می‌گیرند؟",
    "They meet to make sure you are happy and looked after.":
      "آن‌ها جمع می‌شوند تا مطمئن شوند که تو خوشحال هستی و از تو خوب مراقبت می‌شود.",
    "How would you like to take part in the meeting?": "دوست داری چطور در جلسه شرکت کنی؟",
    "Be there for all of it": "در تمام جلسه باشم",
    "Be there for part of it": "در قسمتی از جلسه باشم",
    "Have someone speak for me": "کسی به جای من حرف بزند",
    "Just send my views on this form": "فقط نظرم را با همین فورم بفرستم",
    "Who would you like to speak for you?": "دوست داری چه کسی به جای تو حرف بزند؟",
    "An advocate": "یک مدافع",
    "Have you seen your care plan, and did someone explain it to you?":
      "آیا پلان مراقبت خود را دیده‌ای، و آیا کسی آن را برایت توضیح داده است؟",
    "How things are": "اوضاع چطور است",
    "How are things where you live?": "در جایی که زندگی می‌کنی اوضاع چطور است؟",
    "How do you feel at home?": "در خانه چه احساسی داری؟",
    "How are things at school or college?": "در مکتب یا کالج اوضاع چطور است؟",
    "Are you happy with how often you see your family and friends?":
      "آیا از اینکه چقدر فامیل و دوستانت را می‌بینی راضی هستی؟",
    "Yes, it's about right": "بلی، درست است",
    "I'd like to see them more": "دوست دارم آن‌ها را بیشتر ببینم",
    "I'd like to see them less": "دوست دارم آن‌ها را کمتر ببینم",
    "What I want the meeting to hear": "چیزی که می‌خواهم جلسه بشنود",
    "What is good for you at the moment? Pick the pictures.":
      "همین حالا چه چیزی برایت خوب است؟ عکس‌ها را انتخاب کن.",
    "You can pick as many as you like.": "هر چند تا که بخواهی می‌توانی انتخاب کنی.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "آیا جلسه باید در باره یکی از این‌ها صحبت کند؟ عکس‌ها را انتخاب کن.",
    "Pick the things that make you sad or worried, if there are any.":
      "چیزهایی را که تو را غمگین یا نگران می‌کنند، اگر هستند، انتخاب کن.",
    "Seeing my family": "دیدن فامیلم",
    Nothing: "هیچ چیز",
    "What is going well for you?": "چه چیزهایی برایت خوب پیش می‌رود؟",
    "Is anything worrying you that the meeting should talk about?":
      "آیا چیزی نگرانت می‌کند که جلسه باید در باره آن صحبت کند؟",
    "Is there anything you would like to change?": "آیا چیزی هست که بخواهی تغییر کند؟",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "آیا چیزی هست که بخواهی بزرگسالی که با تو است به جلسه بگوید؟",
    "You don't have to. If you want to, the grown-up can write it here.":
      "لازم نیست. اگر بخواهی، بزرگسال می‌تواند آن را این‌جا بنویسد.",

    // How was your early help?
    "How was your early help?": "کمک زودهنگام شما چطور بود؟",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "از اینکه با ما کار کردید تشکر. جواب‌های شما بی‌نام است و هیچ حمایتی را که می‌گیرید تغییر نمی‌دهد.",
    "The support": "حمایت",
    "Overall, how do you feel about the support your family had?":
      "روی هم رفته، در باره حمایتی که فامیل شما گرفت چه احساسی دارید؟",
    "Did your worker listen to you and take your views seriously?":
      "آیا کارمند شما به حرف‌تان گوش داد و نظر شما را جدی گرفت؟",
    "Did your worker explain things in a way that was easy to understand?":
      "آیا کارمند شما چیزها را طوری توضیح داد که فهمیدنش آسان بود؟",
    "Did you help decide what went into your family's plan?":
      "آیا شما در تصمیم‌گیری در باره اینکه چه چیزی در پلان فامیل‌تان باشد کمک کردید؟",
    "What did the support help with?": "حمایت در چه چیزهایی کمک کرد؟",
    "Routines at home": "نظم روزانه در خانه",
    "Children's behaviour": "رفتار اطفال",
    "School attendance or learning": "حاضری در مکتب یا درس خواندن",
    "Money or debt": "پول یا قرض",
    "Health or wellbeing": "صحت یا آرامش",
    "Family relationships": "روابط فامیلی",
    "What changed": "چه چیزی تغییر کرد",
    "How much difference has the support made to your family?":
      "حمایت چقدر برای فامیل شما فرق ایجاد کرد؟",
    "No difference": "هیچ فرقی نکرد",
    "A big difference": "فرق زیادی کرد",
    "Compared with when the support started, are things now…":
      "در مقایسه با زمانی که حمایت شروع شد، حالا اوضاع…",
    Better: "بهتر است",
    "About the same": "تقریباً همان‌طور است",
    Worse: "بدتر است",
    "Does everyone in your family feel safe at home now?":
      "آیا حالا همه اعضای فامیل شما در خانه احساس امنیت می‌کنند؟",
    "Do you know where to go for help if you need it again?":
      "آیا می‌دانید اگر دوباره به کمک نیاز داشتید کجا بروید؟",
    "Would you tell another family to ask for early help?":
      "آیا به فامیل دیگری می‌گویید که برای کمک زودهنگام درخواست کند؟",
    "In your words": "با حرف‌های خودتان",
    "What worked well for your family?": "چه چیزی برای فامیل شما خوب کار کرد؟",
    "What could we have done better?": "چه کاری را می‌توانستیم بهتر انجام بدهیم؟",
    "Young people: what would you like workers to know about getting help as a family?":
      "جوانان: دوست دارید کارمندان در باره کمک گرفتن به عنوان یک فامیل چه بدانند؟",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
