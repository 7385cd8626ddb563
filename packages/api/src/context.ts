import type { Db } from "@chorus/core";
import type { Me } from "@chorus/core/staff/schema";

/** What every route may read from the context. */
export interface AppEnv {
  Variables: {
    db: Db;
    requestId: string;
    /** The client's address as the adapter saw it; used only for rate limits, never stored. */
    clientIp: string;
    /** Set by `requireRole` for staff routes. */
    me: Me;
  };
}

export const SESSION_COOKIE = "chorus_session";
