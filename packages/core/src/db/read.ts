import * as v from "valibot";

/**
 * Reads an item from the table through its schema, so that what the rest of the code holds is
 * what the type says, not what a cast hoped. `v.object` accepts an item's other attributes and
 * drops them (keys, hashes that must not reach a response); `v.looseObject` keeps them, for the
 * few readers that pass an item on whole.
 *
 * An item that does not match is Chorus's own bug (an old shape nobody upgraded, a hand edit),
 * never the caller's: it throws a plain `Error`, which the API logs and answers as a 500,
 * never a 4xx. The message names the item and the failing paths but no values, since stored
 * items hold e-mail addresses, names and secrets' hashes that do not belong in a log.
 *
 * @example readItem(StoredSession, Item, "session")
 */
export function readItem<S extends v.GenericSchema>(
  schema: S,
  item: unknown,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, item);
  if (result.success) return result.output;
  const paths = result.issues.map(
    (issue) => `${v.getDotPath(issue) ?? "(item)"} (expected ${issue.expected ?? "valid"})`,
  );
  throw new Error(`Stored ${what} does not match its schema: ${[...new Set(paths)].join(", ")}`);
}
