import * as v from "valibot";

/**
 * Reads a stored item through its schema. A stored item that does not fit is Chorus's own bug
 * (or a hand-edited table), never the caller's: it fails loudly as a 500 naming what is wrong,
 * rather than flowing on as a half-typed value.
 */
export function readItem<S extends v.GenericSchema>(
  schema: S,
  item: unknown,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, item);
  if (result.success) return result.output;
  const paths = result.issues.map(
    (issue) => `${v.getDotPath(issue) ?? "(item)"}: ${issue.message}`,
  );
  throw new Error(`A stored ${what} does not fit its schema: ${paths.join("; ")}`);
}
