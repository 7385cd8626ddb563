/**
 * Vietnamese sentences, with tone marks and without, in teen text-speak, written for Chorus by an
 * engineer, not a native speaker: the way a child might type them on a phone. None is a real
 * child's and none is copied. Recall measured on them is an upper bound until a council's
 * reviewer adds sentences.
 */
import { sentences } from "./entry.js";

const { yes, no } = sentences("vi");

export const vi = [
  yes("physical-abuse", "Bố dượng đánh em mỗi khi say"),
  yes("physical-abuse", "bo duong danh e bang that lung"),
  yes("physical-abuse", "me ke tat con vao mat"),
  yes("physical-abuse", "tay em bi bam tim vi chu danh"),
  yes("sexual-abuse", "ông ấy sờ vào người em và bảo đừng nói với ai"),
  yes("sexual-abuse", "co nguoi tren mang doi e gui anh khoa than"),
  yes("sexual-abuse", "chu so mo em ban dem"),
  yes("self-harm", "em muốn chết"),
  yes("self-harm", "t ko mun song nua"),
  yes("self-harm", "hom qua e uong het ca lo thuoc"),
  yes("self-harm", "em lai rach tay roi"),
  yes("neglect", "ở nhà không cho em ăn và em lúc nào cũng bị đói"),
  yes("neglect", "ho nhot em trong phong ca ngay"),
  yes("domestic-abuse", "bo danh me em hoai"),
  yes("domestic-abuse", "o nha bme cai nhau suot ngay roi cong an den"),
  yes("criminal-exploitation", "họ bắt em trông nhà trồng cần và giữ hộ chiếu của em"),
  yes("criminal-exploitation", "may anh lon ep e ban ma tuy"),
  yes("criminal-exploitation", "em phai lam tra no cho duong day"),
  yes("forced-marriage", "gia đình ép em lấy chồng ở Việt Nam"),
  yes("forced-marriage", "bme bat con ket hon voi ong gia"),
  yes("missing", "toi nay e se bo nha di"),
  yes("missing", "bi duoi ra khoi nha phai ngu ngoai duong"),
  yes("harm", "no doa giet em"),
  yes("harm", "em k muon ve nha"),
  yes("harm", "o day e thay khong an toan"),
  yes("fear", "em rat so bo duong"),
  yes("bullying", "o truong bi bat nat suot"),
  yes("wellbeing", "đêm nào cũng khóc vì nhớ mẹ"),
  no("bố đánh cầu lông với em"),
  no("em đánh răng rồi đi ngủ"),
  no("doi muon chet luon"),
  no("cuoi chet mat"),
  no("em sợ chó lắm"),
  no("e so thi lam"),
  no("mẹ nấu cơm rất ngon"),
  no("bo da cho em di choi"),
  no("bố tắt đèn cho con ngủ"),
  no("số điện thoại của mẹ là gì"),
  no("anh trai em danh dan rat hay"),
  no("em thich ve nha ba ngoai"),
  no("chi em cho em an kem"),
  no("me em ra cho mua do"),
  no("em đợi mẹ lâu quá"),
  no("nha em co mot con cho nho"),
  // Written after the tuning above, and measured before the lexicon was changed for them.
  yes("physical-abuse", "ba ghe lay gay danh e"),
  yes("self-harm", "e muon bien mat khoi the gioi nay"),
  yes("neglect", "ca tuan nay nha ko co gi de an"),
  yes("criminal-exploitation", "ong chu noi phai lam het nam moi tra xong no"),
  yes("harm", "bo noi se giet me"),
  yes("sexual-abuse", "chu bat e coi quan ao ra"),
  no("bo day em boi"),
  no("em thich danh dan guitar"),
  no("me mua cho em ao moi"),
];
