import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { AnswersPage } from "./AnswersPage";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const me = {
  id: "s1",
  email: "ada@council.gov.uk",
  name: "Ada",
  roles: ["admin"],
  orgName: "Demo",
};

describe("raw answers for an admin", () => {
  it("offers each survey's answers with names taken out, or in full, by plain links", async () => {
    fakeApi({
      "GET /api/admin/surveys": {
        body: {
          surveys: [
            {
              id: "srv_demo_life811",
              title: { en: "My life in care" },
              defaultLanguage: "en",
              code: "DEMO811",
              status: "published",
              version: 1,
              responseCount: 28,
            },
          ],
        },
      },
    });
    render(() => <AnswersPage me={me as never} expired={() => {}} />);
    const redacted = await screen.findByRole("link", {
      name: "With names taken out (My life in care)",
    });
    expect(redacted.getAttribute("href")).toBe(
      "/api/admin/surveys/srv_demo_life811/raw.csv?text=redacted",
    );
    expect(
      screen.getByRole("link", { name: "In full (My life in care)" }).getAttribute("href"),
    ).toBe("/api/admin/surveys/srv_demo_life811/raw.csv?text=full");
    expect(screen.getByRole("rowheader", { name: "My life in care" })).toBeTruthy();
  });
});
