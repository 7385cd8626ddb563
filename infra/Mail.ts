import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { EmailIdentity, Identity } from "aws-cdk-lib/aws-ses";
import type { StackContext } from "sst/constructs";

/**
 * Where Chorus's e-mail comes from, from the deploy's own configuration: `CHORUS_MAIL_DOMAIN`
 * (the domain SES must verify; its DKIM records go in that domain's DNS) and optionally
 * `CHORUS_MAIL_FROM` (the sender, `chorus@` the domain unless set).
 */
export function mailConfig(env: Record<string, string | undefined> = process.env) {
  const domain = (env.CHORUS_MAIL_DOMAIN ?? "chorus.example.org").toLowerCase();
  const from = env.CHORUS_MAIL_FROM ?? `chorus@${domain}`;
  if (!from.toLowerCase().endsWith(`@${domain}`)) {
    throw new Error(`CHORUS_MAIL_FROM (${from}) must be an address at ${domain}`);
  }
  return { domain, from };
}

/**
 * Amazon SES sends the outbox (alert notifications, staff invites) in AWS. The identity is the
 * domain, signed with Easy DKIM; the only permission granted is sending from that one address.
 */
export function Mail({ stack }: StackContext) {
  const { domain, from } = mailConfig();
  const identity = new EmailIdentity(stack, "MailDomain", { identity: Identity.domain(domain) });
  /** For the function that sends the outbox: `ses:SendEmail` as this sender, nothing else. */
  const sendAccess = new PolicyStatement({
    actions: ["ses:SendEmail"],
    resources: [stack.formatArn({ service: "ses", resource: "identity", resourceName: domain })],
    conditions: { StringEquals: { "ses:FromAddress": from } },
  });
  stack.addOutputs({ MailFrom: from });
  return { identity, from, sendAccess };
}
