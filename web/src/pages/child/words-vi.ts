/**
 * The child screens' words in Vietnamese. The child is "bạn" and speaks of themselves as "mình",
 * the friendly pair young people use with each other, with no boy's or girl's form and no
 * ranking by age as "em"/"con" would bring; the survey's makers are "chúng tôi". "Care" is chăm
 * sóc thay thế (alternative care), the Vietnamese name for children looked after away from their
 * parents; the council is "chính quyền địa phương", the local authority. Vietnamese nouns do not
 * change with a count, so each counted phrase has the one form Intl.PluralRules lists ("other").
 * Missing entries fall back to English.
 */
import { languageName, plural } from "./intl";
import type { Translation } from "./words";

/** Written by Chorus's engineers; no council has had a fluent speaker confirm it yet. */
export const reviewedByNativeSpeaker = false;

// Said often enough to be written once.
const ASK = "Hãy nhờ người lớn đang giúp bạn.";
const ANYTIME = "bất cứ lúc nào, ngày hay đêm";
const NEED_HELP = "Nếu bạn cần giúp đỡ ngay bây giờ,";
const SAVED_TO_WORKER =
  "Đã lưu trên máy tính bảng này. Tin sẽ được gửi cho nhân viên ngay khi máy có mạng.";
const SAVED_MESSAGE = "Tin nhắn của bạn đã được lưu trên máy tính bảng này.";
const NOT_SEEN_YET = "Tin sẽ được gửi ngay khi máy có mạng, nên có thể nhân viên chưa thấy.";
const SAFEGUARDING = "một nhân viên bảo vệ trẻ em sẽ đọc để có thể giúp bạn.";

/** "tiếng Anh", not "Tiếng Anh", inside a sentence; the name after it keeps its capital. */
const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

