import { Alert, Safeguarding, Staff } from "@chorus/core";
import {
  AlertAssign,
  AlertClose,
  AlertListQuery,
  AlertNote,
  ScreenBody,
} from "@chorus/core/alert/schema";
import { Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/** What the queue shows of an alert: never the answers, which only the alert's own page shows. */
const listed = (alert: Alert.Alert) => ({
  id: alert.id,
  responseId: alert.responseRef,
  surveyId: alert.surveyId,
  severity: alert.severity,
  reasons: alert.reasons,
  status: alert.status,
  raisedAt: alert.raisedAt,
  dueAt: alert.dueAt,
  owner: alert.ownerId ?? null,
});

/** The safeguarding lead's alerts: nobody else may read them. */
export const safeguarding = new Hono<AppEnv>()
  .use(requireRole("safeguarding"))
  .get("/alerts", valid("query", AlertListQuery), async (c) => {
    const { status } = c.req.valid("query");
    const alerts = await Alert.list(c.get("db"), c.get("me").orgId, status);
    return c.json({ alerts: alerts.map(listed) });
  })
  .get("/alerts/:alertId", async (c) =>
    c.json(await Alert.read(c.get("db"), c.get("me"), c.req.param("alertId"))),
  )
  .post("/alerts/:alertId/acknowledge", async (c) =>
    c.json({ alert: await Alert.acknowledge(c.get("db"), c.get("me"), c.req.param("alertId")) }),
  )
  .post("/alerts/:alertId/assign", valid("json", AlertAssign), async (c) => {
    const { staffId } = c.req.valid("json");
    const alert = await Alert.assign(c.get("db"), c.get("me"), c.req.param("alertId"), staffId);
    return c.json({ alert });
  })
  .post("/alerts/:alertId/notes", valid("json", AlertNote), async (c) => {
    const body = c.req.valid("json");
    return c.json({
      alert: await Alert.note(c.get("db"), c.get("me"), c.req.param("alertId"), body),
    });
  })
  .post("/alerts/:alertId/close", valid("json", AlertClose), async (c) => {
    const body = c.req.valid("json");
    return c.json({
      alert: await Alert.close(c.get("db"), c.get("me"), c.req.param("alertId"), body),
    });
  })
  .post("/alerts/:alertId/reopen", async (c) =>
    c.json({ alert: await Alert.reopen(c.get("db"), c.get("me"), c.req.param("alertId")) }),
  )
  // Who an alert can be handed to: the organisation's signed-up safeguarding members.
  .get("/team", async (c) => {
    const staff = await Staff.list(c.get("db"), c.get("me").orgId);
    const team = staff
      .filter((member) => member.status === "active" && member.roles.includes("safeguarding"))
      .map(({ id, name, email }) => ({ id, name, email }));
    return c.json({ team });
  })
  .post("/screen", valid("json", ScreenBody), (c) => {
    const { language, text } = c.req.valid("json");
    const result = Safeguarding.screenText(language, text);
    return c.json({
      screened: result.screened,
      alert: result.alert,
      ...(result.severity ? { severity: result.severity } : {}),
      matched: result.matched.map((m) => ({
        words: text.slice(m.at[0], m.at[1]),
        category: m.category,
        at: m.at,
      })),
    });
  });
