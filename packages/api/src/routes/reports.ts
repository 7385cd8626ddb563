import { Report } from "@chorus/core";
import { Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";

/** Voice-of-the-child reports: counts only, under the disclosure rule, for leaders. */
export const reports = new Hono<AppEnv>()
  .use(requireRole("leader"))
  .get("/surveys", async (c) =>
    c.json({ surveys: await Report.surveys(c.get("db"), c.get("me").orgId) }),
  )
  .get("/surveys/:surveyId", async (c) => {
    // Filters are checked in core, so a share link or an export refuses the same bad values.
    const filters = Report.parseFilters(c.req.query());
    return c.json(
      await Report.forSurvey(c.get("db"), c.get("me"), c.req.param("surveyId"), filters),
    );
  });
