/**
 * Plain words for every kind of entry the audit log holds: a short label for the log's "What"
 * column and one sentence saying what happened, for the admin who reads it months later.
 *
 * Every action the code writes must be a key here: `Audit.record`, `byStaff` and `byStaffOnce`
 * take an `AuditAction`, so a new action without words does not type-check, and
 * `words.test.ts` checks the source both ways (every action written has words; every word here
 * is written somewhere). To add an action: add one line in its family below, in the past tense,
 * in words a busy social worker understands (no ids, no jargon). Schema-free on purpose: the
 * admin web page imports it.
 */
export const AUDIT_WORDS = {
  // The council itself
  "org.name_saved": {
    label: "Changed the council's name",
    means: "An admin changed the council's name as staff and posters show it.",
  },
  "org.logo_saved": {
    label: "Changed the council's logo",
    means: "An admin uploaded the logo printed on posters.",
  },
  "org.logo_removed": {
    label: "Removed the council's logo",
    means: "An admin removed the logo, so posters show the council's name alone.",
  },

  "retention.settings_changed": {
    label: "Changed how long data is kept",
    means: "An admin changed how long answers, alerts, the audit log or ended sign-ins are kept.",
  },
  "retention.purged": {
    label: "Deleted data past its time",
    means:
      "The nightly clear-out deleted answers, closed alerts, audit entries or ended sign-ins older than the council keeps them. The entry says how many of each, never what they said.",
  },

  "response.found": {
    label: "Looked up one child's answers",
    means:
      "An officer found one response by the child's reference or invite link, because the child or family asked to see or delete it.",
  },
  "response.downloaded": {
    label: "Gave a child their answers",
    means: "An officer downloaded one child's answers as a file to hand to the child or family.",
  },
  "response.erased": {
    label: "Deleted a child's answers",
    means:
      "An officer deleted one response at the child's or family's request; reports were corrected to leave it out.",
  },

  // Signing in and out
  "auth.sign_in": {
    label: "Signed in",
    means: "Someone signed in, with their password or the council's single sign-on.",
  },
  "auth.sign_in_failed": {
    label: "Sign-in refused",
    means:
      "Someone tried to sign in and was refused: a wrong password, a locked or unknown account, or a single sign-on that failed.",
  },
  "auth.password_set": {
    label: "Chose a password",
    means: "Someone chose a new password through an invitation or a reset link.",
  },
  "auth.signed_out_everywhere": {
    label: "Signed out everywhere",
    means: "Someone ended every session they had, on every device.",
  },

  // Staff and sign-in settings
  "staff.invited": {
    label: "Invited someone",
    means: "An admin invited a new member of staff and chose their roles.",
  },
  "staff.roles_changed": {
    label: "Changed someone's roles",
    means:
      "The roles a member of staff holds were changed, by an admin or by the council's single sign-on groups.",
  },
  "staff.deactivated": {
    label: "Deactivated someone",
    means: "An admin stopped a member of staff from signing in.",
  },
  "staff.reactivated": {
    label: "Reactivated someone",
    means: "An admin let a deactivated member of staff sign in again.",
  },
  "sso.configured": {
    label: "Changed single sign-on",
    means: "An admin changed how staff sign in with the council's own accounts.",
  },

  // Surveys (officers)
  "survey.created": {
    label: "Started a survey",
    means: "An officer started a new survey, from a template or a file.",
  },
  "survey.renamed": {
    label: "Renamed a survey",
    means: "An officer changed the name staff see for a survey; children still see its title.",
  },
  "survey.draft_edited": {
    label: "Edited a survey draft",
    means:
      "An officer changed a survey's draft. Drafts save as people type, so this is written once an hour for each person and survey, timed at the start of that hour.",
  },
  "survey.translations_imported": {
    label: "Read in translations",
    means: "An officer read a translator's file of words into a survey's draft.",
  },
  "survey.translation_checked": {
    label: "Marked a translation as checked",
    means:
      "An officer said a fluent speaker has read the words Chorus wrote for one of a survey's languages, so the studio stops marking them as not checked.",
  },
  "survey.published": {
    label: "Published a survey",
    means: "An officer published a new version of a survey, so children see it.",
  },
  "survey.audio_uploaded": {
    label: "Added a recording",
    means:
      "An officer uploaded a recording of a question or choice in one language, played to children instead of the tablet's voice. It replaces any recording there before.",
  },
  "survey.audio_removed": {
    label: "Removed a recording",
    means:
      "An officer took a recording off a question or choice in one language; the tablet's voice reads it again.",
  },
  "survey.archived": {
    label: "Archived a survey",
    means: "An officer archived a survey: its codes stopped taking answers.",
  },
  "survey.restored": {
    label: "Restored a survey",
    means: "An officer brought an archived survey back.",
  },
  "survey.exported": {
    label: "Downloaded a survey",
    means: "An officer downloaded a survey's questions, as a file or as words to translate.",
  },

  // Handing surveys out (officers)
  "distribution.created": {
    label: "Made a code",
    means: "An officer made a new code that children type to answer a survey.",
  },
  "distribution.closed": {
    label: "Closed a code",
    means: "An officer closed a code, so it takes no more answers.",
  },
  "invites.exported": {
    label: "Copied or downloaded invite links",
    means:
      "An officer copied a code's unused invite links or downloaded them as a file to hand out.",
  },
  "invite.revoked": {
    label: "Stopped an invite link",
    means: "An officer stopped one invite link from working, so nobody can answer through it.",
  },
  "invites.created": {
    label: "Made invite links",
    means: "An officer made single-use links for children, some with a private label.",
  },
  "tablet.started": {
    label: "Started a tablet session",
    means: "An officer started a tablet session for an event.",
  },
  "tablet.ended": {
    label: "Ended a tablet session",
    means:
      "A tablet session ended: by an officer, with its PIN on the tablet, or when its time ran out.",
  },
  "wave.created": {
    label: "Added a wave",
    means: "An officer added a wave: a round of a survey that reports compare over time.",
  },
  "wave.changed": {
    label: "Changed a wave",
    means: "An officer changed a wave's name, code or dates.",
  },
  "wave.removed": {
    label: "Removed a wave",
    means: "An officer removed a wave. The answers in it were kept.",
  },

  // Themes and quotes (officers)
  "theme.answers_read": {
    label: "Read children's answers",
    means:
      "An officer read children's written answers (with names taken out) to sort them into themes or choose quotes.",
  },
  "theme.answer_moved": {
    label: "Moved an answer",
    means: "An officer moved one written answer to a different theme.",
  },
  "theme.saved": {
    label: "Saved a theme",
    means: "An officer named a new theme or added words to one.",
  },
  "theme.removed": {
    label: "Removed a theme",
    means: "An officer removed one of the council's own themes.",
  },
  "quote.approved": {
    label: "Approved a quote",
    means: "An officer approved a child's words to be quoted in reports.",
  },
  "quote.rejected": {
    label: "Turned down a quote",
    means: "An officer turned down a child's words for reports, or withdrew an approved quote.",
  },
  "quote.names_saved": {
    label: "Changed names to hide",
    means:
      "An officer changed the list of names taken out of quotes. The names are not in the log.",
  },

  // Reports (leaders)
  "report.read": {
    label: "Opened a report",
    means: "A leader opened a survey's report.",
  },
  "report.exported": {
    label: "Downloaded a report",
    means: "A leader downloaded a survey's report as a spreadsheet.",
  },
  "report.raw_exported": {
    label: "Downloaded raw answers",
    means: "An admin downloaded every answer to a survey, one row per response.",
  },
  "place.read": {
    label: "Opened the story of place",
    means: "A leader opened the story of place across every survey.",
  },
  "share.created": {
    label: "Shared a report",
    means: "A leader made a read-only link to a report for someone without an account.",
  },
  "share.revoked": {
    label: "Switched off a share link",
    means: "A leader switched off a read-only link for good.",
  },
  "share.opened": {
    label: "Share link opened",
    means: "Someone opened a read-only link to a report.",
  },
  "share.refused": {
    label: "Share link refused",
    means: "Someone tried a read-only link that had run out or been switched off.",
  },
  "action.created": {
    label: "Added a “You said, we did” action",
    means: "A leader recorded something the council did in answer to what children said.",
  },
  "action.updated": {
    label: "Changed a “You said, we did” action",
    means: "A leader or officer changed an action's words, status or translations.",
  },
  "action.published": {
    label: "Showed an action to children",
    means: "A leader made an action visible to children.",
  },
  "action.unpublished": {
    label: "Hid an action from children",
    means: "A leader took an action back from what children see.",
  },

  // Safeguarding
  "alert.viewed": {
    label: "Opened a safeguarding alert",
    means: "A safeguarding lead opened an alert and the child's answers.",
  },
  "alert.acknowledged": {
    label: "Took on an alert",
    means: "A safeguarding lead took ownership of an alert.",
  },
  "alert.assigned": {
    label: "Handed on an alert",
    means: "A safeguarding lead handed an alert to a colleague.",
  },
  "alert.noted": {
    label: "Added a note to an alert",
    means: "A safeguarding lead added a note to an alert.",
  },
  "alert.closed": {
    label: "Closed an alert",
    means: "A safeguarding lead closed an alert with an outcome.",
  },
  "alert.reopened": {
    label: "Reopened an alert",
    means: "A safeguarding lead opened a closed alert again.",
  },
  "safeguarding.settings_changed": {
    label: "Changed safeguarding settings",
    means:
      "Someone changed how soon alerts must be picked up, or the council's own worrying phrases.",
  },
} as const satisfies Record<string, { label: string; means: string }>;

