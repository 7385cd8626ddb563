import { Response, Survey } from "@chorus/core";
import { ResponseCreate } from "@chorus/core/survey/schema";
import { Hono } from "hono";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/** What a child's device calls: no account, just an access code. */
export const child = new Hono<AppEnv>()
  .get("/:code", async (c) => {
    const { version } = await Survey.openByCode(c.get("db"), c.req.param("code"));
    c.header("Cache-Control", "no-store");
    return c.json({ code: c.req.param("code").toUpperCase(), survey: version });
  })
  .post("/:code/responses", valid("json", ResponseCreate), async (c) => {
    const result = await Response.submit(c.get("db"), c.req.param("code"), c.req.valid("json"));
    return c.json(result, result.duplicate ? 200 : 201);
  });
