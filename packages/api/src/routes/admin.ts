import { AuditLog, Outbox, Retention, Staff } from "@chorus/core";
import { RetentionSave } from "@chorus/core/retention/schema";
import { AuditQuery, InviteBody, StaffChange } from "@chorus/core/staff/schema";
import { Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/** Organisation administration: staff, the e-mail outbox and the audit trail. Admins only. */
export const admin = new Hono<AppEnv>()
  .use(requireRole("admin"))
  .get("/staff", async (c) => c.json({ staff: await Staff.list(c.get("db"), c.get("me").orgId) }))
  .post("/staff", valid("json", InviteBody), async (c) => {
    const baseUrl = new URL(c.req.url).origin;
    const result = await Staff.invite(c.get("db"), c.get("me"), {
      ...c.req.valid("json"),
      baseUrl,
    });
    // The link is shown to the admin too, for councils whose e-mail sender is not set up yet.
    return c.json(result, 201);
  })
  .patch("/staff/:staffId", valid("json", StaffChange), async (c) => {
    const staff = await Staff.update(
      c.get("db"),
      c.get("me"),
      c.req.param("staffId"),
      c.req.valid("json"),
    );
    return c.json({ staff });
  })
  .get("/outbox", async (c) =>
    c.json({ messages: await Outbox.list(c.get("db"), c.get("me").orgId) }),
  )
  .get("/retention", async (c) => c.json(await Retention.get(c.get("db"), c.get("me").orgId)))
  .put("/retention", valid("json", RetentionSave), async (c) =>
    c.json(await Retention.save(c.get("db"), c.get("me"), c.req.valid("json"))),
  )
  .get("/audit", valid("query", AuditQuery), async (c) => {
    const { month, action, actor } = c.req.valid("query");
    const me = c.get("me");
    const entries = await AuditLog.read(c.get("db"), me.orgId, { month, action, actorId: actor });
    return c.json({ entries });
  });
