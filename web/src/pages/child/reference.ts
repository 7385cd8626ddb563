/**
 * The reference the thank-you screen shows: made on the device from the response's id exactly
 * as the server stores it (`response/id.ts`), so it works offline too and nothing has to come
 * back from the server. The child or their family give it to a worker to ask for a copy of the
 * answers or for them to be deleted (docs/subject-rights.md); it carries no time.
 */
import { referenceOf } from "@chorus/core/rights/reference";

/** Undefined where the browser offers no hashing (an insecure page): the screen then shows none. */
export async function referenceFor(deviceId: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const bytes = new TextEncoder().encode(`chorus-response\n${deviceId.toLowerCase()}`);
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes));
  const hex = [...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return referenceOf(`r${hex.slice(0, 32)}`);
}