export const words: Translation = {
  back: "Quay lại",
  next: "Tiếp",
  skip: "Bỏ qua",
  start: "Bắt đầu",
  finish: "Hoàn thành",
  stepsNav: "Các bước",
  questionsNav: "Các câu hỏi",
  questionOf: (n, total) => `Câu hỏi ${n} trên ${total}`,
  comma: ", ",

  readQuestion: "Đọc to câu hỏi",
  readHelp: "Đọc to phần hướng dẫn",
  readThis: "Đọc to phần này",
  readEnds: "Đọc to ý nghĩa của các con số",
  readWords: (words) => `Đọc to “${words}”`,
  cantReadAloud: `Máy tính bảng này không đọc to được. ${ASK}`,
  cantReadLanguage: (code) =>
    `Máy tính bảng này không đọc to được bằng ${inSentence(languageName(code, "vi"))}. ${ASK}`,

  charactersLeft: (n) => plural("vi", n, { other: `Còn ${n} ký tự` }),
  chooseAtLeast: (n) => `Chọn ít nhất ${n}.`,
  chooseUpTo: (n) => `Chọn tối đa ${n}.`,

  chooseLanguage: "Chọn ngôn ngữ của bạn",
  howOld: "Bạn bao nhiêu tuổi?",
  band47: "Từ 4 đến 7",
  band47Spoken: "Từ 4 đến 7 tuổi",
  band811: "Từ 8 đến 11",
  band811Spoken: "Từ 8 đến 11 tuổi",
  band1217: "Từ 12 đến 17",
  band1217Spoken: "Từ 12 đến 17 tuổi",
  band1625: "Từ 16 đến 25 (đã rời chăm sóc thay thế)",
  band1625Spoken: "Từ 16 đến 25 tuổi, đã rời khỏi chăm sóc thay thế",

  beforeYouStart: "Trước khi bắt đầu",
  promisesYoungest: [
    { bold: "Chúng tôi không hỏi tên bạn.", rest: "" },
    { rest: "Bạn có thể bỏ qua một câu hỏi." },
    { rest: "Không có câu trả lời nào sai." },
    {
      bold: "Bạn không an toàn? Hãy nói cho chúng tôi biết.",
      rest: "Một người lớn sẽ đọc và giúp bạn.",
    },
  ],
  promisesMiddle: [
    {
      bold: "Câu trả lời của bạn là riêng tư.",
      rest:
        "Chúng tôi không hỏi tên bạn, và các báo cáo về những gì trẻ em nói không bao giờ cho " +
        "thấy ai đã nói gì.",
    },
    { rest: "Bạn có thể bỏ qua bất kỳ câu hỏi nào, hoặc quay lại để sửa câu trả lời." },
    {
      rest: "Không có câu trả lời đúng hay sai. Chúng tôi muốn biết bạn thật sự nghĩ gì.",
    },
    {
      bold: "Nếu bạn nhờ chúng tôi báo cho nhân viên xã hội của bạn, hoặc nói rằng bạn không an toàn,",
      rest:
        `${SAFEGUARDING} Họ có thể thấy bạn làm khảo sát ở đâu (mã số hoặc máy tính bảng), và ` +
        "có thể cần nói chuyện với bạn hoặc với những người khác. Tên bạn chỉ được gửi kèm nếu " +
        "bạn ghi tên.",
    },
  ],
  promisesOldest: [
    {
      bold: "Trong các báo cáo, câu trả lời của bạn là ẩn danh.",
      rest:
        "Chúng tôi không hỏi tên bạn, và không lưu gì về điện thoại hay máy tính bảng của bạn " +
        "cùng với câu trả lời.",
    },
    {
      bold: "Ai đọc câu trả lời:",
      rest:
        "nhân viên của chính quyền địa phương, những người lên kế hoạch dịch vụ cho người trẻ " +
        "đang được chăm sóc thay thế và đã rời khỏi chăm sóc thay thế. Họ xem câu trả lời của " +
        "nhiều người trẻ cùng lúc; những nhóm quá nhỏ để giấu được ai ở trong đó sẽ không bao " +
        "giờ được hiển thị.",
    },
    {
      rest:
        "Bỏ qua bất kỳ câu hỏi nào, quay lại sửa câu trả lời, hoặc dừng lại bất cứ lúc nào bạn " +
        "muốn.",
    },
    {
      bold:
        "Nếu bạn nhờ chúng tôi báo cho nhân viên xã hội của bạn, hoặc nói điều gì đó cho thấy " +
        "bạn có thể không an toàn,",
      rest:
        "một nhân viên bảo vệ sẽ đọc để có thể giúp bạn. Họ có thể thấy bạn làm khảo sát ở đâu " +
        "(mã số, hoặc buổi làm khảo sát trên máy tính bảng và ai tổ chức buổi đó) và có thể cần " +
        "nói chuyện với bạn hoặc với những người khác để giữ an toàn cho bạn. Tên bạn chỉ được " +
        "gửi nếu bạn ghi tên.",
    },
  ],
  childlineLabel: "Người bạn có thể trò chuyện",
  childline: `Bạn muốn nói chuyện với ai đó ngay bây giờ? Hãy gọi miễn phí cho {name} theo số {number}, ${ANYTIME}.`,
  welcomeBack: "Chào mừng bạn quay lại",
  carryOn: "tiếp tục từ chỗ bạn đã dừng.",
  startAgain: "Làm lại từ đầu",

  worried: "Mình đang lo lắng",
  helpTitle: "Nếu bạn đang lo lắng",
  helpOk: "Lo lắng là chuyện bình thường. Bạn không phải giữ điều đó một mình.",
  helpCall: `Hãy gọi miễn phí cho {name} theo số {number}. Bạn có thể gọi ${ANYTIME}.`,
  helpOnline: "Hoặc trò chuyện với họ trên mạng tại {site}",
  talkNow: "Bạn muốn nói chuyện với ai đó ngay bây giờ?",
  samaritansLine: `Hãy gọi miễn phí cho {name} theo số {number}, ${ANYTIME}.`,
  childlineUnder19: "Dưới 19 tuổi? Bạn cũng có thể gọi miễn phí cho {name} theo số {number}.",
  leavingCareTeam:
    "Cố vấn cá nhân của bạn (personal adviser) hoặc nhóm hỗ trợ người rời chăm sóc thay thế " +
    "của chính quyền địa phương (leaving care team) cũng có thể giúp bạn.",
  tellWorkerAsk: "Bạn có muốn nhân viên xã hội của bạn biết là bạn muốn nói chuyện không?",
  tellWorker: "Báo cho nhân viên xã hội của mình",
  contactNotAnonymous:
    "Tên bạn sẽ được gửi kèm tin nhắn này để nhân viên có thể tìm bạn. Các câu trả lời khác " +
    "của bạn vẫn không có tên.",
  contactNotAnonymousYoungest: "Nếu bạn viết tên mình, một người lớn có thể tìm và giúp bạn.",
  contactOptional: "Bạn không cần điền những ô này. Bạn có thể chỉ bấm nút.",
  contactOptionalYoungest: "Bạn không cần viết gì cả.",
  firstName: "Tên của bạn",
  firstNameYoungest: "Tên của bạn",
  reach: "Nhân viên có thể liên lạc với bạn bằng cách nào?",
  reachHint: "Số điện thoại, hoặc nơi bạn sống hay trường bạn học.",
  workerName: "Tên nhân viên xã hội của bạn",
  workerNameYoungest: "Tên nhân viên xã hội của bạn, nếu bạn biết",
  tellWorkerSending: "Đang gửi cho nhân viên…",
  tellWorkerSent: "Đã gửi. Một nhân viên sẽ sớm đọc và liên lạc với bạn.",
  tellWorkerSaved: `${SAVED_TO_WORKER} ${NEED_HELP} hãy nói với người lớn đang ở cùng bạn.`,
  tellWorkerFailed: "Không gửi được. Hãy nói với người lớn đang giúp bạn, hoặc gọi cho Childline.",
  tellWorkerSavedLeavers: `${SAVED_TO_WORKER} ${NEED_HELP} hãy nói với người đang ở cùng bạn.`,
  tellWorkerFailedLeavers:
    "Không gửi được. Hãy nói với người đang giúp bạn, hoặc gọi miễn phí cho Samaritans theo số " +
    "116 123.",
  close: "Đóng",

  readyToSend: "Sẵn sàng gửi chưa?",
  answeredOf: (n, total) =>
    plural("vi", total, { other: `Bạn đã trả lời ${n} trên ${total} câu hỏi.` }),
  canStillSend: "Bạn vẫn có thể gửi, hoặc quay lại để trả lời thêm.",
  cantChange: "Sau khi gửi, bạn không thể sửa câu trả lời nữa. Tên bạn không được gửi kèm.",
  slow: "Kết nối đang chậm. Vẫn đang cố gửi câu trả lời của bạn…",
  sendAnswers: "Gửi câu trả lời của mình",
  sending: "Đang gửi…",
  tryAgain: "Thử lại",
  notSentTitle: "Câu trả lời của bạn chưa được gửi",
  notSent:
    "Đừng lo, câu trả lời vẫn còn ở đây. Hãy kiểm tra Wi-Fi hoặc kết nối mạng, rồi bấm " +
    "“Thử lại”.",
  closedTitle: "Khảo sát này đã đóng",
  closed: "Khảo sát đã đóng trước khi câu trả lời của bạn được gửi. Cảm ơn bạn đã tham gia.",
  failedTitle: "Đã có lỗi khi gửi câu trả lời của bạn",
  failed: "Câu trả lời của bạn vẫn còn ở đây. Hãy cho người lớn đang giúp bạn xem màn hình này.",
  errorCode: (code) => `(Mã lỗi: ${code})`,
  thankYou: "Cảm ơn bạn!",
  sent: "Câu trả lời của bạn đã được gửi.",
  savedHere:
    "Câu trả lời của bạn đã được lưu trên máy tính bảng này. Câu trả lời sẽ được gửi khi máy " +
    "có mạng.",
  willHelp:
    "Những gì bạn chia sẻ sẽ giúp cuộc sống của trẻ em và người trẻ được chăm sóc thay thế " +
    "tốt hơn.",
  willHelpLeavers:
    "Những gì bạn chia sẻ sẽ giúp cuộc sống của những người trẻ đã rời chăm sóc thay thế tốt hơn.",
  yourReference: "Mã số của bạn",
  referenceWhy:
    "Nếu sau này bạn muốn có bản sao câu trả lời, hoặc muốn xóa chúng, hãy đưa mã số này cho " +
    "nhân viên xã hội của bạn xem.",

  heardTitle: "Chúng tôi đã nghe bạn",
  heardTitleYoungest: "Cảm ơn bạn đã kể cho chúng tôi",
  heard: "Cảm ơn bạn đã kể cho chúng tôi. Bạn đã làm đúng khi lên tiếng.",
  heardNext: "Một nhân viên sẽ sớm đọc và sẽ cố gắng giúp bạn được an toàn.",
  heardNextYoungest: "Một người lớn sẽ sớm đọc và giúp bạn.",
  heardSaved:
    `${SAVED_MESSAGE} ${NOT_SEEN_YET} ${NEED_HELP} hãy nói với người lớn đang ở cùng bạn ` +
    "hoặc gọi cho Childline.",
  heardSavedLeavers:
    `${SAVED_MESSAGE} ${NOT_SEEN_YET} ${NEED_HELP} hãy gọi miễn phí cho Samaritans theo số ` +
    "116 123.",
  heardSavedYoungest:
    `${SAVED_MESSAGE} Tin sẽ được gửi khi máy có mạng. ${NEED_HELP} hãy nói với một người lớn ` +
    "ở gần bạn.",
  heardHelpLabel: "Những người có thể giúp ngay bây giờ",
  heardChildline: `Hãy gọi miễn phí cho {name} theo số {number}. Đường dây dành cho bất kỳ ai dưới 19 tuổi, ${ANYTIME}.`,
  heardChildlineYoungest: "Bạn có thể gọi miễn phí cho {name} theo số {number}, bất cứ lúc nào.",
  heardDanger: "Đang gặp nguy hiểm ngay lúc này? Hãy gọi {number}.",
  heardDangerYoungest:
    "Đang gặp nguy hiểm ngay lúc này? Hãy nói với một người lớn ở gần bạn, hoặc gọi {number}.",

  waiting: (n) => plural("vi", n, { other: `${n} bộ câu trả lời đang chờ được gửi.` }),
  waitingNote: "Chúng đã được lưu trên máy tính bảng này và sẽ được gửi khi máy có mạng.",
  allSentNow: "Tất cả câu trả lời lưu trên máy tính bảng này giờ đã được gửi.",
  allSent: "Tất cả câu trả lời lưu trên máy tính bảng này đã được gửi.",
  stuck: (n) => plural("vi", n, { other: `${n} bộ câu trả lời không gửi được` }),
  stuckNote:
    "Dành cho người lớn: các câu trả lời vẫn được giữ trên máy tính bảng này. Hãy báo cho người " +
    "phụ trách khảo sát này, kèm theo {codes}.",
  sendAgain: "Thử gửi lại",

  stillThere: "Bạn vẫn còn ở đó chứ?",
  stillThereText:
    "Nếu không ai chạm vào màn hình sớm, các câu trả lời này sẽ bị xóa để người tiếp theo có " +
    "thể bắt đầu.",
  stillHere: "Mình vẫn ở đây",

  tapWhenReady: "Bấm nút khi bạn sẵn sàng.",
  tapToStart: "Bấm để bắt đầu",
  firstToday: "Hãy là người đầu tiên tham gia hôm nay.",
  takenPart: (n) => plural("vi", n, { other: `Đã có ${n} người tham gia.` }),
  // The answers every survey shares (faces saddest first, yes/no, the three houses).
  faces3: ["Không tốt", "Bình thường", "Tốt"],
  faces5: ["Rất tệ", "Không tốt", "Bình thường", "Tốt", "Rất tốt"],
  yes: "Có",
  no: "Không",
  notSure: "Không chắc",
  preferNot: "Mình không muốn nói",
  houseWorries: "Ngôi nhà lo lắng",
  houseWorriesHint: "Những điều làm bạn lo lắng hoặc buồn",
  houseGoodThings: "Ngôi nhà điều tốt",
  houseGoodThingsHint: "Những điều đang tốt đẹp hoặc làm bạn vui",
  houseDreams: "Ngôi nhà ước mơ",
  houseDreamsHint: "Bạn muốn mọi thứ như thế nào",
};
