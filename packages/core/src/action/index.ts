export * as Action from "./index.js";

/*
 * "You said, we did": actions a leader records against what children said, published back to
 * the children in their language. Every write is one conditional write of the action's item,
 * which also carries the audit entry it owes (id and time fixed in that write); the entry is
 * then written under that fixed id and the debt cleared. A crash between the two is finished by
 * the retry of the same request, by the next write to the action, or by the next list, and the
 * fixed id means the entry is never written twice.
 */

import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { resolveCode } from "../admission/code.js";
import { surveyNotFound } from "../admission/errors.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed, isConditionFailed, updateExisting } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { createOnce, fingerprint } from "../db/once.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { Distribution } from "../distribution/index.js";
import { Survey } from "../survey/index.js";
import { allQuestions } from "../survey/schema.js";
import { Tablet } from "../tablet/index.js";
import { conflict, invalid, notFound } from "../util/error.js";
import { uuidv7 } from "../util/id.js";
import {
  type ActionCreate,
  Action as ActionSchema,
  type Action as ActionType,
  type ActionUpdate,
  type ActionView,
  type ActionWords,
  type YouSaid,
  type YouSaidAction,
} from "./schema.js";

export type Action = ActionType;
export type { ActionView, YouSaid };

export const actionNotFound = () =>
  notFound("action.not_found", "There is no such action in your organisation.");

/** The audit entry a write owes, kept on the action until it is written. */
interface Owed {
  id: string;
  at: string;
  action: Audit.Action;
  detail?: Record<string, string | number | boolean>;
}

/** What an action's content is, for telling an identical retry from a change. */
type Content = Omit<ActionCreate, "id">;
const contentOf = (input: Content): Content => ({
  language: input.language,
  said: input.said,
  did: input.did,
  themeId: input.themeId,
  surveyId: input.surveyId,
  questionId: input.questionId,
  owner: input.owner,
  status: input.status,
  due: input.due,
  translations: input.translations,
});

/** Ids the client makes; anything else is refused before it reaches a key. */
function checkId(id: string) {
  if (!/^act_[A-Za-z0-9]{8,40}$/.test(id)) throw actionNotFound();
}

const owe = (db: Db, action: Audit.Action, detail?: Owed["detail"]): Owed => ({
  id: uuidv7(),
  at: db.now().toISOString(),
  action,
  ...(detail ? { detail } : {}),
});

/** Writes the audit entry an action owes (once, whatever retries), then clears the debt. */
async function settle(db: Db, staff: Audit.Staff, item: Record<string, unknown>) {
  const owed = item.owed as Owed | undefined;
  if (!owed) return;
  const id = item.id as string;
  await Audit.record(
    db,
    {
      orgId: staff.orgId,
      // Who made the write, which may not be who finishes it.
      actor: { type: "staff", id: item.updatedById as string, email: item.updatedBy as string },
      action: owed.action,
      target: { type: "action", id },
      ...(owed.detail ? { detail: owed.detail } : {}),
    },
    { id: owed.id, at: owed.at },
  ).catch(ignoreConditionFailed);
  await updateExisting(db, Keys.action(staff.orgId, id), "REMOVE owed", "owed.id = :owed", {
    values: { ":owed": owed.id },
  });
}

const toAction = (item: Record<string, unknown>): Action => readItem(ActionSchema, item, "action");

async function readRaw(db: Db, orgId: string, id: string) {
  checkId(id);
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.action(orgId, id), ConsistentRead: true }),
  );
  return Item;
}

/** A survey and question named by an action must be the organisation's own. */
async function checkLinks(db: Db, orgId: string, input: Content) {
  if (!input.surveyId) return;
  const survey = await Survey.get(db, orgId, input.surveyId);
  if (!survey) {
    throw invalid("action.invalid", "The action does not fit.", {
      nested: { surveyId: ["Choose one of your organisation's surveys."] },
    });
  }
  if (!input.questionId) return;
  const version =
    survey.publishedVersion > 0
      ? await Survey.getVersion(db, orgId, survey.id, survey.publishedVersion)
      : undefined;
  if (!version || !allQuestions(version).some((q) => q.id === input.questionId)) {
    throw invalid("action.invalid", "The action does not fit.", {
      nested: { questionId: ["Choose a question of that survey."] },
    });
  }
}

/**
 * Records a new action. The id comes from the client: the same body again answers with the
 * action as it now is (201 then 200), another body under the id is a 409.
 */
export async function create(
  db: Db,
  staff: Audit.Staff,
  input: ActionCreate,
): Promise<{ action: Action; created: boolean }> {
  const content = contentOf(input);
  await checkLinks(db, staff.orgId, content);
  const now = db.now().toISOString();
  const result = await createOnce(db, {
    item: {
      ...Keys.action(staff.orgId, input.id),
      type: "action",
      id: input.id,
      orgId: staff.orgId,
      ...content,
      published: false,
      revision: 1,
      createdAt: now,
      updatedAt: now,
      updatedBy: staff.email,
      updatedById: staff.id,
      createdHash: fingerprint(content),
      contentHash: fingerprint(content),
      owed: owe(db, "action.created", { status: input.status }),
    },
    field: "createdHash",
    conflict: () => conflict("action.conflict", "A different action already has this id."),
  });
  await settle(db, staff, result.item);
  return { action: toAction(result.item), created: result.created };
}

