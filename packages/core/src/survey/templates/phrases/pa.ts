/**
 * Punjabi words in Gurmukhi for the six templates, written by Chorus; no fluent speaker has
 * checked them yet. "ਤੁਸੀਂ" throughout: written Punjabi for children uses it, where "ਤੂੰ" reads
 * as rude on a page.
 */
export const phrasebook = {
  language: "pa",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "ਮੇਰੀ ਜ਼ਿੰਦਗੀ",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "ਅਸੀਂ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਤੁਹਾਡਾ ਹਾਲ ਕਿਹੋ ਜਿਹਾ ਹੈ। ਕੋਈ ਵੱਡਾ ਤੁਹਾਡੇ ਨਾਲ ਇਹ ਪੜ੍ਹ ਸਕਦਾ ਹੈ।",
    "My home": "ਮੇਰਾ ਘਰ",
    "My people": "ਮੇਰੇ ਆਪਣੇ",
    "School and fun": "ਸਕੂਲ ਅਤੇ ਖੇਡ",
    "My three houses": "ਮੇਰੇ ਤਿੰਨ ਘਰ",
    "Hello! Here are some questions about you.": "ਸਤ ਸ੍ਰੀ ਅਕਾਲ! ਇਹ ਤੁਹਾਡੇ ਬਾਰੇ ਕੁਝ ਸਵਾਲ ਹਨ।",
    "There are no right or wrong answers. You can skip any question you like.":
      "ਕੋਈ ਜਵਾਬ ਸਹੀ ਜਾਂ ਗਲਤ ਨਹੀਂ ਹੈ। ਤੁਸੀਂ ਜਿਹੜਾ ਸਵਾਲ ਚਾਹੋ ਛੱਡ ਸਕਦੇ ਹੋ।",
    "How do you feel about where you live?": "ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ, ਉੱਥੇ ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਲੱਗਦਾ ਹੈ?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ, ਉੱਥੇ ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਲੱਗਦਾ ਹੈ? ਚੰਗਾ ਨਹੀਂ, ਠੀਕ ਹੈ, ਜਾਂ ਚੰਗਾ?",
    "Do you feel safe at home?": "ਕੀ ਤੁਸੀਂ ਘਰ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?",
    "Safe means nobody hurts you or scares you.":
      "ਸੁਰੱਖਿਅਤ ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਕੋਈ ਤੁਹਾਨੂੰ ਦੁੱਖ ਨਹੀਂ ਦਿੰਦਾ ਜਾਂ ਡਰਾਉਂਦਾ ਨਹੀਂ।",
    "Who could you tell if you felt scared?": "ਜੇ ਤੁਹਾਨੂੰ ਡਰ ਲੱਗੇ ਤਾਂ ਤੁਸੀਂ ਕਿਸ ਨੂੰ ਦੱਸ ਸਕਦੇ ਹੋ?",
    "The grown-up I live with": "ਉਹ ਵੱਡਾ ਜਿਸ ਨਾਲ ਮੈਂ ਰਹਿੰਦਾ ਹਾਂ",
    "My social worker": "ਮੇਰਾ ਸੋਸ਼ਲ ਵਰਕਰ",
    "My teacher": "ਮੇਰਾ ਅਧਿਆਪਕ",
    "Someone else": "ਕੋਈ ਹੋਰ",
    "I don't know who to tell": "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿਸ ਨੂੰ ਦੱਸਾਂ",
    "How do the grown-ups you live with make you feel?":
      "ਜਿਨ੍ਹਾਂ ਵੱਡਿਆਂ ਨਾਲ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ, ਉਨ੍ਹਾਂ ਨਾਲ ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਲੱਗਦਾ ਹੈ?",
    "Do you have your own special things at home, like toys or a blanket?":
      "ਕੀ ਘਰ ਵਿੱਚ ਤੁਹਾਡੀਆਂ ਆਪਣੀਆਂ ਖ਼ਾਸ ਚੀਜ਼ਾਂ ਹਨ, ਜਿਵੇਂ ਖਿਡੌਣੇ ਜਾਂ ਕੰਬਲ?",
    "How do you feel about how much you see your family?":
      "ਤੁਸੀਂ ਆਪਣੇ ਪਰਿਵਾਰ ਨੂੰ ਜਿੰਨਾ ਮਿਲਦੇ ਹੋ, ਉਸ ਬਾਰੇ ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਲੱਗਦਾ ਹੈ?",
    "Do you know who your social worker is?": "ਕੀ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਤੁਹਾਡਾ ਸੋਸ਼ਲ ਵਰਕਰ ਕੌਣ ਹੈ?",
    "Do you have friends to play with?": "ਕੀ ਤੁਹਾਡੇ ਦੋਸਤ ਹਨ ਜਿਨ੍ਹਾਂ ਨਾਲ ਤੁਸੀਂ ਖੇਡਦੇ ਹੋ?",
    "How do you feel at school?": "ਸਕੂਲ ਵਿੱਚ ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਲੱਗਦਾ ਹੈ?",
    "What do you like doing best?": "ਤੁਹਾਨੂੰ ਸਭ ਤੋਂ ਵੱਧ ਕੀ ਕਰਨਾ ਚੰਗਾ ਲੱਗਦਾ ਹੈ?",
    "You can pick up to three.": "ਤੁਸੀਂ ਤਿੰਨ ਤੱਕ ਚੁਣ ਸਕਦੇ ਹੋ।",
    "Playing outside": "ਬਾਹਰ ਖੇਡਣਾ",
    Games: "ਖੇਡਾਂ",
    "Drawing and making things": "ਤਸਵੀਰਾਂ ਬਣਾਉਣਾ ਅਤੇ ਚੀਜ਼ਾਂ ਬਣਾਉਣਾ",
    "Stories and books": "ਕਹਾਣੀਆਂ ਅਤੇ ਕਿਤਾਬਾਂ",
    "Sport and running about": "ਖੇਡਾਂ ਅਤੇ ਦੌੜਨਾ",
    "Music and dancing": "ਸੰਗੀਤ ਅਤੇ ਨੱਚਣਾ",
    Animals: "ਜਾਨਵਰ",
    "What is good in your life? Pick the pictures.": "ਤੁਹਾਡੀ ਜ਼ਿੰਦਗੀ ਵਿੱਚ ਕੀ ਚੰਗਾ ਹੈ? ਤਸਵੀਰਾਂ ਚੁਣੋ।",
    "This is your house of good things. You can pick as many as you like.":
      "ਇਹ ਤੁਹਾਡਾ ਚੰਗੀਆਂ ਚੀਜ਼ਾਂ ਦਾ ਘਰ ਹੈ। ਤੁਸੀਂ ਜਿੰਨੀਆਂ ਚਾਹੋ ਚੁਣ ਸਕਦੇ ਹੋ।",
    "The grown-ups I live with": "ਉਹ ਵੱਡੇ ਜਿਨ੍ਹਾਂ ਨਾਲ ਮੈਂ ਰਹਿੰਦਾ ਹਾਂ",
    "My family": "ਮੇਰਾ ਪਰਿਵਾਰ",
    "My friends": "ਮੇਰੇ ਦੋਸਤ",
    School: "ਸਕੂਲ",
    Playing: "ਖੇਡਣਾ",
    "Animals and pets": "ਜਾਨਵਰ ਅਤੇ ਪਾਲਤੂ ਜਾਨਵਰ",
    "Does anything make you sad or worried? Pick the pictures.":
      "ਕੀ ਕੋਈ ਚੀਜ਼ ਤੁਹਾਨੂੰ ਉਦਾਸ ਜਾਂ ਪਰੇਸ਼ਾਨ ਕਰਦੀ ਹੈ? ਤਸਵੀਰਾਂ ਚੁਣੋ।",
    "This is your house of worries. You can pick as many as you like.":
      "ਇਹ ਤੁਹਾਡਾ ਫ਼ਿਕਰਾਂ ਦਾ ਘਰ ਹੈ। ਤੁਸੀਂ ਜਿੰਨੀਆਂ ਚਾਹੋ ਚੁਣ ਸਕਦੇ ਹੋ।",
    Home: "ਘਰ",
    Friends: "ਦੋਸਤ",
    "Going to sleep": "ਸੌਣ ਜਾਣਾ",
    "Feeling poorly": "ਤਬੀਅਤ ਖ਼ਰਾਬ ਹੋਣਾ",
    "Nothing worries me": "ਮੈਨੂੰ ਕੋਈ ਫ਼ਿਕਰ ਨਹੀਂ",
    "If you could have one wish, which would it be?": "ਜੇ ਤੁਹਾਡੀ ਇੱਕ ਇੱਛਾ ਪੂਰੀ ਹੋ ਸਕੇ, ਤਾਂ ਉਹ ਕੀ ਹੋਵੇਗੀ?",
    "This is your house of dreams.": "ਇਹ ਤੁਹਾਡਾ ਸੁਪਨਿਆਂ ਦਾ ਘਰ ਹੈ।",
    "More time with my family": "ਪਰਿਵਾਰ ਨਾਲ ਹੋਰ ਸਮਾਂ",
    "More time with friends": "ਦੋਸਤਾਂ ਨਾਲ ਹੋਰ ਸਮਾਂ",
    "A pet": "ਇੱਕ ਪਾਲਤੂ ਜਾਨਵਰ",
    "A day out somewhere": "ਕਿਤੇ ਇੱਕ ਦਿਨ ਦੀ ਸੈਰ",
    "To stay where I live": "ਜਿੱਥੇ ਰਹਿੰਦਾ ਹਾਂ ਉੱਥੇ ਹੀ ਰਹਿਣਾ",
    "Something else": "ਕੁਝ ਹੋਰ",
    "Is there anything else you want to tell the grown-up with you?":
      "ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਨਾਲ ਵਾਲੇ ਵੱਡੇ ਨੂੰ ਕੁਝ ਹੋਰ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਹੋ?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "ਜ਼ਰੂਰੀ ਨਹੀਂ। ਜੇ ਤੁਸੀਂ ਚਾਹੋ, ਤਾਂ ਵੱਡਾ ਤੁਹਾਡੇ ਸ਼ਬਦ ਇੱਥੇ ਲਿਖ ਸਕਦਾ ਹੈ।",
    // My life in care (8 to 11)
    "My life in care": "ਦੇਖਭਾਲ ਵਿੱਚ ਮੇਰੀ ਜ਼ਿੰਦਗੀ",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "ਅਸੀਂ ਸੁਣਨਾ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਤੁਹਾਡੀ ਜ਼ਿੰਦਗੀ ਕਿਹੋ ਜਿਹੀ ਹੈ, ਤਾਂ ਜੋ ਅਸੀਂ ਦੇਖਭਾਲ ਵਿੱਚ ਰਹਿੰਦੇ ਬੱਚਿਆਂ ਲਈ ਚੀਜ਼ਾਂ ਬਿਹਤਰ ਬਣਾ ਸਕੀਏ।",
    "Where I live": "ਜਿੱਥੇ ਮੈਂ ਰਹਿੰਦਾ ਹਾਂ",
    "Having a say": "ਮੇਰੀ ਰਾਏ",
    "How do you feel about where you live now?": "ਜਿੱਥੇ ਤੁਸੀਂ ਹੁਣ ਰਹਿੰਦੇ ਹੋ, ਉੱਥੇ ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਲੱਗਦਾ ਹੈ?",
    "Do you feel safe where you live?": "ਕੀ ਤੁਸੀਂ ਜਿੱਥੇ ਰਹਿੰਦੇ ਹੋ ਉੱਥੇ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "ਸੁਰੱਖਿਅਤ ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਕੋਈ ਤੁਹਾਨੂੰ ਦੁੱਖ ਨਹੀਂ ਦਿੰਦਾ, ਡਰਾਉਂਦਾ ਨਹੀਂ ਜਾਂ ਬੁਰਾ ਮਹਿਸੂਸ ਨਹੀਂ ਕਰਵਾਉਂਦਾ।",
    "Who would you talk to if you didn't feel safe?": "ਜੇ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਨਾ ਕਰੋ ਤਾਂ ਕਿਸ ਨਾਲ ਗੱਲ ਕਰੋਗੇ?",
    "You can also phone Childline for free on 0800 1111.":
      "ਤੁਸੀਂ Childline ਨੂੰ 0800 1111 ਉੱਤੇ ਮੁਫ਼ਤ ਫ਼ੋਨ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।",
    "My carer": "ਮੇਰੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਾ",
    "A teacher": "ਕੋਈ ਅਧਿਆਪਕ",
    "Someone in my family": "ਮੇਰੇ ਪਰਿਵਾਰ ਵਿੱਚੋਂ ਕੋਈ",
    "How much do you feel you belong where you live?":
      "ਤੁਹਾਨੂੰ ਕਿੰਨਾ ਲੱਗਦਾ ਹੈ ਕਿ ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ ਉਹ ਤੁਹਾਡੀ ਆਪਣੀ ਥਾਂ ਹੈ?",
    "Not at all": "ਬਿਲਕੁਲ ਨਹੀਂ",
    Completely: "ਪੂਰੀ ਤਰ੍ਹਾਂ",
    "Do the adults you live with listen to you?":
      "ਕੀ ਜਿਨ੍ਹਾਂ ਵੱਡਿਆਂ ਨਾਲ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ ਉਹ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਦੇ ਹਨ?",
    "How do you feel about how often you see or talk to your family?":
      "ਤੁਸੀਂ ਆਪਣੇ ਪਰਿਵਾਰ ਨੂੰ ਜਿੰਨੀ ਵਾਰ ਮਿਲਦੇ ਜਾਂ ਗੱਲ ਕਰਦੇ ਹੋ, ਉਸ ਬਾਰੇ ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਲੱਗਦਾ ਹੈ?",
    "It's about right": "ਲਗਭਗ ਠੀਕ ਹੈ",
    "I'd like more": "ਮੈਂ ਹੋਰ ਚਾਹੁੰਦਾ ਹਾਂ",
    "I'd like less": "ਮੈਂ ਘੱਟ ਚਾਹੁੰਦਾ ਹਾਂ",
    "I'm not sure": "ਮੈਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ",
    "Can you talk to your social worker when you need to?":
      "ਕੀ ਲੋੜ ਪੈਣ ਤੇ ਤੁਸੀਂ ਆਪਣੇ ਸੋਸ਼ਲ ਵਰਕਰ ਨਾਲ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ?",
    "Is there an adult you trust and can talk to about anything?":
      "ਕੀ ਕੋਈ ਵੱਡਾ ਹੈ ਜਿਸ ਉੱਤੇ ਤੁਸੀਂ ਭਰੋਸਾ ਕਰਦੇ ਹੋ ਅਤੇ ਜਿਸ ਨਾਲ ਕਿਸੇ ਵੀ ਗੱਲ ਬਾਰੇ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ?",
    "How do you feel about school?": "ਤੁਹਾਨੂੰ ਸਕੂਲ ਕਿਵੇਂ ਲੱਗਦਾ ਹੈ?",
    "Is there someone at school who helps when things are hard?":
      "ਕੀ ਸਕੂਲ ਵਿੱਚ ਕੋਈ ਹੈ ਜੋ ਔਖੇ ਸਮੇਂ ਮਦਦ ਕਰਦਾ ਹੈ?",
    "What do you enjoy doing in your free time?": "ਵਿਹਲੇ ਸਮੇਂ ਵਿੱਚ ਤੁਹਾਨੂੰ ਕੀ ਕਰਨਾ ਚੰਗਾ ਲੱਗਦਾ ਹੈ?",
    "Pick as many as you like.": "ਜਿੰਨੇ ਚਾਹੋ ਚੁਣੋ।",
    "Sport or clubs": "ਖੇਡਾਂ ਜਾਂ ਕਲੱਬ",
    "Seeing friends": "ਦੋਸਤਾਂ ਨੂੰ ਮਿਲਣਾ",
    "Art and making things": "ਕਲਾ ਅਤੇ ਚੀਜ਼ਾਂ ਬਣਾਉਣਾ",
    "Music or dance": "ਸੰਗੀਤ ਜਾਂ ਨਾਚ",
    Reading: "ਪੜ੍ਹਨਾ",
    "Being outdoors": "ਬਾਹਰ ਖੁੱਲ੍ਹੀ ਹਵਾ ਵਿੱਚ ਰਹਿਣਾ",
    "Do you get a say in decisions about your life?":
      "ਕੀ ਤੁਹਾਡੀ ਜ਼ਿੰਦਗੀ ਬਾਰੇ ਫ਼ੈਸਲਿਆਂ ਵਿੱਚ ਤੁਹਾਡੀ ਰਾਏ ਲਈ ਜਾਂਦੀ ਹੈ?",
    "Fill in your three houses.": "ਆਪਣੇ ਤਿੰਨ ਘਰ ਭਰੋ।",
    "Write in one, two or all three. Short is fine.": "ਇੱਕ, ਦੋ ਜਾਂ ਤਿੰਨਾਂ ਵਿੱਚ ਲਿਖੋ। ਛੋਟਾ ਵੀ ਠੀਕ ਹੈ।",
    "If you could change one thing about your life, what would it be?":
      "ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਜ਼ਿੰਦਗੀ ਵਿੱਚ ਇੱਕ ਚੀਜ਼ ਬਦਲ ਸਕੋ, ਤਾਂ ਉਹ ਕੀ ਹੋਵੇਗੀ?",
    // My life in care (12 to 17)
    "Your life in care": "ਦੇਖਭਾਲ ਵਿੱਚ ਤੁਹਾਡੀ ਜ਼ਿੰਦਗੀ",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "ਸਾਨੂੰ ਸੱਚ-ਸੱਚ ਦੱਸੋ ਕਿ ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ। ਰਿਪੋਰਟਾਂ ਕਦੇ ਨਹੀਂ ਦਿਖਾਉਂਦੀਆਂ ਕਿ ਕਿਸ ਨੇ ਕੀ ਕਿਹਾ, ਅਤੇ ਤੁਸੀਂ ਕੁਝ ਵੀ ਛੱਡ ਸਕਦੇ ਹੋ।",
    "Family and support": "ਪਰਿਵਾਰ ਅਤੇ ਸਹਾਇਤਾ",
    "School and the future": "ਸਕੂਲ ਅਤੇ ਭਵਿੱਖ",
    "How settled do you feel where you live?": "ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ, ਉੱਥੇ ਤੁਸੀਂ ਕਿੰਨਾ ਟਿਕੇ ਹੋਏ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?",
    "Do you feel safe when you're out in your area?":
      "ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਇਲਾਕੇ ਵਿੱਚ ਬਾਹਰ ਹੁੰਦਿਆਂ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?",
    "If you didn't feel safe, who would you tell?": "ਜੇ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਨਾ ਕਰੋ, ਤਾਂ ਕਿਸ ਨੂੰ ਦੱਸੋਗੇ?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ ਹੈ: 0800 1111, ਜਾਂ childline.org.uk।",
    "My carer or key worker": "ਮੇਰੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਾ ਜਾਂ ਕੀ ਵਰਕਰ",
    "Someone at school or college": "ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਵਿੱਚ ਕੋਈ",
    "A friend": "ਕੋਈ ਦੋਸਤ",
    "I wouldn't tell anyone": "ਮੈਂ ਕਿਸੇ ਨੂੰ ਨਹੀਂ ਦੱਸਾਂਗਾ",
    "Do the people you live with make you feel cared about?":
      "ਕੀ ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਨਾਲ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ ਉਹ ਤੁਹਾਨੂੰ ਮਹਿਸੂਸ ਕਰਵਾਉਂਦੇ ਹਨ ਕਿ ਉਨ੍ਹਾਂ ਨੂੰ ਤੁਹਾਡੀ ਪਰਵਾਹ ਹੈ?",
    "Do you get enough privacy where you live?": "ਕੀ ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ ਉੱਥੇ ਤੁਹਾਨੂੰ ਕਾਫ਼ੀ ਨਿੱਜਤਾ ਮਿਲਦੀ ਹੈ?",
    "How do you feel about the contact you have with your family?":
      "ਆਪਣੇ ਪਰਿਵਾਰ ਨਾਲ ਸੰਪਰਕ ਬਾਰੇ ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਲੱਗਦਾ ਹੈ?",
    "I want more": "ਮੈਂ ਹੋਰ ਚਾਹੁੰਦਾ ਹਾਂ",
    "I want less": "ਮੈਂ ਘੱਟ ਚਾਹੁੰਦਾ ਹਾਂ",
    "It's complicated": "ਇਹ ਗੁੰਝਲਦਾਰ ਹੈ",
    "How many social workers have you had in the last 12 months?":
      "ਪਿਛਲੇ 12 ਮਹੀਨਿਆਂ ਵਿੱਚ ਤੁਹਾਡੇ ਕਿੰਨੇ ਸੋਸ਼ਲ ਵਰਕਰ ਰਹੇ ਹਨ?",
    One: "ਇੱਕ",
    Two: "ਦੋ",
    "Three or more": "ਤਿੰਨ ਜਾਂ ਵੱਧ",
    "I don't know": "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ",
    "Do you trust your social worker?": "ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਸੋਸ਼ਲ ਵਰਕਰ ਉੱਤੇ ਭਰੋਸਾ ਕਰਦੇ ਹੋ?",
    "Do you feel listened to at your review meetings?":
      "ਕੀ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਹਾਡੀਆਂ ਰਿਵਿਊ ਮੀਟਿੰਗਾਂ ਵਿੱਚ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣੀ ਜਾਂਦੀ ਹੈ?",
    "How are things going at school or college?": "ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਵਿੱਚ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ?",
    "What's on your mind at the moment?": "ਇਸ ਵੇਲੇ ਤੁਹਾਡੇ ਮਨ ਵਿੱਚ ਕੀ ਹੈ?",
    "Choose any that fit.": "ਜੋ ਵੀ ਢੁੱਕਦਾ ਹੈ ਚੁਣੋ।",
    "School or college": "ਸਕੂਲ ਜਾਂ ਕਾਲਜ",
    Family: "ਪਰਿਵਾਰ",
    "Health or feelings": "ਸਿਹਤ ਜਾਂ ਭਾਵਨਾਵਾਂ",
    Money: "ਪੈਸੇ",
    "My future": "ਮੇਰਾ ਭਵਿੱਖ",
    "Nothing much": "ਕੁਝ ਖ਼ਾਸ ਨਹੀਂ",
    "How hopeful do you feel about your future?": "ਤੁਸੀਂ ਆਪਣੇ ਭਵਿੱਖ ਬਾਰੇ ਕਿੰਨੇ ਆਸਵੰਦ ਹੋ?",
    "Not hopeful": "ਆਸਵੰਦ ਨਹੀਂ",
    "Very hopeful": "ਬਹੁਤ ਆਸਵੰਦ",
    "What is one thing that would make your life better?":
      "ਕਿਹੜੀ ਇੱਕ ਚੀਜ਼ ਤੁਹਾਡੀ ਜ਼ਿੰਦਗੀ ਬਿਹਤਰ ਬਣਾ ਦੇਵੇਗੀ?",
    "Is there anything else you want the people in charge to know?":
      "ਕੀ ਕੁਝ ਹੋਰ ਹੈ ਜੋ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਜ਼ਿੰਮੇਵਾਰ ਲੋਕ ਜਾਣਨ?",
    // Leaving care
    "Leaving care: how's it going?": "ਦੇਖਭਾਲ ਛੱਡਣ ਤੋਂ ਬਾਅਦ: ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "ਤੁਸੀਂ ਸਭ ਤੋਂ ਵੱਧ ਜਾਣਦੇ ਹੋ ਕਿ ਦੇਖਭਾਲ ਛੱਡਣਾ ਕਿਹੋ ਜਿਹਾ ਹੁੰਦਾ ਹੈ। ਤੁਹਾਡੇ ਜਵਾਬ ਸਾਡੀ ਸਹਾਇਤਾ ਨੂੰ ਰੂਪ ਦਿੰਦੇ ਹਨ।",
    Support: "ਸਹਾਇਤਾ",
    "Right now": "ਹੁਣ",
    "Where are you living at the moment?": "ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਕਿੱਥੇ ਰਹਿ ਰਹੇ ਹੋ?",
    "My own flat or house": "ਆਪਣੇ ਫ਼ਲੈਟ ਜਾਂ ਘਰ ਵਿੱਚ",
    "With my former foster carers": "ਆਪਣੇ ਪੁਰਾਣੇ ਫ਼ੋਸਟਰ ਕੇਅਰਰਾਂ ਨਾਲ",
    "Supported accommodation": "ਸਹਾਇਤਾ ਵਾਲੀ ਰਿਹਾਇਸ਼ ਵਿੱਚ",
    "With family or friends": "ਪਰਿਵਾਰ ਜਾਂ ਦੋਸਤਾਂ ਨਾਲ",
    "Student housing": "ਵਿਦਿਆਰਥੀ ਰਿਹਾਇਸ਼ ਵਿੱਚ",
    "I don't have a settled place": "ਮੇਰੇ ਕੋਲ ਕੋਈ ਪੱਕੀ ਥਾਂ ਨਹੀਂ",
    "Somewhere else": "ਕਿਤੇ ਹੋਰ",
    "How settled do you feel in your home?": "ਤੁਸੀਂ ਆਪਣੇ ਘਰ ਵਿੱਚ ਕਿੰਨਾ ਟਿਕੇ ਹੋਏ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?",
    "How easy is it to get hold of your personal adviser?":
      "ਆਪਣੇ ਪਰਸਨਲ ਐਡਵਾਈਜ਼ਰ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਕਿੰਨਾ ਸੌਖਾ ਹੈ?",
    Easy: "ਸੌਖਾ",
    "Sometimes easy, sometimes not": "ਕਦੇ ਸੌਖਾ, ਕਦੇ ਨਹੀਂ",
    Hard: "ਔਖਾ",
    "I don't know who my adviser is": "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ ਮੇਰਾ ਐਡਵਾਈਜ਼ਰ ਕੌਣ ਹੈ",
    "Did you help write your pathway plan?": "ਕੀ ਤੁਸੀਂ ਆਪਣਾ ਪਾਥਵੇ ਪਲਾਨ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ?",
    "Do you know what our local offer for care leavers gives you?":
      "ਕੀ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਦੇਖਭਾਲ ਛੱਡਣ ਵਾਲਿਆਂ ਲਈ ਸਾਡੀ ਲੋਕਲ ਆਫ਼ਰ ਤੁਹਾਨੂੰ ਕੀ ਦਿੰਦੀ ਹੈ?",
    "The local offer lists the help, money and services you're entitled to.":
      "ਲੋਕਲ ਆਫ਼ਰ ਵਿੱਚ ਉਹ ਮਦਦ, ਪੈਸੇ ਅਤੇ ਸੇਵਾਵਾਂ ਲਿਖੀਆਂ ਹਨ ਜਿਨ੍ਹਾਂ ਦੇ ਤੁਸੀਂ ਹੱਕਦਾਰ ਹੋ।",
    "How connected do you feel to people who care about you?":
      "ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਨੂੰ ਤੁਹਾਡੀ ਪਰਵਾਹ ਹੈ, ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਨਾਲ ਕਿੰਨਾ ਜੁੜੇ ਹੋਏ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?",
    "Not connected": "ਜੁੜਿਆ ਨਹੀਂ",
    "Very connected": "ਬਹੁਤ ਜੁੜਿਆ ਹੋਇਆ",
    "How are you managing with money?": "ਪੈਸਿਆਂ ਨਾਲ ਤੁਸੀਂ ਕਿਵੇਂ ਗੁਜ਼ਾਰਾ ਕਰ ਰਹੇ ਹੋ?",
    "What are you doing at the moment?": "ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਕੀ ਕਰ ਰਹੇ ਹੋ?",
    "Choose all that apply.": "ਜੋ ਵੀ ਲਾਗੂ ਹੁੰਦਾ ਹੈ ਸਭ ਚੁਣੋ।",
    "College or sixth form": "ਕਾਲਜ ਜਾਂ ਸਿਕਸਥ ਫ਼ਾਰਮ",
    University: "ਯੂਨੀਵਰਸਿਟੀ",
    Working: "ਕੰਮ ਕਰ ਰਿਹਾ ਹਾਂ",
    "An apprenticeship or training": "ਅਪਰੈਂਟਿਸਸ਼ਿਪ ਜਾਂ ਸਿਖਲਾਈ",
    "Looking for work or a course": "ਕੰਮ ਜਾਂ ਕੋਰਸ ਲੱਭ ਰਿਹਾ ਹਾਂ",
    "Looking after a child or someone else": "ਕਿਸੇ ਬੱਚੇ ਜਾਂ ਕਿਸੇ ਹੋਰ ਦੀ ਦੇਖਭਾਲ ਕਰ ਰਿਹਾ ਹਾਂ",
    "None of these right now": "ਹੁਣ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੁਝ ਨਹੀਂ",
    "What would help you most right now?": "ਇਸ ਵੇਲੇ ਤੁਹਾਡੀ ਸਭ ਤੋਂ ਵੱਧ ਮਦਦ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਹੋਵੇਗੀ?",
    "Choose up to three.": "ਤਿੰਨ ਤੱਕ ਚੁਣੋ।",
    "Money and budgeting": "ਪੈਸੇ ਅਤੇ ਬਜਟ ਬਣਾਉਣਾ",
    Housing: "ਰਿਹਾਇਸ਼",
    "Work, college or training": "ਕੰਮ, ਕਾਲਜ ਜਾਂ ਸਿਖਲਾਈ",
    "Health and wellbeing": "ਸਿਹਤ ਅਤੇ ਤੰਦਰੁਸਤੀ",
    "Someone to talk to": "ਕੋਈ ਜਿਸ ਨਾਲ ਗੱਲ ਕਰ ਸਕਾਂ",
    "Cooking, bills and forms": "ਖਾਣਾ ਬਣਾਉਣਾ, ਬਿੱਲ ਅਤੇ ਫ਼ਾਰਮ",
    "What one thing should we change for young people leaving care?":
      "ਦੇਖਭਾਲ ਛੱਡਣ ਵਾਲੇ ਨੌਜਵਾਨਾਂ ਲਈ ਸਾਨੂੰ ਕਿਹੜੀ ਇੱਕ ਚੀਜ਼ ਬਦਲਣੀ ਚਾਹੀਦੀ ਹੈ?",
    // Before my review meeting
    "Before my review meeting": "ਮੇਰੀ ਰਿਵਿਊ ਮੀਟਿੰਗ ਤੋਂ ਪਹਿਲਾਂ",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "ਤੁਹਾਡੀ ਰਿਵਿਊ ਮੀਟਿੰਗ ਆਉਣ ਵਾਲੀ ਹੈ। ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕੀ ਸੋਚਦੇ ਹੋ, ਤਾਂ ਜੋ ਮੀਟਿੰਗ ਵਿੱਚ ਤੁਹਾਡੀ ਰਾਏ ਸੁਣੀ ਜਾਵੇ।",
    "The meeting": "ਮੀਟਿੰਗ",
    "How things are": "ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ",
    "What I want the meeting to hear": "ਮੈਂ ਮੀਟਿੰਗ ਨੂੰ ਕੀ ਸੁਣਾਉਣਾ ਚਾਹੁੰਦਾ ਹਾਂ",
    "Do you know what your review meeting is for?": "ਕੀ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਤੁਹਾਡੀ ਰਿਵਿਊ ਮੀਟਿੰਗ ਕਿਸ ਲਈ ਹੈ?",
    "It's where the adults who look after you check your plan is right for you.":
      "ਇਸ ਵਿੱਚ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਵੱਡੇ ਦੇਖਦੇ ਹਨ ਕਿ ਤੁਹਾਡਾ ਪਲਾਨ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਹੈ।",
    "Do you know why grown-ups have meetings about you?":
      "ਕੀ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਵੱਡੇ ਤੁਹਾਡੇ ਬਾਰੇ ਮੀਟਿੰਗਾਂ ਕਿਉਂ ਕਰਦੇ ਹਨ?",
    "They meet to make sure you are happy and looked after.":
      "ਉਹ ਇਹ ਪੱਕਾ ਕਰਨ ਲਈ ਮਿਲਦੇ ਹਨ ਕਿ ਤੁਸੀਂ ਖ਼ੁਸ਼ ਹੋ ਅਤੇ ਤੁਹਾਡੀ ਚੰਗੀ ਦੇਖਭਾਲ ਹੋ ਰਹੀ ਹੈ।",
    "How would you like to take part in the meeting?": "ਤੁਸੀਂ ਮੀਟਿੰਗ ਵਿੱਚ ਕਿਵੇਂ ਹਿੱਸਾ ਲੈਣਾ ਚਾਹੋਗੇ?",
    "Be there for all of it": "ਸਾਰੀ ਮੀਟਿੰਗ ਵਿੱਚ ਹਾਜ਼ਰ ਰਹਿਣਾ",
    "Be there for part of it": "ਮੀਟਿੰਗ ਦੇ ਕੁਝ ਹਿੱਸੇ ਵਿੱਚ ਹਾਜ਼ਰ ਰਹਿਣਾ",
    "Have someone speak for me": "ਕੋਈ ਮੇਰੇ ਵੱਲੋਂ ਗੱਲ ਕਰੇ",
    "Just send my views on this form": "ਬੱਸ ਇਸ ਫ਼ਾਰਮ ਉੱਤੇ ਆਪਣੀ ਰਾਏ ਭੇਜਣਾ",
    "Who would you like to speak for you?": "ਤੁਸੀਂ ਕਿਸ ਨੂੰ ਚਾਹੋਗੇ ਕਿ ਤੁਹਾਡੇ ਵੱਲੋਂ ਗੱਲ ਕਰੇ?",
    "An advocate": "ਐਡਵੋਕੇਟ (advocate)",
    "Have you seen your care plan, and did someone explain it to you?":
      "ਕੀ ਤੁਸੀਂ ਆਪਣਾ ਕੇਅਰ ਪਲਾਨ ਦੇਖਿਆ ਹੈ, ਅਤੇ ਕੀ ਕਿਸੇ ਨੇ ਤੁਹਾਨੂੰ ਸਮਝਾਇਆ?",
    "How are things where you live?": "ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ ਉੱਥੇ ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ?",
    "How do you feel at home?": "ਘਰ ਵਿੱਚ ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਲੱਗਦਾ ਹੈ?",
    "How are things at school or college?": "ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਵਿੱਚ ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ?",
    "Are you happy with how often you see your family and friends?":
      "ਕੀ ਤੁਸੀਂ ਇਸ ਗੱਲ ਤੋਂ ਖ਼ੁਸ਼ ਹੋ ਕਿ ਤੁਸੀਂ ਆਪਣੇ ਪਰਿਵਾਰ ਅਤੇ ਦੋਸਤਾਂ ਨੂੰ ਕਿੰਨੀ ਵਾਰ ਮਿਲਦੇ ਹੋ?",
    "Yes, it's about right": "ਹਾਂ, ਲਗਭਗ ਠੀਕ ਹੈ",
    "I'd like to see them more": "ਮੈਂ ਉਨ੍ਹਾਂ ਨੂੰ ਹੋਰ ਮਿਲਣਾ ਚਾਹੁੰਦਾ ਹਾਂ",
    "I'd like to see them less": "ਮੈਂ ਉਨ੍ਹਾਂ ਨੂੰ ਘੱਟ ਮਿਲਣਾ ਚਾਹੁੰਦਾ ਹਾਂ",
    "What is good for you at the moment? Pick the pictures.": "ਇਸ ਵੇਲੇ ਤੁਹਾਡੇ ਲਈ ਕੀ ਚੰਗਾ ਹੈ? ਤਸਵੀਰਾਂ ਚੁਣੋ।",
    "You can pick as many as you like.": "ਤੁਸੀਂ ਜਿੰਨੀਆਂ ਚਾਹੋ ਚੁਣ ਸਕਦੇ ਹੋ।",
    "Should the meeting talk about any of these? Pick the pictures.":
      "ਕੀ ਮੀਟਿੰਗ ਵਿੱਚ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਬਾਰੇ ਗੱਲ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ? ਤਸਵੀਰਾਂ ਚੁਣੋ।",
    "Pick the things that make you sad or worried, if there are any.":
      "ਉਹ ਚੀਜ਼ਾਂ ਚੁਣੋ ਜੋ ਤੁਹਾਨੂੰ ਉਦਾਸ ਜਾਂ ਪਰੇਸ਼ਾਨ ਕਰਦੀਆਂ ਹਨ, ਜੇ ਕੋਈ ਹਨ।",
    "Seeing my family": "ਆਪਣੇ ਪਰਿਵਾਰ ਨੂੰ ਮਿਲਣਾ",
    Nothing: "ਕੁਝ ਨਹੀਂ",
    "What is going well for you?": "ਤੁਹਾਡੇ ਲਈ ਕੀ ਚੰਗਾ ਚੱਲ ਰਿਹਾ ਹੈ?",
    "Is anything worrying you that the meeting should talk about?":
      "ਕੀ ਕੋਈ ਗੱਲ ਤੁਹਾਨੂੰ ਪਰੇਸ਼ਾਨ ਕਰ ਰਹੀ ਹੈ ਜਿਸ ਬਾਰੇ ਮੀਟਿੰਗ ਵਿੱਚ ਗੱਲ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ?",
    "Is there anything you would like to change?": "ਕੀ ਕੁਝ ਹੈ ਜੋ ਤੁਸੀਂ ਬਦਲਣਾ ਚਾਹੋਗੇ?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "ਕੀ ਕੁਝ ਹੈ ਜੋ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਤੁਹਾਡੇ ਨਾਲ ਵਾਲਾ ਵੱਡਾ ਮੀਟਿੰਗ ਨੂੰ ਦੱਸੇ?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "ਜ਼ਰੂਰੀ ਨਹੀਂ। ਜੇ ਤੁਸੀਂ ਚਾਹੋ, ਤਾਂ ਵੱਡਾ ਇਸ ਨੂੰ ਇੱਥੇ ਲਿਖ ਸਕਦਾ ਹੈ।",
    // Family feedback after early help
    "How was your early help?": "ਤੁਹਾਡੀ ਸ਼ੁਰੂਆਤੀ ਮਦਦ ਕਿਵੇਂ ਰਹੀ?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "ਸਾਡੇ ਨਾਲ ਕੰਮ ਕਰਨ ਲਈ ਧੰਨਵਾਦ। ਤੁਹਾਡੇ ਜਵਾਬ ਗੁਮਨਾਮ ਹਨ ਅਤੇ ਤੁਹਾਨੂੰ ਮਿਲਣ ਵਾਲੀ ਕਿਸੇ ਸਹਾਇਤਾ ਨੂੰ ਨਹੀਂ ਬਦਲਣਗੇ।",
    "The support": "ਸਹਾਇਤਾ",
    "What changed": "ਕੀ ਬਦਲਿਆ",
    "In your words": "ਤੁਹਾਡੇ ਸ਼ਬਦਾਂ ਵਿੱਚ",
    "Overall, how do you feel about the support your family had?":
      "ਕੁੱਲ ਮਿਲਾ ਕੇ, ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨੂੰ ਮਿਲੀ ਸਹਾਇਤਾ ਬਾਰੇ ਤੁਸੀਂ ਕੀ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?",
    "Did your worker listen to you and take your views seriously?":
      "ਕੀ ਤੁਹਾਡੇ ਵਰਕਰ ਨੇ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣੀ ਅਤੇ ਤੁਹਾਡੀ ਰਾਏ ਨੂੰ ਗੰਭੀਰਤਾ ਨਾਲ ਲਿਆ?",
    "Did your worker explain things in a way that was easy to understand?":
      "ਕੀ ਤੁਹਾਡੇ ਵਰਕਰ ਨੇ ਗੱਲਾਂ ਸੌਖੇ ਤਰੀਕੇ ਨਾਲ ਸਮਝਾਈਆਂ?",
    "Did you help decide what went into your family's plan?":
      "ਕੀ ਤੁਸੀਂ ਇਹ ਤੈਅ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕੀਤੀ ਕਿ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦੇ ਪਲਾਨ ਵਿੱਚ ਕੀ ਸ਼ਾਮਲ ਹੋਵੇ?",
    "What did the support help with?": "ਸਹਾਇਤਾ ਨੇ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਕੀਤੀ?",
    "Routines at home": "ਘਰ ਦੇ ਰੋਜ਼ਾਨਾ ਕੰਮ",
    "Children's behaviour": "ਬੱਚਿਆਂ ਦਾ ਵਿਹਾਰ",
    "School attendance or learning": "ਸਕੂਲ ਵਿੱਚ ਹਾਜ਼ਰੀ ਜਾਂ ਪੜ੍ਹਾਈ",
    "Money or debt": "ਪੈਸੇ ਜਾਂ ਕਰਜ਼ਾ",
    "Health or wellbeing": "ਸਿਹਤ ਜਾਂ ਤੰਦਰੁਸਤੀ",
    "Family relationships": "ਪਰਿਵਾਰਕ ਰਿਸ਼ਤੇ",
    "How much difference has the support made to your family?":
      "ਸਹਾਇਤਾ ਨਾਲ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਵਿੱਚ ਕਿੰਨਾ ਫ਼ਰਕ ਪਿਆ ਹੈ?",
    "No difference": "ਕੋਈ ਫ਼ਰਕ ਨਹੀਂ",
    "A big difference": "ਬਹੁਤ ਵੱਡਾ ਫ਼ਰਕ",
    "Compared with when the support started, are things now…":
      "ਸਹਾਇਤਾ ਸ਼ੁਰੂ ਹੋਣ ਵੇਲੇ ਦੇ ਮੁਕਾਬਲੇ, ਕੀ ਹੁਣ ਹਾਲਾਤ…",
    Better: "ਬਿਹਤਰ ਹਨ",
    "About the same": "ਲਗਭਗ ਉਹੀ ਹਨ",
    Worse: "ਮਾੜੇ ਹਨ",
    "Does everyone in your family feel safe at home now?":
      "ਕੀ ਹੁਣ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਵਿੱਚ ਹਰ ਕੋਈ ਘਰ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦਾ ਹੈ?",
    "Do you know where to go for help if you need it again?":
      "ਕੀ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਦੁਬਾਰਾ ਲੋੜ ਪੈਣ ਤੇ ਮਦਦ ਲਈ ਕਿੱਥੇ ਜਾਣਾ ਹੈ?",
    "Would you tell another family to ask for early help?":
      "ਕੀ ਤੁਸੀਂ ਕਿਸੇ ਹੋਰ ਪਰਿਵਾਰ ਨੂੰ ਸ਼ੁਰੂਆਤੀ ਮਦਦ ਮੰਗਣ ਦੀ ਸਲਾਹ ਦਿਓਗੇ?",
    "What worked well for your family?": "ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਲਈ ਕੀ ਚੰਗਾ ਰਿਹਾ?",
    "What could we have done better?": "ਅਸੀਂ ਕੀ ਬਿਹਤਰ ਕਰ ਸਕਦੇ ਸੀ?",
    "Young people: what would you like workers to know about getting help as a family?":
      "ਨੌਜਵਾਨੋ: ਤੁਸੀਂ ਕੀ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਵਰਕਰ ਪਰਿਵਾਰ ਵਜੋਂ ਮਦਦ ਲੈਣ ਬਾਰੇ ਜਾਣਨ?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
