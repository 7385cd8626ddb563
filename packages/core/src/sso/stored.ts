/** Single sign-on items as the table holds them (valibot only). */
import * as v from "valibot";
import { Role } from "../staff/schema.js";

/** One organisation's OpenID Connect set-up, secret included: core use only. */
export const StoredSsoConfig = v.object({
  orgId: v.string(),
  issuer: v.string(),
  clientId: v.string(),
  clientSecret: v.string(),
  emailDomains: v.optional(v.array(v.string()), () => []),
  groupRoles: v.optional(v.record(v.string(), v.array(Role)), () => ({})),
  defaultRoles: v.optional(v.array(Role), () => []),
  enabled: v.optional(v.boolean(), false),
  updatedAt: v.string(),
});
export type StoredSsoConfig = v.InferOutput<typeof StoredSsoConfig>;

/** An e-mail domain's claim by one organisation. */
export const StoredSsoDomain = v.object({ orgId: v.string(), domain: v.string() });
export type StoredSsoDomain = v.InferOutput<typeof StoredSsoDomain>;

/** A sign-in in flight: the checks the provider's redirect back must pass. */
export const StoredSsoTransaction = v.object({
  orgId: v.string(),
  state: v.string(),
  nonce: v.string(),
  codeVerifier: v.string(),
  redirectUri: v.string(),
  returnTo: v.string(),
  expiresAt: v.number(),
});
export type StoredSsoTransaction = v.InferOutput<typeof StoredSsoTransaction>;
