/**
 * The request and response schemas the OpenAPI document names, built from the same valibot
 * schemas that validate requests (so the contract cannot drift from the code).
 */

import {
  ActionCreate,
  ActionUpdate,
  ActionView,
  ActionWords,
  YouSaid,
} from "@chorus/core/action/schema";
import {
  AlertAssign,
  AlertClose,
  AlertContext,
  AlertNote,
  AlertStatus,
  Reason,
  SafeguardingSettings,
  SafeguardingSettingsSave,
  ScreenBody,
} from "@chorus/core/alert/schema";
import { AudioRef, Recordings } from "@chorus/core/audio/schema";
import { SurveyDashboard } from "@chorus/core/dashboard/schema";
import {
  Distribution,
  DistributionCreate,
  InviteCreate,
  InvitePage,
  InviteView,
} from "@chorus/core/distribution/schema";
import { HelpCreate } from "@chorus/core/help/schema";
import { LogoUpload, LogoView, OrgNameSave, OrgSettings } from "@chorus/core/org/schema";
import { PlaceView } from "@chorus/core/place/schema";
import {
  EmergingAction,
  EmergingResult,
  MoveCreate,
  MoveResult,
  QuoteApprove,
  QuoteNames,
  QuoteReject,
  ThemeAnswers,
  ThemesView,
} from "@chorus/core/quote/schema";
import { SurveyReport, SurveySummary } from "@chorus/core/report/schema";
import { RetentionSave, RetentionSettings } from "@chorus/core/retention/schema";
import { Erased, FindQuery, Found } from "@chorus/core/rights/schema";
import {
  ShareCreate,
  ShareCreated,
  SharedReport,
  ShareList,
  ShareView,
} from "@chorus/core/share/schema";
import { DiscoverBody, SsoConfigBody, SsoConfigView } from "@chorus/core/sso/schema";
import {
  InviteBody,
  LoginBody,
  Me,
  Role,
  SetPasswordBody,
  StaffChange,
} from "@chorus/core/staff/schema";
import {
  DraftSave,
  PublicSurvey,
  PublishBody,
  ResponseCreate,
  StaffNameSave,
  StringsImport,
  SurveyCreate,
  SurveyVersion,
  TranslationCheck,
} from "@chorus/core/survey/schema";
import {
  KioskStatus,
  TabletEnd,
  TabletSession,
  TabletSessionCreate,
} from "@chorus/core/tablet/schema";
import { Wave, WaveSave } from "@chorus/core/wave/schema";
import * as v from "valibot";

/** An alert as the safeguarding queue lists it: never the child's answers. */
const AlertSummary = v.object({
  id: v.string(),
  responseId: v.string(),
  surveyId: v.string(),
  severity: v.picklist(["urgent", "concern"]),
  reasons: v.array(Reason),
  status: AlertStatus,
  raisedAt: v.string(),
  dueAt: v.string(),
  owner: v.nullable(v.string()),
  /** Still open past its due time. */
  overdue: v.boolean(),
  /** When the team and admins were told it was overdue (once). */
  escalatedAt: v.optional(v.string()),
});

/** The error body every failure answers with. */
const ErrorBody = v.object({
  error: v.object({ code: v.string(), message: v.string(), issues: v.optional(v.unknown()) }),
});
const StaffView = v.object({
  id: v.string(),
  orgId: v.string(),
  email: v.string(),
  name: v.string(),
  roles: v.array(Role),
  active: v.boolean(),
  status: v.picklist(["invited", "active", "deactivated"]),
});
const AuditEntry = v.object({
  id: v.string(),
  at: v.string(),
  action: v.string(),
  actor: v.object({ type: v.picklist(["staff", "system"]), id: v.optional(v.string()) }),
  target: v.optional(v.object({ type: v.string(), id: v.string() })),
  detail: v.optional(v.record(v.string(), v.union([v.string(), v.number(), v.boolean()]))),
  what: v.string(),
  who: v.string(),
  about: v.optional(v.string()),
});
const Ok = v.object({ ok: v.boolean() });
/** A question named for an officer (`Survey.Changes`). */
const Named = v.object({ id: v.string(), words: v.string() });

