/** Single sign-on shapes shared with the web app (valibot only). */
import * as v from "valibot";
import { Email, Role } from "../staff/schema.js";

/** Hosts that never leave the machine; only these may use plain http (a test's own provider). */
export const LOOPBACK_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === "http:" && LOOPBACK_HOSTS.includes(url.hostname);
}

export const Issuer = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(500),
  v.url("The issuer must be a URL."),
  // valibot runs every check of a pipe, even after `url` has failed: parse without throwing.
  v.check((value) => {
    const url = URL.parse(value);
    return url === null || url.protocol === "https:" || isLoopbackHttp(url);
  }, "The issuer must use https."),
  // Issuer identifiers are compared exactly; a stray trailing slash would fail every sign-in.
  v.transform((value) => value.replace(/\/+$/, "")),
);

export const EmailDomain = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(253),
  v.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "Not a domain."),
);

/** The IdP's group (an object id for Entra ID, or a name elsewhere) to the roles it grants. */
export const GroupRoles = v.pipe(
  v.record(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(256)), v.array(Role)),
  v.check((groups) => Object.keys(groups).length <= 200, "At most 200 groups."),
);

/** What an admin sends to set up sign-in with their organisation's identity provider. */
export const SsoConfigBody = v.strictObject({
  issuer: Issuer,
  clientId: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(256)),
  /** Omit to keep the secret already stored (the API never shows it back). */
  clientSecret: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(1024))),
  /**
   * Who may be discovered by e-mail, and whose accounts this provider may vouch for. A domain
   * belongs to one organisation at a time.
   */
  emailDomains: v.pipe(v.array(EmailDomain), v.minLength(1), v.maxLength(20)),
  groupRoles: GroupRoles,
  defaultRoles: v.optional(v.array(Role), []),
  enabled: v.boolean(),
});
export type SsoConfigBody = v.InferOutput<typeof SsoConfigBody>;

/** The stored configuration, as the admin screen sees it: never the secret itself. */
export const SsoConfigView = v.object({
  issuer: v.string(),
  clientId: v.string(),
  hasSecret: v.boolean(),
  emailDomains: v.array(v.string()),
  groupRoles: v.record(v.string(), v.array(Role)),
  defaultRoles: v.array(Role),
  enabled: v.boolean(),
  updatedAt: v.string(),
});
export type SsoConfigView = v.InferOutput<typeof SsoConfigView>;

export const DiscoverBody = v.strictObject({ email: Email });
export type DiscoverBody = v.InferOutput<typeof DiscoverBody>;

/** Where to land after sign-in: a path on this site only, so the flow is no open redirect. */
export const ReturnTo = v.pipe(
  v.string(),
  v.maxLength(500),
  v.check(
    (path) => path.startsWith("/") && !path.startsWith("//") && !/[\\\s]/.test(path),
    "Must be a path on this site.",
  ),
);

export const StartQuery = v.object({
  org: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  returnTo: v.optional(ReturnTo, "/reports"),
});
export type StartQuery = v.InferOutput<typeof StartQuery>;
