/**
 * The reports area's one API client: the survey report, the story of place, share links and
 * the exports. Every shape is the API's own, from `@chorus/core`'s schema files.
 */
import type { PlaceView as Place } from "@chorus/core/place/schema";
import type { ReportFilters, SurveyReport, SurveySummary } from "@chorus/core/report/schema";
import type { ShareCreate, ShareCreated, SharedReport, ShareView } from "@chorus/core/share/schema";
import { api, request, toApiError } from "../../api";
import { filterQuery } from "./filters";

export type { PlaceView as Place } from "@chorus/core/place/schema";

/** A link as leaders list it (never its token). */
export type ShareLink = ShareView;

/** What a share link shows; a survey report names its council for the printed cover. */
export type Shared =
  | { kind: "survey"; orgName: string; report: SharedReport }
  | { kind: "place"; place: Place };

/** A report as the report view reads it: a leader's own, or one opened through a link. */
export type AnyReport = SurveyReport | SharedReport;

const id = (value: string) => encodeURIComponent(value);

export const reportsApi = {
  surveys: () => api.get<{ surveys: SurveySummary[] }>("/api/reports/surveys"),
  report: (surveyId: string, filters: ReportFilters) =>
    api.get<SurveyReport>(`/api/reports/surveys/${id(surveyId)}${filterQuery(filters)}`),
  place: (wave?: string) =>
    api.get<Place>(`/api/reports/place${wave ? filterQuery({ wave }) : ""}`),
  shares: () => api.get<{ shares: ShareLink[] }>("/api/reports/shares"),
  /** `body.id` is made once per link by the caller, so a retry gives back the same link. */
  createShare: (body: ShareCreate) => api.post<ShareCreated>("/api/reports/shares", body),
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
