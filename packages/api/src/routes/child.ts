import { Admission, Response } from "@chorus/core";
import { ResponseCreate } from "@chorus/core/survey/schema";
import { type Context, Hono } from "hono";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/** Runs an admission for this client, counting the lookups that find nothing. */
export const admitted = <T>(c: Context<AppEnv>, admit: () => Promise<T>) =>
  Admission.guarded(c.get("db"), c.get("clientIp"), admit);

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
  });