/**
 * Replaces what an action says. Sending the same again changes nothing; an edit based on an
 * older revision than the stored one is refused (`action.edit_conflict`) rather than lost.
 */
export async function update(
  db: Db,
  staff: Audit.Staff,
  id: string,
  input: ActionUpdate,
): Promise<Action> {
  const item = await readRaw(db, staff.orgId, id);
  if (!item) throw actionNotFound();
  await settle(db, staff, item);
  const content = contentOf(input);
  const hash = fingerprint(content);
  if (item.contentHash === hash) return toAction(item);
  const current = toAction(item);
  const editConflict = () =>
    conflict(
      "action.edit_conflict",
      `${current.updatedBy} changed this action while you were editing. Reload to see their changes, then make yours again.`,
    );
  if (input.revision !== undefined && input.revision !== current.revision) throw editConflict();
  await checkLinks(db, staff.orgId, content);
  const owed = owe(db, "action.updated", { status: input.status, revision: current.revision + 1 });
  const values: Record<string, unknown> = {
    ":revision": current.revision,
    ":next": current.revision + 1,
    ":hash": hash,
    ":now": owed.at,
    ":who": staff.email,
    ":whoId": staff.id,
    ":owed": owed,
  };
  const sets = ["revision = :next", "contentHash = :hash", "updatedAt = :now"];
  sets.push("updatedBy = :who", "updatedById = :whoId", "owed = :owed");
  const removes: string[] = [];
  for (const [field, value] of Object.entries(content)) {
    if (value === undefined) removes.push(`#${field}`);
    else {
      sets.push(`#${field} = :${field}`);
      values[`:${field}`] = value;
    }
  }
  const names = Object.fromEntries(Object.keys(content).map((field) => [`#${field}`, field]));
  let updated: Record<string, unknown>;
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.action(staff.orgId, id),
        UpdateExpression: `SET ${sets.join(", ")}${removes.length ? ` REMOVE ${removes.join(", ")}` : ""}`,
        ConditionExpression: "attribute_exists(pk) AND revision = :revision",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: "ALL_NEW",
      }),
    );
    updated = Attributes!;
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    // Someone else's write landed between the read and this one; the same edit is no conflict.
    const latest = await readRaw(db, staff.orgId, id);
    if (latest?.contentHash === hash) return toAction(latest);
    throw editConflict();
  }
  await settle(db, staff, updated);
  return toAction(updated);
}

/**
 * Sets the words of one translation (a leader's or an officer's), leaving the rest as it is.
 * The same words again change nothing.
 */
export async function translate(
  db: Db,
  staff: Audit.Staff,
  id: string,
  language: string,
  words: ActionWords,
): Promise<Action> {
  const item = await readRaw(db, staff.orgId, id);
  if (!item) throw actionNotFound();
  const current = toAction(item);
  if (language === current.language) {
    throw invalid("action.invalid", "These are the action's own words: edit the action instead.", {
      nested: { language: [`The action is written in ${language}.`] },
    });
  }
  const { id: _id, revision, ...rest } = current;
  return update(db, staff, id, {
    ...contentOf(rest),
    translations: { ...current.translations, [language]: words },
    revision,
  });
}

/** Shows an action to children, or takes it back; doing it twice is the same as once. */
export async function setPublished(
  db: Db,
  staff: Audit.Staff,
  id: string,
  published: boolean,
): Promise<Action> {
  checkId(id);
  const owed = owe(db, published ? "action.published" : "action.unpublished");
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.action(staff.orgId, id),
        UpdateExpression: published
          ? "SET published = :yes, publishedAt = :now, owed = :owed, updatedBy = :who, updatedById = :whoId"
          : "SET published = :yes, owed = :owed, updatedBy = :who, updatedById = :whoId REMOVE publishedAt",
        // Not already so, and no earlier audit entry still owed (settled first, below).
        ConditionExpression:
          "attribute_exists(pk) AND published <> :yes AND attribute_not_exists(owed)",
        ExpressionAttributeValues: {
          ":yes": published,
          ":owed": owed,
          ":who": staff.email,
          ":whoId": staff.id,
          ...(published ? { ":now": owed.at } : {}),
        },
        ReturnValues: "ALL_NEW",
      }),
    );
    await settle(db, staff, Attributes!);
    return toAction(Attributes!);
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
  const item = await readRaw(db, staff.orgId, id);
  if (!item) throw actionNotFound();
  await settle(db, staff, item);
  if (item.published === published) return toAction(item);
  // An earlier write's entry was still owed: settled now, so this one can go ahead.
  return setPublished(db, staff, id, published);
}

