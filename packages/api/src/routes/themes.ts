import { Quote } from "@chorus/core";
import {
  EmergingAction,
  MoveCreate,
  QuoteApprove,
  QuoteNames,
  QuoteReject,
  ThemeFilters,
} from "@chorus/core/quote/schema";
import { Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

const officer = requireRole("officer");

/**
 * Theme work for participation officers: themes with controlled counts, emerging groups,
 * candidate quotes to approve or reject, moving an answer to another theme, and the list of
 * names quotes are redacted of. Mounted before the studio's `/surveys` routes (its
 * `/quote-names` would otherwise be read as a survey id), each path guarded on its own.
 */
export const themes = new Hono<AppEnv>()
  .use("/quote-names", officer)
  .use("/:surveyId/themes", officer)
  .use("/:surveyId/themes/*", officer)
  .get("/quote-names", async (c) =>
    c.json({ names: await Quote.names(c.get("db"), c.get("me").orgId) }),
  )
  .put("/quote-names", valid("json", QuoteNames), async (c) =>
    c.json({ names: await Quote.saveNames(c.get("db"), c.get("me"), c.req.valid("json").names) }),
  )
  .get("/:surveyId/themes", valid("query", ThemeFilters), async (c) =>
    c.json(
      await Quote.themes(c.get("db"), c.get("me"), c.req.param("surveyId"), c.req.valid("query")),
    ),
  )
  .get("/:surveyId/themes/:themeId/answers", valid("query", ThemeFilters), async (c) =>
    c.json(
      await Quote.themeAnswers(
        c.get("db"),
        c.get("me"),
        c.req.param("surveyId"),
        c.req.param("themeId"),
        c.req.valid("query"),
      ),
    ),
  )
  .post("/:surveyId/themes/quotes/:quoteId/approve", valid("json", QuoteApprove), async (c) => {
    const { surveyId, quoteId } = c.req.param();
    const body = c.req.valid("json");
    return c.json(await Quote.approve(c.get("db"), c.get("me"), surveyId, quoteId, body));
  })
  .post("/:surveyId/themes/quotes/:quoteId/reject", valid("json", QuoteReject), async (c) => {
    const { surveyId, quoteId } = c.req.param();
    const body = c.req.valid("json");
    return c.json(await Quote.reject(c.get("db"), c.get("me"), surveyId, quoteId, body));
  })
  .post("/:surveyId/themes/moves", valid("json", MoveCreate), async (c) => {
    const result = await Quote.move(
      c.get("db"),
      c.get("me"),
      c.req.param("surveyId"),
      c.req.valid("json"),
    );
    return c.json(result, result.duplicate ? 200 : 201);
  })
  .post("/:surveyId/themes/emerging", valid("json", EmergingAction), async (c) =>
    c.json(
      await Quote.emerging(c.get("db"), c.get("me"), c.req.param("surveyId"), c.req.valid("json")),
    ),
  );
