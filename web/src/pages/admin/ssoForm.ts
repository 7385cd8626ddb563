/**
 * The single sign-on form's rules, apart from its markup: filling the form from the stored
 * settings, and turning what was typed into the API's body, or into the problems to fix first.
 */
// Types only: a value from a core schema module would drag valibot's validators into the
// runtime shared with the child's entry bundle.
import type { SsoConfigView } from "@chorus/core/sso/schema";
import type { Role } from "./types";

export type GroupInput = { group: string; roles: Role[] };

export type SsoInput = {
  issuer: string;
  clientId: string;
  /** Blank keeps the stored secret. */
  clientSecret: string;
  /** As typed: separated by commas, spaces or new lines. */
  emailDomains: string;
  groups: GroupInput[];
  defaultRoles: Role[];
  enabled: boolean;
};

export type SsoBody = {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  emailDomains: string[];
  groupRoles: Record<string, Role[]>;
  defaultRoles: Role[];
  enabled: boolean;
};

/** Problems keyed by field; a group's problem is under `group-<index>`. */
export type SsoProblems = Record<string, string>;

export function inputFrom(config: SsoConfigView | null): SsoInput {
  return {
    issuer: config?.issuer ?? "",
    clientId: config?.clientId ?? "",
    clientSecret: "",
    emailDomains: config?.emailDomains.join(", ") ?? "",
    groups: Object.entries(config?.groupRoles ?? {}).map(([group, roles]) => ({ group, roles })),
    defaultRoles: config?.defaultRoles ?? [],
    enabled: config?.enabled ?? false,
  };
}

export function splitDomains(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
        .filter(Boolean),
    ),
  ];
}

/** Checks what the API would refuse anyway, so the admin hears of it next to the field. */
export function toBody(
  input: SsoInput,
  hasSecret: boolean,
): { body: SsoBody } | { problems: SsoProblems } {
  const problems: SsoProblems = {};
  const issuer = input.issuer.trim();
  if (!issuer) problems.issuer = "Enter the issuer URL from your identity provider.";
  else if (!isIssuer(issuer)) problems.issuer = "Enter a web address that starts with https://.";
  if (!input.clientId.trim()) problems.clientId = "Enter the client ID (application ID).";
  if (!hasSecret && !input.clientSecret) {
    problems.clientSecret = "Enter the client secret. Chorus has none stored yet.";
  }
  const emailDomains = splitDomains(input.emailDomains);
  if (emailDomains.length === 0) problems.emailDomains = "Enter at least one e-mail domain.";

  const groupRoles: Record<string, Role[]> = {};
  input.groups.forEach((row, index) => {
    const group = row.group.trim();
    if (!group && row.roles.length === 0) return;
    if (!group) problems[`group-${index}`] = "Enter the group's name or ID, or remove this row.";
    else if (group in groupRoles) problems[`group-${index}`] = "This group is already listed.";
    else if (row.roles.length === 0) {
      problems[`group-${index}`] = "Tick at least one role, or remove this group.";
    } else groupRoles[group] = row.roles;
  });

  if (Object.keys(problems).length > 0) return { problems };
  return {
    body: {
      issuer,
      clientId: input.clientId.trim(),
      ...(input.clientSecret ? { clientSecret: input.clientSecret } : {}),
      emailDomains,
      groupRoles,
      defaultRoles: input.defaultRoles,
      enabled: input.enabled,
    },
  };
}

function isIssuer(text: string): boolean {
  try {
    const url = new URL(text);
    // Plain http only for a provider on this machine, as the API allows (a test's own provider).
    const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
    return url.protocol === "https:" || (url.protocol === "http:" && loopback);
  } catch {
    return false;
  }
}
