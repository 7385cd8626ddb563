/**
 * Tigrinya words for the six templates, in Ethiopic script. The child is spoken to in the plural
 * (ንስኹም) forms, which Tigrinya forms use so as not to guess a child's gender. Numbers stay in
 * the digits the English has. Not yet reviewed by a native speaker.
 */
export const phrasebook = {
  language: "ti",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "ህይወተይ",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "ህይወትኩም ከመይ ከም ዘሎ ክንፈልጥ ንደሊ። ሓደ ዓቢ ሰብ ምሳኹም ከንብቦ ይኽእል።",
    "Hello! Here are some questions about you.": "ሰላም! ብዛዕባኹም ገለ ሕቶታት ኣለዉ።",
    "There are no right or wrong answers. You can skip any question you like.":
      "ቅኑዕ ወይ ጌጋ መልሲ የለን። ዝደለኹምዎ ሕቶ ክትሓልፍዎ ትኽእሉ ኢኹም።",
    "My home": "ገዛይ",
    "How do you feel about where you live?": "ብዛዕባ እትነብሩሉ ቦታ እንታይ ይስምዓኩም?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "ብዛዕባ እትነብሩሉ ቦታ እንታይ ይስምዓኩም? ጽቡቕ ኣይኮነን፣ ደሓን፣ ወይስ ጽቡቕ?",
    "Do you feel safe at home?": "ኣብ ገዛ ድሕንነት ይስምዓኩም ዶ?",
    "Safe means nobody hurts you or scares you.": "ድሕንነት ማለት ሓደ ሰብ ከይጎድኣኩም ወይ ከየፍርሓኩም እዩ።",
    "Who could you tell if you felt scared?": "እንተ ፈሪሕኩም ንመን ክትነግሩ ትኽእሉ?",
    "The grown-up I live with": "ምሳይ ዝነብር ዓቢ ሰብ",
    "My social worker": "ማሕበራዊ ሰራሕተኛይ",
    "My teacher": "መምህረይ",
    "Someone else": "ካልእ ሰብ",
    "I don't know who to tell": "ንመን ከም ዝነግር ኣይፈልጥን",
    "How do the grown-ups you live with make you feel?": "ምሳኹም ዝነብሩ ዓበይቲ ሰባት እንታይ የስምዑኹም?",
    "Do you have your own special things at home, like toys or a blanket?":
      "ኣብ ገዛ ናይ ባዕልኹም ፍሉይ ነገራት፣ ከም መጻወቲ ወይ ኮበርታ፣ ኣለኩም ዶ?",
    "My people": "ሰባተይ",
    "How do you feel about how much you see your family?": "ስድራኹም ክንደይ ግዜ ከም እትርእዩ እንታይ ይስምዓኩም?",
    "Do you know who your social worker is?": "ማሕበራዊ ሰራሕተኛኹም መን ምዃኑ ትፈልጡ ዶ?",
    "Do you have friends to play with?": "ምሳኹም ዝጻወቱ ኣዕሩኽ ኣለዉኹም ዶ?",
    "School and fun": "ቤት ትምህርትን ጸወታን",
    "How do you feel at school?": "ኣብ ቤት ትምህርቲ እንታይ ይስምዓኩም?",
    "What do you like doing best?": "ካብ ኩሉ እንታይ ምግባር ትፈትዉ?",
    "You can pick up to three.": "ክሳብ ሰለስተ ክትመርጹ ትኽእሉ ኢኹም።",
    "Playing outside": "ኣብ ደገ ምጽዋት",
    Games: "ጸወታታት",
    "Drawing and making things": "ምስኣልን ነገራት ምስራሕን",
    "Stories and books": "ዛንታታትን መጻሕፍትን",
    "Sport and running about": "ስፖርትን ጉያን",
    "Music and dancing": "ሙዚቃን ሳዕስዒትን",
    Animals: "እንስሳታት",
    "My three houses": "ሰለስተ ገዛውተይ",
    "What is good in your life? Pick the pictures.": "ኣብ ህይወትኩም እንታይ ጽቡቕ ኣሎ? ስእልታት ምረጹ።",
    "This is your house of good things. You can pick as many as you like.":
      "እዚ ገዛ ጽቡቓት ነገራትኩም እዩ። ዝደለኹምዎ ኩሉ ክትመርጹ ትኽእሉ ኢኹም።",
    "The grown-ups I live with": "ምሳይ ዝነብሩ ዓበይቲ ሰባት",
    "My family": "ስድራይ",
    "My friends": "ኣዕሩኸይ",
    School: "ቤት ትምህርቲ",
    Playing: "ምጽዋት",
    "Animals and pets": "እንስሳታትን ዘቤታዊ እንስሳታትን",
    "Does anything make you sad or worried? Pick the pictures.":
      "ዘሕዝነኩም ወይ ዘተሓሳስበኩም ነገር ኣሎ ዶ? ስእልታት ምረጹ።",
    "This is your house of worries. You can pick as many as you like.":
      "እዚ ገዛ ጭንቀታትኩም እዩ። ዝደለኹምዎ ኩሉ ክትመርጹ ትኽእሉ ኢኹም።",
    Home: "ገዛ",
    Friends: "ኣዕሩኽ",
    "Going to sleep": "ምድቃስ",
    "Feeling poorly": "ሕማም ክስምዓኒ ከሎ",
    "Nothing worries me": "ዘተሓሳስበኒ ነገር የለን",
    "If you could have one wish, which would it be?": "ሓንቲ ትምኒት እንተ ትረኽቡ፣ እንታይ ምኾነት?",
    "This is your house of dreams.": "እዚ ገዛ ሕልምታትኩም እዩ።",
    "More time with my family": "ምስ ስድራይ ዝያዳ ግዜ",
    "More time with friends": "ምስ ኣዕሩኽ ዝያዳ ግዜ",
    "A pet": "ዘቤታዊ እንስሳ",
    "A day out somewhere": "ሓደ መዓልቲ ናብ ገለ ቦታ ምውጻእ",
    "To stay where I live": "ኣብ ዝነብረሉ ክጸንሕ",
    "Something else": "ካልእ ነገር",
    "Is there anything else you want to tell the grown-up with you?":
      "ነቲ ምሳኹም ዘሎ ዓቢ ሰብ ክትነግርዎ እትደልዩ ካልእ ነገር ኣሎ ዶ?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "ግድን ኣይኮነን። እንተ ደሊኹም፣ እቲ ዓቢ ሰብ ቃላትኩም ኣብዚ ክጽሕፈልኩም ይኽእል።",

    // My life in care (8 to 11)
    "My life in care": "ህይወተይ ኣብ ክንክን",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "ንቖልዑ ኣብ ክንክን ነገራት ከነመሓይሽ፣ ህይወትኩም ከመይ ምዃኑ ክንሰምዕ ንደሊ።",
    "Where I live": "ዝነብረሉ ቦታ",
    "How do you feel about where you live now?": "ሕጂ ብዛዕባ እትነብሩሉ ቦታ እንታይ ይስምዓኩም?",
    "Do you feel safe where you live?": "ኣብ እትነብሩሉ ቦታ ድሕንነት ይስምዓኩም ዶ?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "ድሕንነት ማለት ሓደ ሰብ ከይጎድኣኩም፣ ከየፍርሓኩም ወይ ሕማቕ ከየስምዓኩም እዩ።",
    "Who would you talk to if you didn't feel safe?": "ድሕንነት እንተ ዘይተሰምዓኩም ምስ መን ምተዛረብኩም?",
    "You can also phone Childline for free on 0800 1111.":
      "ናብ Childline ድማ ብነጻ ኣብ 0800 1111 ክትድውሉ ትኽእሉ ኢኹም።",
    "My carer": "ኣላዪየይ",
    "A teacher": "መምህር",
    "Someone in my family": "ካብ ስድራይ ሓደ ሰብ",
    "How much do you feel you belong where you live?": "ኣብ እትነብሩሉ ቦታ ክንደይ ናትኩም ከም ዝኾነ ይስምዓኩም?",
    "Not at all": "ፈጺሙ ኣይኮነን",
    Completely: "ምሉእ ብምሉእ",
    "Do the adults you live with listen to you?": "ምሳኹም ዝነብሩ ዓበይቲ ሰባት ይሰምዑኹም ዶ?",
    "How do you feel about how often you see or talk to your family?":
      "ስድራኹም ክንደይ ግዜ ከም እትርእዩ ወይ እተዘራርቡ እንታይ ይስምዓኩም?",
    "It's about right": "ልክዕ እዩ",
    "I'd like more": "ዝያዳ ምደለኹ",
    "I'd like less": "ውሑድ ምደለኹ",
    "I'm not sure": "ርግጸኛ ኣይኮንኩን",
    "Can you talk to your social worker when you need to?":
      "ኣብ ዘድልየኩም ግዜ ምስ ማሕበራዊ ሰራሕተኛኹም ክትዛረቡ ትኽእሉ ዶ?",
    "Is there an adult you trust and can talk to about anything?":
      "እትኣምንዎን ብዛዕባ ዝኾነ ነገር እተዘራርብዎን ዓቢ ሰብ ኣሎ ዶ?",
    "How do you feel about school?": "ብዛዕባ ቤት ትምህርቲ እንታይ ይስምዓኩም?",
    "Is there someone at school who helps when things are hard?":
      "ነገራት ምስ ዝኸብዱ ዝሕግዘኩም ሰብ ኣብ ቤት ትምህርቲ ኣሎ ዶ?",
    "What do you enjoy doing in your free time?": "ኣብ ናጻ ግዜኹም እንታይ ምግባር ትፈትዉ?",
    "Pick as many as you like.": "ዝደለኹምዎ ኩሉ ምረጹ።",
    "Sport or clubs": "ስፖርት ወይ ክለባት",
    "Seeing friends": "ኣዕሩኽ ምርኣይ",
    "Art and making things": "ስነ ጥበብን ነገራት ምስራሕን",
    "Music or dance": "ሙዚቃ ወይ ሳዕስዒት",
    Reading: "ምንባብ",
    "Being outdoors": "ኣብ ደገ ምዃን",
    "Having a say": "ድምጺ ምህላው",
    "Do you get a say in decisions about your life?": "ብዛዕባ ህይወትኩም ኣብ ዝወሃብ ውሳነታት ርእይቶኹም ትህቡ ዶ?",
    "Fill in your three houses.": "ሰለስተ ገዛውትኹም መልኡ።",
    "Write in one, two or all three. Short is fine.":
      "ኣብ ሓደ፣ ክልተ ወይ ኣብ ኩሎም ሰለስቲኦም ጽሓፉ። ሓጺር እውን ይኣክል።",
    "If you could change one thing about your life, what would it be?":
      "ሓደ ነገር ኣብ ህይወትኩም ክትቅይሩ እንተ ትኽእሉ፣ እንታይ ምኾነ?",

    // My life in care (12 to 17)
    "Your life in care": "ህይወትኩም ኣብ ክንክን",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "ነገራት ከመይ ከም ዘለዉ ብቕንዕና ንገሩና። ጸብጻባት መን እንታይ ከም ዝበለ ፈጺሞም ኣየርእዩን፣ ዝኾነ ነገር ድማ ክትሓልፉ ትኽእሉ ኢኹም።",
    "How settled do you feel where you live?": "ኣብ እትነብሩሉ ቦታ ክንደይ ተደላዲልኩም ይስምዓኩም?",
    "Do you feel safe when you're out in your area?": "ኣብ ከባቢኹም ኣብ ደገ ክትኮኑ ከለኹም ድሕንነት ይስምዓኩም ዶ?",
    "If you didn't feel safe, who would you tell?": "ድሕንነት እንተ ዘይተሰምዓኩም ንመን ምነገርኩም?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline ነጻን ምስጢራውን እዩ፦ 0800 1111፣ ወይ childline.org.uk።",
    "My carer or key worker": "ኣላዪየይ ወይ ቀንዲ ሰራሕተኛይ",
    "Someone at school or college": "ኣብ ቤት ትምህርቲ ወይ ኮሌጅ ዘሎ ሰብ",
    "A friend": "ዓርኪ",
    "I wouldn't tell anyone": "ንሓደ ሰብ እውን ኣይምነገርኩን",
    "Do the people you live with make you feel cared about?": "ምሳኹም ዝነብሩ ሰባት ከም ዝግደሱልኩም የስምዑኹም ዶ?",
    "Do you get enough privacy where you live?": "ኣብ እትነብሩሉ ቦታ እኹል ብሕትና ኣለኩም ዶ?",
    "Family and support": "ስድራን ደገፍን",
    "How do you feel about the contact you have with your family?":
      "ምስ ስድራኹም ብዛዕባ ዘለኩም ርክብ እንታይ ይስምዓኩም?",
    "I want more": "ዝያዳ እደሊ",
    "I want less": "ውሑድ እደሊ",
    "It's complicated": "ዝተሓላለኸ እዩ",
    "How many social workers have you had in the last 12 months?":
      "ኣብ ዝሓለፉ 12 ኣዋርሕ ክንደይ ማሕበራዊ ሰራሕተኛታት ነይሮምኹም?",
    One: "ሓደ",
    Two: "ክልተ",
    "Three or more": "ሰለስተ ወይ ልዕሊኡ",
    "I don't know": "ኣይፈልጥን",
    "Do you trust your social worker?": "ንማሕበራዊ ሰራሕተኛኹም ትኣምንዎ ዶ?",
    "Do you feel listened to at your review meetings?": "ኣብ ኣኼባታት ግምገማኹም ከም እተሰማዕኩም ይስምዓኩም ዶ?",
    "School and the future": "ቤት ትምህርትን መጻኢን",
    "How are things going at school or college?": "ኣብ ቤት ትምህርቲ ወይ ኮሌጅ ነገራት ከመይ ይኸዱ ኣለዉ?",
    "What's on your mind at the moment?": "ሕጂ እንታይ የተሓሳስበኩም ኣሎ?",
    "Choose any that fit.": "ዝሰማምዓኩም ምረጹ።",
    "School or college": "ቤት ትምህርቲ ወይ ኮሌጅ",
    Family: "ስድራ",
    "Health or feelings": "ጥዕና ወይ ስምዒታት",
    Money: "ገንዘብ",
    "My future": "መጻኢየይ",
    "Nothing much": "ብዙሕ ነገር የለን",
    "How hopeful do you feel about your future?": "ብዛዕባ መጻኢኹም ክንደይ ተስፋ ኣለኩም?",
    "Not hopeful": "ተስፋ የብለይን",
    "Very hopeful": "ብዙሕ ተስፋ ኣለኒ",
    "What is one thing that would make your life better?": "ህይወትኩም ዘመሓይሽ ሓደ ነገር እንታይ እዩ?",
    "Is there anything else you want the people in charge to know?":
      "እቶም ሓለፍቲ ክፈልጥዎ እትደልዩ ካልእ ነገር ኣሎ ዶ?",

    // Leaving care
    "Leaving care: how's it going?": "ካብ ክንክን ምውጻእ፦ ከመይ ኣሎ?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "ካብ ክንክን ምውጻእ ከመይ ምዃኑ ካብ ማንም ንላዕሊ ትፈልጡ። መልስታትኩም ነቲ እነቕርቦ ደገፍ ይቐርጽዎ።",
    "Where are you living at the moment?": "ሕጂ ኣበይ ትነብሩ ኣለኹም?",
    "My own flat or house": "ናተይ ኣፓርትመንት ወይ ገዛ",
    "With my former foster carers": "ምስ ናይ ቀደም ኣሳደግተይ",
    "Supported accommodation": "ደገፍ ዘለዎ መንበሪ",
    "With family or friends": "ምስ ስድራ ወይ ኣዕሩኽ",
    "Student housing": "መንበሪ ተማሃሮ",
    "I don't have a settled place": "ርጉእ መንበሪ የብለይን",
    "Somewhere else": "ካልእ ቦታ",
    "How settled do you feel in your home?": "ኣብ ገዛኹም ክንደይ ተደላዲልኩም ይስምዓኩም?",
    Support: "ደገፍ",
    "How easy is it to get hold of your personal adviser?": "ንውልቃዊ ኣማኻሪኹም ምርካብ ክንደይ ቀሊል እዩ?",
    Easy: "ቀሊል",
    "Sometimes easy, sometimes not": "ሓደ ሓደ ግዜ ቀሊል፣ ሓደ ሓደ ግዜ ኣይኮነን",
    Hard: "ከቢድ",
    "I don't know who my adviser is": "ኣማኻሪየይ መን ምዃኑ ኣይፈልጥን",
    "Did you help write your pathway plan?": "መደብ መንገድኹም ኣብ ምጽሓፍ ተሳቲፍኩም ዶ?",
    "Do you know what our local offer for care leavers gives you?":
      "ከባቢያዊ ኣቕርቦትና ካብ ክንክን ንዝወጹ መንእሰያት እንታይ ከም ዝህበኩም ትፈልጡ ዶ?",
    "The local offer lists the help, money and services you're entitled to.":
      "ከባቢያዊ ኣቕርቦት ነቲ መሰልኩም ዝኾነ ሓገዝ፣ ገንዘብን ኣገልግሎታትን ይዝርዝር።",
    "How connected do you feel to people who care about you?":
      "ምስቶም ዝግደሱልኩም ሰባት ክንደይ ርክብ ከም ዘለኩም ይስምዓኩም?",
    "Not connected": "ርክብ የብለይን",
    "Very connected": "ብዙሕ ርክብ ኣለኒ",
    "Right now": "ሕጂ",
    "How are you managing with money?": "ምስ ገንዘብ ከመይ ትኽእልዎ ኣለኹም?",
    "What are you doing at the moment?": "ሕጂ እንታይ ትገብሩ ኣለኹም?",
    "Choose all that apply.": "ዝምልከተኩም ኩሉ ምረጹ።",
    "College or sixth form": "ኮሌጅ ወይ ላዕለዋይ ካልኣይ ደረጃ",
    University: "ዩኒቨርሲቲ",
    Working: "እሰርሕ ኣለኹ",
    "An apprenticeship or training": "ናይ ሞያ ልምምድ ወይ ስልጠና",
    "Looking for work or a course": "ስራሕ ወይ ኮርስ እደሊ ኣለኹ",
    "Looking after a child or someone else": "ንቖልዓ ወይ ንካልእ ሰብ እኣሊ ኣለኹ",
    "None of these right now": "ሕጂ ካብዚኣቶም ሓደ እውን የለን",
    "What would help you most right now?": "ሕጂ ኣዝዩ ዝሕግዘኩም እንታይ እዩ?",
    "Choose up to three.": "ክሳብ ሰለስተ ምረጹ።",
    "Money and budgeting": "ገንዘብን ባጀትን",
    Housing: "መንበሪ",
    "Work, college or training": "ስራሕ፣ ኮሌጅ ወይ ስልጠና",
    "Health and wellbeing": "ጥዕናን ደሓንነትን",
    "Someone to talk to": "ዘዛርበኒ ሰብ",
    "Cooking, bills and forms": "ምብሳል፣ ሕሳባትን ቅጥዕታትን",
    "What one thing should we change for young people leaving care?":
      "ካብ ክንክን ንዝወጹ መንእሰያት እንታይ ሓደ ነገር ክንቅይር ይግባእ?",

    // Before my review meeting
    "Before my review meeting": "ቅድሚ ኣኼባ ግምገማይ",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "ኣኼባ ግምገማኹም ይቐርብ ኣሎ። እቲ ኣኼባ ርእይቶኹም ክሰምዕ፣ እንታይ ከም እትሓስቡ ንገሩና።",
    "The meeting": "እቲ ኣኼባ",
    "Do you know what your review meeting is for?": "ኣኼባ ግምገማኹም ንምንታይ ምዃኑ ትፈልጡ ዶ?",
    "It's where the adults who look after you check your plan is right for you.":
      "እቶም ዝኣልዩኹም ዓበይቲ ሰባት መደብኩም ንዓኹም ቅኑዕ ምዃኑ ዝፍትሹሉ እዩ።",
    "Do you know why grown-ups have meetings about you?":
      "ዓበይቲ ሰባት ብዛዕባኹም ስለምንታይ ኣኼባ ከም ዝገብሩ ትፈልጡ ዶ?",
    "They meet to make sure you are happy and looked after.":
      "ሕጉሳትን ጽቡቕ ክንክን ዝረኽቡን ምዃንኩም ንምርግጋጽ እዮም ዝራኸቡ።",
    "How would you like to take part in the meeting?": "ኣብቲ ኣኼባ ብኸመይ ክትሳተፉ ትደልዩ?",
    "Be there for all of it": "ኣብ ኩሉ ክህሉ",
    "Be there for part of it": "ኣብ ገለ ክፋሉ ክህሉ",
    "Have someone speak for me": "ሓደ ሰብ ኣብ ክንዳይ ክዛረብ",
    "Just send my views on this form": "ርእይቶይ ብዚ ቅጥዒ ጥራይ ክሰድድ",
    "Who would you like to speak for you?": "መን ኣብ ክንዳኹም ክዛረብ ትደልዩ?",
    "An advocate": "ጠበቓ",
    "Have you seen your care plan, and did someone explain it to you?":
      "መደብ ክንክንኩም ርኢኹምዎ ዶ፣ ሓደ ሰብከ ኣረዲኡኩም ዶ?",
    "How things are": "ነገራት ከመይ ኣለዉ",
    "How are things where you live?": "ኣብ እትነብሩሉ ቦታ ነገራት ከመይ ኣለዉ?",
    "How do you feel at home?": "ኣብ ገዛ እንታይ ይስምዓኩም?",
    "How are things at school or college?": "ኣብ ቤት ትምህርቲ ወይ ኮሌጅ ነገራት ከመይ ኣለዉ?",
    "Are you happy with how often you see your family and friends?":
      "ስድራኹምን ኣዕሩኽኩምን ክንደይ ግዜ ብምርኣይኩም ሕጉሳት ዶ ኢኹም?",
    "Yes, it's about right": "እወ፣ ልክዕ እዩ",
    "I'd like to see them more": "ዝያዳ ክርእዮም ምደለኹ",
    "I'd like to see them less": "ውሑድ ክርእዮም ምደለኹ",
    "What I want the meeting to hear": "እቲ ኣኼባ ክሰምዖ ዝደልዮ",
    "What is good for you at the moment? Pick the pictures.": "ሕጂ ንዓኹም እንታይ ጽቡቕ ኣሎ? ስእልታት ምረጹ።",
    "You can pick as many as you like.": "ዝደለኹምዎ ኩሉ ክትመርጹ ትኽእሉ ኢኹም።",
    "Should the meeting talk about any of these? Pick the pictures.":
      "እቲ ኣኼባ ብዛዕባ ገለ ካብዚኣቶም ክዛረብ ይግባእ ዶ? ስእልታት ምረጹ።",
    "Pick the things that make you sad or worried, if there are any.":
      "ዘሕዝኑኹም ወይ ዘተሓሳስቡኹም ነገራት እንተ ሃልዮም ምረጽዎም።",
    "Seeing my family": "ስድራይ ምርኣይ",
    Nothing: "ዋላ ሓደ",
    "What is going well for you?": "እንታይ ጽቡቕ ይኸደልኩም ኣሎ?",
    "Is anything worrying you that the meeting should talk about?":
      "እቲ ኣኼባ ክዛረበሉ ዘለዎ ዘተሓሳስበኩም ነገር ኣሎ ዶ?",
    "Is there anything you would like to change?": "ክትቅይርዎ እትደልዩ ነገር ኣሎ ዶ?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "እቲ ምሳኹም ዘሎ ዓቢ ሰብ ንኣኼባ ክነግሮ እትደልዩ ነገር ኣሎ ዶ?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "ግድን ኣይኮነን። እንተ ደሊኹም፣ እቲ ዓቢ ሰብ ኣብዚ ክጽሕፎ ይኽእል።",

    // How was your early help?
    "How was your early help?": "ቀዳማይ ሓገዝኩም ከመይ ነይሩ?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "ምሳና ስለ እተሰራሕኩም የቐንየልና። መልስታትኩም ስም ዘይብሎም እዮም፣ ነቲ እትረኽብዎ ደገፍ ድማ ኣይቅይሩን።",
    "The support": "እቲ ደገፍ",
    "Overall, how do you feel about the support your family had?":
      "ብሓፈሻ፣ ብዛዕባ እቲ ስድራኹም ዝረኸብዎ ደገፍ እንታይ ይስምዓኩም?",
    "Did your worker listen to you and take your views seriously?":
      "ሰራሕተኛኹም ሰሚዑኩም ዶ፣ ርእይቶኹምከ ብዕቱብ ወሲዱዎ ዶ?",
    "Did your worker explain things in a way that was easy to understand?":
      "ሰራሕተኛኹም ነገራት ብቐሊሉ ብዝርዳእ መንገዲ ገሊጹልኩም ዶ?",
    "Did you help decide what went into your family's plan?":
      "ኣብ መደብ ስድራኹም እንታይ ከም ዝኣቱ ኣብ ምውሳን ተሳቲፍኩም ዶ?",
    "What did the support help with?": "እቲ ደገፍ ብእንታይ ሓጊዙ?",
    "Routines at home": "ልሙድ ንጥፈታት ኣብ ገዛ",
    "Children's behaviour": "ባህሪ ቆልዑ",
    "School attendance or learning": "ኣብ ቤት ትምህርቲ ምህላው ወይ ምምሃር",
    "Money or debt": "ገንዘብ ወይ ዕዳ",
    "Health or wellbeing": "ጥዕና ወይ ደሓንነት",
    "Family relationships": "ዝምድና ስድራ",
    "What changed": "እንታይ ተቐይሩ",
    "How much difference has the support made to your family?": "እቲ ደገፍ ኣብ ስድራኹም ክንደይ ለውጢ ኣምጺኡ?",
    "No difference": "ለውጢ የለን",
    "A big difference": "ዓቢ ለውጢ",
    "Compared with when the support started, are things now…": "እቲ ደገፍ ምስ ጀመረ ክነጻጸር ከሎ፣ ሕጂ ነገራት…",
    Better: "ዝሓሸ",
    "About the same": "ተመሳሳሊ",
    Worse: "ዝኸፍአ",
    "Does everyone in your family feel safe at home now?": "ሕጂ ኩሉ ኣባል ስድራኹም ኣብ ገዛ ድሕንነት ይስምዖ ዶ?",
    "Do you know where to go for help if you need it again?":
      "እንደገና እንተ ኣድልዩኩም ንሓገዝ ናበይ ከም እትኸዱ ትፈልጡ ዶ?",
    "Would you tell another family to ask for early help?": "ንካልእ ስድራ ቀዳማይ ሓገዝ ክሓቱ ምመኸርኩምዎም ዶ?",
    "In your words": "ብቓላትኩም",
    "What worked well for your family?": "ንስድራኹም እንታይ ጽቡቕ ሰሪሑ?",
    "What could we have done better?": "እንታይ ዝሓሸ ክንገብር ንኽእል ኔርና?",
    "Young people: what would you like workers to know about getting help as a family?":
      "መንእሰያት፦ ሰራሕተኛታት ብዛዕባ ከም ስድራ ሓገዝ ምርካብ እንታይ ክፈልጡ ትደልዩ?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
