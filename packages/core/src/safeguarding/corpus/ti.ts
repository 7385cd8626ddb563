/**
 * Tigrinya sentences, in Ethiopic script and in Latin letters, written for Chorus by an engineer,
 * not a native speaker: the way a child might type them on a phone. None is a real child's and
 * none is copied. Recall measured on them is an upper bound until a council's reviewer adds
 * sentences.
 */
import { sentences } from "./entry.js";

const { yes, no } = sentences("ti");

export const ti = [
  yes("physical-abuse", "ኣቦይ ይወቕዓኒ እዩ"),
  yes("physical-abuse", "aboy bqebeto yiweqani"),
  yes("physical-abuse", "ኣኮይ ትማሊ ጸፊዑኒ"),
  yes("physical-abuse", "asadagi ab geza yiharmeni"),
  yes("sexual-abuse", "እቲ ሰብኣይ ይትንክፈኒ እሞ ንዝኾነ ሰብ ኣይትንገር ይብለኒ"),
  yes("sexual-abuse", "hade seb ab internet siili bzey kdan ydeli"),
  yes("sexual-abuse", "ኣኮይ ብለይቲ ናብ ዓራተይ ይመጽእ"),
  yes("self-harm", "ክመውት እደሊ"),
  yes("self-harm", "kneber aydelen"),
  yes("self-harm", "ትማሊ ብዙሕ ከኒና በሊዐ"),
  yes("self-harm", "nebsey kqetl hasibe"),
  yes("neglect", "ኣብ ገዛ መግቢ ኣይህቡኒን"),
  yes("neglect", "ab kfley yatsuni kulu mealti"),
  yes("neglect", "ኩሉ ግዜ ጠምየ እየ"),
  yes("domestic-abuse", "ኣቦይ ንኣደይ ይወቕዓ"),
  yes("domestic-abuse", "ab geza kulu gze baesi alo polis metsiom"),
  yes("criminal-exploitation", "ዓበይቲ ኣወዳት ኣደንዛዚ ክሸይጥ ይገድዱኒ"),
  yes("criminal-exploitation", "eda alewni genzeb kserh yferarhuni"),
  yes("forced-marriage", "ስድራይ ብግዲ ከመርዕዉኒ ይደልዩ"),
  yes("forced-marriage", "nab abyi sebay bgdi mera kgeburni eyom"),
  yes("missing", "ሎሚ ለይቲ ካብ ገዛ ክሃድም እየ"),
  yes("missing", "kab geza segugomni zdqeselu bota yebleyn"),
  yes("harm", "ንዝኾነ ሰብ እንተነጊረ ክቐትለኒ እዩ ኢሉ"),
  yes("harm", "ane abzi wuhus aykonkun"),
  yes("harm", "nab geza kkeyd aydelen"),
  yes("fear", "ካብ ኣሳዳጊ ኣዝየ እፈርሆ"),
  yes("bullying", "ኣብ ቤት ትምህርቲ የላግጹለይ"),
  yes("wellbeing", "ኣደይ ይናፍቐኒ ኩሉ ለይቲ እበኪ"),
  no("ሓወይ ኩዕሶ ረጊጹ ጎል ኣእትዩ"),
  no("kelbi efrh"),
  no("ካብ ፈተና እፈርህ"),
  no("ኣደይ ጥዑም መግቢ ትሰርሕ"),
  no("ስድራይ የፍቅሩኒ"),
  no("ቤት ትምህርተይ ጽቡቕ እዩ ብዙሓት ኣዕሩኽ ኣለዉኒ"),
  no("aboy nab park wesduni"),
  no("akoy hade mrkab hibuni"),
  no("ሎሚ ኩዕሶ እግሪ ተጻወትና"),
  no("habtey metsaf tnebb"),
  no("ትማሊ ምስ ኣደይ ናብ ዕዳጋ ከይድና"),
  no("abaye zanta tzentweley"),
  no("hawey zeytebe kulu gze yshaqel"),
  no("ane kulu mealti nab bet tmhrti ekeyd"),
  // Written after the tuning above, and measured before the lexicon was changed for them.
  yes("physical-abuse", "ሰብኣይ ኣደይ ብበትሪ ይወቕዓኒ"),
  yes("self-harm", "ab zi alem kneber aydelyen"),
  yes("sexual-abuse", "hade wedi ab snapchat siley ydeli bzey kdan"),
  yes("neglect", "seleste mealti megbi aybelaekun"),
  yes("criminal-exploitation", "genzeb eda alewni kab zeykefelku ykqetluni ilom"),
  yes("harm", "aweddat kfli dhri tmhrti khrmuka iyom"),
  no("adey kqetleni eya kab rieya ntsaba"),
  no("hawey bkuaso harimuni bzey filtet"),
  no("aboy nay leyti selam sumuni"),
];
