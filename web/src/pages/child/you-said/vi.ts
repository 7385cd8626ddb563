/**
 * "You said, we did" in Vietnamese, the child as "bạn": written by Chorus's engineers with its word table
 * (words-vi.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const vi: YouSaidWords = {
  title: "Các bạn đã nói, chúng tôi đã làm",
  intro:
    "Các bạn nhỏ đã cho chúng tôi biết điều gì sẽ làm mọi thứ tốt hơn. Đây là những gì chúng tôi đang làm.",
  status: {
    doing: "Chúng tôi đang làm việc này",
    done: "Chúng tôi đã làm xong",
    planned: "Chúng tôi sẽ làm việc này",
  },
  by: (date) => `Trước ${date}`,
  on: (date) => `Xong vào ${date}`,
  fallback: "Một phần ở đây là tiếng Anh vì chưa được dịch.",
  none: "Ở đây chưa có gì. Bạn hãy quay lại sớm để xem chúng tôi đang làm gì nhé.",
  failed: "Bây giờ chúng tôi chưa hiển thị được. Bạn thử lại sau nhé.",
  tryAgain: "Thử lại",
  loading: "Đang tải…",
};

export default vi;
