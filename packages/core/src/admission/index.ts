export * as Admission from "./index.js";

import { getItems } from "../db/batch.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { Distribution } from "../distribution/index.js";
import type { Distribution as DistributionRecord } from "../distribution/schema.js";
import { storedId } from "../response/id.js";
import { Survey } from "../survey/index.js";
import type { AgeBand, PublicSurvey, SurveyVersion } from "../survey/schema.js";
import { Tablet } from "../tablet/index.js";
import type { StoredTabletSession } from "../tablet/schema.js";
import { resolveCode } from "./code.js";
import { inviteUsed, surveyNotFound } from "./errors.js";

export { CODE_MISSES, guarded, PENALTY } from "./limiter.js";

/**
 * How far back a device's clock is believed. A tablet may keep answers for weeks on a home
 * visit with no signal, so answers are judged by when the child gave them; but a claim older
 * than this, or older than the way in itself, is judged as arriving now, so backdating cannot
 * reopen a closed code or an ended session.
 */
export const OFFLINE_DAYS = 30;

/** How far a device's clock may run behind the server's before its claims stop counting. */
export const CLOCK_SKEW_MINUTES = 15;

/** The three ways a child comes in; each ends in the same `Response.submit`. */
export type Way = "code" | "invite" | "tablet";

/** What admission found: everything the submit path needs, read once. */
export interface Ticket {
  way: Way;
  orgId: string;
  survey: Survey.Survey;
  /** The code's distribution (absent only for codes made before distributions existed). */
  distribution?: DistributionRecord;
  /** The code itself: for the tablet's and invite's own use, never shown through them. */
  code: string;
  /** The version children are given now, in its completely translated languages. */
  current: SurveyVersion;
  /** The band the code fixes, if any. */
  ageBand?: AgeBand;
  /** For an invite: the hash its token is stored under. */
  inviteHash?: string;
  /** For a tablet: its session. */
  session?: StoredTabletSession;
}

/**
 * The time a child's answers are judged by: the time the device claims, unless that claim is
 * in the future (then now) or older than the offline window or the way in's own start, less a
 * little clock skew (then now, so a backdated claim gains nothing).
 */
export function judgedAt(db: Db, claimed: string | undefined, earliest?: string): Date {
  const now = db.now().getTime();
  const time = claimed ? Date.parse(claimed) : Number.NaN;
  const floor = Math.max(
    now - OFFLINE_DAYS * 86_400_000,
    earliest ? Date.parse(earliest) - CLOCK_SKEW_MINUTES * 60_000 : 0,
  );
  return new Date(Number.isFinite(time) && time >= floor && time <= now ? time : now);
}

/** The survey behind an access code (any letter case), if children may answer it at `claimed`. */
export async function byCode(db: Db, code: string, claimed?: string): Promise<Ticket> {
  return admit(db, "code", code, claimed);
}

/**
 * The survey behind a single-use link. A link already used by another response is refused;
 * the response that used it may come again (its device's retry). A "Tell my worker" request
 * (`help`) is heard even on a used link: the child who used it may still need a person, and
 * asking never uses the link up (only `Response.submit` claims it).
 */
export async function byInvite(
  db: Db,
  token: string,
  options: { responseId?: string; claimed?: string; help?: boolean } = {},
): Promise<Ticket> {
  const invite = await Distribution.readInvite(db, token);
  // The invite records the response's stored id, never the device's (see `storedId`).
  const mine = options.responseId && storedId(options.responseId);
  if (invite.usedBy && invite.usedBy !== mine && !options.help) throw inviteUsed();
  const ticket = await admit(db, "invite", invite.code, options.claimed);
  return { ...ticket, inviteHash: invite.hash };
}

/**
 * The survey behind a tablet session's token, if the session was live when the child began
 * (`claimed`, bounded like any claim by the session's own start).
 */
export async function byTablet(db: Db, token: string, claimed?: string): Promise<Ticket> {
  const session = await Tablet.byToken(db, token);
  Tablet.checkLive(session, judgedAt(db, claimed, session.startedAt));
  const ticket = await admit(db, "tablet", session.code, claimed);
  return { ...ticket, session };
}

/**
 * What a record made through a way in keeps of it (a response, a help request): whose it is,
 * and where the child was, for the safeguarding lead's context. Reports read none of the where.
 */
export function cameFrom(ticket: Ticket) {
  return {
    orgId: ticket.orgId,
    surveyId: ticket.survey.id,
    distributionId: ticket.distribution?.id,
    cohort: ticket.distribution?.cohort,
    tabletSessionId: ticket.session?.id,
  };
}

/** What the child's device is given. Only a code admission names its code. */
export function publicView(ticket: Ticket): PublicSurvey {
  return {
    ...(ticket.way === "code" ? { code: ticket.code } : {}),
    survey: ticket.current,
    ...(ticket.ageBand ? { ageBand: ticket.ageBand } : {}),
  };
}

async function admit(db: Db, way: Way, code: string, claimed?: string): Promise<Ticket> {
  const target = await resolveCode(db, code);
  // Both can change (archived, closed), so both are read on every admission: in one call.
  const [surveyItem, distributionItem] = await getItems(db, [
    Keys.survey(target.orgId, target.surveyId),
    ...(target.distributionId ? [Keys.distribution(target.orgId, target.distributionId)] : []),
  ]);
  const survey = surveyItem && Survey.fromItem(surveyItem);
  const distribution = distributionItem && Distribution.fromItem(distributionItem);
  // A code left behind by a lost race for a distribution's id leads nowhere.
  if (distribution && distribution.code !== target.code) throw surveyNotFound();
  if (distribution) {
    const opened = distribution.opensAt ?? distribution.createdAt;
    Distribution.checkOpen(distribution, judgedAt(db, claimed, opened));
  }
  const admitted = Survey.admitting(survey);
  return {
    way,
    orgId: admitted.orgId,
    survey: admitted,
    distribution,
    code: target.code,
    current: await Survey.currentVersion(db, admitted),
    ageBand: distribution?.ageBand,
  };
}