/** Every action the audit log can hold. */
export type AuditAction = keyof typeof AUDIT_WORDS;

/** The words for an action; an action from an older version of Chorus gets its own name. */
export function auditWords(action: string): { label: string; means: string } {
  return (
    (AUDIT_WORDS as Record<string, { label: string; means: string }>)[action] ?? {
      label: action,
      means: "An action this version of Chorus has no words for.",
    }
  );
}

/**
 * The audit log's filter: each family of actions under the words people look for. A prefix picks
 * a family, a full action just one. A new family needs a line here too (the test checks it).
 */
export const AUDIT_FAMILIES: { prefix: string; label: string }[] = [
  { prefix: "org.", label: "The council's name and logo" },
  { prefix: "retention.", label: "Keeping and deleting data" },
  { prefix: "response.", label: "Children's requests about their answers" },
  { prefix: "auth.", label: "Signing in and out" },
  { prefix: "auth.sign_in_failed", label: "Refused sign-ins only" },
  { prefix: "staff.", label: "Changes to staff" },
  { prefix: "sso.", label: "Single sign-on settings" },
  { prefix: "survey.", label: "Surveys" },
  { prefix: "distribution.", label: "Codes" },
  { prefix: "invite", label: "Invite links" },
  { prefix: "tablet.", label: "Tablet sessions" },
  { prefix: "wave.", label: "Waves" },
  { prefix: "theme.", label: "Themes and children's answers" },
  { prefix: "quote.", label: "Quotes" },
  { prefix: "report.", label: "Reports opened and downloaded" },
  { prefix: "place.", label: "Story of place" },
  { prefix: "share.", label: "Share links" },
  { prefix: "action.", label: "“You said, we did”" },
  { prefix: "alert.", label: "Safeguarding alerts" },
  { prefix: "safeguarding.", label: "Safeguarding settings" },
];

/** Whether a string read back from storage (an action owed by an unfinished write) is an action. */
export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_WORDS, action);
}
