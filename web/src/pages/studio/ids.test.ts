import { describe, expect, it } from "vitest";
import { newDistributionId, newSurveyId, randomPart, slugId } from "./ids";

describe("ids", () => {
  it("makes survey and distribution ids the API accepts", () => {
    expect(newSurveyId()).toMatch(/^srv_[a-z0-9]{12}$/);
    expect(newDistributionId()).toMatch(/^dst_[a-z0-9]{12}$/);
    expect(newSurveyId()).not.toBe(newSurveyId());
  });

  it("maps every byte into the alphabet", () => {
    expect(randomPart(4, () => new Uint8Array([0, 35, 36, 255]))).toBe("0z03");
  });

  it("turns words into a free slug that starts with a letter", () => {
    expect(slugId("Où vis-tu ?", [])).toBe("ou-vis-tu");
    expect(slugId("2 friends", [])).toBe("friends");
    expect(slugId("!!!", [], "option")).toBe("option");
    expect(slugId("Home", ["home", "home-2"])).toBe("home-3");
    expect(slugId("x".repeat(60), []).length).toBeLessThanOrEqual(40);
  });
});
