import { ChorusError, Place } from "@chorus/core";
import { Hono } from "hono";
import * as v from "valibot";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";

const PlaceQuery = v.strictObject({ wave: v.optional(v.pipe(v.string(), v.minLength(1))) });

/** The story of place across every survey, for leaders. */
export const place = new Hono<AppEnv>().use(requireRole("leader")).get("/", async (c) => {
  const query = v.safeParse(PlaceQuery, c.req.query());
  if (!query.success) {
    throw new ChorusError(
      "invalid",
      "report.invalid_filter",
      "The story of place can be filtered by wave only.",
      v.flatten(query.issues),
    );
  }
  return c.json(await Place.forLeader(c.get("db"), c.get("me"), query.output));
});
