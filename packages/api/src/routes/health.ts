import { ping } from "@chorus/core";
import { Hono } from "hono";
import type { AppEnv } from "../context.js";

/** Healthy once the database answers a read of our table. */
export const health = new Hono<AppEnv>().get("/", async (c) => {
  try {
    await ping(c.get("db"));
  } catch (error) {
    console.error(`[${c.get("requestId")}] health check failed`, error);
    const message = "The database is not answering yet.";
    return c.json({ ok: false, error: { code: "health.database_unreachable", message } }, 503);
  }
  return c.json({ ok: true });
});
