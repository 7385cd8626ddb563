import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { logoProblem, OrgPage } from "./OrgPage";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const me = { id: "stf_a", email: "a@x.test", name: "Ada", roles: ["admin"], orgName: "Demo" };
const show = () => render(() => <OrgPage me={me as never} expired={() => {}} />);
const logo = {
  contentType: "image/png",
  bytes: 2048,
  width: 200,
  height: 60,
  version: "abc",
  savedAt: "2026-01-01T00:00:00.000Z",
};

describe("logoProblem", () => {
  it("refuses SVG and anything over 100 KB before sending, in words", () => {
    expect(logoProblem({ type: "image/svg+xml", size: 10 })).toMatch(/SVG pictures are not/);
    expect(logoProblem({ type: "image/png", size: 150 * 1024 })).toMatch(/150 KB/);
    expect(logoProblem({ type: "image/jpeg", size: 100 * 1024 })).toBe(undefined);
  });
});

describe("the council's name and logo page", () => {
  it("sends a chosen PNG as base64 and shows it", async () => {
    const api = fakeApi({
      "GET /api/org": { body: { name: "Demo Council", logo: null } },
      "PUT /api/admin/org/logo": { body: { logo } },
    });
    show();
    const input = (await screen.findByLabelText("Choose a logo")) as HTMLInputElement;
    const file = new File([new Uint8Array([137, 80, 78, 71])], "logo.png", { type: "image/png" });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText("Logo saved. Posters show it from now on.")).toBeTruthy();
    expect(api.sent.at(-1)).toEqual({
      method: "PUT",
      path: "/api/admin/org/logo",
      body: { contentType: "image/png", data: "iVBORw==" },
    });
    expect(screen.getByRole("img", { name: "Demo Council logo" }).getAttribute("src")).toBe(
      "/api/org/logo?v=abc",
    );
  });

  it("says why an SVG is refused and sends nothing", async () => {
    const api = fakeApi({ "GET /api/org": { body: { name: "Demo Council", logo: null } } });
    show();
    const input = (await screen.findByLabelText("Choose a logo")) as HTMLInputElement;
    const svg = new File(["<svg/>"], "logo.svg", { type: "image/svg+xml" });
    fireEvent.change(input, { target: { files: [svg] } });
    const message = await screen.findByText(/SVG pictures are not accepted/);
    expect(message.closest("[id]")?.id).toMatch(/-error$/);
    expect(api.sent.filter((r) => r.method !== "GET")).toEqual([]);
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });
});
