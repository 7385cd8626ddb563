/**
 * Amharic words for the six templates, in Ethiopic script. The child is spoken to in the plural
 * (እናንተ) forms, so no sentence guesses a child's gender. Numbers stay in the digits the English
 * has. Not yet reviewed by a native speaker.
 */
export const phrasebook = {
  language: "am",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "ሕይወቴ",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "ሕይወታችሁ እንዴት እንደሆነ ማወቅ እንፈልጋለን። አንድ ትልቅ ሰው ይህን ከእናንተ ጋር ሊያነብ ይችላል።",
    "Hello! Here are some questions about you.": "ሰላም! ስለ እናንተ ጥቂት ጥያቄዎች እነሆ።",
    "There are no right or wrong answers. You can skip any question you like.":
      "ትክክል ወይም ስህተት የሆነ መልስ የለም። የፈለጋችሁትን ጥያቄ ማለፍ ትችላላችሁ።",
    "My home": "ቤቴ",
    "How do you feel about where you live?": "ስለምትኖሩበት ቦታ ምን ይሰማችኋል?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "ስለምትኖሩበት ቦታ ምን ይሰማችኋል? ጥሩ አይደለም፣ ደህና ነው፣ ወይስ ጥሩ ነው?",
    "Do you feel safe at home?": "በቤት ውስጥ ደህንነት ይሰማችኋል?",
    "Safe means nobody hurts you or scares you.": "ደህንነት ማለት ማንም አይጎዳችሁም ወይም አያስፈራችሁም ማለት ነው።",
    "Who could you tell if you felt scared?": "ብትፈሩ ለማን መናገር ትችላላችሁ?",
    "The grown-up I live with": "አብሬው የምኖረው ትልቅ ሰው",
    "My social worker": "ማኅበራዊ ሠራተኛዬ",
    "My teacher": "አስተማሪዬ",
    "Someone else": "ሌላ ሰው",
    "I don't know who to tell": "ለማን እንደምናገር አላውቅም",
    "How do the grown-ups you live with make you feel?":
      "አብራችሁ የምትኖሩት ትልልቅ ሰዎች ምን ዓይነት ስሜት ይሰጧችኋል?",
    "Do you have your own special things at home, like toys or a blanket?":
      "በቤት ውስጥ እንደ መጫወቻ ወይም ብርድ ልብስ ያሉ የራሳችሁ ልዩ ነገሮች አሏችሁ?",
    "My people": "ሰዎቼ",
    "How do you feel about how much you see your family?": "ቤተሰባችሁን ምን ያህል እንደምታዩ ምን ይሰማችኋል?",
    "Do you know who your social worker is?": "ማኅበራዊ ሠራተኛችሁ ማን እንደሆነ ታውቃላችሁ?",
    "Do you have friends to play with?": "አብራችሁ የምትጫወቷቸው ጓደኞች አሏችሁ?",
    "School and fun": "ትምህርት ቤትና ጨዋታ",
    "How do you feel at school?": "በትምህርት ቤት ምን ይሰማችኋል?",
    "What do you like doing best?": "ከሁሉ በላይ ምን ማድረግ ትወዳላችሁ?",
    "You can pick up to three.": "እስከ ሦስት መምረጥ ትችላላችሁ።",
    "Playing outside": "ውጭ መጫወት",
    Games: "ጨዋታዎች",
    "Drawing and making things": "መሳልና ነገሮችን መሥራት",
    "Stories and books": "ተረቶችና መጻሕፍት",
    "Sport and running about": "ስፖርትና መሮጥ",
    "Music and dancing": "ሙዚቃና ዳንስ",
    Animals: "እንስሳት",
    "My three houses": "ሦስቱ ቤቶቼ",
    "What is good in your life? Pick the pictures.": "በሕይወታችሁ ውስጥ ጥሩ የሆነው ምንድን ነው? ሥዕሎቹን ምረጡ።",
    "This is your house of good things. You can pick as many as you like.":
      "ይህ የጥሩ ነገሮች ቤታችሁ ነው። የፈለጋችሁትን ያህል መምረጥ ትችላላችሁ።",
    "The grown-ups I live with": "አብሬያቸው የምኖረው ትልልቅ ሰዎች",
    "My family": "ቤተሰቤ",
    "My friends": "ጓደኞቼ",
    School: "ትምህርት ቤት",
    Playing: "መጫወት",
    "Animals and pets": "እንስሳትና የቤት እንስሳት",
    "Does anything make you sad or worried? Pick the pictures.":
      "የሚያሳዝናችሁ ወይም የሚያስጨንቃችሁ ነገር አለ? ሥዕሎቹን ምረጡ።",
    "This is your house of worries. You can pick as many as you like.":
      "ይህ የጭንቀቶች ቤታችሁ ነው። የፈለጋችሁትን ያህል መምረጥ ትችላላችሁ።",
    Home: "ቤት",
    Friends: "ጓደኞች",
    "Going to sleep": "መተኛት",
    "Feeling poorly": "መታመም",
    "Nothing worries me": "ምንም የሚያስጨንቀኝ ነገር የለም",
    "If you could have one wish, which would it be?": "አንድ ምኞት ቢኖራችሁ ምን ይሆን ነበር?",
    "This is your house of dreams.": "ይህ የሕልሞች ቤታችሁ ነው።",
    "More time with my family": "ከቤተሰቤ ጋር ተጨማሪ ጊዜ",
    "More time with friends": "ከጓደኞች ጋር ተጨማሪ ጊዜ",
    "A pet": "የቤት እንስሳ",
    "A day out somewhere": "አንድ ቀን ወደ አንድ ቦታ መዝናናት",
    "To stay where I live": "በምኖርበት ቦታ መቆየት",
    "Something else": "ሌላ ነገር",
    "Is there anything else you want to tell the grown-up with you?":
      "ከእናንተ ጋር ላለው ትልቅ ሰው መናገር የምትፈልጉት ሌላ ነገር አለ?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "ግዴታ አይደለም። ከፈለጋችሁ ትልቁ ሰው ቃላችሁን እዚህ ሊጽፍላችሁ ይችላል።",

    // My life in care (8 to 11)
    "My life in care": "ሕይወቴ በእንክብካቤ ውስጥ",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "በእንክብካቤ ውስጥ ላሉ ልጆች ነገሮችን ለማሻሻል፣ ሕይወታችሁ እንዴት እንደሆነ መስማት እንፈልጋለን።",
    "Where I live": "የምኖርበት ቦታ",
    "How do you feel about where you live now?": "አሁን ስለምትኖሩበት ቦታ ምን ይሰማችኋል?",
    "Do you feel safe where you live?": "በምትኖሩበት ቦታ ደህንነት ይሰማችኋል?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "ደህንነት ማለት ማንም አይጎዳችሁም፣ አያስፈራችሁም ወይም መጥፎ ስሜት አያሰማችሁም ማለት ነው።",
    "Who would you talk to if you didn't feel safe?": "ደህንነት ካልተሰማችሁ ከማን ጋር ትነጋገራላችሁ?",
    "You can also phone Childline for free on 0800 1111.":
      "ወደ Childline በስልክ ቁጥር 0800 1111 በነጻ መደወልም ትችላላችሁ።",
    "My carer": "ተንከባካቢዬ",
    "A teacher": "አስተማሪ",
    "Someone in my family": "ከቤተሰቤ አንድ ሰው",
    "How much do you feel you belong where you live?": "በምትኖሩበት ቦታ ምን ያህል የቦታው አካል እንደሆናችሁ ይሰማችኋል?",
    "Not at all": "በፍጹም",
    Completely: "ሙሉ በሙሉ",
    "Do the adults you live with listen to you?": "አብራችሁ የምትኖሩት ትልልቅ ሰዎች ያዳምጧችኋል?",
    "How do you feel about how often you see or talk to your family?":
      "ቤተሰባችሁን ምን ያህል ጊዜ እንደምታዩ ወይም እንደምታነጋግሩ ምን ይሰማችኋል?",
    "It's about right": "ልክ ነው",
    "I'd like more": "የበለጠ እፈልጋለሁ",
    "I'd like less": "ያነሰ እፈልጋለሁ",
    "I'm not sure": "እርግጠኛ አይደለሁም",
    "Can you talk to your social worker when you need to?":
      "በምትፈልጉበት ጊዜ ከማኅበራዊ ሠራተኛችሁ ጋር መነጋገር ትችላላችሁ?",
    "Is there an adult you trust and can talk to about anything?":
      "የምታምኑትና ስለማንኛውም ነገር የምታነጋግሩት ትልቅ ሰው አለ?",
    "How do you feel about school?": "ስለ ትምህርት ቤት ምን ይሰማችኋል?",
    "Is there someone at school who helps when things are hard?":
      "ነገሮች ሲከብዱ የሚረዳችሁ ሰው በትምህርት ቤት አለ?",
    "What do you enjoy doing in your free time?": "በትርፍ ጊዜያችሁ ምን ማድረግ ያስደስታችኋል?",
    "Pick as many as you like.": "የፈለጋችሁትን ያህል ምረጡ።",
    "Sport or clubs": "ስፖርት ወይም ክበባት",
    "Seeing friends": "ጓደኞችን ማየት",
    "Art and making things": "ሥነ ጥበብና ነገሮችን መሥራት",
    "Music or dance": "ሙዚቃ ወይም ዳንስ",
    Reading: "ማንበብ",
    "Being outdoors": "ውጭ መሆን",
    "Having a say": "ሐሳብን መግለጽ",
    "Do you get a say in decisions about your life?": "ስለ ሕይወታችሁ በሚወሰኑ ውሳኔዎች ላይ ሐሳባችሁን ትሰጣላችሁ?",
    "Fill in your three houses.": "ሦስቱን ቤቶቻችሁን ሙሉ።",
    "Write in one, two or all three. Short is fine.": "በአንዱ፣ በሁለቱ ወይም በሦስቱም ጻፉ። አጭር መሆኑ ችግር የለውም።",
    "If you could change one thing about your life, what would it be?":
      "በሕይወታችሁ አንድ ነገር መቀየር ብትችሉ ምን ይሆን ነበር?",

    // My life in care (12 to 17)
    "Your life in care": "ሕይወታችሁ በእንክብካቤ ውስጥ",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "ነገሮች እንዴት እንደሆኑ በግልጽ ንገሩን። ሪፖርቶች ማን ምን እንዳለ በጭራሽ አያሳዩም፣ ማንኛውንም ነገር ማለፍም ትችላላችሁ።",
    "How settled do you feel where you live?": "በምትኖሩበት ቦታ ምን ያህል የተረጋጋችሁ ሆኖ ይሰማችኋል?",
    "Do you feel safe when you're out in your area?": "በአካባቢያችሁ ውጭ ስትሆኑ ደህንነት ይሰማችኋል?",
    "If you didn't feel safe, who would you tell?": "ደህንነት ካልተሰማችሁ ለማን ትናገራላችሁ?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline ነጻና ምስጢራዊ ነው፦ 0800 1111፣ ወይም childline.org.uk።",
    "My carer or key worker": "ተንከባካቢዬ ወይም ዋና ሠራተኛዬ",
    "Someone at school or college": "በትምህርት ቤት ወይም በኮሌጅ ያለ ሰው",
    "A friend": "ጓደኛ",
    "I wouldn't tell anyone": "ለማንም አልናገርም",
    "Do the people you live with make you feel cared about?": "አብራችሁ የምትኖሩት ሰዎች እንደሚያስቡላችሁ ይሰማችኋል?",
    "Do you get enough privacy where you live?": "በምትኖሩበት ቦታ በቂ የግል ጊዜና ቦታ አላችሁ?",
    "Family and support": "ቤተሰብና ድጋፍ",
    "How do you feel about the contact you have with your family?":
      "ከቤተሰባችሁ ጋር ስላላችሁ ግንኙነት ምን ይሰማችኋል?",
    "I want more": "የበለጠ እፈልጋለሁ",
    "I want less": "ያነሰ እፈልጋለሁ",
    "It's complicated": "ውስብስብ ነው",
    "How many social workers have you had in the last 12 months?":
      "ባለፉት 12 ወራት ስንት ማኅበራዊ ሠራተኞች ነበሯችሁ?",
    One: "አንድ",
    Two: "ሁለት",
    "Three or more": "ሦስት ወይም ከዚያ በላይ",
    "I don't know": "አላውቅም",
    "Do you trust your social worker?": "ማኅበራዊ ሠራተኛችሁን ታምናላችሁ?",
    "Do you feel listened to at your review meetings?": "በግምገማ ስብሰባዎቻችሁ ላይ እንደምትደመጡ ይሰማችኋል?",
    "School and the future": "ትምህርት ቤትና የወደፊት ሕይወት",
    "How are things going at school or college?": "በትምህርት ቤት ወይም በኮሌጅ ነገሮች እንዴት እየሄዱ ነው?",
    "What's on your mind at the moment?": "አሁን ምን ያሳስባችኋል?",
    "Choose any that fit.": "የሚስማማችሁን ምረጡ።",
    "School or college": "ትምህርት ቤት ወይም ኮሌጅ",
    Family: "ቤተሰብ",
    "Health or feelings": "ጤና ወይም ስሜቶች",
    Money: "ገንዘብ",
    "My future": "የወደፊት ሕይወቴ",
    "Nothing much": "ብዙም ነገር የለም",
    "How hopeful do you feel about your future?": "ስለ ወደፊት ሕይወታችሁ ምን ያህል ተስፋ አላችሁ?",
    "Not hopeful": "ተስፋ የለኝም",
    "Very hopeful": "ብዙ ተስፋ አለኝ",
    "What is one thing that would make your life better?": "ሕይወታችሁን የተሻለ የሚያደርግ አንድ ነገር ምንድን ነው?",
    "Is there anything else you want the people in charge to know?":
      "ኃላፊዎቹ እንዲያውቁት የምትፈልጉት ሌላ ነገር አለ?",

    // Leaving care
    "Leaving care: how's it going?": "ከእንክብካቤ መውጣት፦ እንዴት እየሄደ ነው?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "ከእንክብካቤ መውጣት ምን እንደሚመስል ከማንም በላይ ታውቃላችሁ። መልሶቻችሁ የምንሰጠውን ድጋፍ ይቀርጻሉ።",
    "Where are you living at the moment?": "አሁን የት ነው የምትኖሩት?",
    "My own flat or house": "የራሴ አፓርትመንት ወይም ቤት",
    "With my former foster carers": "ከቀድሞ አሳዳጊ ቤተሰቦቼ ጋር",
    "Supported accommodation": "ድጋፍ ያለው መኖሪያ",
    "With family or friends": "ከቤተሰብ ወይም ከጓደኞች ጋር",
    "Student housing": "የተማሪዎች መኖሪያ",
    "I don't have a settled place": "ቋሚ መኖሪያ የለኝም",
    "Somewhere else": "ሌላ ቦታ",
    "How settled do you feel in your home?": "በቤታችሁ ምን ያህል የተረጋጋችሁ ሆኖ ይሰማችኋል?",
    Support: "ድጋፍ",
    "How easy is it to get hold of your personal adviser?": "የግል አማካሪያችሁን ማግኘት ምን ያህል ቀላል ነው?",
    Easy: "ቀላል",
    "Sometimes easy, sometimes not": "አንዳንዴ ቀላል፣ አንዳንዴ አይደለም",
    Hard: "ከባድ",
    "I don't know who my adviser is": "አማካሪዬ ማን እንደሆነ አላውቅም",
    "Did you help write your pathway plan?": "የመንገድ ዕቅዳችሁን በመጻፍ ተሳትፋችኋል?",
    "Do you know what our local offer for care leavers gives you?":
      "የአካባቢያችን አቅርቦት ከእንክብካቤ ለሚወጡ ወጣቶች ምን እንደሚሰጣችሁ ታውቃላችሁ?",
    "The local offer lists the help, money and services you're entitled to.":
      "የአካባቢው አቅርቦት የሚገባችሁን እርዳታ፣ ገንዘብና አገልግሎቶች ይዘረዝራል።",
    "How connected do you feel to people who care about you?":
      "ከሚያስቡላችሁ ሰዎች ጋር ምን ያህል ቅርበት ይሰማችኋል?",
    "Not connected": "ቅርበት የለኝም",
    "Very connected": "በጣም ቅርብ ነኝ",
    "Right now": "አሁን",
    "How are you managing with money?": "ገንዘባችሁን እንዴት እየተቆጣጠራችሁ ነው?",
    "What are you doing at the moment?": "አሁን ምን እየሠራችሁ ነው?",
    "Choose all that apply.": "የሚመለከታችሁን ሁሉ ምረጡ።",
    "College or sixth form": "ኮሌጅ ወይም የመሰናዶ ትምህርት",
    University: "ዩኒቨርሲቲ",
    Working: "እየሠራሁ ነው",
    "An apprenticeship or training": "የሙያ ልምምድ ወይም ሥልጠና",
    "Looking for work or a course": "ሥራ ወይም ኮርስ እየፈለግሁ ነው",
    "Looking after a child or someone else": "ልጅ ወይም ሌላ ሰው እየተንከባከብኩ ነው",
    "None of these right now": "አሁን ከእነዚህ አንዱም የለም",
    "What would help you most right now?": "አሁን ከሁሉ በላይ የሚረዳችሁ ምንድን ነው?",
    "Choose up to three.": "እስከ ሦስት ምረጡ።",
    "Money and budgeting": "ገንዘብና በጀት",
    Housing: "መኖሪያ ቤት",
    "Work, college or training": "ሥራ፣ ኮሌጅ ወይም ሥልጠና",
    "Health and wellbeing": "ጤናና ደህንነት",
    "Someone to talk to": "የማነጋግረው ሰው",
    "Cooking, bills and forms": "ምግብ ማብሰል፣ ሂሳቦችና ቅጾች",
    "What one thing should we change for young people leaving care?":
      "ከእንክብካቤ ለሚወጡ ወጣቶች የትኛውን አንድ ነገር መቀየር አለብን?",

    // Before my review meeting
    "Before my review meeting": "ከግምገማ ስብሰባዬ በፊት",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "የግምገማ ስብሰባችሁ እየቀረበ ነው። ስብሰባው ሐሳባችሁን እንዲሰማ፣ ምን እንደምታስቡ ንገሩን።",
    "The meeting": "ስብሰባው",
    "Do you know what your review meeting is for?": "የግምገማ ስብሰባችሁ ለምን እንደሆነ ታውቃላችሁ?",
    "It's where the adults who look after you check your plan is right for you.":
      "የሚንከባከቧችሁ ትልልቅ ሰዎች ዕቅዳችሁ ለእናንተ ትክክል መሆኑን የሚያረጋግጡበት ነው።",
    "Do you know why grown-ups have meetings about you?":
      "ትልልቅ ሰዎች ስለ እናንተ ለምን ስብሰባ እንደሚያደርጉ ታውቃላችሁ?",
    "They meet to make sure you are happy and looked after.":
      "ደስተኛ መሆናችሁንና ጥሩ እንክብካቤ እንደምታገኙ ለማረጋገጥ ይገናኛሉ።",
    "How would you like to take part in the meeting?": "በስብሰባው እንዴት መሳተፍ ትፈልጋላችሁ?",
    "Be there for all of it": "ስብሰባው በሙሉ መገኘት",
    "Be there for part of it": "ለስብሰባው ከፊል መገኘት",
    "Have someone speak for me": "አንድ ሰው በእኔ ምትክ እንዲናገር",
    "Just send my views on this form": "ሐሳቤን በዚህ ቅጽ ብቻ መላክ",
    "Who would you like to speak for you?": "በእናንተ ምትክ ማን እንዲናገር ትፈልጋላችሁ?",
    "An advocate": "ጠበቃ",
    "Have you seen your care plan, and did someone explain it to you?":
      "የእንክብካቤ ዕቅዳችሁን አይታችኋል? አንድ ሰውስ አስረድቷችኋል?",
    "How things are": "ነገሮች እንዴት ናቸው",
    "How are things where you live?": "በምትኖሩበት ቦታ ነገሮች እንዴት ናቸው?",
    "How do you feel at home?": "በቤት ውስጥ ምን ይሰማችኋል?",
    "How are things at school or college?": "በትምህርት ቤት ወይም በኮሌጅ ነገሮች እንዴት ናቸው?",
    "Are you happy with how often you see your family and friends?":
      "ቤተሰባችሁንና ጓደኞቻችሁን በምታዩበት መጠን ደስተኞች ናችሁ?",
    "Yes, it's about right": "አዎ፣ ልክ ነው",
    "I'd like to see them more": "በብዛት ባያቸው ደስ ይለኛል",
    "I'd like to see them less": "በጥቂቱ ባያቸው ደስ ይለኛል",
    "What I want the meeting to hear": "ስብሰባው እንዲሰማው የምፈልገው",
    "What is good for you at the moment? Pick the pictures.":
      "አሁን ለእናንተ ጥሩ የሆነው ምንድን ነው? ሥዕሎቹን ምረጡ።",
    "You can pick as many as you like.": "የፈለጋችሁትን ያህል መምረጥ ትችላላችሁ።",
    "Should the meeting talk about any of these? Pick the pictures.":
      "ስብሰባው ከእነዚህ ስለ አንዱ መነጋገር አለበት? ሥዕሎቹን ምረጡ።",
    "Pick the things that make you sad or worried, if there are any.":
      "የሚያሳዝኗችሁን ወይም የሚያስጨንቋችሁን ነገሮች ካሉ ምረጡ።",
    "Seeing my family": "ቤተሰቤን ማየት",
    Nothing: "ምንም",
    "What is going well for you?": "ምን ጥሩ እየሄደላችሁ ነው?",
    "Is anything worrying you that the meeting should talk about?":
      "ስብሰባው ሊነጋገርበት የሚገባ የሚያስጨንቃችሁ ነገር አለ?",
    "Is there anything you would like to change?": "መቀየር የምትፈልጉት ነገር አለ?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "ከእናንተ ጋር ያለው ትልቅ ሰው ለስብሰባው እንዲናገርላችሁ የምትፈልጉት ነገር አለ?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "ግዴታ አይደለም። ከፈለጋችሁ ትልቁ ሰው እዚህ ሊጽፈው ይችላል።",

    // How was your early help?
    "How was your early help?": "የቅድመ እርዳታ አገልግሎታችሁ እንዴት ነበር?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "ከእኛ ጋር ስለሠራችሁ እናመሰግናለን። መልሶቻችሁ ስም አልባ ናቸው፤ የምታገኙትንም ድጋፍ አይቀይሩም።",
    "The support": "ድጋፉ",
    "Overall, how do you feel about the support your family had?":
      "በአጠቃላይ ቤተሰባችሁ ስላገኘው ድጋፍ ምን ይሰማችኋል?",
    "Did your worker listen to you and take your views seriously?":
      "ሠራተኛችሁ አዳምጧችኋል? ሐሳባችሁንስ በቁም ነገር ወስዷል?",
    "Did your worker explain things in a way that was easy to understand?":
      "ሠራተኛችሁ ነገሮችን በቀላሉ በሚገባ መንገድ አስረድቷችኋል?",
    "Did you help decide what went into your family's plan?":
      "በቤተሰባችሁ ዕቅድ ውስጥ ምን እንደሚካተት በመወሰን ተሳትፋችኋል?",
    "What did the support help with?": "ድጋፉ በምን ረዳ?",
    "Routines at home": "በቤት ውስጥ የዕለት ተዕለት ሥርዓት",
    "Children's behaviour": "የልጆች ባህሪ",
    "School attendance or learning": "ትምህርት ቤት መገኘት ወይም መማር",
    "Money or debt": "ገንዘብ ወይም ዕዳ",
    "Health or wellbeing": "ጤና ወይም ደህንነት",
    "Family relationships": "የቤተሰብ ግንኙነቶች",
    "What changed": "ምን ተቀየረ",
    "How much difference has the support made to your family?": "ድጋፉ ለቤተሰባችሁ ምን ያህል ለውጥ አምጥቷል?",
    "No difference": "ምንም ለውጥ የለም",
    "A big difference": "ትልቅ ለውጥ",
    "Compared with when the support started, are things now…": "ድጋፉ ከተጀመረበት ጊዜ ጋር ሲነጻጸር፣ አሁን ነገሮች…",
    Better: "የተሻሉ ናቸው",
    "About the same": "ተመሳሳይ ናቸው",
    Worse: "የባሱ ናቸው",
    "Does everyone in your family feel safe at home now?": "አሁን በቤተሰባችሁ ውስጥ ሁሉም በቤት ደህንነት ይሰማቸዋል?",
    "Do you know where to go for help if you need it again?":
      "እንደገና እርዳታ ቢያስፈልጋችሁ ወዴት መሄድ እንዳለባችሁ ታውቃላችሁ?",
    "Would you tell another family to ask for early help?": "ሌላ ቤተሰብ የቅድመ እርዳታ እንዲጠይቅ ትመክራላችሁ?",
    "In your words": "በራሳችሁ ቃላት",
    "What worked well for your family?": "ለቤተሰባችሁ ምን ጥሩ ሠራ?",
    "What could we have done better?": "ምን የተሻለ ማድረግ እንችል ነበር?",
    "Young people: what would you like workers to know about getting help as a family?":
      "ወጣቶች፦ ሠራተኞች እንደ ቤተሰብ እርዳታ ስለማግኘት ምን እንዲያውቁ ትፈልጋላችሁ?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
