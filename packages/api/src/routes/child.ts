import { ChorusError, Distribution, RateLimit, Response, Survey } from "@chorus/core";
import {
  type AgeBand,
  type PublicSurvey,
  ResponseCreate,
  type SurveyVersion,
} from "@chorus/core/survey/schema";
import { type Context, Hono } from "hono";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/**
 * Wrong codes allowed from one client in ten minutes. Generous, because a room of tablets at a
 * Children in Care Council event can share one address and children mistype; codes are long
 * enough (see `Survey.newAccessCode`) that this still makes guessing hopeless.
 */
export const CODE_MISSES = { name: "code-misses", limit: 60, windowSeconds: 600 };

/**
 * Runs `work` for a code (or a link or tablet token), counting wrong ones per client and refusing
 * once there are too many.
 */
export async function countingMisses<T>(c: Context<AppEnv>, work: () => Promise<T>): Promise<T> {
  const db = c.get("db");
  const client = c.get("clientIp");
  if ((await RateLimit.peek(db, CODE_MISSES, client)) >= CODE_MISSES.limit) {
    throw RateLimit.tooMany(
      db,
      CODE_MISSES,
      "Too many wrong codes. Ask the adult with you for help.",
    );
  }
  try {
    return await work();
  } catch (error) {
    if (error instanceof ChorusError && /^(survey|invite|tablet)\.not_found$/.test(error.code)) {
      await RateLimit.hit(db, CODE_MISSES, client);
    }
    throw error;
  }
}

/** What a child's device is given: the survey, and the band its code fixes, if any. */
export function publicSurvey(code: string, survey: SurveyVersion, ageBand?: AgeBand): PublicSurvey {
  return ageBand ? { code, survey, ageBand } : { code, survey };
}

/** What a child's device calls: no account, just an access code. */
export const child = new Hono<AppEnv>()
  .get("/:code", async (c) => {
    const code = c.req.param("code");
    const { version, distribution } = await countingMisses(c, () =>
      Survey.openByCode(c.get("db"), code),
    );
    return c.json(publicSurvey(code.toUpperCase(), version, distribution?.ageBand));
  })
  .post("/:code/responses", valid("json", ResponseCreate), async (c) => {
    const body = c.req.valid("json");
    const result = await countingMisses(c, () =>
      Response.submit(c.get("db"), c.req.param("code"), body),
    );
    return c.json(result, result.duplicate ? 200 : 201);
  });

/** Single-use links for named children: the same survey, admitted once. */
export const invites = new Hono<AppEnv>()
  .get("/:token", async (c) => {
    const db = c.get("db");
    const code = await countingMisses(c, () => Distribution.openInvite(db, c.req.param("token")));
    const { version, distribution } = await Survey.openByCode(db, code);
    return c.json(publicSurvey(code, version, distribution?.ageBand));
  })
  .post("/:token/responses", valid("json", ResponseCreate), async (c) => {
    const db = c.get("db");
    const body = c.req.valid("json");
    const token = c.req.param("token");
    const code = await countingMisses(c, () => Distribution.openInvite(db, token, body.id));
    const result = await Response.submit(db, code, body);
    await Distribution.useInvite(db, token, body.id);
    return c.json(result, result.duplicate ? 200 : 201);
  });
