import { GetCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { ImmutableCache } from "../db/cache.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { readItem } from "../db/read.js";
import { normaliseCode } from "../survey/code.js";
import { surveyNotFound } from "./errors.js";

/** Where an access code leads. Written once when the code is drawn, never changed. */
const CodeTarget = v.looseObject({
  orgId: v.string(),
  surveyId: v.string(),
  distributionId: v.optional(v.string()),
  code: v.string(),
});
type CodeTarget = v.InferOutput<typeof CodeTarget>;

const targets = new ImmutableCache<CodeTarget | undefined>(2000);

/** Resolves a child's access code (any letter case, spaces and dashes ignored). */
export async function resolveCode(db: Db, typed: string): Promise<CodeTarget> {
  const code = normaliseCode(typed);
  if (!/^[A-Z0-9]{4,16}$/.test(code)) throw surveyNotFound();
  const target = await targets.get(db, code, async () => {
    const { Item } = await db.doc.send(
      new GetCommand({ TableName: db.table, Key: Keys.accessCode(code) }),
    );
    return Item ? readItem(CodeTarget, { code, ...Item }, "accessCode") : undefined;
  });
  if (!target) throw surveyNotFound();
  return target;
}
