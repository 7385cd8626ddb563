import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { readItem } from "./read.js";

const Stored = v.looseObject({ id: v.string(), roles: v.array(v.string()) });

describe("readItem", () => {
  it("returns the parsed item, extra attributes included", () => {
    const item = { pk: "ORG#a", sk: "STAFF#1", type: "staff", id: "1", roles: ["admin"] };
    expect(readItem(Stored, item, "staff")).toEqual(item);
  });

  it("throws a plain Error naming the item and every failing path, without the values", () => {
    const item = { id: 7, roles: ["admin", 9], email: "jo@a.gov.uk" };
    const error = (() => {
      try {
        readItem(Stored, item, "staff");
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.constructor).toBe(Error);
    expect(error?.message).toBe(
      "Stored staff does not match its schema: id (expected string), roles.1 (expected string)",
    );
    expect(error?.message).not.toContain("7");
  });

  it("refuses a missing item rather than passing undefined on", () => {
    expect(() => readItem(Stored, undefined, "staff")).toThrow(/^Stored staff does not match/);
  });
});
