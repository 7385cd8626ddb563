import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { failure, fakeApi } from "../../test/fakeApi";
import { studioRoute } from "./StudioApp";
import { describeWave, WavesPage } from "./WavesPage";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SPRING = {
  id: "wav_spring",
  label: "Spring 2026",
  from: "2026-03-01",
  to: "2026-05-31",
  startsOn: "2026-03-01",
};

describe("waves in the studio", () => {
  it("is at /studio/waves, which no survey id can be", () => {
    expect(studioRoute("/studio/waves")).toEqual({ page: "waves" });
    expect(studioRoute("/studio/waves/x")).toEqual({ page: "unknown" });
  });

  it("says in words which answers a wave holds", () => {
    expect(describeWave(SPRING)).toBe("answers given from 1 March 2026 to 31 May 2026");
    expect(describeWave({ ...SPRING, from: undefined, to: undefined, code: "VOICEAUT26" })).toBe(
      "answers through code VOICEAUT26",
    );
    expect(
      describeWave(
        { ...SPRING, from: undefined, to: undefined, code: "VOICEAUT26" },
        "Life in care – autumn",
      ),
    ).toBe("answers through code VOICEAUT26 of “Life in care – autumn”");
  });

  it("lists the waves and names a new one on dates, the same id again after a failure", async () => {
    let puts = 0;
    const api = fakeApi({
      "GET /api/reports/waves": { body: { waves: [SPRING] } },
    });
    api.fetch.mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), "http://localhost");
      const method = init?.method ?? "GET";
      api.sent.push({
        method,
        path: url.pathname,
        body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
      });
      if (method === "GET") return Response.json({ waves: [SPRING] });
      puts++;
      return puts === 1
        ? Response.json(failure(503, "internal", "Down.").body, { status: 503 })
        : Response.json({ wave: {} }, { status: 201 });
    });
    render(() => <WavesPage expired={() => {}} />);
    expect(await screen.findByRole("button", { name: "Remove Spring 2026" })).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Name"), { target: { value: "Autumn 2026" } });
    fireEvent.input(screen.getByLabelText("First day"), { target: { value: "2026-09-01" } });
    fireEvent.input(screen.getByLabelText("Last day"), { target: { value: "2026-11-30" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the wave" }));
    expect(await screen.findByText("The wave was not saved")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save the wave" }));
    expect(await screen.findByText(/Wave “Autumn 2026” saved/)).toBeTruthy();
    const saves = api.sent.filter((request) => request.method === "PUT");
    expect(saves).toHaveLength(2);
    expect(saves[0]!.path).toMatch(/^\/api\/surveys\/waves\/wav_[A-Za-z0-9]+$/);
    expect(saves[1]!.path).toBe(saves[0]!.path);
    expect(saves[1]!.body).toEqual({ label: "Autumn 2026", from: "2026-09-01", to: "2026-11-30" });
  });

  it("names a wave on a code, and shows the API's word for a bad field beside it", async () => {
    const api = fakeApi({
      "GET /api/reports/waves": { body: { waves: [] } },
    });
    api.fetch.mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      if ((init?.method ?? "GET") === "GET") return Response.json({ waves: [] });
      api.sent.push({ method: "PUT", path: String(input), body: JSON.parse(String(init?.body)) });
      return Response.json(
        failure(400, "wave.unknown_code", "No such code.", {
          nested: { code: ["There is no such code in your organisation."] },
        }).body,
        { status: 400 },
      );
    });
    render(() => <WavesPage expired={() => {}} />);
    expect(await screen.findByText(/No waves yet/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Name"), { target: { value: "Round one" } });
    fireEvent.click(screen.getByLabelText("Answers through one code"));
    fireEvent.input(screen.getByLabelText("Code"), { target: { value: "voiceaut26" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the wave" }));
    expect(await screen.findByText("There is no such code in your organisation.")).toBeTruthy();
    expect(api.sent[0]!.body).toEqual({ label: "Round one", code: "VOICEAUT26" });
  });
});
