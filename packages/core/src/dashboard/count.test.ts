import { describe, expect, it } from "vitest";
import type { Cells } from "../aggregate/cells.js";
import type { Distribution } from "../distribution/schema.js";
import type { Survey } from "../survey/index.js";
import type { Wave } from "../wave/schema.js";
import { dashboardLine } from "./count.js";

const survey: Survey = {
  id: "srv_a",
  orgId: "org_a",
  title: { en: "My life in care" },
  staffName: "My life in care – spring",
  defaultLanguage: "en",
  status: "published",
  publishedVersion: 2,
  code: "CODEB",
  createdAt: "2027-03-01T09:00:00.000Z",
};
const code = (id: string, createdAt: string): Distribution => ({
  id,
  orgId: "org_a",
  surveyId: "srv_a",
  code: id.toUpperCase(),
  label: `Label ${id}`,
  cohort: "children-in-care",
  closed: false,
  createdAt,
});
const cell = (n: number) => ({ n, q: {} });

describe("a survey's dashboard line", () => {
  const cells: Cells = {
    "2027-03-02|8-11|children-in-care|a||en": cell(3),
    "2027-03-09|12-17|children-in-care|a||pl": cell(2),
    "2027-04-01|8-11|children-in-care|b||en": cell(1),
    // A code the list does not hold (another survey's, say) still adds to the total, apart.
    "2027-04-02|8-11|children-in-care|gone||en": cell(4),
    "2027-04-03|8-11|children-in-care|b||en": cell(0),
  };
  const waves: Wave[] = [
    {
      id: "wav_march",
      label: "March",
      from: "2027-03-01",
      to: "2027-03-31",
      startsOn: "2027-03-01",
    },
    {
      id: "wav_b",
      label: "Round B",
      code: "B",
      distributionId: "b",
      surveyId: "srv_a",
      startsOn: "2027-04-01",
    },
    {
      id: "wav_other",
      label: "Other survey",
      code: "Z",
      distributionId: "z",
      surveyId: "srv_z",
      startsOn: "2027-05-01",
    },
  ];
  const line = dashboardLine(
    survey,
    [code("a", "2027-03-01"), code("b", "2027-03-20")],
    waves,
    cells,
  );

  it("adds every response once, per code, with the rest apart so the totals agree", () => {
    expect(line.responses).toBe(10);
    expect(line.codes.map((c) => [c.code, c.responses])).toEqual([
      ["B", 1],
      ["A", 5],
    ]);
    expect(line.otherResponses).toBe(4);
    expect(line.codes.reduce((sum, c) => sum + c.responses, 0) + line.otherResponses).toBe(
      line.responses,
    );
  });

  it("gives the first and last day anything came in, and the waves it falls in", () => {
    expect([line.firstDay, line.lastDay]).toEqual(["2027-03-02", "2027-04-02"]);
    expect(line.waves.map((w) => [w.id, w.responses])).toEqual([
      ["wav_march", 5],
      ["wav_b", 1],
    ]);
    expect(line.staffName).toBe("My life in care – spring");
  });

  it("shows a survey nobody has answered with noughts, not gaps", () => {
    const empty = dashboardLine(survey, [code("a", "2027-03-01")], [], {});
    expect(empty).toMatchObject({ responses: 0, otherResponses: 0, waves: [] });
    expect(empty.codes[0]?.responses).toBe(0);
    expect(empty.firstDay).toBeUndefined();
  });
});
