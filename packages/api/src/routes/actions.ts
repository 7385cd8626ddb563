import { Action } from "@chorus/core";
import {
  ActionCreate,
  ActionUpdate,
  ActionWords,
  TranslationParams,
} from "@chorus/core/action/schema";
import { Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/**
 * "You said, we did" for leaders. Mounted before `/reports` (whose router lets only leaders
 * through), so the rules here are the only ones: leaders record and publish actions; officers
 * may read them, print the poster and fill in translations.
 */
export const actions = new Hono<AppEnv>()
  .get("/", requireRole("leader", "officer"), async (c) =>
    c.json({ actions: await Action.list(c.get("db"), c.get("me")) }),
  )
  .post("/", requireRole("leader"), valid("json", ActionCreate), async (c) => {
    const result = await Action.create(c.get("db"), c.get("me"), c.req.valid("json"));
    return c.json({ action: result.action }, result.created ? 201 : 200);
  })
  .get("/:actionId", requireRole("leader", "officer"), async (c) =>
    c.json({ action: await Action.get(c.get("db"), c.get("me"), c.req.param("actionId")) }),
  )
  .put("/:actionId", requireRole("leader"), valid("json", ActionUpdate), async (c) => {
    const id = c.req.param("actionId");
    return c.json({
      action: await Action.update(c.get("db"), c.get("me"), id, c.req.valid("json")),
    });
  })
  // A translation changes only the words in one language, so an officer may fill it in.
  .put(
    "/:actionId/translations/:language",
    requireRole("leader", "officer"),
    valid("param", TranslationParams),
    valid("json", ActionWords),
    async (c) => {
      const { actionId, language } = c.req.valid("param");
      const words = c.req.valid("json");
      const action = await Action.translate(c.get("db"), c.get("me"), actionId, language, words);
      return c.json({ action });
    },
  )
  .post("/:actionId/publish", requireRole("leader"), async (c) =>
    c.json({
      action: await Action.setPublished(c.get("db"), c.get("me"), c.req.param("actionId"), true),
    }),
  )
  .post("/:actionId/unpublish", requireRole("leader"), async (c) =>
    c.json({
      action: await Action.setPublished(c.get("db"), c.get("me"), c.req.param("actionId"), false),
    }),
  );