export const schemas = {
  ErrorBody,
  Ok,
  PublicSurvey,
  ResponseCreate,
  SubmitResult: v.object({ id: v.string(), duplicate: v.boolean() }),
  HelpCreate,
  /** `id` echoes the request's, so the device's outbox knows the server holds it. */
  HelpReceived: v.object({ id: v.string(), received: v.literal(true), alertId: v.string() }),
  LoginBody,
  SetPasswordBody,
  Me: v.object({ user: Me }),
  SurveyList: v.object({ surveys: v.array(SurveySummary) }),
  SurveyReport,
  Waves: v.object({ waves: v.array(Wave) }),
  WaveSave,
  WaveOne: v.object({ wave: Wave }),
  WaveRemoved: v.object({ removed: v.boolean() }),
  ActionCreate,
  ActionUpdate,
  ActionWords,
  ActionOne: v.object({ action: ActionView }),
  ActionList: v.object({ actions: v.array(ActionView) }),
  YouSaid,
  InviteBody,
  Invited: v.object({ staff: StaffView, link: v.string() }),
  StaffChange,
  Staff: v.object({ staff: StaffView }),
  StaffList: v.object({ staff: v.array(StaffView) }),
  Outbox: v.object({
    messages: v.array(
      v.object({
        id: v.string(),
        to: v.string(),
        subject: v.string(),
        body: v.string(),
        createdAt: v.string(),
      }),
    ),
  }),
  Audit: v.object({ entries: v.array(AuditEntry) }),
  DiscoverBody,
  Discovered: v.object({ sso: v.boolean(), startUrl: v.optional(v.string()) }),
  SsoConfigBody,
  SsoConfig: v.object({ config: v.nullable(SsoConfigView) }),
  SurveyCreate,
  StaffNameSave,
  StaffNameSaved: v.object({ staffName: v.string(), changed: v.boolean() }),
  TranslationCheck,
  TranslationChecked: v.object({
    language: v.string(),
    checkedAt: v.string(),
    checkedBy: v.string(),
    /** False when it was already marked as checked: nothing changed. */
    changed: v.boolean(),
  }),
  Dashboard: v.object({ surveys: v.array(SurveyDashboard) }),
  PublishPreview: v.object({
    publishedVersion: v.number(),
    nextVersion: v.number(),
    revision: v.number(),
    changed: v.boolean(),
    changes: v.object({
      questions: v.object({
        added: v.array(Named),
        removed: v.array(Named),
        changed: v.array(Named),
        reordered: v.boolean(),
      }),
      translations: v.object({
        added: v.array(v.string()),
        removed: v.array(v.string()),
        changed: v.array(v.string()),
      }),
      rules: v.object({
        showIf: v.array(Named),
        safeguardingAdded: v.number(),
        safeguardingRemoved: v.number(),
      }),
      bands: v.object({
        added: v.array(v.string()),
        removed: v.array(v.string()),
        wording: v.array(Named),
      }),
      details: v.array(v.string()),
    }),
  }),
  DraftSave,
  PublishBody,
  StringsImport,
  DistributionCreate,
  InviteCreate,
  /** A draft with what the studio shows beside it. */
  DraftView: v.object({
    draft: v.object({
      surveyId: v.string(),
      staffName: v.string(),
      revision: v.number(),
      savedAt: v.string(),
      savedBy: v.string(),
      publishedVersion: v.number(),
      status: v.picklist(["draft", "published", "archived"]),
      unpublishedChanges: v.boolean(),
      /** Languages whose words Chorus wrote and nobody has marked as checked yet. */
      unreviewedLanguages: v.array(v.string()),
      definition: SurveyVersion,
      /** Recordings on the draft's words, by string key and language. */
      audio: Recordings,
    }),
    translations: v.array(
      v.object({ language: v.string(), total: v.number(), missing: v.array(v.string()) }),
    ),
    problems: v.array(v.string()),
    /** Safeguarding warnings; `noSafeguardingRule` must be confirmed when publishing. */
    warnings: v.array(
      v.object({
        kind: v.picklist(["noSafeguardingRule", "notScreened"]),
        message: v.string(),
        questionIds: v.array(v.string()),
        languages: v.optional(v.array(v.string())),
      }),
    ),
  }),
  Surveys: v.object({ surveys: v.array(v.looseObject({ id: v.string(), status: v.string() })) }),
  Templates: v.object({
    templates: v.array(
      v.object({
        id: v.string(),
        name: v.string(),
        description: v.string(),
        questionCount: v.number(),
      }),
    ),
    /** Languages a template can start in besides English (each from a Chorus phrasebook). */
    languages: v.array(v.object({ code: v.string(), reviewedByNativeSpeaker: v.boolean() })),
    /** Of those, the ones this council's surveys already use, most used first. */
    usualLanguages: v.array(v.string()),
  }),
  Published: v.object({ version: v.number(), created: v.boolean() }),
  Status: v.object({ status: v.string() }),
  Definition: v.object({ definition: SurveyVersion }),
  Exported: v.object({ format: v.literal("chorus-survey"), definition: SurveyVersion }),
  DistributionOne: v.object({ distribution: Distribution }),
  Distributions: v.object({ distributions: v.array(Distribution) }),
  Invites: v.object({
    invites: v.array(
      v.object({
        id: v.string(),
        label: v.optional(v.string()),
        token: v.string(),
        url: v.string(),
      }),
    ),
  }),
  InvitePage,
  OrgSettings,
  OrgNameSave,
  LogoUpload,
  LogoOne: v.object({ logo: LogoView }),
  Removed: v.object({ removed: v.boolean() }),
  /** The recording now on those words, and all the draft's recordings. */
  RecordingSaved: v.object({ recording: AudioRef, audio: Recordings }),
  RecordingRemoved: v.object({ removed: v.boolean(), audio: Recordings }),
  InviteOne: v.object({ invite: InviteView }),
  InviteLinks: v.object({
    links: v.array(v.object({ id: v.string(), label: v.optional(v.string()), url: v.string() })),
  }),
  KioskSurvey: v.object({ ...PublicSurvey.entries, session: KioskStatus }),
  TabletEnd,
  TabletEnded: v.object({ session: v.object({ label: v.string(), participants: v.number() }) }),
  TabletSessionCreate,
  TabletSessionOne: v.object({ session: TabletSession }),
  TabletSessions: v.object({ sessions: v.array(TabletSession) }),
  AlertList: v.object({ alerts: v.array(AlertSummary) }),
  AlertOne: v.object({ alert: v.looseObject(AlertSummary.entries) }),
  AlertView: v.object({
    alert: v.looseObject({ ...AlertSummary.entries, context: AlertContext }),
    response: v.optional(v.looseObject({ language: v.string(), answers: v.unknown() })),
    survey: v.optional(SurveyVersion),
    context: AlertContext,
    overdue: v.boolean(),
    escalatedAt: v.optional(v.string()),
  }),
  SafeguardingSettings,
  SafeguardingSettingsSave,
  RetentionSave,
  RetentionSettings,
  AlertAssign,
  SafeguardingTeam: v.object({
    team: v.array(v.object({ id: v.string(), name: v.string(), email: v.string() })),
  }),
  AlertNote,
  AlertClose,
  ScreenBody,
  ShareCreate,
  ShareCreated,
  ShareList,
  ShareView,
  FindQuery,
  Found,
  Erased,
  ShareOpened: v.variant("kind", [
    v.object({ kind: v.literal("survey"), orgName: v.string(), report: SharedReport }),
    v.object({ kind: v.literal("place"), place: PlaceView }),
  ]),
  PlaceView,
  ScreenResult: v.object({
    screened: v.boolean(),
    alert: v.boolean(),
    severity: v.optional(v.picklist(["urgent", "concern"])),
    matched: v.array(
      v.object({ words: v.string(), category: v.string(), at: v.tuple([v.number(), v.number()]) }),
    ),
  }),
  ThemesView,
  ThemeAnswers,
  QuoteNames,
  QuoteApprove,
  QuoteReject,
  QuoteDecision: v.object({
    id: v.string(),
    status: v.picklist(["approved", "rejected"]),
    themeId: v.string(),
    slot: v.string(),
    text: v.optional(v.string()),
  }),
  MoveCreate,
  MoveResult,
  EmergingAction,
  EmergingResult,
};

export type SchemaName = keyof typeof schemas;
