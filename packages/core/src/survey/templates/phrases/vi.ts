/**
 * Vietnamese words for the six templates, speaking to the child as "bạn" with the friendly
 * "chúng mình" for us, and to the family as "bạn" with "chúng tôi". Not yet reviewed by a native
 * speaker.
 */
export const phrasebook = {
  language: "vi",
  reviewedByNativeSpeaker: false,
  phrases: {
    // My life in care (4 to 7)
    "My life": "Cuộc sống của mình",
    "We want to know what it is like for you. A grown-up can read this with you.":
      "Chúng mình muốn biết cuộc sống của bạn thế nào. Một người lớn có thể đọc cùng bạn.",
    "Hello! Here are some questions about you.": "Xin chào! Đây là vài câu hỏi về bạn.",
    "There are no right or wrong answers. You can skip any question you like.":
      "Không có câu trả lời đúng hay sai. Bạn có thể bỏ qua bất kỳ câu hỏi nào.",
    "My home": "Nhà của mình",
    "How do you feel about where you live?": "Bạn thấy thế nào về nơi bạn đang sống?",
    "How do you feel about where you live? Is it not good, OK, or good?":
      "Bạn thấy thế nào về nơi bạn đang sống? Không tốt, bình thường, hay tốt?",
    "Do you feel safe at home?": "Bạn có thấy an toàn ở nhà không?",
    "Safe means nobody hurts you or scares you.":
      "An toàn nghĩa là không ai làm đau bạn hay làm bạn sợ.",
    "Who could you tell if you felt scared?": "Nếu bạn thấy sợ, bạn có thể kể với ai?",
    "The grown-up I live with": "Người lớn sống cùng mình",
    "My social worker": "Cán bộ xã hội của mình",
    "My teacher": "Thầy cô của mình",
    "Someone else": "Một người khác",
    "I don't know who to tell": "Mình không biết nên kể với ai",
    "How do the grown-ups you live with make you feel?":
      "Những người lớn sống cùng làm bạn cảm thấy thế nào?",
    "Do you have your own special things at home, like toys or a blanket?":
      "Ở nhà bạn có những đồ riêng mà bạn quý, như đồ chơi hay chăn không?",
    "My people": "Những người thân của mình",
    "How do you feel about how much you see your family?":
      "Bạn thấy thế nào về việc được gặp gia đình nhiều hay ít?",
    "Do you know who your social worker is?": "Bạn có biết cán bộ xã hội của bạn là ai không?",
    "Do you have friends to play with?": "Bạn có bạn bè để chơi cùng không?",
    "School and fun": "Trường học và vui chơi",
    "How do you feel at school?": "Ở trường bạn cảm thấy thế nào?",
    "What do you like doing best?": "Bạn thích làm gì nhất?",
    "You can pick up to three.": "Bạn có thể chọn tối đa ba cái.",
    "Playing outside": "Chơi ngoài trời",
    Games: "Trò chơi",
    "Drawing and making things": "Vẽ và làm đồ thủ công",
    "Stories and books": "Truyện và sách",
    "Sport and running about": "Thể thao và chạy nhảy",
    "Music and dancing": "Âm nhạc và nhảy múa",
    Animals: "Động vật",
    "My three houses": "Ba ngôi nhà của mình",
    "What is good in your life? Pick the pictures.":
      "Điều gì tốt trong cuộc sống của bạn? Hãy chọn hình.",
    "This is your house of good things. You can pick as many as you like.":
      "Đây là ngôi nhà những điều tốt của bạn. Bạn có thể chọn bao nhiêu tùy thích.",
    "The grown-ups I live with": "Những người lớn sống cùng mình",
    "My family": "Gia đình mình",
    "My friends": "Bạn bè của mình",
    School: "Trường học",
    Playing: "Chơi",
    "Animals and pets": "Động vật và thú cưng",
    "Does anything make you sad or worried? Pick the pictures.":
      "Có điều gì làm bạn buồn hay lo lắng không? Hãy chọn hình.",
    "This is your house of worries. You can pick as many as you like.":
      "Đây là ngôi nhà những điều lo lắng của bạn. Bạn có thể chọn bao nhiêu tùy thích.",
    Home: "Nhà",
    Friends: "Bạn bè",
    "Going to sleep": "Đi ngủ",
    "Feeling poorly": "Bị ốm",
    "Nothing worries me": "Không có gì làm mình lo",
    "If you could have one wish, which would it be?": "Nếu bạn có một điều ước, đó sẽ là gì?",
    "This is your house of dreams.": "Đây là ngôi nhà ước mơ của bạn.",
    "More time with my family": "Thêm thời gian với gia đình",
    "More time with friends": "Thêm thời gian với bạn bè",
    "A pet": "Một con thú cưng",
    "A day out somewhere": "Một ngày đi chơi đâu đó",
    "To stay where I live": "Được ở lại nơi mình đang sống",
    "Something else": "Điều khác",
    "Is there anything else you want to tell the grown-up with you?":
      "Bạn có muốn nói thêm gì với người lớn đang ở cùng bạn không?",
    "You don't have to. If you want to, the grown-up can write your words here for you.":
      "Bạn không cần phải nói. Nếu bạn muốn, người lớn có thể viết lời của bạn vào đây giúp bạn.",

    // My life in care (8 to 11)
    "My life in care": "Cuộc sống của mình trong chăm sóc thay thế",
    "We want to hear what life is like for you, so we can make things better for children in care.":
      "Chúng mình muốn nghe cuộc sống của bạn thế nào, để làm mọi thứ tốt hơn cho trẻ em trong chăm sóc thay thế.",
    "Where I live": "Nơi mình sống",
    "How do you feel about where you live now?": "Bạn thấy thế nào về nơi bạn đang sống bây giờ?",
    "Do you feel safe where you live?": "Bạn có thấy an toàn ở nơi bạn sống không?",
    "Safe means nobody hurts you, frightens you or makes you feel bad.":
      "An toàn nghĩa là không ai làm đau bạn, làm bạn sợ hay làm bạn thấy tồi tệ.",
    "Who would you talk to if you didn't feel safe?":
      "Nếu bạn không thấy an toàn, bạn sẽ nói chuyện với ai?",
    "You can also phone Childline for free on 0800 1111.":
      "Bạn cũng có thể gọi miễn phí cho Childline theo số 0800 1111.",
    "My carer": "Người chăm sóc mình",
    "A teacher": "Một thầy cô giáo",
    "Someone in my family": "Một người trong gia đình mình",
    "How much do you feel you belong where you live?":
      "Bạn cảm thấy mình thuộc về nơi bạn sống đến mức nào?",
    "Not at all": "Hoàn toàn không",
    Completely: "Hoàn toàn",
    "Do the adults you live with listen to you?":
      "Những người lớn sống cùng có lắng nghe bạn không?",
    "How do you feel about how often you see or talk to your family?":
      "Bạn thấy thế nào về việc gặp hoặc nói chuyện với gia đình thường xuyên ra sao?",
    "It's about right": "Vừa đủ",
    "I'd like more": "Mình muốn nhiều hơn",
    "I'd like less": "Mình muốn ít hơn",
    "I'm not sure": "Mình không chắc",
    "Can you talk to your social worker when you need to?":
      "Bạn có thể nói chuyện với cán bộ xã hội khi cần không?",
    "Is there an adult you trust and can talk to about anything?":
      "Có người lớn nào bạn tin tưởng và có thể nói về mọi chuyện không?",
    "How do you feel about school?": "Bạn thấy thế nào về trường học?",
    "Is there someone at school who helps when things are hard?":
      "Ở trường có ai giúp bạn khi gặp khó khăn không?",
    "What do you enjoy doing in your free time?": "Bạn thích làm gì lúc rảnh?",
    "Pick as many as you like.": "Chọn bao nhiêu tùy thích.",
    "Sport or clubs": "Thể thao hoặc câu lạc bộ",
    "Seeing friends": "Gặp bạn bè",
    "Art and making things": "Mỹ thuật và làm đồ thủ công",
    "Music or dance": "Âm nhạc hoặc nhảy múa",
    Reading: "Đọc sách",
    "Being outdoors": "Ở ngoài trời",
    "Having a say": "Được nói ý kiến",
    "Do you get a say in decisions about your life?":
      "Bạn có được nói ý kiến trong những quyết định về cuộc sống của mình không?",
    "Fill in your three houses.": "Hãy điền vào ba ngôi nhà của bạn.",
    "Write in one, two or all three. Short is fine.":
      "Viết vào một, hai hoặc cả ba. Viết ngắn cũng được.",
    "If you could change one thing about your life, what would it be?":
      "Nếu bạn có thể thay đổi một điều trong cuộc sống, đó sẽ là gì?",

    // My life in care (12 to 17)
    "Your life in care": "Cuộc sống của bạn trong chăm sóc thay thế",
    "Tell us honestly how things are. Reports never show who said what, and you can skip anything.":
      "Hãy thành thật cho chúng mình biết mọi chuyện thế nào. Báo cáo không bao giờ cho thấy ai đã nói gì, và bạn có thể bỏ qua bất cứ câu nào.",
    "How settled do you feel where you live?": "Bạn thấy ổn định đến mức nào ở nơi bạn sống?",
    "Do you feel safe when you're out in your area?":
      "Bạn có thấy an toàn khi ra ngoài ở khu vực của mình không?",
    "If you didn't feel safe, who would you tell?":
      "Nếu bạn không thấy an toàn, bạn sẽ nói với ai?",
    "Childline is free and private: 0800 1111, or childline.org.uk.":
      "Childline miễn phí và kín đáo: 0800 1111, hoặc childline.org.uk.",
    "My carer or key worker": "Người chăm sóc hoặc nhân viên phụ trách của mình",
    "Someone at school or college": "Một người ở trường",
    "A friend": "Một người bạn",
    "I wouldn't tell anyone": "Mình sẽ không nói với ai",
    "Do the people you live with make you feel cared about?":
      "Những người sống cùng có làm bạn thấy mình được quan tâm không?",
    "Do you get enough privacy where you live?": "Bạn có đủ sự riêng tư ở nơi bạn sống không?",
    "Family and support": "Gia đình và hỗ trợ",
    "How do you feel about the contact you have with your family?":
      "Bạn thấy thế nào về việc liên lạc với gia đình?",
    "I want more": "Mình muốn nhiều hơn",
    "I want less": "Mình muốn ít hơn",
    "It's complicated": "Phức tạp lắm",
    "How many social workers have you had in the last 12 months?":
      "Trong 12 tháng qua bạn đã có bao nhiêu cán bộ xã hội?",
    One: "Một",
    Two: "Hai",
    "Three or more": "Ba hoặc nhiều hơn",
    "I don't know": "Mình không biết",
    "Do you trust your social worker?": "Bạn có tin tưởng cán bộ xã hội của mình không?",
    "Do you feel listened to at your review meetings?":
      "Bạn có thấy được lắng nghe trong các buổi họp đánh giá của mình không?",
    "School and the future": "Trường học và tương lai",
    "How are things going at school or college?": "Mọi chuyện ở trường đang thế nào?",
    "What's on your mind at the moment?": "Dạo này bạn đang nghĩ về điều gì?",
    "Choose any that fit.": "Chọn những gì phù hợp.",
    "School or college": "Trường học",
    Family: "Gia đình",
    "Health or feelings": "Sức khỏe hoặc cảm xúc",
    Money: "Tiền bạc",
    "My future": "Tương lai của mình",
    "Nothing much": "Không có gì nhiều",
    "How hopeful do you feel about your future?": "Bạn hy vọng thế nào về tương lai của mình?",
    "Not hopeful": "Không hy vọng",
    "Very hopeful": "Rất hy vọng",
    "What is one thing that would make your life better?":
      "Một điều gì sẽ làm cuộc sống của bạn tốt hơn?",
    "Is there anything else you want the people in charge to know?":
      "Bạn có muốn những người phụ trách biết thêm điều gì không?",

    // Leaving care
    "Leaving care: how's it going?": "Rời chăm sóc thay thế: mọi chuyện thế nào?",
    "You know better than anyone what leaving care is like. Your answers shape the support we offer.":
      "Bạn hiểu rõ hơn ai hết việc rời chăm sóc thay thế là thế nào. Câu trả lời của bạn giúp định hình sự hỗ trợ chúng mình đưa ra.",
    "Where are you living at the moment?": "Hiện giờ bạn đang sống ở đâu?",
    "My own flat or house": "Căn hộ hoặc nhà riêng của mình",
    "With my former foster carers": "Với gia đình nhận nuôi trước đây của mình",
    "Supported accommodation": "Nhà ở có hỗ trợ",
    "With family or friends": "Với gia đình hoặc bạn bè",
    "Student housing": "Ký túc xá sinh viên",
    "I don't have a settled place": "Mình không có chỗ ở ổn định",
    "Somewhere else": "Nơi khác",
    "How settled do you feel in your home?": "Bạn thấy ổn định đến mức nào ở chỗ ở của mình?",
    Support: "Hỗ trợ",
    "How easy is it to get hold of your personal adviser?":
      "Liên lạc với cố vấn cá nhân của bạn có dễ không?",
    Easy: "Dễ",
    "Sometimes easy, sometimes not": "Lúc dễ, lúc không",
    Hard: "Khó",
    "I don't know who my adviser is": "Mình không biết cố vấn của mình là ai",
    "Did you help write your pathway plan?": "Bạn có cùng viết kế hoạch tương lai của mình không?",
    "Do you know what our local offer for care leavers gives you?":
      "Bạn có biết chương trình hỗ trợ địa phương dành cho người rời chăm sóc thay thế mang lại gì cho bạn không?",
    "The local offer lists the help, money and services you're entitled to.":
      "Chương trình hỗ trợ địa phương liệt kê sự giúp đỡ, tiền và dịch vụ mà bạn có quyền nhận.",
    "How connected do you feel to people who care about you?":
      "Bạn cảm thấy gắn bó thế nào với những người quan tâm đến bạn?",
    "Not connected": "Không gắn bó",
    "Very connected": "Rất gắn bó",
    "Right now": "Hiện tại",
    "How are you managing with money?": "Bạn xoay xở tiền bạc thế nào?",
    "What are you doing at the moment?": "Hiện giờ bạn đang làm gì?",
    "Choose all that apply.": "Chọn tất cả những gì đúng với bạn.",
    "College or sixth form": "Cao đẳng hoặc cấp ba",
    University: "Đại học",
    Working: "Đi làm",
    "An apprenticeship or training": "Học nghề hoặc đào tạo",
    "Looking for work or a course": "Đang tìm việc hoặc khóa học",
    "Looking after a child or someone else": "Chăm sóc con nhỏ hoặc người khác",
    "None of these right now": "Hiện không có cái nào",
    "What would help you most right now?": "Điều gì sẽ giúp bạn nhiều nhất lúc này?",
    "Choose up to three.": "Chọn tối đa ba.",
    "Money and budgeting": "Tiền bạc và chi tiêu",
    Housing: "Nhà ở",
    "Work, college or training": "Việc làm, học hoặc đào tạo",
    "Health and wellbeing": "Sức khỏe và tinh thần",
    "Someone to talk to": "Người để trò chuyện",
    "Cooking, bills and forms": "Nấu ăn, hóa đơn và giấy tờ",
    "What one thing should we change for young people leaving care?":
      "Chúng mình nên thay đổi một điều gì cho những người trẻ rời chăm sóc thay thế?",

    // Before my review meeting
    "Before my review meeting": "Trước buổi họp đánh giá của mình",
    "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.":
      "Sắp đến buổi họp đánh giá của bạn. Hãy cho chúng mình biết bạn nghĩ gì, để buổi họp nghe được ý kiến của bạn.",
    "The meeting": "Buổi họp",
    "Do you know what your review meeting is for?":
      "Bạn có biết buổi họp đánh giá của bạn để làm gì không?",
    "It's where the adults who look after you check your plan is right for you.":
      "Đó là nơi những người lớn chăm sóc bạn xem kế hoạch của bạn có phù hợp với bạn không.",
    "Do you know why grown-ups have meetings about you?":
      "Bạn có biết vì sao người lớn họp về bạn không?",
    "They meet to make sure you are happy and looked after.":
      "Họ gặp nhau để chắc chắn rằng bạn vui vẻ và được chăm sóc tốt.",
    "How would you like to take part in the meeting?": "Bạn muốn tham gia buổi họp như thế nào?",
    "Be there for all of it": "Có mặt suốt buổi họp",
    "Be there for part of it": "Có mặt một phần buổi họp",
    "Have someone speak for me": "Nhờ người nói thay mình",
    "Just send my views on this form": "Chỉ gửi ý kiến của mình qua phiếu này",
    "Who would you like to speak for you?": "Bạn muốn ai nói thay bạn?",
    "An advocate": "Một người bênh vực",
    "Have you seen your care plan, and did someone explain it to you?":
      "Bạn đã xem kế hoạch chăm sóc của mình chưa, và có ai giải thích cho bạn không?",
    "How things are": "Mọi chuyện thế nào",
    "How are things where you live?": "Mọi chuyện ở nơi bạn sống thế nào?",
    "How do you feel at home?": "Ở nhà bạn cảm thấy thế nào?",
    "How are things at school or college?": "Mọi chuyện ở trường thế nào?",
    "Are you happy with how often you see your family and friends?":
      "Bạn có vui với việc gặp gia đình và bạn bè thường xuyên như hiện nay không?",
    "Yes, it's about right": "Có, vừa đủ",
    "I'd like to see them more": "Mình muốn gặp họ nhiều hơn",
    "I'd like to see them less": "Mình muốn gặp họ ít hơn",
    "What I want the meeting to hear": "Điều mình muốn buổi họp nghe",
    "What is good for you at the moment? Pick the pictures.":
      "Lúc này điều gì tốt với bạn? Hãy chọn hình.",
    "You can pick as many as you like.": "Bạn có thể chọn bao nhiêu tùy thích.",
    "Should the meeting talk about any of these? Pick the pictures.":
      "Buổi họp có nên nói về điều nào trong số này không? Hãy chọn hình.",
    "Pick the things that make you sad or worried, if there are any.":
      "Hãy chọn những điều làm bạn buồn hay lo lắng, nếu có.",
    "Seeing my family": "Gặp gia đình mình",
    Nothing: "Không có gì",
    "What is going well for you?": "Điều gì đang tốt đẹp với bạn?",
    "Is anything worrying you that the meeting should talk about?":
      "Có điều gì làm bạn lo lắng mà buổi họp nên bàn đến không?",
    "Is there anything you would like to change?": "Có điều gì bạn muốn thay đổi không?",
    "Is there anything you want the grown-up with you to tell the meeting?":
      "Có điều gì bạn muốn người lớn đi cùng nói với buổi họp không?",
    "You don't have to. If you want to, the grown-up can write it here.":
      "Bạn không cần phải nói. Nếu bạn muốn, người lớn có thể viết vào đây.",

    // How was your early help?
    "How was your early help?": "Sự hỗ trợ sớm dành cho bạn thế nào?",
    "Thank you for working with us. Your answers are anonymous and will not change any support you get.":
      "Cảm ơn bạn đã làm việc cùng chúng tôi. Câu trả lời của bạn được giữ ẩn danh và sẽ không thay đổi bất kỳ hỗ trợ nào bạn đang nhận.",
    "The support": "Sự hỗ trợ",
    "Overall, how do you feel about the support your family had?":
      "Nhìn chung, bạn thấy thế nào về sự hỗ trợ mà gia đình bạn đã nhận?",
    "Did your worker listen to you and take your views seriously?":
      "Nhân viên của bạn có lắng nghe và coi trọng ý kiến của bạn không?",
    "Did your worker explain things in a way that was easy to understand?":
      "Nhân viên của bạn có giải thích mọi việc theo cách dễ hiểu không?",
    "Did you help decide what went into your family's plan?":
      "Bạn có cùng quyết định những gì đưa vào kế hoạch của gia đình không?",
    "What did the support help with?": "Sự hỗ trợ đã giúp về những việc gì?",
    "Routines at home": "Nếp sinh hoạt trong nhà",
    "Children's behaviour": "Hành vi của trẻ",
    "School attendance or learning": "Việc đi học hoặc học tập",
    "Money or debt": "Tiền bạc hoặc nợ",
    "Health or wellbeing": "Sức khỏe hoặc tinh thần",
    "Family relationships": "Quan hệ trong gia đình",
    "What changed": "Điều gì đã thay đổi",
    "How much difference has the support made to your family?":
      "Sự hỗ trợ đã tạo ra thay đổi lớn đến đâu cho gia đình bạn?",
    "No difference": "Không thay đổi gì",
    "A big difference": "Thay đổi rất nhiều",
    "Compared with when the support started, are things now…":
      "So với lúc bắt đầu được hỗ trợ, bây giờ mọi việc…",
    Better: "Tốt hơn",
    "About the same": "Gần như cũ",
    Worse: "Tệ hơn",
    "Does everyone in your family feel safe at home now?":
      "Bây giờ mọi người trong gia đình bạn có thấy an toàn ở nhà không?",
    "Do you know where to go for help if you need it again?":
      "Bạn có biết phải tìm đến đâu nếu lại cần giúp đỡ không?",
    "Would you tell another family to ask for early help?":
      "Bạn có khuyên một gia đình khác xin hỗ trợ sớm không?",
    "In your words": "Bằng lời của bạn",
    "What worked well for your family?": "Điều gì đã hiệu quả với gia đình bạn?",
    "What could we have done better?": "Chúng tôi có thể làm tốt hơn ở điểm nào?",
    "Young people: what would you like workers to know about getting help as a family?":
      "Các bạn trẻ: bạn muốn nhân viên biết điều gì về việc nhận giúp đỡ khi là một gia đình?",
  },
} satisfies { language: string; reviewedByNativeSpeaker: boolean; phrases: Record<string, string> };
