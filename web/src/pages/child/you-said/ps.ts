/**
 * "You said, we did" in Pashto: written by Chorus's engineers with its word table
 * (words-ps.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const ps: YouSaidWords = {
  title: "تا وویل، موږ وکړل",
  intro: "ماشومانو موږ ته وویل چې څه شی به حالات ښه کړي. دا هغه څه دي چې موږ یې کوو.",
  status: { doing: "موږ دا اوس کوو", done: "موږ دا وکړل", planned: "موږ به دا وکړو" },
  by: (date) => `تر ${date} پورې`,
  on: (date) => `په ${date} وشو`,
  fallback: "د دې یوه برخه په انګرېزي ده، ځکه چې لا نه ده ژباړل شوې.",
  none: "دلته لا هېڅ نشته. ژر بېرته راشه او وګوره چې موږ څه کوو.",
  failed: "موږ دا اوس نشو ښودلی. وروسته بیا هڅه وکړه.",
  tryAgain: "بیا هڅه وکړه",
  loading: "بارېږي…",
};

export default ps;
