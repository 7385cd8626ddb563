import { Audit, Report } from "@chorus/core";
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
    const me = c.get("me");
    const report = await Report.forSurvey(c.get("db"), me.orgId, c.req.param("surveyId"));
    await Audit.record(c.get("db"), {
      orgId: me.orgId,
      actor: { type: "staff", id: me.id, email: me.email },
      action: "report.read",
      target: { type: "survey", id: report.survey.id },
    });
    return c.json(report);
  });
