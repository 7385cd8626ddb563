import type { Audio, Db, Sso } from "@chorus/core";
import type { Me } from "@chorus/core/staff/schema";

/** What every route may read from the context. */
export interface AppEnv {
  Variables: {
    db: Db;
    /** Where recordings are kept; undefined where the adapter set none up. */
    audio: Audio.AudioStore | undefined;
    /** How an e-mail domain is proven before single sign-on claims it (see `AppConfig`). */
    domainProof: Sso.DomainProof;
    requestId: string;
    /** The client's address as the adapter saw it; used only for rate limits, never stored. */
    clientIp: string;
    /** Set by `requireRole` for staff routes. */
    me: Me;
  };
}

export const SESSION_COOKIE = "chorus_session";
