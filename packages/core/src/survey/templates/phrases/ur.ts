/** Urdu words for the six templates, written by Chorus; no fluent speaker has checked them yet. */
export const phrasebook = {
  language: "ur",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "میری زندگی",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "ہم جاننا چاہتے ہیں کہ تمہارا حال کیسا ہے۔ کوئی بڑا تمہارے ساتھ یہ پڑھ سکتا ہے۔",
    "My home": "میرا گھر",
    "My people": "میرے اپنے لوگ",
    "School and fun": "اسکول اور کھیل",
    "My three houses": "میرے تین گھر",
    "Hello! Here are some questions about you.": "السلام علیکم! یہ تمہارے بارے میں کچھ سوال ہیں۔",
    "There are no right or wrong answers. You can skip any question you like.":
      "کوئی جواب صحیح یا غلط نہیں۔ تم جو سوال چاہو چھوڑ سکتے ہو۔",
    "How do you feel about where you live?": "جہاں تم رہتے ہو، وہاں تمہیں کیسا لگتا ہے؟",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "جہاں تم رہتے ہو، وہاں تمہیں کیسا لگتا ہے؟ اچھا نہیں، ٹھیک ہے، یا اچھا؟",
    "Do you feel safe at home?": "کیا تم گھر میں محفوظ محسوس کرتے ہو؟",
    "Safe means nobody hurts you or scares you.":
      "محفوظ کا مطلب ہے کہ کوئی تمہیں تکلیف نہیں دیتا اور نہ ڈراتا ہے۔",
    "Who could you tell if you felt scared?": "اگر تمہیں ڈر لگے تو تم کس کو بتا سکتے ہو؟",
    "The grown-up I live with": "وہ بڑا جس کے ساتھ میں رہتا ہوں",
    "My social worker": "میرا سوشل ورکر",
    "My teacher": "میرا استاد",
    "Someone else": "کوئی اور",
    "I don't know who to tell": "مجھے نہیں پتا کس کو بتاؤں",
    "How do the grown-ups you live with make you feel?":
      "جن بڑوں کے ساتھ تم رہتے ہو، ان کے ساتھ تمہیں کیسا لگتا ہے؟",
    "Do you have your own special things at home, like toys or a blanket?":
      "کیا گھر میں تمہاری اپنی خاص چیزیں ہیں، جیسے کھلونے یا کمبل؟",
    "How do you feel about how much you see your family?":
      "تم اپنے گھر والوں سے جتنا ملتے ہو، اس کے بارے میں تمہیں کیسا لگتا ہے؟",
    "Do you know who your social worker is?": "کیا تمہیں پتا ہے کہ تمہارا سوشل ورکر کون ہے؟",
    "Do you have friends to play with?": "کیا تمہارے دوست ہیں جن کے ساتھ تم کھیلتے ہو؟",
    "How do you feel at school?": "اسکول میں تمہیں کیسا لگتا ہے؟",
    "What do you like doing best?": "تمہیں سب سے زیادہ کیا کرنا اچھا لگتا ہے؟",
    "You can pick up to three.": "تم تین تک چن سکتے ہو۔",
    "Playing outside": "باہر کھیلنا",
    Games: "کھیل",
    "Drawing and making things": "تصویریں بنانا اور چیزیں بنانا",
    "Stories and books": "کہانیاں اور کتابیں",
    "Sport and running about": "کھیل کود اور دوڑنا",
    "Music and dancing": "موسیقی اور ناچنا",
    Animals: "جانور",
    "What is good in your life? Pick the pictures.": "تمہاری زندگی میں کیا اچھا ہے؟ تصویریں چنو۔",
    "This is your house of good things. You can pick as many as you like.":
      "یہ تمہارا اچھی چیزوں کا گھر ہے۔ تم جتنی چاہو چن سکتے ہو۔",
    "The grown-ups I live with": "وہ بڑے جن کے ساتھ میں رہتا ہوں",
    "My family": "میرے گھر والے",
    "My friends": "میرے دوست",
    School: "اسکول",
    Playing: "کھیلنا",
    "Animals and pets": "جانور اور پالتو جانور",
    "Does anything make you sad or worried? Pick the pictures.":
      "کیا کوئی چیز تمہیں اداس یا پریشان کرتی ہے؟ تصویریں چنو۔",
    "This is your house of worries. You can pick as many as you like.":
      "یہ تمہارا پریشانیوں کا گھر ہے۔ تم جتنی چاہو چن سکتے ہو۔",
    Home: "گھر",
    Friends: "دوست",
    "Going to sleep": "سونے جانا",
    "Feeling poorly": "طبیعت خراب ہونا",
    "Nothing worries me": "مجھے کوئی پریشانی نہیں",
    "If you could have one wish, which would it be?":
      "اگر تمہاری ایک خواہش پوری ہو سکے تو وہ کیا ہو گی؟",
    "This is your house of dreams.": "یہ تمہارا خوابوں کا گھر ہے۔",
    "More time with my family": "گھر والوں کے ساتھ زیادہ وقت",
    "More time with friends": "دوستوں کے ساتھ زیادہ وقت",
    "A pet": "ایک پالتو جانور",
    "A day out somewhere": "کہیں ایک دن کی سیر",
    "To stay where I live": "جہاں رہتا ہوں وہیں رہنا",
    "Something else": "کچھ اور",
    "Is there anything else you want to tell the grown-up with you?":
      "کیا تم اپنے ساتھ والے بڑے کو کچھ اور بتانا چاہتے ہو؟",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "ضروری نہیں۔ اگر تم چاہو تو بڑا تمہارے الفاظ یہاں لکھ سکتا ہے۔",
    // My life in care (8 to 11)
    "My life in care": "دیکھ بھال میں میری زندگی",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "ہم سننا چاہتے ہیں کہ تمہاری زندگی کیسی ہے، تاکہ ہم دیکھ بھال میں رہنے والے بچوں کے لیے چیزیں بہتر بنا سکیں۔",
    "Where I live": "جہاں میں رہتا ہوں",
    "Having a say": "میری رائے",
    "How do you feel about where you live now?": "جہاں تم اب رہتے ہو، وہاں تمہیں کیسا لگتا ہے؟",
    "Do you feel safe where you live?": "کیا تم جہاں رہتے ہو وہاں محفوظ محسوس کرتے ہو؟",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "محفوظ کا مطلب ہے کہ کوئی تمہیں تکلیف نہیں دیتا، ڈراتا نہیں اور برا محسوس نہیں کرواتا۔",
    "Who would you talk to if you didn't feel safe?":
      "اگر تم محفوظ محسوس نہ کرو تو کس سے بات کرو گے؟",
    "You can also phone Childline for free on 0800 1111.":
      "تم Childline کو مفت میں 0800 1111 پر فون بھی کر سکتے ہو۔",
    "My carer": "میرا دیکھ بھال کرنے والا",
    "A teacher": "کوئی استاد",
    "Someone in my family": "میرے گھر والوں میں سے کوئی",
    "How much do you feel you belong where you live?":
      "تمہیں کتنا لگتا ہے کہ جہاں تم رہتے ہو وہ تمہاری اپنی جگہ ہے؟",
    "Not at all": "بالکل نہیں",
    Completely: "پوری طرح",
    "Do the adults you live with listen to you?":
      "کیا جن بڑوں کے ساتھ تم رہتے ہو وہ تمہاری بات سنتے ہیں؟",
    "How do you feel about how often you see or talk to your family?":
      "تم اپنے گھر والوں سے جتنا ملتے یا بات کرتے ہو، اس کے بارے میں تمہیں کیسا لگتا ہے؟",
    "It's about right": "تقریباً ٹھیک ہے",
    "I'd like more": "میں زیادہ چاہتا ہوں",
    "I'd like less": "میں کم چاہتا ہوں",
    "I'm not sure": "مجھے پکا نہیں پتا",
    "Can you talk to your social worker when you need to?":
      "کیا ضرورت ہو تو تم اپنے سوشل ورکر سے بات کر سکتے ہو؟",
    "Is there an adult you trust and can talk to about anything?":
      "کیا کوئی بڑا ہے جس پر تم بھروسا کرتے ہو اور اس سے کسی بھی بات پر بات کر سکتے ہو؟",
    "How do you feel about school?": "تمہیں اسکول کیسا لگتا ہے؟",
    "Is there someone at school who helps when things are hard?":
      "کیا اسکول میں کوئی ہے جو مشکل وقت میں مدد کرتا ہے؟",
    "What do you enjoy doing in your free time?": "فارغ وقت میں تمہیں کیا کرنا اچھا لگتا ہے؟",
    "Pick as many as you like.": "جتنے چاہو چنو۔",
    "Sport or clubs": "کھیل یا کلب",
    "Seeing friends": "دوستوں سے ملنا",
    "Art and making things": "آرٹ اور چیزیں بنانا",
    "Music or dance": "موسیقی یا ناچ",
    Reading: "پڑھنا",
    "Being outdoors": "باہر کھلی ہوا میں رہنا",
    "Do you get a say in decisions about your life?":
      "کیا تمہاری زندگی کے فیصلوں میں تمہاری رائے لی جاتی ہے؟",
    "Fill in your three houses.": "اپنے تین گھر بھرو۔",
    "Write in one, two or all three. Short is fine.":
      "ایک، دو یا تینوں میں لکھو۔ مختصر بھی ٹھیک ہے۔",
    "If you could change one thing about your life, what would it be?":
      "اگر تم اپنی زندگی میں ایک چیز بدل سکو تو وہ کیا ہو گی؟",
    // My life in care (12 to 17)
    "Your life in care": "دیکھ بھال میں تمہاری زندگی",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "ہمیں سچ سچ بتاؤ کہ حالات کیسے ہیں۔ رپورٹوں میں کبھی نہیں دکھایا جاتا کہ کس نے کیا کہا، اور تم کچھ بھی چھوڑ سکتے ہو۔",
    "Family and support": "گھر والے اور مدد",
    "School and the future": "اسکول اور مستقبل",
    "How settled do you feel where you live?":
      "جہاں تم رہتے ہو وہاں تم کتنا ٹکا ہوا محسوس کرتے ہو؟",
    "Do you feel safe when you're out in your area?":
      "کیا تم اپنے علاقے میں باہر ہوتے ہوئے محفوظ محسوس کرتے ہو؟",
    "If you didn't feel safe, who would you tell?": "اگر تم محفوظ محسوس نہ کرو تو کس کو بتاؤ گے؟",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline مفت اور رازدارانہ ہے: 0800 1111، یا childline.org.uk۔",
    "My carer or key worker": "میرا دیکھ بھال کرنے والا یا کی ورکر",
    "Someone at school or college": "اسکول یا کالج میں کوئی",
    "A friend": "کوئی دوست",
    "I wouldn't tell anyone": "میں کسی کو نہیں بتاؤں گا",
    "Do the people you live with make you feel cared about?":
      "کیا جن لوگوں کے ساتھ تم رہتے ہو وہ تمہیں محسوس کرواتے ہیں کہ انہیں تمہاری فکر ہے؟",
    "Do you get enough privacy where you live?":
      "کیا جہاں تم رہتے ہو وہاں تمہیں کافی پرائیویسی ملتی ہے؟",
    "How do you feel about the contact you have with your family?":
      "اپنے گھر والوں سے رابطے کے بارے میں تمہیں کیسا لگتا ہے؟",
    "I want more": "میں زیادہ چاہتا ہوں",
    "I want less": "میں کم چاہتا ہوں",
    "It's complicated": "یہ پیچیدہ ہے",
    "How many social workers have you had in the last 12 months?":
      "پچھلے 12 مہینوں میں تمہارے کتنے سوشل ورکر رہے؟",
    One: "ایک",
    Two: "دو",
    "Three or more": "تین یا زیادہ",
    "I don't know": "مجھے نہیں پتا",
    "Do you trust your social worker?": "کیا تم اپنے سوشل ورکر پر بھروسا کرتے ہو؟",
    "Do you feel listened to at your review meetings?":
      "کیا تمہیں لگتا ہے کہ تمہاری ریویو میٹنگز میں تمہاری بات سنی جاتی ہے؟",
    "How are things going at school or college?": "اسکول یا کالج میں حالات کیسے چل رہے ہیں؟",
    "What's on your mind at the moment?": "اس وقت تمہارے ذہن میں کیا ہے؟",
    "Choose any that fit.": "جو بھی ٹھیک لگے چنو۔",
    "School or college": "اسکول یا کالج",
    Family: "گھر والے",
    "Health or feelings": "صحت یا جذبات",
    Money: "پیسے",
    "My future": "میرا مستقبل",
    "Nothing much": "کچھ خاص نہیں",
    "How hopeful do you feel about your future?": "تم اپنے مستقبل کے بارے میں کتنے پُرامید ہو؟",
    "Not hopeful": "پُرامید نہیں",
    "Very hopeful": "بہت پُرامید",
    "What is one thing that would make your life better?":
      "کون سی ایک چیز تمہاری زندگی بہتر بنا دے گی؟",
    "Is there anything else you want the people in charge to know?":
      "کیا کچھ اور ہے جو تم چاہتے ہو کہ ذمہ دار لوگ جانیں؟",
    // Leaving care
    "Leaving care: how's it going?": "دیکھ بھال چھوڑنے کے بعد: حالات کیسے ہیں؟",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "تم سب سے بہتر جانتے ہو کہ دیکھ بھال چھوڑنا کیسا ہوتا ہے۔ تمہارے جواب ہماری مدد کی شکل طے کرتے ہیں۔",
    Support: "مدد",
    "Right now": "ابھی",
    "Where are you living at the moment?": "تم اس وقت کہاں رہ رہے ہو؟",
    "My own flat or house": "اپنے فلیٹ یا گھر میں",
    "With my former foster carers": "اپنے پرانے فوسٹر کیئررز کے ساتھ",
    "Supported accommodation": "مدد والی رہائش میں",
    "With family or friends": "گھر والوں یا دوستوں کے ساتھ",
    "Student housing": "طلبہ کی رہائش میں",
    "I don't have a settled place": "میرے پاس کوئی پکی جگہ نہیں",
    "Somewhere else": "کہیں اور",
    "How settled do you feel in your home?": "تم اپنے گھر میں کتنا ٹکا ہوا محسوس کرتے ہو؟",
    "How easy is it to get hold of your personal adviser?":
      "اپنے پرسنل ایڈوائزر سے رابطہ کرنا کتنا آسان ہے؟",
    Easy: "آسان",
    "Sometimes easy, sometimes not": "کبھی آسان، کبھی نہیں",
    Hard: "مشکل",
    "I don't know who my adviser is": "مجھے نہیں پتا میرا ایڈوائزر کون ہے",
    "Did you help write your pathway plan?": "کیا تم نے اپنا پاتھ وے پلان لکھنے میں مدد کی؟",
    "Do you know what our local offer for care leavers gives you?":
      "کیا تمہیں پتا ہے کہ دیکھ بھال چھوڑنے والوں کے لیے ہماری لوکل آفر تمہیں کیا دیتی ہے؟",
    "The local offer lists the help, money and services you're entitled to.":
      "لوکل آفر میں وہ مدد، پیسے اور سہولیات لکھی ہیں جن کا تمہیں حق ہے۔",
    "How connected do you feel to people who care about you?":
      "جو لوگ تمہاری فکر کرتے ہیں، تم ان سے کتنا جڑا ہوا محسوس کرتے ہو؟",
    "Not connected": "جڑا ہوا نہیں",
    "Very connected": "بہت جڑا ہوا",
    "How are you managing with money?": "پیسوں کے معاملے میں تم کیسے گزارا کر رہے ہو؟",
    "What are you doing at the moment?": "تم اس وقت کیا کر رہے ہو؟",
    "Choose all that apply.": "جو بھی لاگو ہو سب چنو۔",
    "College or sixth form": "کالج یا سکستھ فارم",
    University: "یونیورسٹی",
    Working: "نوکری",
    "An apprenticeship or training": "اپرنٹس شپ یا تربیت",
    "Looking for work or a course": "نوکری یا کورس ڈھونڈ رہا ہوں",
    "Looking after a child or someone else": "کسی بچے یا کسی اور کی دیکھ بھال کر رہا ہوں",
    "None of these right now": "ابھی ان میں سے کچھ نہیں",
    "What would help you most right now?": "اس وقت تمہاری سب سے زیادہ مدد کس چیز سے ہو گی؟",
    "Choose up to three.": "تین تک چنو۔",
    "Money and budgeting": "پیسے اور بجٹ بنانا",
    Housing: "رہائش",
    "Work, college or training": "نوکری، کالج یا تربیت",
    "Health and wellbeing": "صحت اور خیریت",
    "Someone to talk to": "کوئی جس سے بات کر سکوں",
    "Cooking, bills and forms": "کھانا پکانا، بل اور فارم",
    "What one thing should we change for young people leaving care?":
      "دیکھ بھال چھوڑنے والے نوجوانوں کے لیے ہمیں کون سی ایک چیز بدلنی چاہیے؟",
    // Before my review meeting
    "Before my review meeting": "میری ریویو میٹنگ سے پہلے",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "تمہاری ریویو میٹنگ آنے والی ہے۔ ہمیں بتاؤ کہ تم کیا سوچتے ہو، تاکہ میٹنگ میں تمہاری رائے سنی جائے۔",
    "The meeting": "میٹنگ",
    "How things are": "حالات کیسے ہیں",
    "What I want the meeting to hear": "میں میٹنگ کو کیا سنانا چاہتا ہوں",
    "Do you know what your review meeting is for?":
      "کیا تمہیں پتا ہے کہ تمہاری ریویو میٹنگ کس لیے ہے؟",
    "It's where the adults who look after you check your plan is right for you.":
      "اس میں تمہاری دیکھ بھال کرنے والے بڑے دیکھتے ہیں کہ تمہارا پلان تمہارے لیے ٹھیک ہے۔",
    "Do you know why grown-ups have meetings about you?":
      "کیا تمہیں پتا ہے کہ بڑے تمہارے بارے میں میٹنگ کیوں کرتے ہیں؟",
    "They meet to make sure you are happy and looked after.":
      "وہ یہ یقینی بنانے کے لیے ملتے ہیں کہ تم خوش ہو اور تمہاری اچھی دیکھ بھال ہو رہی ہے۔",
    "How would you like to take part in the meeting?": "تم میٹنگ میں کیسے حصہ لینا چاہو گے؟",
    "Be there for all of it": "پوری میٹنگ میں موجود رہنا",
    "Be there for part of it": "میٹنگ کے کچھ حصے میں موجود رہنا",
    "Have someone speak for me": "کوئی میری طرف سے بات کرے",
    "Just send my views on this form": "بس اس فارم پر اپنی رائے بھیجنا",
    "Who would you like to speak for you?": "تم کس کو چاہو گے کہ تمہاری طرف سے بات کرے؟",
    "An advocate": "ایڈووکیٹ (advocate)",
    "Have you seen your care plan, and did someone explain it to you?":
      "کیا تم نے اپنا کیئر پلان دیکھا ہے، اور کیا کسی نے تمہیں سمجھایا؟",
    "How are things where you live?": "جہاں تم رہتے ہو وہاں حالات کیسے ہیں؟",
    "How do you feel at home?": "گھر میں تمہیں کیسا لگتا ہے؟",
    "How are things at school or college?": "اسکول یا کالج میں حالات کیسے ہیں؟",
    "Are you happy with how often you see your family and friends?":
      "کیا تم اس سے خوش ہو کہ تم اپنے گھر والوں اور دوستوں سے کتنی بار ملتے ہو؟",
    "Yes, it's about right": "ہاں، تقریباً ٹھیک ہے",
    "I'd like to see them more": "میں ان سے زیادہ ملنا چاہتا ہوں",
    "I'd like to see them less": "میں ان سے کم ملنا چاہتا ہوں",
    "What is good for you at the moment? Pick the pictures.":
      "اس وقت تمہارے لیے کیا اچھا ہے؟ تصویریں چنو۔",
    "You can pick as many as you like.": "تم جتنی چاہو چن سکتے ہو۔",
    "Should the meeting talk about any of these? Pick the pictures.":
      "کیا میٹنگ میں ان میں سے کسی کے بارے میں بات ہونی چاہیے؟ تصویریں چنو۔",
    "Pick the things that make you sad or worried, if there are any.":
      "وہ چیزیں چنو جو تمہیں اداس یا پریشان کرتی ہیں، اگر کوئی ہیں۔",
    "Seeing my family": "گھر والوں سے ملنا",
    Nothing: "کچھ نہیں",
    "What is going well for you?": "تمہارے لیے کیا اچھا چل رہا ہے؟",
    "Is anything worrying you that the meeting should talk about?":
      "کیا کوئی بات تمہیں پریشان کر رہی ہے جس پر میٹنگ میں بات ہونی چاہیے؟",
    "Is there anything you would like to change?": "کیا کچھ ہے جو تم بدلنا چاہو گے؟",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "کیا کچھ ہے جو تم چاہتے ہو کہ تمہارے ساتھ والا بڑا میٹنگ کو بتائے؟",
    "You don't have to. If you want to, the grown-up can write it here.":
      "ضروری نہیں۔ اگر تم چاہو تو بڑا اسے یہاں لکھ سکتا ہے۔",
    // Family feedback after early help
    "How was your early help?": "آپ کی ابتدائی مدد کیسی رہی؟",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "ہمارے ساتھ کام کرنے کا شکریہ۔ آپ کے جواب گمنام ہیں اور آپ کو ملنے والی کسی مدد کو نہیں بدلیں گے۔",
    "The support": "مدد",
    "What changed": "کیا بدلا",
    "In your words": "آپ کے الفاظ میں",
    "Overall, how do you feel about the support your family had?":
      "مجموعی طور پر، آپ کے خاندان کو ملنے والی مدد کے بارے میں آپ کیا محسوس کرتے ہیں؟",
    "Did your worker listen to you and take your views seriously?":
      "کیا آپ کے ورکر نے آپ کی بات سنی اور آپ کی رائے کو سنجیدگی سے لیا؟",
    "Did your worker explain things in a way that was easy to understand?":
      "کیا آپ کے ورکر نے باتیں آسانی سے سمجھ آنے والے طریقے سے سمجھائیں؟",
    "Did you help decide what went into your family's plan?":
      "کیا آپ نے یہ طے کرنے میں مدد کی کہ آپ کے خاندان کے پلان میں کیا شامل ہو؟",
    "What did the support help with?": "مدد نے کس چیز میں مدد کی؟",
    "Routines at home": "گھر کے روزمرہ معمولات",
    "Children's behaviour": "بچوں کا رویہ",
    "School attendance or learning": "اسکول کی حاضری یا پڑھائی",
    "Money or debt": "پیسے یا قرض",
    "Health or wellbeing": "صحت یا خیریت",
    "Family relationships": "خاندانی رشتے",
    "How much difference has the support made to your family?":
      "مدد سے آپ کے خاندان میں کتنا فرق پڑا ہے؟",
    "No difference": "کوئی فرق نہیں",
    "A big difference": "بہت بڑا فرق",
    "Compared with when the support started, are things now…":
      "مدد شروع ہونے کے وقت کے مقابلے میں، کیا اب حالات…",
    Better: "بہتر ہیں",
    "About the same": "تقریباً ویسے ہی ہیں",
    Worse: "بدتر ہیں",
    "Does everyone in your family feel safe at home now?":
      "کیا اب آپ کے خاندان میں ہر کوئی گھر میں محفوظ محسوس کرتا ہے؟",
    "Do you know where to go for help if you need it again?":
      "کیا آپ جانتے ہیں کہ دوبارہ ضرورت پڑے تو مدد کے لیے کہاں جانا ہے؟",
    "Would you tell another family to ask for early help?":
      "کیا آپ کسی اور خاندان کو ابتدائی مدد مانگنے کا مشورہ دیں گے؟",
    "What worked well for your family?": "آپ کے خاندان کے لیے کیا اچھا رہا؟",
    "What could we have done better?": "ہم کیا بہتر کر سکتے تھے؟",
    "Young people: what would you like workers to know about getting help as a family?":
      "نوجوانو: تم کیا چاہتے ہو کہ ورکرز خاندان کے طور پر مدد لینے کے بارے میں جانیں؟",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
