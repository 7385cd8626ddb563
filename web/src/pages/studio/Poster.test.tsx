import { leavingCare, myLifeInCare } from "@chorus/core/demo/surveys";
import type { SurveyVersion } from "@chorus/core/survey/schema";
import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { draftView } from "../../test/draftView";
import { fakeApi } from "../../test/fakeApi";
import { Poster } from "./Poster";
import type { DistributionView } from "./studioApi";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ID = "srv_postertest";

function poster(definition: SurveyVersion, distribution: Partial<DistributionView> = {}) {
  const code: DistributionView = {
    id: "dst_poster",
    code: "KXQ4MT7W",
    label: "Drop-in",
    cohort: "care-leavers",
    closed: false,
    createdAt: "2026-11-30T10:00:00.000Z",
    ...distribution,
  };
  fakeApi({
    [`GET /api/surveys/${ID}`]: { body: draftView(ID, definition) },
    [`GET /api/surveys/${ID}/distributions`]: { body: { distributions: [code] } },
    "GET /api/org": { body: { name: "Testshire Council", logo: null } },
  });
  render(() => <Poster surveyId={ID} distributionId="dst_poster" />);
}

describe("the poster's help line", () => {
  it("points care leavers, who are adults, to Samaritans", async () => {
    poster(leavingCare);
    const help = await screen.findByTestId("poster-help");
    expect(help.textContent).toContain("Samaritans free on 116 123");
    expect(help.textContent).not.toContain("Childline");
  });

  it("points children to Childline", async () => {
    poster(myLifeInCare, { cohort: "children-in-care" });
    const help = await screen.findByTestId("poster-help");
    expect(help.textContent).toContain("Childline free on 0800 1111");
  });
});
