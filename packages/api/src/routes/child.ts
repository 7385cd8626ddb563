import { Action, Admission, Audio, Help, Response } from "@chorus/core";
import { YouSaidQuery } from "@chorus/core/action/schema";
import { HelpCreate } from "@chorus/core/help/schema";
import { ResponseCreate } from "@chorus/core/survey/schema";
import { type Context, Hono } from "hono";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";
import { audioStore, recordingHash, sendRecording } from "./audio.js";

/** Runs an admission for this client, counting the lookups that find nothing. */
export const admitted = <T>(c: Context<AppEnv>, admit: () => Promise<T>) =>
  Admission.guarded(c.get("db"), c.get("clientIp"), admit);

/**
 * "Tell my worker", heard the moment it is pressed: 201 the first time, 200 for the outbox's
 * identical resend, 409 for another body under the same id. `id` echoes the request's, as a
 * response's receipt does, so the device's outbox knows the server has it.
 */
export async function askForHelp(c: Context<AppEnv>, ticket: Admission.Ticket, body: HelpCreate) {
  const result = await Help.request(c.get("db"), ticket, body);
  return c.json(
    { id: result.id, received: true, alertId: result.alertId },
    result.duplicate ? 200 : 201,
  );
}

/** A recording of the survey the child was admitted to, played instead of the device's voice. */
export async function recordingFor(c: Context<AppEnv>, ticket: Admission.Ticket, hash: string) {
  return sendRecording(c, await Audio.forChild(audioStore(c), ticket, hash));
}

/** What a child's device calls: no account, just an access code. */
export const child = new Hono<AppEnv>()
  .get("/:code", async (c) => {
    const ticket = await admitted(c, () => Admission.byCode(c.get("db"), c.req.param("code")));
    return c.json(Admission.publicView(ticket));
  })
  .post("/:code/responses", valid("json", ResponseCreate), async (c) => {
    const body = c.req.valid("json");
    const ticket = await admitted(c, () =>
      Admission.byCode(c.get("db"), c.req.param("code"), body.submittedAt),
    );
    const result = await Response.submit(c.get("db"), ticket, body);
    return c.json(result, result.duplicate ? 200 : 201);
  })
  // "You said, we did": what the council did, never anything a child answered. Wrong codes count
  // towards the same limit as the survey's own lookup.
  .get("/:code/you-said", valid("query", YouSaidQuery), async (c) => {
    const { language } = c.req.valid("query");
    const code = c.req.param("code");
    return c.json(await admitted(c, () => Action.youSaid(c.get("db"), code, language)));
  })
  .get("/:code/audio/:hash", recordingHash, async (c) => {
    const ticket = await admitted(c, () => Admission.byCode(c.get("db"), c.req.param("code")));
    return recordingFor(c, ticket, c.req.valid("param").hash);
  })
  .post("/:code/help", valid("json", HelpCreate), async (c) => {
    const body = c.req.valid("json");
    const code = c.req.param("code");
    const ticket = await admitted(c, () => Admission.byCode(c.get("db"), code, body.sentAt));
    return askForHelp(c, ticket, body);
  });

/** Single-use links for named children: the same survey, admitted once, its code never shown. */
export const invites = new Hono<AppEnv>()
  .get("/:token", async (c) => {
    const ticket = await admitted(c, () => Admission.byInvite(c.get("db"), c.req.param("token")));
    return c.json(Admission.publicView(ticket));
  })
  .post("/:token/responses", valid("json", ResponseCreate), async (c) => {
    const body = c.req.valid("json");
    const ticket = await admitted(c, () =>
      Admission.byInvite(c.get("db"), c.req.param("token"), {
        responseId: body.id,
        claimed: body.submittedAt,
      }),
    );
    const result = await Response.submit(c.get("db"), ticket, body);
    return c.json(result, result.duplicate ? 200 : 201);
  })
  .get("/:token/you-said", valid("query", YouSaidQuery), async (c) => {
    const { language } = c.req.valid("query");
    const token = c.req.param("token");
    return c.json(await admitted(c, () => Action.youSaidByInvite(c.get("db"), token, language)));
  })
  .get("/:token/audio/:hash", recordingHash, async (c) => {
    const ticket = await admitted(c, () => Admission.byInvite(c.get("db"), c.req.param("token")));
    return recordingFor(c, ticket, c.req.valid("param").hash);
  })
  // Checked like the link's answers, never claiming it: asking for help leaves the link unused.
  .post("/:token/help", valid("json", HelpCreate), async (c) => {
    const body = c.req.valid("json");
    const ticket = await admitted(c, () =>
      Admission.byInvite(c.get("db"), c.req.param("token"), { claimed: body.sentAt, help: true }),
    );
    return askForHelp(c, ticket, body);
  });
