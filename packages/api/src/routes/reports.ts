import { Report } from "@chorus/core";
import { Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";

/** Voice-of-the-child reports: counts only, small groups hidden, for leaders. */
export const reports = new Hono<AppEnv>()
  .use(requireRole("leader"))
  .get("/surveys", async (c) =>
    c.json({ surveys: await Report.surveys(c.get("db"), c.get("me").orgId) }),
  )
  .get("/surveys/:surveyId", async (c) => {
    return c.json(await Report.forSurvey(c.get("db"), c.get("me"), c.req.param("surveyId")));
  });
