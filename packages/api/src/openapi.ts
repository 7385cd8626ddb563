import { toJsonSchema } from "@valibot/to-json-schema";
import { type SchemaName, schemas } from "./openapi-schemas.js";

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string, where: "path" | "query", description: string) => ({
  name,
  in: where,
  required: where === "path",
  description,
  schema: { type: "string" },
});

/** One operation: what it does, what it takes, what it answers, and which errors it may give. */
function op(
  summary: string,
  options: {
    body?: SchemaName;
    ok: SchemaName;
    status?: number;
    errors: number[];
    params?: object[];
  },
) {
  return {
    summary,
    ...(options.params ? { parameters: options.params } : {}),
    ...(options.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref(options.body) } },
          },
        }
      : {}),
    responses: {
      [options.status ?? 200]: {
        description: "Success",
        content: { "application/json": { schema: ref(options.ok) } },
      },
      ...Object.fromEntries(
        options.errors.map((status) => [
          status,
          {
            description: `Error ${status}`,
            content: { "application/json": { schema: ref("ErrorBody") } },
          },
        ]),
      ),
    },
  };
}

/** A download: the file itself, its name in Content-Disposition and its size in Content-Length. */
function fileOp(summary: string, type: string, params: object[]) {
  return {
    summary,
    parameters: params,
    responses: {
      200: {
        description: "The file (Content-Disposition names it; Content-Length gives its size)",
        content: { [type]: { schema: { type: "string", format: "binary" } } },
      },
      ...Object.fromEntries(
        [400, 401, 403, 404].map((status) => [
          status,
          {
            description: `Error ${status}`,
            content: { "application/json": { schema: ref("ErrorBody") } },
          },
        ]),
      ),
    },
  };
}

const AUDIO_BODY = {
  required: true,
  description:
    "The recording's bytes, up to 1 MB. Its kind is read from the bytes themselves, not from Content-Type or a file name.",
  content: Object.fromEntries(
    ["audio/mpeg", "audio/mp4", "audio/aac", "audio/ogg", "audio/webm", "audio/wav"].map((type) => [
      type,
      { schema: { type: "string", format: "binary" } },
    ]),
  ),
};
const audioKey = param(
  "key",
  "path",
  "Which words: q.<question>.prompt or q.<question>.option.<option>",
);
const audioLanguage = param("language", "path", "The language of the recording, e.g. pl");
const audioHash = param("hash", "path", "The recording's SHA-256, in lower-case hex");

/** A recording's bytes under its own type; never changing, so cacheable for a year. */
function recordingOp(summary: string, params: object[]) {
  const played = fileOp(summary, "audio/mpeg", params);
  return {
    ...played,
    responses: {
      ...played.responses,
      200: {
        description: "The recording, under its own audio type (Cache-Control: immutable)",
        content: { "audio/*": { schema: { type: "string", format: "binary" } } },
      },
    },
  };
}

/** An operation that also answers 410 for something gone for good. */
function gone<T extends { responses: object }>(operation: T): T {
  const error = {
    description: "Error 410",
    content: { "application/json": { schema: ref("ErrorBody") } },
  };
  return { ...operation, responses: { ...operation.responses, 410: error } };
}

/** The survey report's filters, as the report, its exports and share links take them. */
const reportFilters = [
  param("band", "query", "Age band, e.g. 8-11"),
  param("cohort", "query", "Who the code was for"),
  param("code", "query", "Access code"),
  param("language", "query", "Language the child answered in"),
  param("wave", "query", "Wave id"),
  param("from", "query", "First day, YYYY-MM-DD"),
  param("to", "query", "Last day, YYYY-MM-DD"),
  param("by", "query", "Breakdown: band, cohort, code, language or wave"),
];

