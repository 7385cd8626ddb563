/**
 * Finding out how someone signs in before they type a password: an organisation that has turned
 * on single sign-on sends its staff to its own identity provider instead.
 */
import { api } from "../../api";

export type SignInMethod = { sso: false } | { sso: true; startUrl: string };

/** The part of an address that decides the method, or undefined while it is still being typed. */
export function domainOf(email: string): string | undefined {
  const found = /^[^\s@]+@([^\s@]+\.[^\s@.]{2,})$/.exec(email.trim());
  return found?.[1]?.toLowerCase();
}

/**
 * Returns a lookup that asks the API once per domain. A failed lookup falls back to the password
 * and is not remembered, so a brief network blip never hides the council button for good.
 */
export function createDiscovery(
  ask: (email: string) => Promise<SignInMethod> = (email) =>
    api.post<SignInMethod>("/api/auth/sso/discover", { email }),
) {
  const known = new Map<string, Promise<SignInMethod>>();
  return (email: string): Promise<SignInMethod> => {
    const domain = domainOf(email);
    if (!domain) return Promise.resolve({ sso: false });
    let method = known.get(domain);
    if (!method) {
      method = ask(email.trim()).catch((): SignInMethod => {
        known.delete(domain);
        return { sso: false };
      });
      known.set(domain, method);
    }
    return method;
  };
}

/** Adds where to come back to after the provider, so a deep link survives the round trip. */
export function withReturnTo(startUrl: string, returnTo: string, origin = location.origin): string {
  const url = new URL(startUrl, origin);
  if (returnTo.startsWith("/") && !returnTo.startsWith("//")) {
    url.searchParams.set("returnTo", returnTo);
  }
  return url.origin === origin ? url.pathname + url.search : url.href;
}
