import { Rights } from "@chorus/core";
import { FindQuery } from "@chorus/core/rights/schema";
import { Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/**
 * A child's or family's rights over their own answers: find one response, give them a copy,
 * delete it (see docs/subject-rights.md). Participation officers hand out the links and codes
 * and meet the children, so they take the requests; admins, who run information governance for
 * the organisation, may too. Every call is audited in core, with the reference, never answers.
 */
export const responses = new Hono<AppEnv>()
  .use(requireRole("officer", "admin"))
  // A POST, so an invite link's token never sits in a URL (and so in a proxy's log).
  .post("/find", valid("json", FindQuery), async (c) =>
    c.json({ response: await Rights.find(c.get("db"), c.get("me"), c.req.valid("json")) }),
  )
  .get("/:reference/answers.html", async (c) => {
    const file = await Rights.download(c.get("db"), c.get("me"), c.req.param("reference"));
    const bytes = Buffer.from(file.html, "utf8");
    c.header("Content-Type", "text/html; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${file.name}"`);
    c.header("Content-Length", String(bytes.byteLength));
    return c.body(new Uint8Array(bytes));
  })
  .delete("/:reference", async (c) =>
    c.json(await Rights.erase(c.get("db"), c.get("me"), c.req.param("reference"))),
  );
