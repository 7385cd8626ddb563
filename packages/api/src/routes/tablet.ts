import { Action, Admission, Response, Tablet } from "@chorus/core";
import { YouSaidQuery } from "@chorus/core/action/schema";
import { HelpCreate } from "@chorus/core/help/schema";
import { ResponseCreate } from "@chorus/core/survey/schema";
import { TabletEnd, TabletSessionCreate } from "@chorus/core/tablet/schema";
import { Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";
import { recordingHash } from "./audio.js";
import { admitted, askForHelp, recordingFor } from "./child.js";

/** Officers start tablet sessions for a code, watch their counts and end them. */
export const tabletSessions = new Hono<AppEnv>()
  .use(requireRole("officer"))
  .get("/", async (c) => c.json({ sessions: await Tablet.list(c.get("db"), c.get("me").orgId) }))
  .post("/", valid("json", TabletSessionCreate), async (c) => {
    const result = await Tablet.start(c.get("db"), c.get("me"), c.req.valid("json"));
    return c.json({ session: result.session }, result.created ? 201 : 200);
  })
  .post("/:sessionId/end", async (c) => {
    const session = await Tablet.endByStaff(c.get("db"), c.get("me"), c.req.param("sessionId"));
    return c.json({ session });
  });

/**
 * What a tablet in a session calls: the token stands in for the code, and the answers go where
 * a code's would, so a child on a kiosk is heard exactly like a child with a code.
 */
export const tablets = new Hono<AppEnv>()
  .get("/:token", async (c) => {
    const ticket = await admitted(c, () => Admission.byTablet(c.get("db"), c.req.param("token")));
    const { label, participants, endsAt } = ticket.session!;
    return c.json({ ...Admission.publicView(ticket), session: { label, participants, endsAt } });
  })
  .post("/:token/responses", valid("json", ResponseCreate), async (c) => {
    const body = c.req.valid("json");
    // A child who began while the session was live is heard, even if it ended as they answered.
    const ticket = await admitted(c, () =>
      Admission.byTablet(c.get("db"), c.req.param("token"), body.startedAt),
    );
    const result = await Response.submit(c.get("db"), ticket, body);
    return c.json(result, result.duplicate ? 200 : 201);
  })
  .get("/:token/audio/:hash", recordingHash, async (c) => {
    const ticket = await admitted(c, () => Admission.byTablet(c.get("db"), c.req.param("token")));
    return recordingFor(c, ticket, c.req.valid("param").hash);
  })
  .post("/:token/help", valid("json", HelpCreate), async (c) => {
    const body = c.req.valid("json");
    const ticket = await admitted(c, () =>
      Admission.byTablet(c.get("db"), c.req.param("token"), body.sentAt),
    );
    return askForHelp(c, ticket, body);
  })
  .get("/:token/you-said", valid("query", YouSaidQuery), async (c) => {
    const { language } = c.req.valid("query");
    const token = c.req.param("token");
    return c.json(await admitted(c, () => Action.youSaidByTablet(c.get("db"), token, language)));
  })
  .post("/:token/end", valid("json", TabletEnd), async (c) => {
    const { pin } = c.req.valid("json");
    const session = await admitted(c, () =>
      Tablet.endWithPin(c.get("db"), c.req.param("token"), pin),
    );
    return c.json({ session: { label: session.label, participants: session.participants } });
  });
