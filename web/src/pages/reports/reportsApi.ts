/**
 * The reports area's one API client: the survey report, the story of place, share links and
 * the exports. Shapes not yet in `@chorus/core` (place, share links) are declared here from
 * the contract in /work/notes/reports-contract.md.
 */
import type {
  ReportFilters,
  SurveyReport,
  SurveySummary,
  ThemeReport,
} from "@chorus/core/report/schema";
import type { Text } from "@chorus/core/survey/schema";
import { api, request, toApiError } from "../../api";
import { filterQuery } from "./filters";

/** A headline indicator's share (per cent of those who answered) in one wave or band. */
export type IndicatorPoint = {
  wave?: string;
  band?: string;
  label?: string;
  base: number | null;
  small: boolean;
  share: number | null;
};

export type PlaceTheme = Pick<ThemeReport, "id" | "label" | "count" | "share"> & {
  emerging?: boolean;
  points?: { wave: string; label?: string; share: number | null; small: boolean }[];
};

export type PlaceAction = {
  id: string;
  said: Text | string;
  did: string;
  status: "planned" | "doing" | "done";
  owner?: string;
  due?: string;
  publishedAt?: string;
};

export type Place = {
  orgName?: string;
  waves?: { id: string; label: string }[];
  indicators: {
    id: string;
    label: Text | string;
    question: { surveyId: string; questionId: string };
    byWave: IndicatorPoint[];
    byBand: IndicatorPoint[];
  }[];
  themes: PlaceTheme[];
  actions: PlaceAction[];
};

export type ShareLink = {
  id: string;
  surveyId?: string;
  place?: boolean;
  filters?: ReportFilters;
  url?: string;
  token?: string;
  createdAt?: string;
  expiresAt: string;
  revokedAt?: string | null;
};

export type ShareCreate = { surveyId?: string; place?: true; filters: ReportFilters; days: number };

export type Shared =
  | { kind: "survey"; orgName?: string; report: SurveyReport }
  | { kind: "place"; orgName?: string; place: Place };

const id = (value: string) => encodeURIComponent(value);

export const reportsApi = {
  surveys: () => api.get<{ surveys: SurveySummary[] }>("/api/reports/surveys"),
  report: (surveyId: string, filters: ReportFilters) =>
    api.get<SurveyReport>(`/api/reports/surveys/${id(surveyId)}${filterQuery(filters)}`),
  place: (wave?: string) =>
    api.get<Place>(`/api/reports/place${wave ? filterQuery({ wave }) : ""}`),
  shares: () => api.get<{ shares: ShareLink[] }>("/api/reports/shares"),
  createShare: (body: ShareCreate) =>
    api.post<{ id: string; url: string; token: string; expiresAt: string }>(
      "/api/reports/shares",
      body,
    ),
  revokeShare: (shareId: string) =>
    request<unknown>("DELETE", `/api/reports/shares/${id(shareId)}`),
  shared: (token: string) => api.get<Shared>(`/api/share/${id(token)}`),
  exportUrl: (surveyId: string, format: "csv" | "xlsx", filters: ReportFilters) =>
    `/api/reports/surveys/${id(surveyId)}/export.${format}${filterQuery(filters)}`,
};

export type Progress = { received: number; total?: number };

/**
 * Downloads a file with progress: the body is read piece by piece, and `total` is known only
 * when the server sent a Content-Length. Failures are `ApiError`s like every other call.
 */
export async function download(
  url: string,
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; name?: string }> {
  const response = await fetch(url, { credentials: "same-origin", signal });
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    throw toApiError(response.status, body);
  }
  const length = Number(response.headers.get("content-length"));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  const parts: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total });
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      received += value.byteLength;
      onProgress({ received, total });
    }
  } else {
    const whole = new Uint8Array(await response.arrayBuffer());
    parts.push(whole);
    onProgress({ received: whole.byteLength, total });
  }
  const type = response.headers.get("content-type") ?? "application/octet-stream";
  return {
    blob: new Blob(parts as BlobPart[], { type }),
    name: fileName(response.headers.get("content-disposition")),
  };
}

/** The file name in a Content-Disposition header, if it has one. */
export function fileName(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

/** Hands a downloaded file to the browser to save, through a short-lived link. */
export function saveFile(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
