/** A survey's head item as the table holds it: status, draft and publishing marks (valibot only). */
import * as v from "valibot";
import { Recordings } from "../audio/schema.js";
import { Text } from "./base.js";
import { SurveyVersion, upgradeSurvey } from "./schema.js";

export const SurveyStatus = v.picklist(["draft", "published", "archived"]);
export type SurveyStatus = v.InferOutput<typeof SurveyStatus>;

/** What every reader of the head item relies on; the draft itself is checked only when read. */
export const StoredSurvey = v.object({
  id: v.string(),
  orgId: v.string(),
  status: SurveyStatus,
  /** What staff call it; surveys made before names for staff had none (see `staffNameOf`). */
  staffName: v.optional(v.string()),
  /** The last rename, so its audit entry is written once however often it is retried. */
  lastRename: v.optional(v.object({ id: v.string(), at: v.string(), from: v.string() })),
  /** The version children are given now (0 before the first publish). */
  publishedVersion: v.optional(v.number(), 0),
  /** The draft revision that version was published from, so a repeated publish is answered. */
  publishedRevision: v.optional(v.number()),
  publishedHash: v.optional(v.string()),
  /** Fingerprint of the definition the survey was created with: a retried create compares it. */
  createdHash: v.optional(v.string()),
  draftHash: v.optional(v.string()),
  draftRevision: v.optional(v.number()),
  draftSavedAt: v.optional(v.string()),
  draftSavedBy: v.optional(v.string()),
  /**
   * Languages whose words Chorus wrote (a template's phrasebook) and nobody has checked yet,
   * keyed by language tag. Only an officer's audited "I have checked this translation" removes
   * one (`Survey.checkTranslation`); saving the draft never does.
   */
  unreviewed: v.optional(v.record(v.string(), v.object({ from: v.literal("chorus") }))),
  /** Each language's check, so its audit entry is written once however often it is retried. */
  translationChecks: v.optional(
    v.record(v.string(), v.object({ id: v.string(), at: v.string(), by: v.string() })),
  ),
  /** The draft's recordings (see `Audio`): beside the draft, with their own revision. */
  draftAudio: v.optional(Recordings),
});
export type StoredSurvey = v.InferOutput<typeof StoredSurvey>;

/** What the survey list and admission read: the head item's public part. */
export const SurveyHead = v.object({
  id: v.string(),
  orgId: v.string(),
  title: Text,
  defaultLanguage: v.string(),
  status: SurveyStatus,
  staffName: v.optional(v.string()),
  publishedVersion: v.optional(v.number(), 0),
  /** The newest code handed out, shown in the survey list. */
  code: v.optional(v.string()),
  createdAt: v.optional(v.string()),
  updatedAt: v.optional(v.string()),
});

/** The head item with its draft, which surveys seeded before the studio may hold in an older shape. */
export const StoredDraft = v.object({
  ...StoredSurvey.entries,
  draft: v.pipe(v.unknown(), v.transform(upgradeSurvey), SurveyVersion),
  draftRevision: v.number(),
  draftSavedAt: v.string(),
  draftSavedBy: v.string(),
});
export type StoredDraft = v.InferOutput<typeof StoredDraft>;
