/** The studio's calls to `/api/surveys`, typed once so screens never spell paths or shapes. */
import type { AudioRef, Recordings } from "@chorus/core/audio/schema";
import type { SurveyDashboard } from "@chorus/core/dashboard/schema";
import type { Cohort, InvitePage, InviteView } from "@chorus/core/distribution/schema";
import type { Changes } from "@chorus/core/survey/changes";
import type { AgeBand, SurveyVersion } from "@chorus/core/survey/schema";
import type { PublishWarning } from "@chorus/core/survey/warnings";
import { ApiError, api, NETWORK_ERROR, request, toApiError } from "../../api";

export type SurveyStatus = "draft" | "published" | "archived";

export type SurveySummary = {
  id: string;
  /** What staff call it (its title for surveys made before names for staff). */
  staffName: string;
  title: Record<string, string>;
  defaultLanguage: string;
  status: SurveyStatus;
  publishedVersion: number;
  code?: string;
};

export type TemplateSummary = {
  id: string;
  name: string;
  description: string;
  ageBands: AgeBand[];
  questionCount: number;
};

/** `GET /api/surveys/templates`: the templates, and the languages Chorus can fill them in. */
export type TemplateList = {
  templates: TemplateSummary[];
  languages: { code: string; reviewedByNativeSpeaker: boolean }[];
  /** The languages this council's surveys already use, most used first. */
  usualLanguages: string[];
};

export type DraftView = {
  draft: {
    surveyId: string;
    staffName: string;
    revision: number;
    savedAt: string;
    savedBy: string;
    publishedVersion: number;
    status: SurveyStatus;
    unpublishedChanges: boolean;
    /** Languages whose words Chorus wrote and nobody has marked as checked yet. */
    unreviewedLanguages: string[];
    definition: SurveyVersion;
    /** Recordings on the draft's words, by string key and language. */
    audio?: Recordings;
  };
  translations: { language: string; total: number; missing: string[] }[];
  problems: string[];
  /** Safeguarding warnings; `noSafeguardingRule` must be confirmed when publishing. */
  warnings: PublishWarning[];
};

export type StringsResult = DraftView & { changed: string[]; added: string[] };

export type DistributionView = {
  id: string;
  code: string;
  label: string;
  cohort: Cohort;
  ageBand?: AgeBand;
  opensAt?: string;
  closesAt?: string;
  closed: boolean;
  createdAt: string;
};

export type { SurveyDashboard };

/** What publishing the draft would change (`GET /api/surveys/:id/changes`). */
export type PublishPreview = {
  publishedVersion: number;
  nextVersion: number;
  revision: number;
  changed: boolean;
  changes: Changes;
};

export type Invite = { id: string; label?: string; token: string; url: string };
export type { InvitePage, InviteStatus, InviteView } from "@chorus/core/distribution/schema";

const at = (id: string, rest = "") => `/api/surveys/${encodeURIComponent(id)}${rest}`;

