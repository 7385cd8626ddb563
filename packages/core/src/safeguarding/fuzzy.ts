/**
 * Spelling tolerance: Damerau–Levenshtein distance of at most one (one letter added, dropped,
 * changed, or two neighbours swapped), found through an index of one-letter deletions so that a
 * word is compared with a handful of candidate stems, never with the whole lexicon.
 */

/** Whether `a` and `b` are at most one edit apart (optimal string alignment). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la < lb ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** Every string made by deleting one letter of `word`. */
export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Stems keyed for one-edit lookup: two strings one edit apart are equal, or one equals a
 * deletion of the other, or they share a deletion (a swap of neighbours shares two).
 */
export class FuzzyIndex {
  private readonly whole = new Map<string, number[]>();
  private readonly deleted = new Map<string, number[]>();
  longest = 0;

  add(stem: string, id: number) {
    push(this.whole, stem, id);
    for (const d of new Set(deletions(stem))) push(this.deleted, d, id);
    this.longest = Math.max(this.longest, stem.length);
  }

  /** Ids of stems that may be within one edit of `word`; the caller checks each. */
  candidates(word: string, into: Set<number>) {
    for (const id of this.deleted.get(word) ?? []) into.add(id);
    for (const d of deletions(word)) {
      for (const id of this.whole.get(d) ?? []) into.add(id);
      for (const id of this.deleted.get(d) ?? []) into.add(id);
    }
  }

  get size() {
    return this.whole.size;
  }
}

function push(map: Map<string, number[]>, key: string, id: number) {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}
