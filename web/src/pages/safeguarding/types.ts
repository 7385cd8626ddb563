/** What the safeguarding API answers, as this area reads it. Fields still to come are optional. */
import type { AlertStatus, Outcome, Reason } from "@chorus/core/alert/schema";
import type { Severity, SurveyVersion } from "@chorus/core/survey/schema";

export type { AlertStatus, Outcome, Reason, Severity };

/** An alert as the queue lists it: never the child's answers. */
export type ListedAlert = {
  id: string;
  responseId: string;
  surveyId: string;
  severity: Severity;
  reasons: Reason[];
  status: AlertStatus;
  raisedAt: string;
  dueAt: string;
  owner: string | null;
  /** Set by the API once escalation exists; the page works it out from `dueAt` until then. */
  overdue?: boolean;
};

/** Where the child was when they answered: for the safeguarding lead only. */
export type AlertContext = {
  distributionId?: string;
  code?: string;
  cohort?: string;
  inviteLabel?: string;
  tabletSessionId?: string;
  tabletLabel?: string;
  officer?: { id: string; name: string };
};

/** How to reach the child, only when they asked for their worker to be told and gave it. */
export type AlertContact = { firstName?: string; reach?: string; workerName?: string };

export type AlertNote = { by: string; at: string; text: string };

/** The alert as stored, with what the alert's own page shows. */
export type FullAlert = {
  id: string;
  surveyId: string;
  responseRef: string;
  severity: Severity;
  reasons: Reason[];
  status: AlertStatus;
  raisedAt: string;
  dueAt: string;
  context?: AlertContext;
  contact?: AlertContact;
  ownerId?: string;
  acknowledgedAt?: string;
  notes?: Record<string, AlertNote>;
  outcome?: Outcome;
  reason?: string;
  closedAt?: string;
  overdue?: boolean;
  escalatedAt?: string;
};

export type AnsweredResponse = {
  language: string;
  ageBand?: string;
  submittedOn: string;
  answers: Record<string, unknown>;
  tellMyWorker?: boolean;
};

/** `GET /api/safeguarding/alerts/:id`. */
export type AlertView = {
  alert: FullAlert;
  response?: AnsweredResponse;
  survey?: SurveyVersion;
  context?: AlertContext;
  contact?: AlertContact;
  overdue?: boolean;
  escalatedAt?: string;
};

export type Colleague = { id: string; name: string; email: string };

export type Phrase = { id?: string; language: string; phrase: string; severity: Severity };

/** `GET /api/safeguarding/settings`. */
export type Settings = { urgentHours: number; concernWorkingDays: number; phrases: Phrase[] };

/** `POST /api/safeguarding/screen`. */
export type Screened = {
  screened: boolean;
  alert: boolean;
  severity?: Severity;
  matched: { words: string; category: string; at: [number, number] }[];
};
