import { fireEvent, render, screen, within } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { POLL_MS, QueuePage } from "./QueuePage";
import { cleanUpAfterEach, LEAD } from "./testing";
import type { ListedAlert } from "./types";

cleanUpAfterEach();

const ME = LEAD;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const alert = (fields: Partial<ListedAlert>): ListedAlert => ({
  id: "alr_00000001",
  responseId: "r1",
  surveyId: "srv_demo",
  severity: "concern",
  reasons: [{ kind: "answer", questionId: "feel-safe", severity: "concern" }],
  status: "open",
  raisedAt: minutesAgo(30),
  dueAt: minutesAgo(-600),
  owner: null,
  ...fields,
});

const worried = alert({
  id: "alr_00000002",
  severity: "urgent",
  raisedAt: minutesAgo(12),
  dueAt: minutesAgo(-48),
  reasons: [
    { kind: "answer", questionId: "feel-safe", severity: "urgent" },
    {
      kind: "text",
      questionId: "houses",
      part: "worries",
      matched: ["hits me"],
      severity: "urgent",
    },
  ],
});
const late = alert({ id: "alr_00000003", raisedAt: minutesAgo(200), dueAt: minutesAgo(5) });
const mine = alert({ id: "alr_00000004", status: "acknowledged", owner: ME.id });

function serve(open: ListedAlert[], acknowledged: ListedAlert[] = [mine]) {
  const lists = { open, acknowledged, closed: [] as ListedAlert[] };
  const api = fakeApi({
    "GET /api/safeguarding/alerts": () => ({ body: { alerts: [] } }),
  });
  // The fake answers by path alone; the status is in the query, so answer from the last request.
  api.fetch.mockImplementation(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), "http://localhost");
    const status = url.searchParams.get("status") as keyof typeof lists;
    api.sent.push({ method: "GET", path: url.pathname + url.search, body: undefined });
    return Response.json({ alerts: lists[status] });
  });
  return { api, lists };
}

const rows = () => [...document.querySelectorAll<HTMLElement>(".queue-item")];

describe("QueuePage", () => {
  it("shows open alerts urgent first, then the oldest, then those being looked at", async () => {
    serve([late, worried]);
    render(() => <QueuePage me={ME} expired={() => {}} colleagues={[]} />);
    await screen.findByRole("link", { name: "Said they do not feel safe" });
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      "Said they do not feel safe",
      "Not sure they feel safe",
      "Not sure they feel safe",
    ]);
    const [first, second, third] = rows();
    expect(first?.textContent).toContain("12 minutes ago");
    expect(first?.textContent).toContain("“hits me”");
    expect(first?.textContent).toContain("Nobody yet");
    expect(within(second!).getByText("Overdue")).toBeTruthy();
    expect(within(first!).queryByText("Overdue")).toBeNull();
    expect(third?.textContent).toContain("You");
    expect(document.title).toBe("2 open alerts – Safeguarding – Chorus");
    expect(
      screen.getByRole("link", { name: "Said they do not feel safe" }).getAttribute("href"),
    ).toBe("/safeguarding/alerts/alr_00000002");
  });

  it("leads a row with the reason that made it urgent", async () => {
    const mixed = alert({
      severity: "urgent",
      reasons: [
        { kind: "answer", questionId: "feel-safe", severity: "concern" },
        { kind: "tellMyWorker", severity: "urgent" },
      ],
    });
    serve([mixed], []);
    render(() => <QueuePage me={ME} expired={() => {}} colleagues={[]} />);
    await screen.findByRole("link", { name: "Asked to tell their worker" });
    expect(rows()[0]?.querySelector(".queue-reasons")?.textContent).toBe("Not sure they feel safe");
  });

  it("trusts the API's overdue when it gives one", async () => {
    serve([alert({ dueAt: minutesAgo(5), overdue: false })], []);
    render(() => <QueuePage me={ME} expired={() => {}} colleagues={[]} />);
    await screen.findByRole("link", { name: "Not sure they feel safe" });
    expect(screen.queryByText("Overdue")).toBeNull();
  });

  it("adds a new alert by itself and says so politely, leaving focus where it was", async () => {
    vi.useFakeTimers({ toFake: ["setInterval"] });
    const { lists } = serve([late], []);
    render(() => <QueuePage me={ME} expired={() => {}} colleagues={[]} />);
    const link = await screen.findByRole("link", { name: "Not sure they feel safe" });
    link.focus();
    const live = document.querySelector("[aria-live=polite]");
    expect(live?.textContent).toBe("");

    lists.open = [late, worried];
    vi.advanceTimersByTime(POLL_MS);
    await screen.findByRole("link", { name: "Said they do not feel safe" });
    expect(live?.textContent).toBe("New urgent alert: Said they do not feel safe.");
    // The row already there was kept, not rebuilt, so focus stayed on it.
    expect(document.activeElement).toBe(link);
    expect(document.title).toBe("2 open alerts – Safeguarding – Chorus");
  });

  it("keeps closed alerts behind their own tab", async () => {
    const { lists } = serve([late], []);
    lists.closed = [alert({ id: "alr_00000009", status: "closed", reasons: [] })];
    render(() => <QueuePage me={ME} expired={() => {}} colleagues={[]} />);
    await screen.findByRole("link", { name: "Not sure they feel safe" });
    fireEvent.click(screen.getByRole("button", { name: "Closed" }));
    await screen.findByRole("link", { name: "An alert" });
    expect(screen.getByRole("button", { name: "Closed" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    expect(screen.queryByRole("link", { name: "Not sure they feel safe" })).toBeNull();
  });

  it("says when nothing needs action", async () => {
    serve([], []);
    render(() => <QueuePage me={ME} expired={() => {}} colleagues={[]} />);
    await screen.findByText(/No alerts need action/);
    expect(document.title).toBe("No open alerts – Safeguarding – Chorus");
  });
});
