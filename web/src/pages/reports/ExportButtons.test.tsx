import { fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import { ExportButtons } from "./ExportButtons";
import { fileName } from "./reportsApi";
import { cleanUpAfterEach } from "./testing/setup";

cleanUpAfterEach();

/** A download whose body arrives in two pieces, the second only when the test lets it. */
function slowFile(headers: Record<string, string>) {
  let finish!: () => void;
  const gate = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode("a".repeat(2048)));
      await gate;
      controller.enqueue(encoder.encode("b".repeat(2048)));
      controller.close();
    },
  });
  const fetch = vi.fn(async (_url: string) => new Response(body, { headers }));
  vi.stubGlobal("fetch", fetch);
  return { fetch, finish };
}

function watchSaves() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    "URL",
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const href = `blob:test/${blobs.size}`;
        blobs.set(href, blob);
        return href;
      },
      revokeObjectURL: () => {},
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}

describe("ExportButtons", () => {
  it("downloads the filtered CSV with its progress, then saves it", async () => {
    const { fetch, finish } = slowFile({
      "content-type": "text/csv",
      "content-length": "4096",
      "content-disposition": 'attachment; filename="my-life-in-care.csv"',
    });
    const saved = watchSaves();
    render(() => <ExportButtons surveyId="srv_1" filters={{ band: "8-11" }} slug="report" />);
    fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
    expect(fetch.mock.calls[0]?.[0]).toBe("/api/reports/surveys/srv_1/export.csv?band=8-11");
    await screen.findByText("2 KB of 4 KB (50%)");
    expect(screen.getByRole("progressbar").getAttribute("value")).toBe("50");
    finish();
    await screen.findByText("CSV file saved to your downloads.");
    expect(saved.map((s) => [s.name, s.blob.size, s.blob.type])).toEqual([
      ["my-life-in-care.csv", 4096, "text/csv"],
    ]);
  });

  it("says it is preparing the file when the size is unknown", async () => {
    const { finish } = slowFile({ "content-type": "application/octet-stream" });
    const saved = watchSaves();
    render(() => <ExportButtons surveyId="srv_1" filters={{}} slug="my-report" />);
    fireEvent.click(screen.getByRole("button", { name: "Download Excel (XLSX)" }));
    await screen.findByText("Preparing the Excel (XLSX) file…");
    finish();
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual(["my-report.xlsx"]));
  });

  it("explains a refused export in place", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json({ error: { code: "auth.forbidden", message: "No." } }, { status: 403 }),
      ),
    );
    render(() => <ExportButtons surveyId="srv_1" filters={{}} slug="r" />);
    fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The CSV file didn't download");
  });

  it("reads a file name from either form of Content-Disposition", () => {
    expect(fileName("attachment; filename*=UTF-8''caf%C3%A9.csv")).toBe("café.csv");
    expect(fileName('attachment; filename="a b.xlsx"')).toBe("a b.xlsx");
    expect(fileName(null)).toBeUndefined();
  });
});
