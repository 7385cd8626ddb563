import { Wave } from "@chorus/core";
import { WaveId, WaveSave } from "@chorus/core/wave/schema";
import { Hono } from "hono";
import * as v from "valibot";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

const WaveParam = v.object({ waveId: WaveId });

/** Waves as the report's filter bar and trend list them: leaders read them, officers set them. */
export const reportWaves = new Hono<AppEnv>()
  .use(requireRole("leader", "officer"))
  .get("/", async (c) => c.json({ waves: await Wave.list(c.get("db"), c.get("me").orgId) }));

/** Officers name the waves (organisation-wide), on a code or on dates. */
export const waves = new Hono<AppEnv>()
  .use(requireRole("officer"))
  .put("/:waveId", valid("param", WaveParam), valid("json", WaveSave), async (c) => {
    const { waveId } = c.req.valid("param");
    const { wave, created } = await Wave.save(
      c.get("db"),
      c.get("me"),
      waveId,
      c.req.valid("json"),
    );
    return c.json({ wave }, created ? 201 : 200);
  })
  .delete("/:waveId", valid("param", WaveParam), async (c) => {
    const removed = await Wave.remove(c.get("db"), c.get("me"), c.req.valid("param").waveId);
    return c.json({ removed });
  });
