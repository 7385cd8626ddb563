import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import type { Outbox } from "@chorus/core";

/**
 * Sends outbox messages through Amazon SES as plain text, from the stack's verified sender.
 * Imported only by the scheduled jobs (see jobs.ts), never on the API Lambda's path.
 */
export function sesSender(from: string): Outbox.Send {
  const ses = new SESv2Client({});
  return async (message) => {
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [message.to] },
        Content: {
          Simple: {
            Subject: { Data: message.subject, Charset: "UTF-8" },
            Body: { Text: { Data: message.body, Charset: "UTF-8" } },
          },
        },
      }),
    );
  };
}
