import { describe, expect, it } from "vitest";
import { add, type Cells, contribution } from "../aggregate/cells.js";
import { movedSlot, withOverrides } from "./override.js";

const themer = (text: string) =>
  text.includes("school") ? { themes: ["school"], phrases: [] } : { themes: [], phrases: ["pets"] };
const response = {
  language: "en",
  submittedOn: "2026-11-02",
  answers: { say: "my school is far", other: "my pets", feel: 3 },
};

describe("an officer's moves as a rebuild applies them", () => {
  it("counts a moved answer in its new theme only, and leaves the rest as folded", () => {
    const { cell } = contribution(response, new Set(["say", "other"]), themer);
    const moved = withOverrides(cell, { say: "family", missing: "school" });
    expect(moved.q.say).toEqual({ a: 1, t: { family: 1 } });
    expect(moved.q.other).toEqual(cell.q.other);
    expect(moved.q.feel).toEqual(cell.q.feel);
    expect(moved.q.missing).toBeUndefined();
    expect(withOverrides(cell, undefined)).toBe(cell);
  });

  it("gives the same cells as taking the old contribution away and adding the new", () => {
    const { key, cell } = contribution(response, new Set(["say", "other"]), themer);
    const adjusted: Cells = {};
    add(adjusted, key, cell);
    add(adjusted, key, { n: 0, q: { other: cell.q.other! } }, -1);
    add(adjusted, key, { n: 0, q: { other: movedSlot("friends") } }, 1);
    const rebuilt: Cells = {};
    add(rebuilt, key, withOverrides(cell, { other: "friends" }));
    expect(adjusted).toEqual(rebuilt);
  });
});
