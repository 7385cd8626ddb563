/**
 * Every key in the table is built here and nowhere else. Items that belong to an organisation
 * live under `ORG#<orgId>` partitions, so a query scoped to one organisation cannot reach
 * another's records.
 */
const org = (orgId: string) => `ORG#${orgId}`;

export const Keys = {
  /** Never written: the health check reads it to prove the table answers. */
  health: () => ({ pk: "HEALTH", sk: "HEALTH" }),

  org: (orgId: string) => ({ pk: org(orgId), sk: "ORG" }),
  /**
   * Every organisation, so jobs that serve each one (the retention purge) find them without a
   * scan: an item per organisation, written with it. One partition: organisations are few.
   */
  orgListed: (orgId: string) => ({ gsi1pk: "ORGS", gsi1sk: orgId }),
  orgsPartition: () => "ORGS",

  staff: (orgId: string, staffId: string) => ({ pk: org(orgId), sk: `STAFF#${staffId}` }),
  staffPrefix: () => "STAFF#",
  /** Sign-in looks staff up by e-mail before any organisation is known. */
  staffByEmail: (email: string, orgId: string) => ({
    gsi1pk: `EMAIL#${email.toLowerCase()}`,
    gsi1sk: org(orgId),
  }),
  emailIndex: (email: string) => `EMAIL#${email.toLowerCase()}`,

  /** Sessions are stored under a hash of the cookie's token, never the token itself. */
  session: (tokenHash: string) => ({ pk: `SESSION#${tokenHash}`, sk: "SESSION" }),
  /**
   * An organisation's sessions by when they end (ISO time first), so the retention purge finds
   * the ones ended long enough ago with one query, never a scan of the global session items.
   */
  sessionsOfOrg: (orgId: string, endsAt: string, tokenHash: string) => ({
    gsi1pk: `${org(orgId)}#SESSIONS`,
    gsi1sk: `${endsAt}#${tokenHash}`,
  }),
  sessionsOfOrgPartition: (orgId: string) => `${org(orgId)}#SESSIONS`,

  survey: (orgId: string, surveyId: string) => ({ pk: org(orgId), sk: `SURVEY#${surveyId}` }),
  surveyPrefix: () => "SURVEY#",
  surveyVersion: (orgId: string, surveyId: string, version: number) => ({
    pk: org(orgId),
    sk: `SURVEYV#${surveyId}#${String(version).padStart(6, "0")}`,
  }),

  /** Access codes are global (a child types one before any organisation is known). */
  accessCode: (code: string) => ({ pk: `CODE#${code.toUpperCase()}`, sk: "CODE" }),

  responsePartition: (orgId: string, surveyId: string) => `${org(orgId)}#RESP#${surveyId}`,
  response: (orgId: string, surveyId: string, responseId: string) => ({
    pk: `${org(orgId)}#RESP#${surveyId}`,
    sk: `RESP#${responseId}`,
  }),
  responsePrefix: () => "RESP#",
  /**
   * A response whose follow-up effects are not all done sits in this sparse index until they
   * are, so the sweeper finds exactly the unfinished ones without scanning. Spread over a few
   * partitions (by the response's own key) so a busy hour of arrivals does not heat one.
   */
  pendingEffects: (shard: number, responsePk: string, responseSk: string) => ({
    gsi1pk: `PENDING#${shard}`,
    gsi1sk: `${responsePk}#${responseSk}`,
  }),
  pendingEffectsPartition: (shard: number) => `PENDING#${shard}`,

  /**
   * A survey's report numbers, one item per month of answers (see aggregate/store.ts): a report
   * reads the few month items of one survey, never its responses.
   */
  aggregatePartition: (orgId: string, surveyId: string) => `${org(orgId)}#AGG#${surveyId}`,
  aggregate: (orgId: string, surveyId: string, month: string) => ({
    pk: `${org(orgId)}#AGG#${surveyId}`,
    sk: `MONTH#${month}`,
  }),
  aggregatePrefix: () => "MONTH#",
  /**
   * Every survey that has aggregates, so the nightly rebuild finds them without a scan. One
   * partition for all organisations: an item per survey, written once.
   */
  aggregated: (orgId: string, surveyId: string) => ({
    pk: "AGGREGATED",
    sk: `${orgId}#${surveyId}`,
  }),
  aggregatedPartition: () => "AGGREGATED",
  /**
   * An officer's change to a survey's numbers (e.g. an answer moved between themes), one item
   * per month it touches, under the id the caller chose, so the same change again writes nothing.
   */
  adjustmentPartition: (orgId: string, surveyId: string) => `${org(orgId)}#ADJ#${surveyId}`,
  adjustment: (orgId: string, surveyId: string, adjustmentId: string, month: string) => ({
    pk: `${org(orgId)}#ADJ#${surveyId}`,
    sk: `ADJ#${adjustmentId}#${month}`,
  }),
  adjustmentPrefix: () => "ADJ#",
  /**
   * The fold queue: a response (or adjustment) not yet folded into its survey's aggregates sits
   * in this sparse index, on the second GSI. Its own index because gsi1 on a response already
   * holds the effects' pending entry (`pendingEffects`), with a different life: a response can
   * be finished but not folded, or folded with an effect still pending, and one GSI key pair
   * cannot list an item in two places. Sorted by organisation, survey and month so a report
   * reads just its survey's entries and the fold just one month's; spread over a few shards
   * (by the item's own key) so a busy hour of arrivals does not heat one partition.
   */
  foldQueue: (shard: number, orgId: string, surveyId: string, month: string, sk: string) => ({
    gsi2pk: `FOLD#${shard}`,
    gsi2sk: `${orgId}#${surveyId}#${month}#${sk}`,
  }),
  foldQueuePartition: (shard: number) => `FOLD#${shard}`,
  /** All of a survey's queued entries, or one month's. */
  foldQueuePrefix: (orgId: string, surveyId: string, month?: string) =>
    month ? `${orgId}#${surveyId}#${month}#` : `${orgId}#${surveyId}#`,

  /** One fixed window of a rate limit; the subject is a hash, never an address or e-mail. */
  rateLimit: (rule: string, subjectHash: string, window: number) => ({
    pk: `LIMIT#${rule}#${subjectHash}`,
    sk: `W#${window}`,
  }),
  /** The day's secret that rate-limit subjects are hashed with (see limit/index.ts). */
  limitKey: (day: string) => ({ pk: `LIMITKEY#${day}`, sk: "KEY" }),
  /**
   * A sparse index of short-lived items by when they expire (ISO time first in the sort key, so
   * "everything expired by now" is one query per shard), spread over a few partitions.
   */
  expiring: (expiresAt: string, shard: number, pk: string, sk: string) => ({
    gsi1pk: `EXPIRES#${shard}`,
    gsi1sk: `${expiresAt}|${pk}|${sk}`,
  }),
  expiringPartition: (shard: number) => `EXPIRES#${shard}`,

  /** One-time set-password links (invites and resets), under a hash of the link's token. */
  passwordToken: (tokenHash: string) => ({ pk: `PWTOKEN#${tokenHash}`, sk: "PWTOKEN" }),

  /** Messages waiting for the e-mail sender; locally shown at /admin/outbox. */
  outbox: (orgId: string, id: string) => ({ pk: org(orgId), sk: `OUTBOX#${id}` }),
  outboxPrefix: () => "OUTBOX#",
  /**
   * A message not yet handed to the mail service sits in this sparse index, oldest first, so
   * the sender (in AWS) finds exactly the unsent ones. Locally nothing sends: they stay listed.
   */
  outboxUnsent: (createdAt: string, orgId: string, sk: string) => ({
    gsi1pk: "OUTBOXUNSENT",
    gsi1sk: `${createdAt}#${orgId}#${sk}`,
  }),
  outboxUnsentPartition: () => "OUTBOXUNSENT",

  /** A survey handed out under one access code to one cohort. */
  distribution: (orgId: string, distributionId: string) => ({
    pk: org(orgId),
    sk: `DIST#${distributionId}`,
  }),
  distributionPrefix: () => "DIST#",

  /**
   * A wave: a named period of the organisation's reports ("Spring 2027"), set on a code or on
   * dates. Organisation-wide, as the story of place compares waves across surveys.
   */
  wave: (orgId: string, waveId: string) => ({ pk: org(orgId), sk: `WAVE#${waveId}` }),
  wavePrefix: () => "WAVE#",

  /** A single-use link for one named child, under a hash of its token. */
  childInvite: (tokenHash: string) => ({ pk: `CHILDINVITE#${tokenHash}`, sk: "CHILDINVITE" }),
  /**
   * The officer's list of one code's links, in the order they were made: the link's own key is
   * its token's hash, which cannot be listed by code, so each link also sits in this index.
   */
  invitesOfDistribution: (
    orgId: string,
    distributionId: string,
    createdAt: string,
    id: string,
  ) => ({
    gsi1pk: `${org(orgId)}#INVITES#${distributionId}`,
    gsi1sk: `${createdAt}#${id}`,
  }),
  invitesOfDistributionPartition: (orgId: string, distributionId: string) =>
    `${org(orgId)}#INVITES#${distributionId}`,
  /** The organisation's key that invite links' tokens are made with (see distribution/invites.ts). */
  inviteSecret: (orgId: string) => ({ pk: org(orgId), sk: "INVITESECRET" }),

  /** A tablet (kiosk) session an officer started for one distribution. */
  tabletSession: (orgId: string, sessionId: string) => ({
    pk: org(orgId),
    sk: `TABLET#${sessionId}`,
  }),
  tabletSessionPrefix: () => "TABLET#",
  /** Global: the tablet presents only its token, under a hash of which its session is found. */
  tabletToken: (tokenHash: string) => ({ pk: `TABLETTOKEN#${tokenHash}`, sk: "TABLETTOKEN" }),

  /**
   * A child's "Tell my worker" request, by the id their device made. Beside the survey's
   * responses but under its own prefix, so reports reading responses never meet it.
   */
  helpRequest: (orgId: string, surveyId: string, helpId: string) => ({
    pk: `${org(orgId)}#HELP#${surveyId}`,
    sk: `HELP#${helpId}`,
  }),

  /**
   * A read-only share link. Global, because whoever opens it has no account and no organisation;
   * the organisation is in the item, and its leaders list their links through the index below.
   */
  share: (shareId: string) => ({ pk: `SHARE#${shareId}`, sk: "SHARE" }),
  sharesOfOrg: (orgId: string, createdAt: string, shareId: string) => ({
    gsi1pk: `${org(orgId)}#SHARES`,
    gsi1sk: `${createdAt}#${shareId}`,
  }),
  sharesOfOrgPartition: (orgId: string) => `${org(orgId)}#SHARES`,
  /** The organisation's key that share links are signed with (see share/index.ts). */
  shareSecret: (orgId: string) => ({ pk: org(orgId), sk: "SHARESECRET" }),

  /** A safeguarding alert, one per response at most (its id comes from the response's key). */
  alert: (orgId: string, alertId: string) => ({ pk: org(orgId), sk: `ALERT#${alertId}` }),
  alertPrefix: () => "ALERT#",
  /**
   * An open alert sits in this sparse index, sorted by its due time, until it is acknowledged,
   * closed or escalated: the escalation job reads only the overdue ones, never the whole table.
   * One partition for every organisation: alerts are few, and the job serves them all.
   */
  alertDue: (dueAt: string, orgId: string, alertId: string) => ({
    gsi1pk: "ALERTDUE",
    gsi1sk: `${dueAt}#${orgId}#${alertId}`,
  }),
  alertDuePartition: () => "ALERTDUE",
  /** An organisation's safeguarding settings: due times and its own phrases. */
  safeguardingSettings: (orgId: string) => ({ pk: org(orgId), sk: "SGSETTINGS" }),
  /** A notification of one alert to one person: written once, whatever retries happen. */
  notification: (orgId: string, alertId: string, staffId: string, kind: string) => ({
    pk: org(orgId),
    sk: `OUTBOX#${alertId}#${kind}#${staffId}`,
  }),
  /** How long the organisation keeps each kind of record (retention/index.ts). */
  retentionSettings: (orgId: string) => ({ pk: org(orgId), sk: "RETENTION" }),
  /**
   * The organisation's purge in progress, or the last one finished: its counts so far and the
   * page it was deleting, so a purge cut off half way is finished with every count exact.
   */
  retentionRun: (orgId: string) => ({ pk: org(orgId), sk: "RETENTIONRUN" }),
  /** The audit trail, one partition per organisation and month, in time order. */
  auditPartition: (orgId: string, month: string) => `${org(orgId)}#AUDIT#${month}`,
  audit: (orgId: string, at: string, id: string) => ({
    pk: `${org(orgId)}#AUDIT#${at.slice(0, 7)}`,
    sk: `${at}#${id}`,
  }),

  /**
   * An organisation's own theme (named by an officer from an emerging group, or words added to
   * a built-in theme), beside its other records: the fold reads them all with one query.
   */
  orgTheme: (orgId: string, themeId: string) => ({ pk: org(orgId), sk: `THEME#${themeId}` }),
  orgThemePrefix: () => "THEME#",
  /** A "You said, we did" action a leader recorded; the id is the client's. */
  action: (orgId: string, actionId: string) => ({ pk: org(orgId), sk: `ACTION#${actionId}` }),
  actionPrefix: () => "ACTION#",

  /**
   * The council's logo for posters, in a partition of its own: up to 100 KB of picture, kept
   * out of the organisation's partition so no query over that partition ever carries it.
   */
  orgLogo: (orgId: string) => ({ pk: `${org(orgId)}#LOGO`, sk: "LOGO" }),

  /**
   * A response deleted on a child's or family's request (see rights/): its stored id, survey and
   * day, never an answer. Kept so a second delete answers the same and a search for the child's
   * reference says it was deleted; beside the organisation's records, so a search by reference
   * (a prefix of the stored id) is one query.
   */
  erasure: (orgId: string, responseId: string) => ({
    pk: org(orgId),
    sk: `ERASURE#${responseId}`,
  }),
  erasurePrefix: () => "ERASURE#",
  /** An erasure not yet finished sits in this sparse index until it is, for the sweeper. */
  erasing: (orgId: string, responseId: string) => ({
    gsi1pk: "ERASING",
    gsi1sk: `${orgId}#${responseId}`,
  }),
  erasingPartition: () => "ERASING",

  /** Single sign-on: one configuration per organisation. */
  ssoConfig: (orgId: string) => ({ pk: org(orgId), sk: "SSO" }),
  /** Global: discovery by e-mail happens before any organisation is known. */
  ssoDomain: (domain: string) => ({ pk: `SSODOMAIN#${domain.toLowerCase()}`, sk: "SSODOMAIN" }),
  /** A sign-in in flight, under a hash of the cookie's value, never the value itself. */
  ssoTransaction: (valueHash: string) => ({ pk: `SSOTX#${valueHash}`, sk: "SSOTX" }),

  /** The organisation's own names that quotes are redacted of (beside the automatic rules). */
  quoteNames: (orgId: string) => ({ pk: org(orgId), sk: "QUOTENAMES" }),
  /**
   * An officer's decision on a candidate quote, approved or rejected, in a partition of its
   * own: an approved quote outlives the raw answer it came from (retention purges only those).
   * The id is a hash of answer, slot and theme, so the quote does not point back to the answer.
   */
  quote: (orgId: string, surveyId: string, quoteId: string) => ({
    pk: `${org(orgId)}#QUOTE#${surveyId}`,
    sk: `QUOTE#${quoteId}`,
  }),
  quotePartition: (orgId: string, surveyId: string) => `${org(orgId)}#QUOTE#${surveyId}`,
  quotePrefix: () => "QUOTE#",
  /** The theme an officer moved one answer (response and slot) to; read by a rebuild. */
  themeOverride: (orgId: string, surveyId: string, responseId: string, slot: string) => ({
    pk: `${org(orgId)}#TOVR#${surveyId}`,
    sk: `TOVR#${responseId}#${slot}`,
  }),
  themeOverridePartition: (orgId: string, surveyId: string) => `${org(orgId)}#TOVR#${surveyId}`,
  themeOverridePrefix: () => "TOVR#",
  /** A survey whose aggregates need a recount because its organisation's codebook changed. */
  themeRebuild: (orgId: string, surveyId: string) => ({
    pk: org(orgId),
    sk: `THEMEREBUILD#${surveyId}`,
  }),
  /** One move as the client sent it, under the client's id, so a resend is recognised. */
  themeMove: (orgId: string, surveyId: string, moveId: string) => ({
    pk: `${org(orgId)}#TMOVE#${surveyId}`,
    sk: `TMOVE#${moveId}`,
  }),
};
