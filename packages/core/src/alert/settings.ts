/**
 * An organisation's safeguarding settings: how soon an alert must be acknowledged, and its own
 * phrases, screened beside the disclosure lexicon. Until someone saves them, the defaults hold
 * (an hour for urgent, a working day for a concern, no phrases).
 */
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { readItem } from "../db/read.js";
import { screenText } from "../safeguarding/screen.js";
import type { Severity } from "../survey/schema.js";
import { sha256 } from "../util/hash.js";
import { type Answered, byLexicon, reasonsFor, type Screener, screenerWith } from "./reasons.js";
import {
  type OwnPhrase,
  type Reason,
  SafeguardingSettings,
  type SafeguardingSettingsSave,
} from "./schema.js";

export const DEFAULT_SETTINGS: SafeguardingSettings = {
  urgentHours: 1,
  concernWorkingDays: 1,
  phrases: [],
};

/** The organisation's settings, or the defaults when none were saved. One read. */
export async function settings(db: Db, orgId: string): Promise<SafeguardingSettings> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.safeguardingSettings(orgId) }),
  );
  if (!Item) return DEFAULT_SETTINGS;
  const { urgentHours, concernWorkingDays, phrases } = readItem(
    SafeguardingSettings,
    Item,
    "safeguarding settings",
  );
  return { urgentHours, concernWorkingDays, phrases };
}

/**
 * Replaces the settings. A phrase's id comes from its language and words, so saving the same
 * list again (a retry) stores the same thing, and a phrase keeps its id across saves.
 */
export async function saveSettings(
  db: Db,
  staff: Audit.Staff,
  input: SafeguardingSettingsSave,
): Promise<SafeguardingSettings> {
  const phrases = new Map<string, OwnPhrase>();
  for (const phrase of input.phrases) {
    const id = `phr_${sha256(`${phrase.language}\n${phrase.phrase.toLowerCase()}`).slice(0, 16)}`;
    // The same words twice: the more serious severity wins.
    const before = phrases.get(id);
    if (!before || phrase.severity === "urgent") phrases.set(id, { id, ...phrase });
  }
  const saved: SafeguardingSettings = {
    urgentHours: input.urgentHours,
    concernWorkingDays: input.concernWorkingDays,
    phrases: [...phrases.values()],
  };
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...Keys.safeguardingSettings(staff.orgId),
        type: "safeguardingSettings",
        orgId: staff.orgId,
        ...saved,
        updatedAt: db.now().toISOString(),
        updatedBy: staff.id,
      },
    }),
  );
  await Audit.byStaff(
    db,
    staff,
    "safeguarding.settings_changed",
    { type: "org", id: staff.orgId },
    {
      urgentHours: saved.urgentHours,
      concernWorkingDays: saved.concernWorkingDays,
      phrases: saved.phrases.length,
    },
  );
  return saved;
}

/**
 * When an alert raised at `raisedAt` must be acknowledged: `urgentHours` later for urgent, and
 * for a concern the same time of day `concernWorkingDays` working days later (Saturdays and
 * Sundays do not count; bank holidays are not known here).
 */
export function dueAt(
  raisedAt: Date,
  severity: Severity,
  due: Pick<SafeguardingSettings, "urgentHours" | "concernWorkingDays"> = DEFAULT_SETTINGS,
): Date {
  if (severity === "urgent") return new Date(raisedAt.getTime() + due.urgentHours * 3600_000);
  const at = new Date(raisedAt);
  let days = due.concernWorkingDays;
  while (days > 0) {
    at.setUTCDate(at.getUTCDate() + 1);
    const weekday = at.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days--;
  }
  return at;
}

const primary = (language: string) => language.trim().toLowerCase().split(/[-_]/)[0] ?? "";

/** The organisation's phrases for text in `language` ("pl-PL" takes the Polish ones). */
export function phrasesFor(saved: Pick<SafeguardingSettings, "phrases">, language: string) {
  const wanted = primary(language);
  return saved.phrases
    .filter((phrase) => primary(phrase.language) === wanted)
    .map((phrase) => ({ phrase: phrase.phrase, severity: phrase.severity }));
}

/**
 * A screener that matches the organisation's own phrases as well as the lexicon. An own phrase
 * never makes text in a language without a lexicon count as screened: it is still read.
 */
export const screenerFor = (saved: Pick<SafeguardingSettings, "phrases">): Screener =>
  saved.phrases.length === 0 ? byLexicon : screenerWith((language) => phrasesFor(saved, language));

/**
 * Every reason a response gives, with the organisation's own phrases. The settings are read
 * only when the response holds free text (or are passed in, read once for the request), so an
 * answer without text costs no extra read.
 */
export async function reasonsWithSettings(
  db: Db,
  orgId: string,
  definition: Parameters<typeof reasonsFor>[0],
  response: Answered,
  known?: SafeguardingSettings,
): Promise<{ reasons: Reason[]; settings?: SafeguardingSettings }> {
  if (known)
    return { reasons: reasonsFor(definition, response, screenerFor(known)), settings: known };
  let texts = false;
  const probe: Screener = (language, text) => {
    texts = true;
    return byLexicon(language, text);
  };
  const reasons = reasonsFor(definition, response, probe);
  if (!texts) return { reasons };
  const saved = await settings(db, orgId);
  if (saved.phrases.length === 0) return { reasons, settings: saved };
  return { reasons: reasonsFor(definition, response, screenerFor(saved)), settings: saved };
}

/**
 * The "try a sentence" box: what the lexicon and the organisation's own phrases make of some
 * text, with where each match is. An own phrase's match has the category `own`.
 */
export async function trySentence(db: Db, orgId: string, language: string, text: string) {
  const saved = await settings(db, orgId);
  const result = screenText(language, text, { extraPhrases: phrasesFor(saved, language) });
  return {
    screened: result.screened,
    alert: result.alert,
    ...(result.severity ? { severity: result.severity } : {}),
    matched: result.matched.map((m) => ({
      words: text.slice(m.at[0], m.at[1]),
      category: m.category === "organisation" ? "own" : m.category,
      at: m.at,
    })),
  };
}
