export * as AuditLog from "./log.js";

/**
 * The audit trail as an admin reads it: who by name, what in plain words, and which survey or
 * person by the name people know it by rather than its id. Names are looked up in the asking
 * organisation only (every list below is read under its `orgId`), so an entry can never name
 * another council's survey or staff. Kept apart from `Audit` because it reads staff and
 * surveys, whose own verbs write audit entries.
 */
import type { Db } from "../db/client.js";
import { Staff } from "../staff/index.js";
import { Survey } from "../survey/index.js";
import { pick } from "../survey/parts.js";
import { Wave } from "../wave/index.js";
import { Audit } from "./index.js";

export interface ReadableEntry extends Audit.StoredEntry {
  /** The action's short label, e.g. "Published a survey". */
  what: string;
  /** The person, as "Name (e-mail)"; "Chorus itself" for the system. */
  who: string;
  /** What the entry is about, in words; absent when it is about nothing in particular. */
  about?: string;
}

/** One month of the trail, newest first, filtered as `Audit.list` filters, with names. */
export async function read(db: Db, orgId: string, filter: Audit.ListFilter = {}) {
  const entries = await Audit.list(db, orgId, filter);
  return name(db, orgId, entries);
}

/** Puts names on entries of organisation `orgId`; each kind of record is read once, if needed. */
export async function name(
  db: Db,
  orgId: string,
  entries: Audit.StoredEntry[],
): Promise<ReadableEntry[]> {
  const needs = (type: string) =>
    entries.some((e) => e.target?.type === type || (type === "survey" && e.detail?.surveyId));
  const [staff, surveys, waves] = await Promise.all([
    Staff.list(db, orgId),
    needs("survey") ? Survey.list(db, orgId) : [],
    needs("wave") ? Wave.list(db, orgId) : [],
  ]);
  const names = {
    staff: new Map(staff.map((person) => [person.id, `${person.name} (${person.email})`])),
    survey: new Map(surveys.map((survey) => [survey.id, `“${surveyName(survey)}”`])),
    wave: new Map(waves.map((wave) => [wave.id, `“${wave.label}”`])),
  };
  return entries.map((entry) => {
    const about = aboutOf(entry, names);
    return {
      ...entry,
      what: Audit.auditWords(entry.action).label,
      who: whoOf(entry, names.staff),
      ...(about ? { about } : {}),
    };
  });
}

/** The name officers know a survey by: its name for staff where it has one, else its title. */
function surveyName(survey: Survey.Survey): string {
  if ("name" in survey && typeof survey.name === "string" && survey.name) return survey.name;
  return pick(survey.title, survey.defaultLanguage, "en") || "a survey without a title";
}

type Names = Record<"staff" | "survey" | "wave", Map<string, string>>;

function whoOf(entry: Audit.StoredEntry, staff: Names["staff"]): string {
  if (entry.actor.type === "system") return "Chorus itself";
  // The e-mail is kept on the entry, so a person since removed is still known by it.
  return staff.get(entry.actor.id) ?? `${entry.actor.email} (no longer on the staff list)`;
}

/**
 * What the entry is about. Records that may be gone say so instead of showing an id; alerts are
 * never described beyond "a safeguarding alert" (admins do not read alerts).
 */
function aboutOf(entry: Audit.StoredEntry, names: Names): string | undefined {
  const target = entry.target;
  const surveyId = typeof entry.detail?.surveyId === "string" ? entry.detail.surveyId : undefined;
  const surveyNamed = (id: string) => names.survey.get(id) ?? "(since deleted)";
  const survey = (id: string) => `Survey ${surveyNamed(id)}`;
  switch (target?.type) {
    case undefined:
      return surveyId ? survey(surveyId) : undefined;
    case "staff":
      return names.staff.get(target.id) ?? "A member of staff no longer on the staff list";
    case "survey":
      return survey(target.id);
    case "wave":
      return `Wave ${names.wave.get(target.id) ?? "(since removed)"}`;
    case "quote":
      return surveyId ? `A quote from survey ${surveyNamed(surveyId)}` : "A quote";
    case "share":
      return entry.detail?.kind === "place"
        ? "A share link to the story of place"
        : "A share link to a report";
    case "alert":
      return "A safeguarding alert";
    case "tabletSession":
      return typeof entry.detail?.code === "string"
        ? `A tablet session on code ${entry.detail.code}`
        : "A tablet session";
    case "action":
      return "A “You said, we did” action";
    case "theme":
      return "One of the council's own themes";
    case "org":
      if (entry.action.startsWith("place.")) return "The story of place";
      if (entry.action.startsWith("safeguarding.")) return "The council's safeguarding settings";
      return "The council";
    default:
      return `A record of the kind “${target?.type}”`;
  }
}
