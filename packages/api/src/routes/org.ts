import { ChorusError, Org } from "@chorus/core";
import { LogoUpload, OrgNameSave } from "@chorus/core/org/schema";
import { Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/**
 * The council's name and logo, as any member of staff reads them (officers print them on
 * posters). The logo is served as the picture itself: only a PNG or JPEG checked byte by byte
 * is ever stored, and `nosniff` (on every answer) stops a browser reading it as anything else.
 */
export const org = new Hono<AppEnv>()
  .use(requireRole())
  .get("/", async (c) => c.json(await Org.settings(c.get("db"), c.get("me").orgId)))
  .get("/logo", async (c) => {
    const logo = await Org.logo(c.get("db"), c.get("me").orgId);
    if (!logo) throw new ChorusError("not_found", "logo.not_found", "There is no logo yet.");
    c.header("Content-Type", logo.contentType);
    c.header("Content-Disposition", "inline");
    // The page asks for it by version (`?v=`), so a browser may keep it for a day.
    c.header("Cache-Control", "private, max-age=86400");
    return c.body(new Uint8Array(logo.data));
  });

/** An admin changes the council's name and logo; every change is audited in core. */
export const orgAdmin = new Hono<AppEnv>()
  .use(requireRole("admin"))
  .put("/name", valid("json", OrgNameSave), async (c) =>
    c.json(await Org.saveName(c.get("db"), c.get("me"), c.req.valid("json").name)),
  )
  .put("/logo", valid("json", LogoUpload), async (c) =>
    c.json({ logo: await Org.saveLogo(c.get("db"), c.get("me"), c.req.valid("json")) }),
  )
  .delete("/logo", async (c) => c.json(await Org.removeLogo(c.get("db"), c.get("me"))));
