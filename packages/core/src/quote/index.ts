export * as Quote from "./index.js";

import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { total } from "../aggregate/cells.js";
import { Aggregate } from "../aggregate/index.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { fingerprint } from "../db/once.js";
import { readItem } from "../db/read.js";
import { MIN_SHOWN } from "../report/disclosure.js";
import { Theme } from "../theme/index.js";
import { conflict, invalid, notFound } from "../util/error.js";
import { codebookOf, type TextSlots, textOf, themedAnswers } from "./answers.js";
import { move as moveOnce, overridesFor, sourceOf } from "./move.js";
import type { MoveCreate, QuoteApprove, QuoteReject, QuoteSource } from "./schema.js";
import {
  approvedFor,
  decisions,
  names,
  noQuote,
  rebuildDone,
  rebuildNeeded,
  redactor,
  responseOf,
  StoredQuote,
  saveNames,
  surveyFor,
} from "./store.js";
import { quoteId } from "./work.js";

export { type Overrides, withOverrides } from "./override.js";
export { emerging, quoteId, themeAnswers, themes } from "./work.js";
export {
  approvedFor,
  decisions,
  names,
  overridesFor,
  rebuildDone,
  rebuildNeeded,
  redactor,
  saveNames,
};

/** The answer a candidate comes from, checked to be in its theme today (after moves). */
async function sourceAnswer(
  db: Db,
  orgId: string,
  surveyId: string,
  slots: TextSlots,
  source: QuoteSource,
) {
  const [response, overrides] = await Promise.all([
    responseOf(db, orgId, surveyId, source.responseId),
    overridesFor(db, orgId, surveyId),
  ]);
  if (!response)
    throw notFound("quote.answer_gone", "That answer is no longer kept, so it cannot be quoted.");
  const themer = await Theme.themerFor(db, orgId);
  const answer = themedAnswers(response, slots, themer, overrides.get(response.id)).find(
    (found) => found.slot === source.slot,
  );
  if (!answer) throw noQuote();
  if (!answer.themes.includes(source.themeId)) {
    throw conflict(
      "quote.not_in_theme",
      "That answer is not in this theme any more. Reload to see where it is.",
    );
  }
  return answer;
}

async function decide(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  id: string,
  decision: StoredQuote,
) {
  const key = Keys.quote(staff.orgId, surveyId, id);
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }),
  );
  const before = Item ? readItem(StoredQuote, Item, "quote") : undefined;
  // The same decision again (a resend) writes nothing, but makes sure its audit entry exists.
  const same = before?.status === decision.status && before.text === decision.text;
  const stored = same && before ? before : { ...decision, at: db.now().toISOString() };
  if (!same) {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...key, type: "quote", orgId: staff.orgId, surveyId, ...stored, by: staff.id },
      }),
    );
  }
  await Audit.byStaffOnce(db, staff, {
    action: decision.status === "approved" ? "quote.approved" : "quote.rejected",
    at: stored.at ?? db.now().toISOString(),
    id: `${id}-${fingerprint([decision.status, decision.text ?? ""]).slice(0, 12)}`,
    target: { type: "quote", id },
    detail: { surveyId, themeId: decision.themeId },
  });
  return stored;
}

/**
 * Approves a candidate quote. Its theme must have 8 answers or more across the survey; the text
 * stored is the automatic redaction, or the officer's own edit of it, which must pass it too.
 * It is stored on its own, so it outlives the raw answer.
 */
export async function approve(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  id: string,
  body: QuoteApprove,
) {
  const { orgId } = staff;
  if (id !== quoteId(surveyId, body)) throw noQuote();
  const { slots } = await surveyFor(db, orgId, surveyId);
  const answer = await sourceAnswer(db, orgId, surveyId, slots, body);
  const { cells } = await Aggregate.read(db, orgId, surveyId);
  const sum = total(cells);
  let count = 0;
  for (const slot of Object.values(sum.q)) count += slot.t?.[body.themeId] ?? 0;
  if (count < MIN_SHOWN) {
    throw conflict("quote.small_group", "Quotes come only from themes with 8 answers or more.");
  }
  const redact = await redactor(db, orgId);
  let text = redact(answer.text).text;
  if (body.text !== undefined) {
    const check = redact(body.text);
    if (check.redacted > 0) {
      throw invalid(
        "quote.not_redacted",
        "The edited quote still has a name, number, address or school in it.",
        {
          text: check.text,
        },
      );
    }
    text = body.text;
  }
  await Audit.byStaff(
    db,
    staff,
    "theme.answers_read",
    { type: "survey", id: surveyId },
    { answers: 1 },
  );
  const { responseId: _, ...source } = body;
  return decide(db, staff, surveyId, id, {
    id,
    status: "approved",
    themeId: source.themeId,
    slot: source.slot,
    text,
  });
}

/** Rejects a candidate (or withdraws an approved quote): it is not offered again. */
export async function reject(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  id: string,
  body: QuoteReject,
) {
  if (id !== quoteId(surveyId, body)) throw noQuote();
  await surveyFor(db, staff.orgId, surveyId);
  return decide(db, staff, surveyId, id, {
    id,
    status: "rejected",
    themeId: body.themeId,
    slot: body.slot,
  });
}

/** Moves one answer to another theme: counts follow, once, whatever is resent. Audited. */
export async function move(db: Db, staff: Audit.Staff, surveyId: string, body: MoveCreate) {
  const { orgId } = staff;
  const { slots, themer } = await surveyFor(db, orgId, surveyId);
  if (!(await codebookOf(db, orgId)).has(body.to)) {
    throw invalid("theme.unknown", "There is no theme with that id.", {
      to: ["Choose one of the themes listed."],
    });
  }
  const response = await responseOf(db, orgId, surveyId, body.responseId);
  const source =
    response && textOf(response, body.slot)?.trim()
      ? sourceOf(response, slots.text, themer, body.slot)
      : undefined;
  if (!response || !source) {
    throw notFound(
      "theme.no_answer",
      "There is no such answer in this survey (it may no longer be kept).",
    );
  }
  const { duplicate, at } = await moveOnce(db, staff, surveyId, body, () => source);
  await Audit.byStaffOnce(db, staff, {
    action: "theme.answer_moved",
    at,
    id: `move-${body.id}`,
    target: { type: "survey", id: surveyId },
    detail: { to: body.to, slot: body.slot },
  });
  return { ...body, duplicate };
}
