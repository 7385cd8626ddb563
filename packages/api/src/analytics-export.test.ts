import { describe, expect, it } from "vitest";
import { EXPORT_PREFIX, exportRequest, exportWindow, runTimeFor } from "./analytics-export.js";

describe("the daily analytics export", () => {
  it("asks for the whole UTC day before the run, whenever in the day it runs", () => {
    for (const at of ["2027-03-02T00:00:00Z", "2027-03-02T01:15:00Z", "2027-03-02T23:59:59Z"]) {
      const { from, to } = exportWindow(new Date(at));
      expect([from.toISOString(), to.toISOString()]).toEqual([
        "2027-03-01T00:00:00.000Z",
        "2027-03-02T00:00:00.000Z",
      ]);
    }
  });

  it("is an incremental export of new images into the day's folder, the same for a retry", () => {
    const env = {
      CHORUS_TABLE_ARN: "arn:aws:dynamodb:eu-west-2:1:table/t",
      CHORUS_EXPORT_BUCKET: "b",
    };
    const first = exportRequest(env, new Date("2027-03-02T01:15:00Z"));
    expect(first).toMatchObject({
      TableArn: env.CHORUS_TABLE_ARN,
      S3Bucket: "b",
      S3Prefix: `${EXPORT_PREFIX}2027-03-01`,
      ExportType: "INCREMENTAL_EXPORT",
      IncrementalExportSpecification: { ExportViewType: "NEW_IMAGE" },
    });
    expect(exportRequest(env, new Date("2027-03-02T01:45:00Z"))).toEqual(first);
    expect(() => exportRequest({}, new Date())).toThrow(/CHORUS_EXPORT_BUCKET/);
  });

  it("exports a missed day when invoked with it, and the day before the run otherwise", () => {
    const now = new Date("2027-03-10T00:20:00Z");
    expect(exportWindow(runTimeFor({ day: "2027-03-01" }, now)).from.toISOString()).toBe(
      "2027-03-01T00:00:00.000Z",
    );
    expect(runTimeFor({ source: "aws.events" }, now)).toBe(now);
    expect(() => runTimeFor({ day: "2027-02-30" }, now)).toThrow(/Not a day/);
  });
});
