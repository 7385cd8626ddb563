import { Share } from "@chorus/core";
import { ShareCreate } from "@chorus/core/share/schema";
import { Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/** Read-only links to a report or the story of place, made and switched off by leaders. */
export const shares = new Hono<AppEnv>()
  .use(requireRole("leader"))
  .post("/", valid("json", ShareCreate), async (c) => {
    const baseUrl = new URL(c.req.url).origin;
    const { share, created } = await Share.create(
      c.get("db"),
      c.get("me"),
      c.req.valid("json"),
      baseUrl,
    );
    return c.json(share, created ? 201 : 200);
  })
  .get("/", async (c) => c.json({ shares: await Share.list(c.get("db"), c.get("me").orgId) }))
  .delete("/:shareId", async (c) =>
    c.json(await Share.revoke(c.get("db"), c.get("me"), c.req.param("shareId"))),
  );

/** What a councillor or partner opens: no account, just the link's token. */
export const shared = new Hono<AppEnv>().get("/:token", async (c) =>
  c.json(await Share.open(c.get("db"), c.req.param("token"), c.get("clientIp"))),
);
