import { Alert, Staff } from "@chorus/core";
import {
  AlertAssign,
  AlertClose,
  AlertListQuery,
  AlertNote,
  SafeguardingSettingsSave,
  ScreenBody,
} from "@chorus/core/alert/schema";
import { Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/**
 * What the queue shows of an alert: never the answers, nor how to reach the child, which only
 * the alert's own page shows.
 */
const listed = (alert: Alert.Alert, now: Date) => ({
  id: alert.id,
  responseId: alert.responseRef,
  surveyId: alert.surveyId,
  severity: alert.severity,
  reasons: alert.reasons,
  status: alert.status,
  raisedAt: alert.raisedAt,
  dueAt: alert.dueAt,
  owner: alert.ownerId ?? null,
  overdue: Alert.isOverdue(alert, now),
  ...(alert.escalatedAt ? { escalatedAt: alert.escalatedAt } : {}),
});

/** Alerts: nobody but the safeguarding role may read them. */
const lead = requireRole("safeguarding");
/** Due times and own phrases: the safeguarding lead's, and an admin's as organisation settings. */
const leadOrAdmin = requireRole("safeguarding", "admin");

export const safeguarding = new Hono<AppEnv>()
  // Every route here is the safeguarding role's alone, a new one too, except the settings.
  .use((c, next) => (c.req.path.endsWith("/safeguarding/settings") ? leadOrAdmin : lead)(c, next))
  .get("/alerts", valid("query", AlertListQuery), async (c) => {
    const { status } = c.req.valid("query");
    const db = c.get("db");
    const alerts = await Alert.list(db, c.get("me").orgId, status);
    const now = db.now();
    return c.json({ alerts: alerts.map((alert) => listed(alert, now)) });
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
  .post("/screen", valid("json", ScreenBody), async (c) => {
    const { language, text } = c.req.valid("json");
    return c.json(await Alert.trySentence(c.get("db"), c.get("me").orgId, language, text));
  })
  .get("/settings", async (c) => c.json(await Alert.settings(c.get("db"), c.get("me").orgId)))
  .put("/settings", valid("json", SafeguardingSettingsSave), async (c) =>
    c.json(await Alert.saveSettings(c.get("db"), c.get("me"), c.req.valid("json"))),
  );