/** Every action of the organisation, newest first, with the languages each still needs. */
export async function list(db: Db, staff: Audit.Staff): Promise<ActionView[]> {
  const items = await allItems(db, staff.orgId);
  for (const item of items) if (item.owed) await settle(db, staff, item);
  const actions = items.map(toAction);
  const offered = await languagesOffered(db, staff.orgId, actions);
  return actions
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((action) => ({ ...action, missingLanguages: missingLanguages(action, offered) }));
}

/**
 * The organisation's published actions, newest first, as the story of place shows them. Reads
 * only: an audit entry an earlier write still owes is settled by the leaders' list, not here.
 */
export async function publishedFor(db: Db, orgId: string) {
  return (await allItems(db, orgId))
    .map(toAction)
    .filter((action) => action.published)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** One action, for its own page. */
export async function get(db: Db, staff: Audit.Staff, id: string): Promise<ActionView> {
  const item = await readRaw(db, staff.orgId, id);
  if (!item) throw actionNotFound();
  const action = toAction(item);
  const offered = await languagesOffered(db, staff.orgId, [action]);
  return { ...action, missingLanguages: missingLanguages(action, offered) };
}

async function allItems(db: Db, orgId: string) {
  const items: Record<string, unknown>[] = [];
  const query = partitionQuery(Keys.org(orgId).pk, Keys.actionPrefix());
  for await (const page of queryPages(db, query)) items.push(...(page.Items ?? []));
  return items;
}

/** The languages children can answer each survey in; `*` holds every survey's together. */
async function languagesOffered(db: Db, orgId: string, actions: Action[]) {
  const offered = new Map<string, string[]>();
  const everyone = actions.some((action) => !action.surveyId);
  const surveys = everyone
    ? (await Survey.list(db, orgId)).filter((survey) => survey.publishedVersion > 0)
    : [];
  const wanted = new Set(actions.flatMap((action) => (action.surveyId ? [action.surveyId] : [])));
  for (const surveyId of wanted) {
    const survey =
      surveys.find((s) => s.id === surveyId) ?? (await Survey.get(db, orgId, surveyId));
    if (survey) offered.set(survey.id, await surveyLanguages(db, survey));
  }
  if (everyone) {
    const all = new Set<string>();
    for (const survey of surveys) {
      for (const language of offered.get(survey.id) ?? (await surveyLanguages(db, survey))) {
        all.add(language);
      }
    }
    offered.set("*", [...all]);
  }
  return offered;
}

async function surveyLanguages(db: Db, survey: Survey.Survey): Promise<string[]> {
  if (survey.publishedVersion < 1) return [survey.defaultLanguage];
  return (await Survey.currentVersion(db, survey)).languages;
}

function missingLanguages(action: Action, offered: Map<string, string[]>): string[] {
  const languages = offered.get(action.surveyId ?? "*") ?? [];
  return languages.filter(
    (language) => language !== action.language && !action.translations[language],
  );
}

/** The order a child reads actions in: what is happening now, what was done, what is next. */
const ORDER = { doing: 0, done: 1, planned: 2 } as const;

/**
 * The published actions behind a child's code (its survey's and the organisation-wide ones),
 * in the child's language where a leader translated them, else the survey's own language, else
 * the words as written. Nothing a child answered is in it. A code that leads nowhere is
 * `survey.not_found`, counted by the caller like any wrong code (see `Admission.guarded`); a
 * closed code still shows what was done, which is the point of it.
 */
export async function youSaid(db: Db, code: string, language?: string): Promise<YouSaid> {
  const target = await resolveCode(db, code);
  const survey = await Survey.get(db, target.orgId, target.surveyId);
  if (!survey || survey.publishedVersion < 1) throw surveyNotFound();
  const asked = language ?? survey.defaultLanguage;
  const items = await allItems(db, target.orgId);
  const actions = items
    .map(toAction)
    .filter((action) => action.published && (!action.surveyId || action.surveyId === survey.id))
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""),
    )
    .map((action) => shown(action, asked, survey.defaultLanguage));
  return { language: asked, defaultLanguage: survey.defaultLanguage, actions };
}

/** The same for a child who came in by a single-use link (used or not: it is their thank-you). */
export async function youSaidByInvite(db: Db, token: string, language?: string) {
  const invite = await Distribution.readInvite(db, token);
  return youSaid(db, invite.code, language);
}

/** The same on a tablet in a session (ended too: the child may be on the thank-you screen). */
export async function youSaidByTablet(db: Db, token: string, language?: string) {
  const session = await Tablet.byToken(db, token);
  return youSaid(db, session.code, language);
}

function shown(action: Action, language: string, fallback: string): YouSaidAction {
  const wordsIn = (lang: string): ActionWords | undefined =>
    lang === action.language ? action : action.translations[lang];
  const chosen = wordsIn(language) ? language : wordsIn(fallback) ? fallback : action.language;
  const words = wordsIn(chosen)!;
  return {
    id: action.id,
    said: words.said,
    did: words.did,
    status: action.status,
    language: chosen,
    ...(action.due ? { due: action.due } : {}),
  };
}