export const studio = {
  list: () => api.get<{ surveys: SurveySummary[] }>("/api/surveys"),
  /** Each survey with its codes, waves and exact response counts. */
  dashboard: () => api.get<{ surveys: SurveyDashboard[] }>("/api/surveys/dashboard"),
  templates: () => api.get<TemplateList>("/api/surveys/templates"),
  create: (
    body:
      | { id: string; templateId: string; staffName: string; languages?: string[] }
      | { id: string; definition: unknown },
  ) => api.post<DraftView>("/api/surveys", body),
  /** "I have checked this translation": clears the language's "not checked" mark, audited. */
  checkTranslation: (id: string, language: string) =>
    api.post<{ language: string; checkedAt: string; checkedBy: string; changed: boolean }>(
      at(id, "/translation-checks"),
      { language },
    ),
  rename: (id: string, staffName: string) =>
    request<{ staffName: string; changed: boolean }>("PUT", at(id, "/name"), { staffName }),
  changes: (id: string) => api.get<PublishPreview>(at(id, "/changes")),
  get: (id: string) => api.get<DraftView>(at(id)),
  save: (id: string, revision: number, definition: unknown) =>
    request<DraftView>("PUT", at(id, "/draft"), { revision, definition }),
  publish: (id: string, revision: number, confirmNoSafeguardingRule = false) =>
    api.post<{ version: number; created: boolean }>(at(id, "/publish"), {
      revision,
      ...(confirmNoSafeguardingRule ? { confirmNoSafeguardingRule } : {}),
    }),
  archive: (id: string) => api.post<{ status: SurveyStatus }>(at(id, "/archive"), {}),
  restore: (id: string) => api.post<{ status: SurveyStatus }>(at(id, "/restore"), {}),
  exportJson: (id: string) =>
    api.get<{ format: string; definition: SurveyVersion }>(at(id, "/export")),
  strings: (id: string, revision: number, csv: string) =>
    request<StringsResult>("PUT", at(id, "/strings"), { revision, csv }),
  distributions: (id: string) =>
    api.get<{ distributions: DistributionView[] }>(at(id, "/distributions")),
  distribute: (id: string, body: Record<string, unknown>) =>
    api.post<{ distribution: DistributionView }>(at(id, "/distributions"), body),
  close: (id: string, distributionId: string) =>
    api.post<{ distribution: DistributionView }>(
      at(id, `/distributions/${distributionId}/close`),
      {},
    ),
  /** `batch` is the client's id for this set of links, so a retry gives back the same ones. */
  invite: (id: string, distributionId: string, labels: string[], count = 0, batch?: string) =>
    api.post<{ invites: Invite[] }>(at(id, `/distributions/${distributionId}/invites`), {
      ...(batch ? { id: batch } : {}),
      labels,
      count,
    }),
  invites: (id: string, distributionId: string, cursor?: string) =>
    api.get<InvitePage>(
      at(id, `/distributions/${distributionId}/invites${cursor ? `?cursor=${cursor}` : ""}`),
    ),
  /** The unused links' addresses, to copy (the server audits it). */
  inviteLinks: (id: string, distributionId: string) =>
    api.get<{ links: { id: string; label?: string; url: string }[] }>(
      at(id, `/distributions/${distributionId}/invites/links`),
    ),
  /** Where the browser downloads the links as CSV (the server audits it). */
  invitesCsvUrl: (id: string, distributionId: string) =>
    at(id, `/distributions/${distributionId}/invites.csv`),
  revokeInvite: (id: string, distributionId: string, inviteId: string) =>
    api.post<{ invite: InviteView }>(
      at(id, `/distributions/${distributionId}/invites/${inviteId}/revoke`),
      {},
    ),
  /** Puts a recording on one string in one language: the file's bytes as they are. */
  async putRecording(id: string, key: string, language: string, file: Blob) {
    const response = await fetch(at(id, `/audio/${key}/${encodeURIComponent(language)}`), {
      method: "PUT",
      credentials: "same-origin",
      headers: { accept: "application/json", "content-type": file.type || "audio/mpeg" },
      body: file,
    }).catch(() => {
      throw new ApiError(0, NETWORK_ERROR, "Could not reach the server.");
    });
    const data = await response.json().catch(() => undefined);
    if (!response.ok) throw toApiError(response.status, data);
    return data as { recording: AudioRef; audio: Recordings };
  },
  removeRecording: (id: string, key: string, language: string) =>
    request<{ removed: boolean; audio: Recordings }>(
      "DELETE",
      at(id, `/audio/${key}/${encodeURIComponent(language)}`),
    ),
  /** Where the studio plays one of the council's recordings. */
  recordingUrl: (id: string, hash: string) => at(id, `/audio/${hash}`),
  /** The translators' sheet (one language's or every one's) and the name the API gives it. */
  async stringsCsv(id: string, language?: string): Promise<{ csv: string; name: string }> {
    const query = language ? `?language=${encodeURIComponent(language)}` : "";
    const response = await fetch(at(id, `/strings.csv${query}`), { credentials: "same-origin" });
    if (!response.ok)
      throw toApiError(response.status, await response.json().catch(() => undefined));
    const named = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
    return { csv: await response.text(), name: named?.[1] ?? "translations.csv" };
  },
};

/** Hands the browser a file to save, as a download link would. */
export function saveFile(name: string, type: string, contents: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "10:42" for today, with the date otherwise. */
export function timeOf(iso: string | undefined, now = new Date()): string {
  if (!iso) return "";
  const date = new Date(iso);
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return date.toDateString() === now.toDateString()
    ? time
    : `${date.toLocaleDateString("en-GB", { day: "numeric", month: "short" })} ${time}`;
}
