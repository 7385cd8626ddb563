/** Arabic words for the six templates, written by Chorus; no fluent speaker has checked them yet. */
export const phrasebook = {
  language: "ar",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "حياتي",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "نريد أن نعرف كيف هي حياتك. يمكن لشخص كبير أن يقرأ هذا معك.",
    "My home": "بيتي",
    "My people": "الناس القريبون مني",
    "School and fun": "المدرسة واللعب",
    "My three houses": "بيوتي الثلاثة",
    "Hello! Here are some questions about you.": "مرحبًا! هذه بعض الأسئلة عنك.",
    "There are no right or wrong answers. You can skip any question you like.":
      "لا توجد إجابات صحيحة أو خاطئة. يمكنك أن تترك أي سؤال تريده.",
    "How do you feel about where you live?": "كيف تشعر في المكان الذي تعيش فيه؟",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "كيف تشعر في المكان الذي تعيش فيه؟ هل هو غير جيد، أم لا بأس به، أم جيد؟",
    "Do you feel safe at home?": "هل تشعر بالأمان في البيت؟",
    "Safe means nobody hurts you or scares you.": "الأمان يعني أن لا أحد يؤذيك أو يخيفك.",
    "Who could you tell if you felt scared?": "لمن يمكنك أن تقول إذا شعرت بالخوف؟",
    "The grown-up I live with": "الشخص الكبير الذي أعيش معه",
    "My social worker": "الأخصائي الاجتماعي الخاص بي",
    "My teacher": "معلمي",
    "Someone else": "شخص آخر",
    "I don't know who to tell": "لا أعرف لمن أقول",
    "How do the grown-ups you live with make you feel?": "كيف تشعر مع الكبار الذين تعيش معهم؟",
    "Do you have your own special things at home, like toys or a blanket?":
      "هل لديك أشياء خاصة بك في البيت، مثل الألعاب أو بطانية؟",
    "How do you feel about how much you see your family?":
      "كيف تشعر تجاه عدد المرات التي ترى فيها عائلتك؟",
    "Do you know who your social worker is?": "هل تعرف من هو الأخصائي الاجتماعي الخاص بك؟",
    "Do you have friends to play with?": "هل لديك أصدقاء تلعب معهم؟",
    "How do you feel at school?": "كيف تشعر في المدرسة؟",
    "What do you like doing best?": "ما أكثر شيء تحب أن تفعله؟",
    "You can pick up to three.": "يمكنك أن تختار حتى ثلاثة.",
    "Playing outside": "اللعب في الخارج",
    Games: "الألعاب",
    "Drawing and making things": "الرسم وصنع الأشياء",
    "Stories and books": "القصص والكتب",
    "Sport and running about": "الرياضة والجري",
    "Music and dancing": "الموسيقى والرقص",
    Animals: "الحيوانات",
    "What is good in your life? Pick the pictures.": "ما الأشياء الجيدة في حياتك؟ اختر الصور.",
    "This is your house of good things. You can pick as many as you like.":
      "هذا بيت الأشياء الجيدة. يمكنك أن تختار ما تشاء.",
    "The grown-ups I live with": "الكبار الذين أعيش معهم",
    "My family": "عائلتي",
    "My friends": "أصدقائي",
    School: "المدرسة",
    Playing: "اللعب",
    "Animals and pets": "الحيوانات والحيوانات الأليفة",
    "Does anything make you sad or worried? Pick the pictures.":
      "هل هناك شيء يجعلك حزينًا أو قلقًا؟ اختر الصور.",
    "This is your house of worries. You can pick as many as you like.":
      "هذا بيت الهموم. يمكنك أن تختار ما تشاء.",
    Home: "البيت",
    Friends: "الأصدقاء",
    "Going to sleep": "وقت النوم",
    "Feeling poorly": "عندما أكون مريضًا",
    "Nothing worries me": "لا شيء يقلقني",
    "If you could have one wish, which would it be?": "لو كانت لك أمنية واحدة، ماذا ستكون؟",
    "This is your house of dreams.": "هذا بيت الأحلام.",
    "More time with my family": "وقت أكثر مع عائلتي",
    "More time with friends": "وقت أكثر مع الأصدقاء",
    "A pet": "حيوان أليف",
    "A day out somewhere": "نزهة ليوم في مكان ما",
    "To stay where I live": "أن أبقى حيث أعيش",
    "Something else": "شيء آخر",
    "Is there anything else you want to tell the grown-up with you?":
      "هل هناك شيء آخر تريد أن تقوله للشخص الكبير الذي معك؟",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "ليس عليك ذلك. إذا أردت، يمكن للشخص الكبير أن يكتب كلماتك هنا.",
    // My life in care (8 to 11)
    "My life in care": "حياتي في الرعاية",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "نريد أن نسمع كيف هي حياتك، حتى نجعل الأمور أفضل للأطفال في الرعاية.",
    "Where I live": "المكان الذي أعيش فيه",
    "Having a say": "رأيي مهم",
    "How do you feel about where you live now?": "كيف تشعر في المكان الذي تعيش فيه الآن؟",
    "Do you feel safe where you live?": "هل تشعر بالأمان في المكان الذي تعيش فيه؟",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "الأمان يعني أن لا أحد يؤذيك أو يخيفك أو يجعلك تشعر بالسوء.",
    "Who would you talk to if you didn't feel safe?": "مع من تتكلم إذا لم تشعر بالأمان؟",
    "You can also phone Childline for free on 0800 1111.":
      "يمكنك أيضًا الاتصال بـ Childline مجانًا على الرقم 0800 1111.",
    "My carer": "مقدم الرعاية الخاص بي",
    "A teacher": "معلم",
    "Someone in my family": "شخص من عائلتي",
    "How much do you feel you belong where you live?":
      "إلى أي حد تشعر أنك تنتمي إلى المكان الذي تعيش فيه؟",
    "Not at all": "أبدًا",
    Completely: "تمامًا",
    "Do the adults you live with listen to you?": "هل يستمع إليك الكبار الذين تعيش معهم؟",
    "How do you feel about how often you see or talk to your family?":
      "كيف تشعر تجاه عدد المرات التي ترى فيها عائلتك أو تتكلم معها؟",
    "It's about right": "مناسب تقريبًا",
    "I'd like more": "أريد أكثر",
    "I'd like less": "أريد أقل",
    "I'm not sure": "لست متأكدًا",
    "Can you talk to your social worker when you need to?":
      "هل يمكنك أن تتكلم مع الأخصائي الاجتماعي عندما تحتاج إلى ذلك؟",
    "Is there an adult you trust and can talk to about anything?":
      "هل هناك شخص كبير تثق به وتستطيع أن تتكلم معه عن أي شيء؟",
    "How do you feel about school?": "ما شعورك تجاه المدرسة؟",
    "Is there someone at school who helps when things are hard?":
      "هل هناك شخص في المدرسة يساعدك عندما تكون الأمور صعبة؟",
    "What do you enjoy doing in your free time?": "ماذا تحب أن تفعل في وقت فراغك؟",
    "Pick as many as you like.": "اختر ما تشاء.",
    "Sport or clubs": "الرياضة أو النوادي",
    "Seeing friends": "رؤية الأصدقاء",
    "Art and making things": "الفن وصنع الأشياء",
    "Music or dance": "الموسيقى أو الرقص",
    Reading: "القراءة",
    "Being outdoors": "الخروج في الهواء الطلق",
    "Do you get a say in decisions about your life?": "هل يؤخذ رأيك في القرارات التي تخص حياتك؟",
    "Fill in your three houses.": "املأ بيوتك الثلاثة.",
    "Write in one, two or all three. Short is fine.":
      "اكتب في بيت واحد أو اثنين أو الثلاثة كلها. لا بأس إذا كان قصيرًا.",
    "If you could change one thing about your life, what would it be?":
      "لو استطعت أن تغير شيئًا واحدًا في حياتك، ماذا سيكون؟",
    // My life in care (12 to 17)
    "Your life in care": "حياتك في الرعاية",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "أخبرنا بصراحة كيف هي الأمور. التقارير لا تُظهر أبدًا من قال ماذا، ويمكنك أن تترك أي سؤال.",
    "Family and support": "العائلة والدعم",
    "School and the future": "المدرسة والمستقبل",
    "How settled do you feel where you live?": "إلى أي حد تشعر بالاستقرار حيث تعيش؟",
    "Do you feel safe when you're out in your area?": "هل تشعر بالأمان عندما تكون خارجًا في منطقتك؟",
    "If you didn't feel safe, who would you tell?": "إذا لم تشعر بالأمان، لمن ستقول؟",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline مجاني وسري: 0800 1111، أو childline.org.uk.",
    "My carer or key worker": "مقدم الرعاية أو المشرف المسؤول عني",
    "Someone at school or college": "شخص في المدرسة أو الكلية",
    "A friend": "صديق",
    "I wouldn't tell anyone": "لن أقول لأحد",
    "Do the people you live with make you feel cared about?":
      "هل يجعلك الذين تعيش معهم تشعر بأنهم يهتمون بك؟",
    "Do you get enough privacy where you live?": "هل لديك خصوصية كافية حيث تعيش؟",
    "How do you feel about the contact you have with your family?":
      "ما شعورك تجاه تواصلك مع عائلتك؟",
    "I want more": "أريد أكثر",
    "I want less": "أريد أقل",
    "It's complicated": "الأمر معقد",
    "How many social workers have you had in the last 12 months?":
      "كم أخصائيًا اجتماعيًا كان لديك في آخر 12 شهرًا؟",
    One: "واحد",
    Two: "اثنان",
    "Three or more": "ثلاثة أو أكثر",
    "I don't know": "لا أعرف",
    "Do you trust your social worker?": "هل تثق بالأخصائي الاجتماعي الخاص بك؟",
    "Do you feel listened to at your review meetings?":
      "هل تشعر أن أحدًا يستمع إليك في اجتماعات المراجعة الخاصة بك؟",
    "How are things going at school or college?": "كيف تسير الأمور في المدرسة أو الكلية؟",
    "What's on your mind at the moment?": "ما الذي يشغل بالك الآن؟",
    "Choose any that fit.": "اختر كل ما يناسب.",
    "School or college": "المدرسة أو الكلية",
    Family: "العائلة",
    "Health or feelings": "الصحة أو المشاعر",
    Money: "المال",
    "My future": "مستقبلي",
    "Nothing much": "لا شيء كثير",
    "How hopeful do you feel about your future?": "إلى أي حد أنت متفائل بمستقبلك؟",
    "Not hopeful": "غير متفائل",
    "Very hopeful": "متفائل جدًا",
    "What is one thing that would make your life better?": "ما الشيء الواحد الذي يجعل حياتك أفضل؟",
    "Is there anything else you want the people in charge to know?":
      "هل هناك شيء آخر تريد أن يعرفه المسؤولون؟",
    // Leaving care
    "Leaving care: how's it going?": "بعد مغادرة الرعاية: كيف تسير الأمور؟",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "أنت تعرف أكثر من أي أحد كيف هي مغادرة الرعاية. إجاباتك تحدد الدعم الذي نقدمه.",
    Support: "الدعم",
    "Right now": "الآن",
    "Where are you living at the moment?": "أين تعيش الآن؟",
    "My own flat or house": "في شقتي أو بيتي الخاص",
    "With my former foster carers": "مع عائلتي الحاضنة السابقة",
    "Supported accommodation": "في سكن مدعوم",
    "With family or friends": "مع العائلة أو الأصدقاء",
    "Student housing": "في سكن الطلاب",
    "I don't have a settled place": "ليس لدي مكان ثابت",
    "Somewhere else": "في مكان آخر",
    "How settled do you feel in your home?": "إلى أي حد تشعر بالاستقرار في بيتك؟",
    "How easy is it to get hold of your personal adviser?":
      "ما مدى سهولة التواصل مع مستشارك الشخصي؟",
    Easy: "سهل",
    "Sometimes easy, sometimes not": "سهل أحيانًا وصعب أحيانًا",
    Hard: "صعب",
    "I don't know who my adviser is": "لا أعرف من هو مستشاري",
    "Did you help write your pathway plan?": "هل شاركت في كتابة خطة مسارك (pathway plan)؟",
    "Do you know what our local offer for care leavers gives you?":
      "هل تعرف ماذا يقدم لك عرضنا المحلي للشباب الذين غادروا الرعاية؟",
    "The local offer lists the help, money and services you're entitled to.":
      "العرض المحلي يذكر المساعدة والمال والخدمات التي من حقك.",
    "How connected do you feel to people who care about you?":
      "إلى أي حد تشعر بالقرب من الناس الذين يهتمون بك؟",
    "Not connected": "لست قريبًا منهم",
    "Very connected": "قريب جدًا منهم",
    "How are you managing with money?": "كيف تتدبر أمورك المالية؟",
    "What are you doing at the moment?": "ماذا تفعل الآن؟",
    "Choose all that apply.": "اختر كل ما ينطبق.",
    "College or sixth form": "الكلية أو المرحلة الثانوية العليا (sixth form)",
    University: "الجامعة",
    Working: "العمل",
    "An apprenticeship or training": "تدريب مهني أو تدريب",
    "Looking for work or a course": "أبحث عن عمل أو دورة",
    "Looking after a child or someone else": "أعتني بطفل أو بشخص آخر",
    "None of these right now": "لا شيء من هذا الآن",
    "What would help you most right now?": "ما الذي يساعدك أكثر الآن؟",
    "Choose up to three.": "اختر حتى ثلاثة.",
    "Money and budgeting": "المال وتنظيم الميزانية",
    Housing: "السكن",
    "Work, college or training": "العمل أو الكلية أو التدريب",
    "Health and wellbeing": "الصحة والراحة النفسية",
    "Someone to talk to": "شخص أتكلم معه",
    "Cooking, bills and forms": "الطبخ والفواتير والاستمارات",
    "What one thing should we change for young people leaving care?":
      "ما الشيء الواحد الذي يجب أن نغيره للشباب الذين يغادرون الرعاية؟",
    // Before my review meeting
    "Before my review meeting": "قبل اجتماع المراجعة الخاص بي",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "اجتماع المراجعة الخاص بك قريب. أخبرنا برأيك، حتى يسمع الاجتماع ما تقوله.",
    "The meeting": "الاجتماع",
    "How things are": "كيف هي الأمور",
    "What I want the meeting to hear": "ما أريد أن يسمعه الاجتماع",
    "Do you know what your review meeting is for?": "هل تعرف ما هو هدف اجتماع المراجعة الخاص بك؟",
    "It's where the adults who look after you check your plan is right for you.":
      "فيه يتأكد الكبار الذين يعتنون بك أن خطتك مناسبة لك.",
    "Do you know why grown-ups have meetings about you?": "هل تعرف لماذا يجتمع الكبار من أجلك؟",
    "They meet to make sure you are happy and looked after.":
      "يجتمعون ليتأكدوا أنك سعيد وأن هناك من يعتني بك.",
    "How would you like to take part in the meeting?": "كيف تحب أن تشارك في الاجتماع؟",
    "Be there for all of it": "أن أحضر الاجتماع كله",
    "Be there for part of it": "أن أحضر جزءًا منه",
    "Have someone speak for me": "أن يتكلم أحد نيابة عني",
    "Just send my views on this form": "أن أرسل رأيي في هذه الاستمارة فقط",
    "Who would you like to speak for you?": "من تريد أن يتكلم نيابة عنك؟",
    "An advocate": "مناصر (advocate)",
    "Have you seen your care plan, and did someone explain it to you?":
      "هل رأيت خطة الرعاية الخاصة بك، وهل شرحها لك أحد؟",
    "How are things where you live?": "كيف هي الأمور حيث تعيش؟",
    "How do you feel at home?": "كيف تشعر في البيت؟",
    "How are things at school or college?": "كيف هي الأمور في المدرسة أو الكلية؟",
    "Are you happy with how often you see your family and friends?":
      "هل أنت راضٍ عن عدد المرات التي ترى فيها عائلتك وأصدقاءك؟",
    "Yes, it's about right": "نعم، مناسب تقريبًا",
    "I'd like to see them more": "أريد أن أراهم أكثر",
    "I'd like to see them less": "أريد أن أراهم أقل",
    "What is good for you at the moment? Pick the pictures.": "ما الجيد لك الآن؟ اختر الصور.",
    "You can pick as many as you like.": "يمكنك أن تختار ما تشاء.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "هل يجب أن يتكلم الاجتماع عن أي من هذه الأشياء؟ اختر الصور.",
    "Pick the things that make you sad or worried, if there are any.":
      "اختر الأشياء التي تجعلك حزينًا أو قلقًا، إن وجدت.",
    "Seeing my family": "رؤية عائلتي",
    Nothing: "لا شيء",
    "What is going well for you?": "ما الذي يسير بشكل جيد معك؟",
    "Is anything worrying you that the meeting should talk about?":
      "هل هناك شيء يقلقك يجب أن يتكلم عنه الاجتماع؟",
    "Is there anything you would like to change?": "هل هناك شيء تريد أن تغيره؟",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "هل هناك شيء تريد أن يقوله الشخص الكبير الذي معك للاجتماع؟",
    "You don't have to. If you want to, the grown-up can write it here.":
      "ليس عليك ذلك. إذا أردت، يمكن للشخص الكبير أن يكتبه هنا.",
    // Family feedback after early help
    "How was your early help?": "كيف كانت المساعدة المبكرة لكم؟",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "شكرًا لعملكم معنا. إجاباتكم بدون أسماء ولن تغير أي دعم تحصلون عليه.",
    "The support": "الدعم",
    "What changed": "ما الذي تغير",
    "In your words": "بكلماتك",
    "Overall, how do you feel about the support your family had?":
      "بشكل عام، ما رأيك في الدعم الذي حصلت عليه عائلتك؟",
    "Did your worker listen to you and take your views seriously?":
      "هل استمع إليك الموظف المسؤول عنكم وأخذ رأيك بجدية؟",
    "Did your worker explain things in a way that was easy to understand?":
      "هل شرح لك الموظف الأمور بطريقة سهلة الفهم؟",
    "Did you help decide what went into your family's plan?":
      "هل شاركت في تحديد ما دخل في خطة عائلتك؟",
    "What did the support help with?": "في ماذا ساعد الدعم؟",
    "Routines at home": "النظام اليومي في البيت",
    "Children's behaviour": "سلوك الأطفال",
    "School attendance or learning": "الحضور إلى المدرسة أو التعلم",
    "Money or debt": "المال أو الديون",
    "Health or wellbeing": "الصحة أو الراحة النفسية",
    "Family relationships": "العلاقات في العائلة",
    "How much difference has the support made to your family?":
      "ما مقدار الفرق الذي أحدثه الدعم لعائلتك؟",
    "No difference": "لا فرق",
    "A big difference": "فرق كبير",
    "Compared with when the support started, are things now…":
      "مقارنة ببداية الدعم، هل الأمور الآن…",
    Better: "أفضل",
    "About the same": "تقريبًا كما هي",
    Worse: "أسوأ",
    "Does everyone in your family feel safe at home now?":
      "هل يشعر كل من في عائلتك بالأمان في البيت الآن؟",
    "Do you know where to go for help if you need it again?":
      "هل تعرف إلى أين تذهب لطلب المساعدة إذا احتجت إليها مرة أخرى؟",
    "Would you tell another family to ask for early help?":
      "هل تنصح عائلة أخرى بأن تطلب المساعدة المبكرة؟",
    "What worked well for your family?": "ما الذي نجح مع عائلتك؟",
    "What could we have done better?": "ما الذي كان يمكن أن نفعله بشكل أفضل؟",
    "Young people: what would you like workers to know about getting help as a family?":
      "للشباب: ماذا تريدون أن يعرف الموظفون عن الحصول على المساعدة كعائلة؟",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
