import { describe, expect, it } from "vitest";
import { add, type Cells, contribution, merge, total, whereOf } from "./cells.js";

const themer = (text: string) =>
  text.includes("social worker")
    ? { themes: ["social-worker"], phrases: [] }
    : { themes: [], phrases: ["bus pass", "bus pass", "late"] };
const TEXT = new Set(["say", "one-thing"]);

const response = (answers: Record<string, unknown>, extra = {}) => ({
  language: "en",
  ageBand: "8-11",
  cohort: "children-in-care",
  distributionId: "dst_a",
  submittedOn: "2027-03-02",
  answers: answers as never,
  ...extra,
});

describe("cells", () => {
  it("folds each kind of answer into the response's cell", () => {
    const { key, cell } = contribution(
      response({
        face: 4,
        safe: "yes",
        pets: ["dog", "cat", "dog"],
        say: "my social worker keeps changing",
        "one-thing": "football",
        houses: { worries: "bus pass is late", dreams: " " },
      }),
      TEXT,
      themer,
    );
    expect(whereOf(key)).toEqual({
      day: "2027-03-02",
      band: "8-11",
      cohort: "children-in-care",
      dist: "dst_a",
      lang: "en",
    });
    expect(cell).toEqual({
      n: 1,
      q: {
        face: { a: 1, v: { 4: 1 }, s: 4, m: 1 },
        safe: { a: 1, v: { yes: 1 } },
        pets: { a: 1, v: { dog: 1, cat: 1 } },
        say: { a: 1, t: { "social-worker": 1 } },
        "one-thing": { a: 1, u: 1, p: { "bus pass": 1, late: 1 } },
        houses: { a: 1 },
        "houses.worries": { a: 1, u: 1, p: { "bus pass": 1, late: 1 } },
      },
    });
  });

  it("adds and takes away back to nothing, and totals what a filter keeps", () => {
    const a = contribution(response({ face: 2, say: "x" }), TEXT, themer);
    const b = contribution(response({ face: 5 }, { ageBand: "12-15" }), TEXT, themer);
    const cells: Cells = {};
    add(cells, a.key, a.cell);
    add(cells, b.key, b.cell);
    expect(total(cells).q.face).toEqual({ a: 2, v: { 2: 1, 5: 1 }, s: 7, m: 2 });
    expect(total(cells, (w) => w.band === "12-15").n).toBe(1);
    const copy = merge({}, cells);
    merge(copy, cells, -1);
    expect(copy).toEqual({});
  });
});
