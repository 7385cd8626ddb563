/**
 * The reference a child is shown on the thank-you screen, so they (or their family) can later
 * ask for their answers or for them to be deleted. Plain functions, no schemas: the child's
 * bundle and the staff pages both use it.
 *
 * It is the first 12 hex digits (48 bits) of the response's stored id, which is itself a hash of
 * the device's id (see `response/id.ts`), so it says nothing about when the child answered, and
 * it finds the response with one key query per survey (the stored id leads its sort key).
 * Hex has no letters that look alike (no O, I or L). 48 bits: two responses of one council
 * share a reference about once in 5,000 councils of 100,000 responses each.
 */
export const REFERENCE_DIGITS = 12;

/** `rf3a29c01b7e4…` → `F3A2-9C01-B7E4`. */
export function referenceOf(storedId: string): string {
  const hex = storedId.replace(/^r/, "").slice(0, REFERENCE_DIGITS).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

/**
 * The start of the stored id a typed reference stands for (`rf3a29c01b7e4`), whatever spaces,
 * dashes or letter case were typed; undefined when it is not 12 hex digits.
 */
export function storedPrefix(typed: string): string | undefined {
  const hex = typed.replace(/[\s-]/g, "").toLowerCase();
  return new RegExp(`^[0-9a-f]{${REFERENCE_DIGITS}}$`).test(hex) ? `r${hex}` : undefined;
}
