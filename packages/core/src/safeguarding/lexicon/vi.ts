/**
 * Vietnamese disclosure lexicon, as teenagers type it: with tone marks or without ("bo danh em"),
 * and in teen text-speak ("ko", "k", "mun", "e", "t", "dc"). Written by an engineer, not a native
 * speaker: see `reviewedByNativeSpeaker`. Words are folded before matching: tone marks and vowel
 * marks dropped (NFD), đ → d. So "đánh" is "danh", but folding also joins words: "sợ" (afraid),
 * "sờ" (touch) and "số" (number) are all "so"; "đói" (hungry), "đợi" (wait) and "đời" (life) are
 * "doi"; "tát" (slap) and "tắt" (switch off) are "tat". Such words alert only in phrases.
 *
 * "đánh" (hit) is also to brush teeth, play cards, play an instrument, type: those are idioms.
 * Vietnamese children in England are trafficked into cannabis farms and nail bars, so those words
 * are criminal exploitation. Severity as in `en.ts`.
 */
import type { Lexicon } from "../types.js";
import { alt, rule, term } from "./rule.js";

/** People around a child who might harm them. */
const PERSON = alt(
  "bo | ba | cha | bo duong | duong | cha duong | me | ma | me ke | di ghe | ba ghe | me ghe | anh | anh trai | chi",
  "chu | bac | cau | ong | ba noi | ba ngoai | ong noi | nguoi yeu cua me | ban trai cua me",
  "thay | co giao | chu nha | ong chu | ba chu | no | ho | han | lao | thang | gia dinh | bo me",
);
/** The child: "em", "con", "tao", "tôi", "mình", "tui". */
const ME = alt("em | con | tao | toi | minh | tui | chau");
/** Hitting verbs that mean nothing else with a person and the child. */
const HIT = alt("danh | danh dap | bao hanh | hanh ha | bop co | dap vao | da vao bung");

