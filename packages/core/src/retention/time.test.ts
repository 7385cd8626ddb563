import { describe, expect, it } from "vitest";
import { addMonths, monthsBetween } from "./time.js";

describe("months", () => {
  it("adds and takes away across years", () => {
    expect(addMonths("2026-11", -24)).toBe("2024-11");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(addMonths("2026-03", -84)).toBe("2019-03");
  });

  it("lists the months before the end, not the end itself", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01"]);
    expect(monthsBetween("2026-02", "2026-02")).toEqual([]);
  });
});
