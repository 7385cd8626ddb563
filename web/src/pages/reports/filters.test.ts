import { describe, expect, it } from "vitest";
import { filterQuery, narrowed, readFilters } from "./filters";

describe("report filters in the address", () => {
  it("reads every filter and writes them back in one order", () => {
    const filters = readFilters(
      "?to=2027-04-30&by=band&band=8-11&cohort=cic&code=DEMO811&language=pl&wave=wav_1&from=2027-01-01",
    );
    expect(filters).toEqual({
      band: "8-11",
      cohort: "cic",
      code: "DEMO811",
      language: "pl",
      wave: "wav_1",
      from: "2027-01-01",
      to: "2027-04-30",
      by: "band",
    });
    expect(filterQuery(filters)).toBe(
      "?band=8-11&cohort=cic&code=DEMO811&language=pl&wave=wav_1&from=2027-01-01&to=2027-04-30&by=band",
    );
  });

  it("drops empty values, malformed days, an unknown breakdown and other keys", () => {
    expect(readFilters("?band=&from=yesterday&to=2027-13&by=mood&page=2&code=%20")).toEqual({});
    expect(filterQuery({})).toBe("");
  });

  it("encodes values and adds extra keys after the filters", () => {
    expect(filterQuery({ code: "A&B" }, { survey: "srv_1" })).toBe("?code=A%26B&survey=srv_1");
  });

  it("counts a breakdown alone as not narrowing the report", () => {
    expect(narrowed({ by: "band" })).toBe(false);
    expect(narrowed({ from: "2027-01-01" })).toBe(true);
  });
});
