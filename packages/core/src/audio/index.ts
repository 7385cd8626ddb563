export * as Audio from "./index.js";

/**
 * Recorded audio an officer puts on a survey draft's words: one recording per question prompt or
 * choice, per language, played to a child in place of the device's voice. The bytes go to an
 * `AudioStore` named by their hash; the draft (the survey's head item) holds which hash is on
 * which string and language, and publishing copies that into the immutable version.
 *
 * Every change is exactly once: the bytes are written before the draft points at them (a crash
 * between leaves an unreferenced file, never a reference to nothing), the draft changes by a
 * conditional write on its recordings' own revision (so a recording never collides with the
 * officer's typing, which has the draft's revision), and the audit entry's id and time come from
 * what the draft now holds, so a retry writes a missing entry and never a second one.
 */
import { createHash } from "node:crypto";
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import type { Admission } from "../admission/index.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { readItem } from "../db/read.js";
import { noSuchSurvey } from "../survey/errors.js";
import { StoredDraft } from "../survey/stored.js";
import { stringSlots, surveyLanguages } from "../survey/translation.js";
import { ChorusError, conflict, invalid, notFound } from "../util/error.js";
import { hashesOf } from "./recordings.js";
import {
  type AudioRef,
  type AudioSlot,
  MAX_AUDIO_BYTES,
  MAX_AUDIO_WORDS,
  Recordings,
} from "./schema.js";
import { sniffAudio } from "./sniff.js";
import { type AudioStore, audioKey, type StoredAudio } from "./store.js";

export type { AudioStore, StoredAudio } from "./store.js";

export const audioTooLarge = () =>
  new ChorusError(
    "too_large",
    "audio.too_large",
    `The recording must be ${MAX_AUDIO_WORDS} or smaller, which is about a minute of speech. ` +
      "Record it shorter, or save it as MP3, and try again.",
  );
const wrongType = () =>
  invalid(
    "audio.wrong_type",
    "This file is not a recording Chorus can play. Use MP3, M4A (AAC), Ogg (Opus), WebM or WAV.",
  );
const noRecording = () => notFound("audio.not_found", "There is no such recording.");

/** What the draft's head item says about recordings, besides the draft itself. */
const AudioHead = v.object({
  ...StoredDraft.entries,
  draftAudio: v.optional(Recordings, {}),
  audioRevision: v.optional(v.number(), 0),
  lastAudioRemoval: v.optional(
    v.object({ at: v.string(), key: v.string(), language: v.string(), hash: v.string() }),
  ),
});
type AudioHead = v.InferOutput<typeof AudioHead>;

async function readHead(db: Db, orgId: string, surveyId: string): Promise<AudioHead> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.survey(orgId, surveyId),
      ConsistentRead: true,
    }),
  );
  if (!Item?.draft) throw noSuchSurvey();
  return readItem(AudioHead, Item, "survey draft");
}

/** The draft's recordings, for the studio. */
export async function ofDraft(db: Db, orgId: string, surveyId: string): Promise<Recordings> {
  return (await readHead(db, orgId, surveyId)).draftAudio;
}

function checkSlot(head: AudioHead, slot: AudioSlot) {
  if (!stringSlots(head.draft).some((s) => s.key === slot.key)) {
    throw invalid("audio.no_such_words", "This survey's draft has no such question or choice.");
  }
  if (!surveyLanguages(head.draft).includes(slot.language)) {
    throw invalid("audio.no_such_language", "Add this language to the survey first.");
  }
}

/**
 * Changes the draft's recordings with `edit`, which returns the new ones (and anything else to
 * set), or undefined when there is nothing to change. Recordings of other strings may be saved
 * at the same moment by a colleague, so a lost race is read again and retried, a few times.
 */
async function change(
  db: Db,
  orgId: string,
  surveyId: string,
  edit: (audio: Recordings, head: AudioHead) => { extra?: Record<string, unknown> } | undefined,
): Promise<AudioHead> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const head = await readHead(db, orgId, surveyId);
    const audio = structuredClone(head.draftAudio);
    const edited = edit(audio, head);
    if (!edited) return head;
    const extra = Object.entries(edited.extra ?? {});
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.table,
          Key: Keys.survey(orgId, surveyId),
          UpdateExpression: `SET draftAudio = :audio, audioRevision = :next, updatedAt = :now${extra
            .map(([name]) => `, ${name} = :${name}`)
            .join("")}`,
          ConditionExpression: head.audioRevision
            ? "audioRevision = :revision"
            : "attribute_exists(pk) AND attribute_not_exists(audioRevision)",
          ExpressionAttributeValues: {
            ":audio": audio,
            ":next": head.audioRevision + 1,
            ":now": db.now().toISOString(),
            ...(head.audioRevision ? { ":revision": head.audioRevision } : {}),
            ...Object.fromEntries(extra.map(([name, value]) => [`:${name}`, value])),
          },
        }),
      );
      return {
        ...head,
        ...edited.extra,
        draftAudio: audio,
        audioRevision: head.audioRevision + 1,
      };
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }
  throw conflict(
    "audio.busy",
    "Someone changed this survey's recordings at the same moment. Try again.",
  );
}