export const vi: Lexicon = {
  language: "vi",
  reviewedByNativeSpeaker: false,
  rules: [
    // Bạo hành thể chất
    {
      category: "physical-abuse",
      severity: "urgent",
      all: [PERSON, HIT, ME],
      within: 6,
      ordered: true,
    },
    // "tát" is also "tắt" (switch off), "đấm" also "đám" (crowd): only right next to the child.
    {
      category: "physical-abuse",
      severity: "urgent",
      all: [PERSON, "tat | dam", ME],
      within: 4,
      ordered: true,
    },
    rule("physical-abuse", "urgent", ["bi", "danh | danh dap | bao hanh | hanh ha"], 4),
    term(
      "physical-abuse",
      "urgent",
      "bao hanh | danh dap | hanh ha | vet bam | bam tim | bi bam | danh bang roi | danh bang that lung",
      "danh bang day nit | quat roi | danh dau lam | dot thuoc la vao",
    ),

    // Đe dọa, vũ khí, không an toàn
    term(
      "harm",
      "urgent",
      "giet em | giet con | giet tao | giet toi | giet minh | giet chet | doa giet | de doa | bi doa",
      "cam dao | di dao | ke dao | co sung | cam sung | ban sung | khong an toan | ko an toan | nguy hiem",
    ),
    {
      category: "harm",
      severity: "urgent",
      all: ["khong | chang | so", "muon | dam", "ve nha | o nha | ve do | o do"],
      within: 4,
      ordered: true,
    },
    term("harm", "urgent", "khong muon ve nha | so ve nha | khong dam ve nha | so o nha"),
    term(
      "harm",
      "concern",
      "cuu em | cuu con | cuu toi | giup em voi | giup con voi | giup toi voi",
    ),

    rule("harm", "urgent", ["giet", `${PERSON} | ${ME}`], 3),

    // Xâm hại tình dục
    term(
      "sexual-abuse",
      "urgent",
      "xam hai | xam hai tinh duc | tinh duc | hiep dam | cuong hiep | quay roi | so mo | so soang",
      "cho kin | vung kin | khoa than | coi het do | coi quan ao | anh nude | anh khoa than",
      "gui anh nong | dung noi voi ai | khong duoc noi voi ai | dung ke voi ai | bi mat giua",
    ),
    rule(
      "sexual-abuse",
      "urgent",
      ["so | cham | so vao | cham vao", "nguoi em | nguoi con | nguc | quan | dui"],
      4,
    ),
    rule("sexual-abuse", "urgent", ["bi mat", "dung noi | khong noi | ko noi | dung ke | ai"], 5),
    rule(
      "sexual-abuse",
      "concern",
      [PERSON, "ngu cung | vao phong | nam canh | hon em | hon con | om em | om con"],
      5,
    ),

    // Tự hại, tự tử
    term(
      "self-harm",
      "urgent",
      "tu tu | tu sat | muon chet | chet di cho xong | tu lam dau | tu hai | rach tay | cat tay | cat co tay",
      "khong muon song | ko muon song | chang muon song | het muon song | nhay cau | nhay lau",
      "ket thuc cuoc doi | ket thuc tat ca | bien mat mai mai | muon bien mat",
      "bien mat khoi the gioi",
    ),
    rule(
      "self-harm",
      "urgent",
      ["uong | nuot", "thuoc", "nhieu | het | ca vi | ca lo | ca hop"],
      5,
    ),
    rule("self-harm", "concern", ["ghet", "ban than | chinh minh | cuoc song | cuoc doi"], 3),
    term(
      "self-harm",
      "concern",
      "tram cam | tuyet vong | khong ai can em | khong ai thuong em | vo dung",
    ),

    // Bỏ bê
    {
      category: "neglect",
      severity: "urgent",
      all: ["khong | chang | cam", "cho", "an | com"],
      within: 4,
      ordered: true,
    },
    term(
      "neglect",
      "concern",
      "bi doi | doi bung | doi lam | rat doi | nhin doi | khong co gi an | khong co gi de an | het do an | ko co gi an | khong co com",
    ),
    rule("neglect", "urgent", ["nhot | khoa cua", "phong | trong | ngoai | em | con"], 4),
    rule(
      "neglect",
      "concern",
      ["mot minh | o mot minh | bo mac", "nha | dem | ca ngay | nhieu ngay"],
      5,
    ),
    rule("neglect", "concern", [PERSON, "say ruou | nhau say | say xin | ma tuy | chich"], 5),

    // Bạo lực gia đình
    {
      category: "domestic-abuse",
      severity: "urgent",
      all: [PERSON, "danh | bop co", "me | vo | chi | em gai | ma em"],
      within: 4,
      ordered: true,
    },
    rule("domestic-abuse", "concern", [
      `${PERSON} | nha | ngay nao | suot ngay`,
      "cai nhau | chui | chui bay | la het | dap do | nem do",
    ]),
    rule("domestic-abuse", "concern", ["cong an | canh sat", "den | toi | nha | bat"], 5),

    // Bóc lột tội phạm, buôn người
    term(
      "criminal-exploitation",
      "urgent",
      "trong can | can sa | trang trai can | trong nha trong can | giu ho chieu | lay ho chieu",
      "bi ban sang | ban sang anh | duong day | tra no | no tien | bi ep lam | lam khong luong | khong duoc tra tien",
    ),
    rule(
      "criminal-exploitation",
      "urgent",
      [
        "ban | giao | chuyen | ep | bat | cat giau",
        "ma tuy | thuoc lac | hang trang | goi hang | can sa",
      ],
      5,
    ),
    rule(
      "criminal-exploitation",
      "concern",
      ["tiem nail | lam nail | nail", "khong luong | ko luong | ep | bi nhot | khong duoc ra"],
      6,
    ),

    {
      category: "criminal-exploitation",
      severity: "urgent",
      all: ["tra xong | tra het | tra", "no | khoan no"],
      within: 3,
      ordered: true,
    },

    // Ép cưới
    rule(
      "forced-marriage",
      "urgent",
      [
        "lay chong | lay vo | ga em | ga con | dinh hon | ket hon",
        "ep | bat | ep buoc | khong muon | nguoi gia | ong gia | viet nam | ve que",
      ],
      6,
    ),

    term("forced-marriage", "urgent", "ep cuoi | ep lay chong | bat lay chong | ep ket hon"),

    // Bỏ nhà, mất tích, vô gia cư
    term(
      "missing",
      "urgent",
      "bo nha | bo nha di | bo tron | tron khoi nha | tron di | duoi ra khoi nha | bi duoi | ngu ngoai duong",
      "ngu duoi gam cau | khong co cho ngu | ko co cho ngu | khong co cho o | vo gia cu",
    ),

    // Sợ
    {
      category: "fear",
      severity: "concern",
      all: ["so lam | rat so | so hai | so qua | so | hoang so", PERSON],
      within: 3,
      ordered: true,
    },

    // Bắt nạt
    term(
      "bullying",
      "concern",
      "bat nat | bi bat nat | che gieu | treu choc | co lap | danh hoi dong | khong ai choi voi | ko ai choi voi",
      "phan biet | ky thi | noi xau em",
    ),

    // Buồn, cần đọc
    { category: "wellbeing", severity: "concern", all: ["nho", PERSON], within: 3, ordered: true },
    term("wellbeing", "concern", "nho nha | nho que | nho gia dinh"),
    term(
      "wellbeing",
      "concern",
      "khoc moi dem | khoc hoai | dem nao cung khoc | co don | buon lam | khong ai quan tam | khong ai nghe",
    ),
  ],
  idioms: [
    {
      all: [
        "danh",
        "rang | dan | cau | cau long | bong | bai | may | gia | thuc | son | trong | golf | tennis | tieng | chu | vang",
      ],
      within: 2,
    },
    {
      all: [
        "doi | nho | met | nong | lanh | chan | cuoi | vui | buon cuoi",
        "muon chet | chet mat | chet di duoc",
      ],
      within: 3,
    },
    { all: ["chet | cuoi", "cuoi | chet"], within: 2 },
    { all: ["giet", "thoi gian | quai | zombie"], within: 2 },
    {
      all: ["so", "cho | ma | bong toi | thi | kiem tra | nhen | ran | gian | do cao | bac si"],
      within: 2,
    },
    { all: ["so", "dien thoai | dt | nha | phong | tien"], within: 2 },
  ],
  expansions: {
    ko: "khong",
    k: "khong",
    kh: "khong",
    hok: "khong",
    hong: "khong",
    khum: "khong",
    kg: "khong",
    mun: "muon",
    e: "em",
    t: "tao",
    dc: "duoc",
    j: "gi",
    ng: "nguoi",
    bme: "bo me",
    bm: "bo me",
    vs: "voi",
    ns: "noi",
  },
  fuzzyTail: 0,
};