const code = param("code", "path", "The survey's access code, in any letter case.");
const token = param("token", "path", "A child's single-use link token");
const tabletToken = param("token", "path", "The tablet's session token (never shown to people)");
const surveyId = param("surveyId", "path", "Survey id");
const distributionId = param("distributionId", "path", "Distribution id");
const alertId = param("alertId", "path", "Alert id");
const waveId = param("waveId", "path", "Wave id, made by the client (wav_…)");
const youSaidLanguage = param(
  "language",
  "query",
  "The child's language, e.g. pl; the survey's own when absent",
);
const actionId = param("actionId", "path", "Action id (act_…, made by the client)");
const officer = [401, 403];
const quoteId = param("quoteId", "path", "A candidate quote's id (from the themes list)");
const themeFilters = [
  param("band", "query", "Only this age band"),
  param("cohort", "query", "Only this cohort"),
  param("language", "query", "Only answers in this language"),
  param("from", "query", "First day (YYYY-MM-DD), inclusive"),
  param("to", "query", "Last day (YYYY-MM-DD), inclusive"),
];
const staffOnly = [401, 403];
const reference = param(
  "reference",
  "path",
  "The reference the child was shown on the thank-you screen, e.g. F3A2-9C01-B7E4",
);

const paths = {
  "/api/health": { get: op("Database reachable", { ok: "Ok", errors: [503] }) },
  "/api/openapi.json": {
    get: { summary: "This document", responses: { 200: { description: "OpenAPI 3.1" } } },
  },
  "/api/s/{code}": {
    get: op("The published survey behind an access code", {
      ok: "PublicSurvey",
      errors: [404, 410, 429],
      params: [code],
    }),
  },
  "/api/s/{code}/you-said": {
    get: op(
      "\"You said, we did\": the published actions for this code's survey and the whole organisation, in the child's language where translated (no answers in it)",
      {
        ok: "YouSaid",
        errors: [400, 404, 429],
        params: [code, youSaidLanguage],
      },
    ),
  },
  "/api/s/{code}/responses": {
    post: {
      ...op(
        "Submit a child's response; 200 for an identical retry, 409 for another body under the same id",
        {
          body: "ResponseCreate",
          ok: "SubmitResult",
          status: 201,
          errors: [400, 404, 409, 410, 413, 429],
          params: [code],
        },
      ),
    },
  },
  "/api/s/{code}/audio/{hash}": {
    get: recordingOp(
      "A recording the survey behind this code plays in place of the device's voice",
      [code, audioHash],
    ),
  },
  "/api/s/{code}/help": {
    post: op(
      '"Tell my worker" pressed: raises an urgent alert at once; 200 for an identical resend, 409 for another body under the same id',
      {
        body: "HelpCreate",
        ok: "HelpReceived",
        status: 201,
        errors: [400, 404, 409, 410, 429],
        params: [code],
      },
    ),
  },
  "/api/auth/login": {
    post: op("Staff sign-in; sets an HttpOnly session cookie", {
      body: "LoginBody",
      ok: "Me",
      errors: [400, 401, 403, 429],
    }),
  },
  "/api/auth/logout": { post: op("End this session", { ok: "Ok", errors: [] }) },
  "/api/auth/logout-everywhere": {
    post: op("End every session of the signed-in person", { ok: "Ok", errors: [401, 403] }),
  },
  "/api/auth/set-password": {
    post: op("Set a password from a one-time link", {
      body: "SetPasswordBody",
      ok: "Ok",
      errors: [400, 410, 429],
    }),
  },
  "/api/me": { get: op("Who is signed in", { ok: "Me", errors: [401] }) },
  "/api/auth/sso/discover": {
    post: op("Whether an e-mail's organisation signs in with its own identity provider", {
      body: "DiscoverBody",
      ok: "Discovered",
      errors: [400],
    }),
  },
  "/api/auth/sso/start": {
    get: {
      summary: "Redirect to the organisation's identity provider",
      parameters: [
        param("org", "query", "Organisation id"),
        param("returnTo", "query", "Relative path to return to"),
      ],
      responses: { 302: { description: "To the identity provider, or back with ?sso_error=" } },
    },
  },
  "/api/auth/sso/callback": {
    get: {
      summary: "Where the identity provider sends the browser back",
      responses: { 302: { description: "Signed in, or back with ?sso_error=" } },
    },
  },
  "/api/auth/sso/config": {
    get: op("Single sign-on settings, without the secret (admin)", {
      ok: "SsoConfig",
      errors: staffOnly,
    }),
    put: op("Change single sign-on settings (admin)", {
      body: "SsoConfigBody",
      ok: "SsoConfig",
      errors: [400, ...staffOnly, 409],
    }),
  },
  "/api/reports/surveys": {
    get: op("The organisation's surveys with response counts (leader)", {
      ok: "SurveyList",
      errors: staffOnly,
    }),
  },
  "/api/reports/surveys/{surveyId}": {
    get: op(
      "A survey's report under the disclosure rule: filtered, broken down, with themes and the trend by wave (leader). Every count is 0, null (fewer than 8) or a multiple of 5 of at least 10; a refused filter is a 400 report.invalid_filter",
      {
        ok: "SurveyReport",
        errors: [400, ...staffOnly, 404],
        params: [
          param("surveyId", "path", "Survey id"),
          param("band", "query", "Age band: 4-7, 8-11, 12-17 or 16-25"),
          param("cohort", "query", "Cohort, e.g. children-in-care or care-leavers"),
          param("code", "query", "An access code the survey was handed out under"),
          param("language", "query", "Language tag the answers were given in, e.g. pl"),
          param("wave", "query", "Wave id (see /api/reports/waves)"),
          param("from", "query", "First day, YYYY-MM-DD (UTC), included"),
          param("to", "query", "Last day, YYYY-MM-DD (UTC), included"),
          param("by", "query", "Breakdown: band, cohort, code, language or wave"),
        ],
      },
    ),
  },
  "/api/reports/waves": {
    get: op("The organisation's waves, in time order (leader or officer)", {
      ok: "Waves",
      errors: staffOnly,
    }),
  },
  "/api/surveys/waves/{waveId}": {
    put: op(
      "Name a wave on a code or on dates; 201 new, 200 changed or the same again; 409 when its code or dates clash with another wave (officer)",
      {
        body: "WaveSave",
        ok: "WaveOne",
        errors: [400, ...staffOnly, 409],
        params: [waveId],
      },
    ),
    delete: op("Remove a wave; removing one that is not there is not an error (officer)", {
      ok: "WaveRemoved",
      errors: [400, ...staffOnly],
      params: [waveId],
    }),
  },
  "/api/surveys/quote-names": {
    get: op("The organisation's own names taken out of quotes (officer)", {
      ok: "QuoteNames",
      errors: officer,
    }),
    put: op("Replace the names taken out of quotes; audited without the names (officer)", {
      body: "QuoteNames",
      ok: "QuoteNames",
      errors: [400, ...officer],
    }),
  },
  "/api/surveys/{surveyId}/themes": {
    get: op(
      "Themes with controlled counts, their words, emerging groups and candidate quotes (redacted, only from themes of 8 answers or more); reads raw answers, audited (officer)",
      { ok: "ThemesView", errors: [400, ...officer, 404], params: [surveyId, ...themeFilters] },
    ),
  },
  "/api/surveys/{surveyId}/themes/{themeId}/answers": {
    get: op("Every answer in one theme, redacted, to move misplaced ones; audited (officer)", {
      ok: "ThemeAnswers",
      errors: [400, ...officer, 404],
      params: [surveyId, param("themeId", "path", "Theme id"), ...themeFilters],
    }),
  },
  "/api/surveys/{surveyId}/themes/quotes/{quoteId}/approve": {
    post: op(
      "Approve a candidate quote, optionally redacted further; stored apart from the answer; the same again changes nothing (officer)",
      {
        body: "QuoteApprove",
        ok: "QuoteDecision",
        errors: [400, ...officer, 404, 409],
        params: [surveyId, quoteId],
      },
    ),
  },
  "/api/surveys/{surveyId}/themes/quotes/{quoteId}/reject": {
    post: op("Reject a candidate (or withdraw an approved quote) (officer)", {
      body: "QuoteReject",
      ok: "QuoteDecision",
      errors: [400, ...officer, 404],
      params: [surveyId, quoteId],
    }),
  },
  "/api/surveys/{surveyId}/themes/moves": {
    post: op(
      "Move one answer to another theme; counts follow once; 200 for a resend of the same id, 409 for another body under it (officer)",
      {
        body: "MoveCreate",
        ok: "MoveResult",
        status: 201,
        errors: [400, ...officer, 404, 409],
        params: [surveyId],
      },
    ),
  },
  "/api/surveys/{surveyId}/themes/emerging": {
    post: op(
      "Name an emerging group as the organisation's own theme, or add its words to a theme; numbers follow after a rebuild (officer)",
      {
        body: "EmergingAction",
        ok: "EmergingResult",
        errors: [400, ...officer, 404, 409],
        params: [surveyId],
      },
    ),
  },
  "/api/reports/surveys/{surveyId}/export.csv": {
    get: fileOp(
      "The survey report as CSV, under the disclosure rule, filters applied (leader; audited)",
      "text/csv",
      [surveyId, ...reportFilters],
    ),
  },
  "/api/reports/surveys/{surveyId}/export.xlsx": {
    get: fileOp(
      "The survey report as an XLSX workbook, under the disclosure rule, filters applied (leader; audited)",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      [surveyId, ...reportFilters],
    ),
  },
  "/api/admin/surveys": {
    get: op(
      "The surveys, with their response counts, whose raw answers an admin may export (admin)",
      {
        ok: "SurveyList",
        errors: staffOnly,
      },
    ),
  },
  "/api/admin/surveys/{surveyId}/raw.csv": {
    get: fileOp(
      "Every answer, one row a response; free text redacted unless text=full (admin; audited)",
      "text/csv",
      [surveyId, param("text", "query", "redacted (the default) or full")],
    ),
  },
  "/api/reports/shares": {
    post: op(
      "Make a read-only link to a survey report or the story of place, open 1 to 90 days; the same request again gives the same link (200) (leader; audited)",
      {
        body: "ShareCreate",
        ok: "ShareCreated",
        status: 201,
        errors: [400, ...staffOnly, 404, 409],
      },
    ),
    get: op("The organisation's share links, never their tokens (leader)", {
      ok: "ShareList",
      errors: staffOnly,
    }),
  },
  "/api/reports/shares/{shareId}": {
    delete: op("Switch a share link off for good (leader; audited)", {
      ok: "ShareView",
      errors: [...staffOnly, 404],
      params: [param("shareId", "path", "Share link id")],
    }),
  },
  "/api/share/{token}": {
    get: op(
      "What a share link shows: controlled aggregates only; 410 once expired or switched off (anyone with the link; every open audited)",
      {
        ok: "ShareOpened",
        errors: [404, 410, 429],
        params: [param("token", "path", "The link's token")],
      },
    ),
  },
  "/api/reports/place": {
    get: op(
      "The story of place: headline indicators by wave and band, top themes, actions (leader; audited)",
      {
        ok: "PlaceView",
        errors: [400, ...staffOnly],
        params: [param("wave", "query", "Wave id")],
      },
    ),
  },
  "/api/reports/actions": {
    get: op('"You said, we did" actions, with the languages each still needs (leader, officer)', {
      ok: "ActionList",
      errors: staffOnly,
    }),
    post: op("Record an action; idempotent on its id, 409 for another body under it (leader)", {
      body: "ActionCreate",
      ok: "ActionOne",
      status: 201,
      errors: [400, ...staffOnly, 409],
    }),
  },
  "/api/reports/actions/{actionId}": {
    get: op("One action (leader, officer)", {
      ok: "ActionOne",
      errors: [...staffOnly, 404],
      params: [actionId],
    }),
    put: op("Replace an action's words and status; 409 when it changed since `revision` (leader)", {
      body: "ActionUpdate",
      ok: "ActionOne",
      errors: [400, ...staffOnly, 404, 409],
      params: [actionId],
    }),
  },
  "/api/reports/actions/{actionId}/translations/{language}": {
    put: op("Set the action's words in one more language (leader, officer)", {
      body: "ActionWords",
      ok: "ActionOne",
      errors: [400, ...staffOnly, 404, 409],
      params: [actionId, param("language", "path", "Language code, e.g. pl or ar")],
    }),
  },
  "/api/reports/actions/{actionId}/publish": {
    post: op("Show the action to children; again is no change (leader)", {
      ok: "ActionOne",
      errors: [...staffOnly, 404],
      params: [actionId],
    }),
  },
  "/api/reports/actions/{actionId}/unpublish": {
    post: op("Stop showing the action to children; again is no change (leader)", {
      ok: "ActionOne",
      errors: [...staffOnly, 404],
      params: [actionId],
    }),
  },
  "/api/admin/staff": {
    get: op("Staff of the organisation (admin)", { ok: "StaffList", errors: staffOnly }),
    post: op("Invite a member of staff; the set-password link goes to the outbox (admin)", {
      body: "InviteBody",
      ok: "Invited",
      status: 201,
      errors: [400, ...staffOnly, 409],
    }),
  },
  "/api/admin/staff/{staffId}": {
    patch: op("Change roles, deactivate or reactivate (admin)", {
      body: "StaffChange",
      ok: "Staff",
      errors: [400, ...staffOnly, 404, 409],
      params: [param("staffId", "path", "Staff id")],
    }),
  },
  "/api/i/{token}": {
    get: op("The survey behind a child's single-use link", {
      ok: "PublicSurvey",
      errors: [404, 410, 429],
      params: [token],
    }),
  },
  "/api/i/{token}/responses": {
    post: op("Submit through a single-use link; the link is then used up", {
      body: "ResponseCreate",
      ok: "SubmitResult",
      status: 201,
      errors: [400, 404, 409, 410, 413, 429],
      params: [token],
    }),
  },
  "/api/i/{token}/audio/{hash}": {
    get: recordingOp("A recording of the survey behind this link", [token, audioHash]),
  },
  "/api/i/{token}/help": {
    post: op('"Tell my worker" through a single-use link; never uses the link up', {
      body: "HelpCreate",
      ok: "HelpReceived",
      status: 201,
      errors: [400, 404, 409, 410, 429],
      params: [token],
    }),
  },
  "/api/t/{token}": {
    get: op("The survey behind a tablet session's token, with the session's count", {
      ok: "KioskSurvey",
      errors: [404, 410, 429],
      params: [tabletToken],
    }),
  },
  "/api/t/{token}/responses": {
    post: op("Submit on a tablet in a session; the child is counted once", {
      body: "ResponseCreate",
      ok: "SubmitResult",
      status: 201,
      errors: [400, 404, 409, 410, 413, 429],
      params: [tabletToken],
    }),
  },
  "/api/t/{token}/audio/{hash}": {
    get: recordingOp("A recording of the survey on this tablet", [tabletToken, audioHash]),
  },
  "/api/t/{token}/help": {
    post: op('"Tell my worker" on a tablet in a session', {
      body: "HelpCreate",
      ok: "HelpReceived",
      status: 201,
      errors: [400, 404, 409, 410, 429],
      params: [tabletToken],
    }),
  },
  "/api/t/{token}/you-said": {
    get: op('"You said, we did" on a tablet in a session (ended too)', {
      ok: "YouSaid",
      errors: [400, 404, 429],
      params: [tabletToken, youSaidLanguage],
    }),
  },
  "/api/i/{token}/you-said": {
    get: op('"You said, we did" through a single-use link, used or not', {
      ok: "YouSaid",
      errors: [400, 404, 429],
      params: [token, youSaidLanguage],
    }),
  },
  "/api/t/{token}/end": {
    post: op("End the tablet's session with the officer's PIN; wrong PINs are limited", {
      body: "TabletEnd",
      ok: "TabletEnded",
      errors: [400, 403, 404, 429],
      params: [tabletToken],
    }),
  },
  "/api/tablet-sessions": {
    get: op("The organisation's tablet sessions, live ones first (officer)", {
      ok: "TabletSessions",
      errors: officer,
    }),
    post: op("Start a tablet session for an open code; idempotent on its id (officer)", {
      body: "TabletSessionCreate",
      ok: "TabletSessionOne",
      status: 201,
      errors: [400, ...officer, 404, 409, 410],
    }),
  },
  "/api/tablet-sessions/{sessionId}/end": {
    post: op("End a tablet session from the studio (officer)", {
      ok: "TabletSessionOne",
      errors: [...officer, 404],
      params: [param("sessionId", "path", "Tablet session id")],
    }),
  },
  "/api/surveys": {
    get: op("The organisation's surveys (officer)", { ok: "Surveys", errors: officer }),
    post: op(
      "Start a survey from a template (optionally in more languages, each filled in from Chorus's phrasebook and marked not checked) or a definition; idempotent on its id (officer)",
      {
        body: "SurveyCreate",
        ok: "DraftView",
        status: 201,
        errors: [400, ...officer, 409],
      },
    ),
  },
  "/api/surveys/dashboard": {
    get: op(
      "Each survey with its codes, waves, dates and exact response counts, total and per code: the officer's own operational numbers (officer)",
      { ok: "Dashboard", errors: officer },
    ),
  },
  "/api/surveys/templates": {
    get: op(
      "Templates to start from, the languages Chorus can fill them in, and the council's usual languages (officer)",
      { ok: "Templates", errors: officer },
    ),
  },
  "/api/surveys/{surveyId}": {
    get: op("The draft, missing translations and problems (officer)", {
      ok: "DraftView",
      errors: [...officer, 404],
      params: [surveyId],
    }),
  },
  "/api/surveys/{surveyId}/draft": {
    put: op("Save the draft; 409 when someone else saved since (officer)", {
      body: "DraftSave",
      ok: "DraftView",
      errors: [400, ...officer, 404, 409],
      params: [surveyId],
    }),
  },
  "/api/surveys/{surveyId}/translation-checks": {
    post: op(
      "Mark the words Chorus wrote in one language as checked by a fluent speaker; audited once, idempotent; 400 survey.translation_not_marked for a language Chorus did not translate (officer)",
      {
        body: "TranslationCheck",
        ok: "TranslationChecked",
        errors: [400, ...officer, 404],
        params: [surveyId],
      },
    ),
  },
  "/api/surveys/{surveyId}/name": {
    put: op("Rename the survey for staff; children never see this name (officer)", {
      body: "StaffNameSave",
      ok: "StaffNameSaved",
      errors: [400, ...officer, 404],
      params: [surveyId],
    }),
  },
  "/api/surveys/{surveyId}/changes": {
    get: op(
      "What publishing the draft would change against the version children get now, and the version it would make (officer)",
      { ok: "PublishPreview", errors: [...officer, 404], params: [surveyId] },
    ),
  },
  "/api/surveys/{surveyId}/publish": {
    post: op(
      "Publish the draft as a new immutable version (a draft that changes nothing answers 200 with the current one); 400 survey.safeguarding_unconfirmed when it asks about safety with no safeguarding rule and confirmNoSafeguardingRule is not true (officer)",
      {
        body: "PublishBody",
        ok: "Published",
        status: 201,
        errors: [400, ...officer, 404, 409],
        params: [surveyId],
      },
    ),
  },
  "/api/surveys/{surveyId}/archive": {
    post: op("Archive: every code stops admitting children (officer)", {
      ok: "Status",
      errors: [...officer, 404],
      params: [surveyId],
    }),
  },
  "/api/surveys/{surveyId}/restore": {
    post: op("Restore an archived survey (officer)", {
      ok: "Status",
      errors: [...officer, 404],
      params: [surveyId],
    }),
  },
  "/api/surveys/{surveyId}/versions/{version}": {
    get: op("One published version (officer)", {
      ok: "Definition",
      errors: [...officer, 404],
      params: [surveyId, param("version", "path", "Version number")],
    }),
  },
  "/api/surveys/{surveyId}/export": {
    get: op("The draft as a JSON file (officer)", {
      ok: "Exported",
      errors: [...officer, 404],
      params: [surveyId],
    }),
  },
  "/api/surveys/{surveyId}/strings.csv": {
    get: {
      summary:
        "Every string as CSV for translators, in every language or beside the default language in one; saved under a name made from the survey's title (officer)",
      parameters: [
        surveyId,
        param(
          "language",
          "query",
          "One of the survey's languages, e.g. pl; every language when absent",
        ),
      ],
      responses: {
        200: {
          description:
            "CSV, with Content-Disposition naming it after the title, e.g. my-life-in-care-pl.csv",
          content: { "text/csv": { schema: { type: "string" } } },
        },
        400: {
          description: "Not one of the survey's languages",
          content: { "application/json": { schema: ref("ErrorBody") } },
        },
      },
    },
  },
  "/api/surveys/{surveyId}/strings": {
    put: op("Read translators' CSV back into the draft; nothing changes on any problem (officer)", {
      body: "StringsImport",
      ok: "DraftView",
      errors: [400, ...officer, 404, 409],
      params: [surveyId],
    }),
  },
  "/api/surveys/{surveyId}/audio/{key}/{language}": {
    put: {
      ...op(
        "Put a recording on a prompt or choice in one language, in place of any before; the same file again changes nothing (officer)",
        {
          ok: "RecordingSaved",
          errors: [400, ...officer, 404, 409, 413],
          params: [surveyId, audioKey, audioLanguage],
        },
      ),
      requestBody: AUDIO_BODY,
    },
    delete: op(
      "Take the recording off those words in that language; no recording is no error (officer)",
      {
        ok: "RecordingRemoved",
        errors: [400, ...officer, 404, 409],
        params: [surveyId, audioKey, audioLanguage],
      },
    ),
  },
  "/api/surveys/{surveyId}/audio/{hash}": {
    get: recordingOp("One of the council's recordings, to play in the studio (officer)", [
      surveyId,
      audioHash,
    ]),
  },
  "/api/surveys/{surveyId}/distributions": {
    get: op("Codes this survey was handed out under (officer)", {
      ok: "Distributions",
      errors: [...officer, 404],
      params: [surveyId],
    }),
    post: op("Hand the survey out under a new code; idempotent on its id (officer)", {
      body: "DistributionCreate",
      ok: "DistributionOne",
      status: 201,
      errors: [400, ...officer, 404, 409],
      params: [surveyId],
    }),
  },
  "/api/surveys/{surveyId}/distributions/{distributionId}/close": {
    post: op("Close a code (officer)", {
      ok: "DistributionOne",
      errors: [...officer, 404],
      params: [surveyId, distributionId],
    }),
  },
  "/api/surveys/{surveyId}/distributions/{distributionId}/invites": {
    post: op("Single-use links for named children; idempotent on the batch id (officer)", {
      body: "InviteCreate",
      ok: "Invites",
      status: 201,
      errors: [400, ...officer, 404, 409],
      params: [surveyId, distributionId],
    }),
    get: op("A page of a code's links: private label and status, never the link (officer)", {
      ok: "InvitePage",
      errors: [400, ...officer, 404],
      params: [
        surveyId,
        distributionId,
        param("cursor", "query", "The `next` of the page before"),
        param("limit", "query", "Links per page, 1 to 200 (50 when omitted)"),
      ],
    }),
  },
  "/api/surveys/{surveyId}/distributions/{distributionId}/invites/links": {
    get: op("The addresses of a code's unused links, to copy; audited (officer)", {
      ok: "InviteLinks",
      errors: [...officer, 404],
      params: [surveyId, distributionId],
    }),
  },
  "/api/surveys/{surveyId}/distributions/{distributionId}/invites.csv": {
    get: fileOp(
      "A code's links as CSV (label, status, dates, the address of each unused one); audited (officer)",
      "text/csv",
      [surveyId, distributionId],
    ),
  },
  "/api/surveys/{surveyId}/distributions/{distributionId}/invites/{inviteId}/revoke": {
    post: op("Stop one unused link; repeating it changes nothing (officer)", {
      ok: "InviteOne",
      errors: [...officer, 404, 409],
      params: [surveyId, distributionId, param("inviteId", "path", "Invite link id")],
    }),
  },
  "/api/org": {
    get: op("The council's name and logo details, for posters (staff)", {
      ok: "OrgSettings",
      errors: staffOnly,
    }),
  },
  "/api/org/logo": {
    get: {
      ...fileOp("The council's logo picture, PNG or JPEG (staff)", "image/png", []),
      summary: "The council's logo picture, PNG or JPEG (staff)",
    },
  },
  "/api/admin/org/name": {
    put: op("Rename the council; the same name again changes nothing (admin)", {
      body: "OrgNameSave",
      ok: "OrgSettings",
      errors: [400, ...staffOnly, 409],
    }),
  },
  "/api/admin/org/logo": {
    put: op(
      "Put up the council's logo: PNG or JPEG, up to 100 KB and 4000 pixels a side, checked against the picture itself; SVG refused (admin)",
      { body: "LogoUpload", ok: "LogoOne", errors: [400, ...staffOnly, 409, 413] },
    ),
    delete: op("Take the logo down; no logo is no error (admin)", {
      ok: "Removed",
      errors: [...staffOnly, 409],
    }),
  },
  "/api/admin/outbox": {
    get: op("E-mails waiting to be sent (admin)", { ok: "Outbox", errors: staffOnly }),
  },
  "/api/admin/retention": {
    get: op("How long each kind of record is kept, and the last purge's counts (admin)", {
      ok: "RetentionSettings",
      errors: staffOnly,
    }),
    put: op("Replace the retention periods; audited with before and after (admin)", {
      body: "RetentionSave",
      ok: "RetentionSettings",
      errors: [400, ...staffOnly],
    }),
  },
  "/api/admin/audit": {
    get: op(
      "The audit trail, newest first, with names: who (staff name), what (plain words) and what about (survey or person by name; a deleted one says so) (admin)",
      {
        ok: "Audit",
        errors: [400, ...staffOnly],
        params: [
          param("month", "query", "YYYY-MM; this month when omitted"),
          param("action", "query", "Action prefix, e.g. auth."),
          param("actor", "query", "Staff id"),
        ],
      },
    ),
  },
  "/api/safeguarding/alerts": {
    get: op("The organisation's alerts: open first, urgent first, oldest first (safeguarding)", {
      ok: "AlertList",
      errors: [400, ...staffOnly],
      params: [param("status", "query", "open, acknowledged or closed")],
    }),
  },
  "/api/responses/find": {
    post: op(
      "Find one response by the child's reference or invite link, with its answers in the child's language; 410 once deleted (officer or admin; audited)",
      { body: "FindQuery", ok: "Found", errors: [400, ...staffOnly, 404, 409, 410] },
    ),
  },
  "/api/responses/{reference}/answers.html": {
    get: gone(
      fileOp(
        "The child's own answers as a printable page to hand to them or their family; 410 once deleted (officer or admin; audited)",
        "text/html",
        [reference],
      ),
    ),
  },
  "/api/responses/{reference}": {
    delete: op(
      "Delete one response and correct the report numbers once; the same request again answers the same; 409 while a safeguarding alert about it is open (officer or admin; audited)",
      { ok: "Erased", errors: [400, ...staffOnly, 404, 409] },
    ),
  },
  "/api/safeguarding/alerts/{alertId}": {
    get: op("One alert with the whole response; every view is audited (safeguarding)", {
      ok: "AlertView",
      errors: [...staffOnly, 404],
      params: [alertId],
    }),
  },
  "/api/safeguarding/alerts/{alertId}/acknowledge": {
    post: op("Take ownership; repeating it changes nothing (safeguarding)", {
      ok: "AlertOne",
      errors: [...staffOnly, 404],
      params: [alertId],
    }),
  },
  "/api/safeguarding/alerts/{alertId}/assign": {
    post: op("Hand the alert to a safeguarding colleague (safeguarding)", {
      body: "AlertAssign",
      ok: "AlertOne",
      errors: [400, ...staffOnly, 404],
      params: [alertId],
    }),
  },
  "/api/safeguarding/alerts/{alertId}/notes": {
    post: op("Add a note, once per note id (safeguarding)", {
      body: "AlertNote",
      ok: "AlertOne",
      errors: [400, ...staffOnly, 404],
      params: [alertId],
    }),
  },
  "/api/safeguarding/alerts/{alertId}/close": {
    post: op("Close with an outcome (safeguarding)", {
      body: "AlertClose",
      ok: "AlertOne",
      errors: [400, ...staffOnly, 404],
      params: [alertId],
    }),
  },
  "/api/safeguarding/alerts/{alertId}/reopen": {
    post: op("Open a closed alert again (safeguarding)", {
      ok: "AlertOne",
      errors: [...staffOnly, 404],
      params: [alertId],
    }),
  },
  "/api/safeguarding/team": {
    get: op("The safeguarding members an alert can be handed to (safeguarding)", {
      ok: "SafeguardingTeam",
      errors: staffOnly,
    }),
  },
  "/api/safeguarding/settings": {
    get: op("Due times and the organisation's own phrases (safeguarding or admin)", {
      ok: "SafeguardingSettings",
      errors: staffOnly,
    }),
    put: op("Replace the due times and own phrases; audited (safeguarding or admin)", {
      body: "SafeguardingSettingsSave",
      ok: "SafeguardingSettings",
      errors: [400, ...staffOnly],
    }),
  },
  "/api/safeguarding/screen": {
    post: op(
      "What the lexicon and the organisation's own phrases make of a sentence (safeguarding)",
      {
        body: "ScreenBody",
        ok: "ScreenResult",
        errors: [400, ...staffOnly],
      },
    ),
  },
};

let cached: object | undefined;

/** OpenAPI 3.1, built from the same valibot schemas that validate requests. */
export function openApiDocument(): object {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "Chorus API",
      version: "0.1.0",
      description:
        "Hear children in care, care leavers and families. Errors are always " +
        '`{ "error": { "code", "message", "issues"? } }`.',
    },
    paths,
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [
          name,
          toJsonSchema(schema, { target: "draft-2020-12", errorMode: "ignore" }),
        ]),
      ),
    },
  };
  return cached;
}
