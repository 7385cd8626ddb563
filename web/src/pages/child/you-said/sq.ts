/**
 * "You said, we did" in Albanian: written by Chorus's engineers with its word table
 * (words-sq.ts), unreviewed by a native speaker like it.
 */
import type { YouSaidWords } from "../YouSaid";

const sq: YouSaidWords = {
  title: "Ju thatë, ne po bëjmë",
  intro: "Fëmijët na thanë çfarë do t'i bënte gjërat më mirë. Ja çfarë po bëjmë për këtë.",
  status: { doing: "Po e bëjmë tani", done: "E bëmë", planned: "Do ta bëjmë" },
  by: (date) => `Deri më ${date}`,
  on: (date) => `U bë më ${date}`,
  fallback: "Një pjesë është në anglisht, sepse ende nuk është përkthyer.",
  none: "Ende s'ka asgjë këtu. Kthehu së shpejti për të parë çfarë po bëjmë.",
  failed: "Nuk mund ta tregojmë këtë tani. Provo përsëri më vonë.",
  tryAgain: "Provo përsëri",
  loading: "Po ngarkohet…",
};

export default sq;