/** The type of a recording, checked by its bytes; throws for anything Chorus does not take. */
export function check(bytes: Uint8Array) {
  if (bytes.byteLength === 0) {
    throw invalid("audio.empty", "The file is empty. Choose the recording again.");
  }
  if (bytes.byteLength > MAX_AUDIO_BYTES) throw audioTooLarge();
  const type = sniffAudio(bytes);
  if (!type) throw wrongType();
  return type;
}

/**
 * Puts a recording on one string of the draft in one language, in place of any before it. The
 * same file again changes nothing and answers as the first time did.
 */
export async function upload(
  db: Db,
  store: AudioStore,
  staff: Audit.Staff,
  surveyId: string,
  slot: AudioSlot,
  bytes: Uint8Array,
): Promise<{ recording: AudioRef; audio: Recordings }> {
  const type = check(bytes);
  checkSlot(await readHead(db, staff.orgId, surveyId), slot);
  const hash = createHash("sha256").update(bytes).digest("hex");
  await store.put(audioKey(staff.orgId, hash), { bytes, type });
  const head = await change(db, staff.orgId, surveyId, (audio, now) => {
    checkSlot(now, slot);
    if (audio[slot.key]?.[slot.language]?.hash === hash) return undefined;
    audio[slot.key] = {
      ...audio[slot.key],
      [slot.language]: { hash, type, bytes: bytes.byteLength, savedAt: db.now().toISOString() },
    };
    return {};
  });
  const recording = head.draftAudio[slot.key]?.[slot.language];
  // Another officer replaced it in the same instant: theirs stands, and this upload says so.
  if (recording?.hash !== hash) {
    throw conflict("audio.busy", "Someone changed this recording at the same moment. Try again.");
  }
  await Audit.byStaffOnce(db, staff, {
    action: "survey.audio_uploaded",
    at: recording.savedAt,
    id: `audio-${entryId(surveyId, slot, recording.savedAt)}`,
    target: { type: "survey", id: surveyId },
    detail: { words: slot.key, language: slot.language, type, bytes: bytes.byteLength },
  });
  return { recording, audio: head.draftAudio };
}

const entryId = (surveyId: string, slot: AudioSlot, at: string) =>
  createHash("sha256")
    .update(`${surveyId}\n${slot.key}\n${slot.language}\n${at}`)
    .digest("hex")
    .slice(0, 24);

/**
 * Takes the recording off one string in one language (the device's voice reads it again). No
 * recording is no error. The removal is noted on the survey before its audit entry is written,
 * so a retry after a crash between the two writes the entry once.
 */
export async function remove(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  slot: AudioSlot,
): Promise<{ removed: boolean; audio: Recordings }> {
  let removed = false;
  const head = await change(db, staff.orgId, surveyId, (audio) => {
    const ref = audio[slot.key]?.[slot.language];
    if (!ref) return undefined;
    delete audio[slot.key]?.[slot.language];
    if (Object.keys(audio[slot.key] ?? {}).length === 0) delete audio[slot.key];
    removed = true;
    const at = db.now().toISOString();
    return { extra: { lastAudioRemoval: { at, ...slot, hash: ref.hash } } };
  });
  const last = head.lastAudioRemoval;
  const same = last && last.key === slot.key && last.language === slot.language;
  if (same && !head.draftAudio[slot.key]?.[slot.language]) {
    await Audit.byStaffOnce(db, staff, {
      action: "survey.audio_removed",
      at: last.at,
      id: `audio-${entryId(surveyId, slot, last.at)}`,
      target: { type: "survey", id: surveyId },
      detail: { words: slot.key, language: slot.language },
    });
  }
  return { removed, audio: head.draftAudio };
}

/** One of the council's recordings, for the studio's "play" button. */
export async function forStaff(
  store: AudioStore,
  orgId: string,
  hash: string,
): Promise<StoredAudio> {
  return (await store.get(audioKey(orgId, hash))) ?? Promise.reject(noRecording());
}

/**
 * A recording of the survey version a child was admitted to: only one that version refers to,
 * so a code opens its own survey's recordings and nothing else of the council's.
 */
export async function forChild(
  store: AudioStore,
  ticket: Pick<Admission.Ticket, "orgId" | "current">,
  hash: string,
): Promise<StoredAudio> {
  if (!hashesOf(ticket.current).has(hash)) throw noRecording();
  return forStaff(store, ticket.orgId, hash);
}
