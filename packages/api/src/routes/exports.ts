import { ChorusError, Export, Report } from "@chorus/core";
import { type Context, Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";

/**
 * A file download: its name for the browser to save it under, and its exact length, so the web
 * app can show how far a large download has got.
 */
function download(c: Context<AppEnv>, file: Export.File) {
  const bytes = typeof file.body === "string" ? Buffer.from(file.body, "utf8") : file.body;
  c.header("Content-Type", file.contentType);
  c.header("Content-Disposition", `attachment; filename="${file.fileName}"`);
  c.header("Content-Length", String(bytes.byteLength));
  return c.body(new Uint8Array(bytes));
}

/** The export route of one format: the report's filters come in the query string. */
const exportAs = (format: Export.Format) => async (c: Context<AppEnv>) => {
  const filters = Report.parseFilters(c.req.query());
  const surveyId = c.req.param("surveyId") ?? "";
  return download(
    c,
    await Export.surveyReport(c.get("db"), c.get("me"), surveyId, filters, format),
  );
};

/** A survey report as CSV or XLSX, filters as in the report's query, for leaders. */
export const reportExports = new Hono<AppEnv>()
  .use(requireRole("leader"))
  .get("/surveys/:surveyId/export.csv", exportAs("csv"))
  .get("/surveys/:surveyId/export.xlsx", exportAs("xlsx"));

/** Every answer as written, for admins only; free text redacted unless `text=full`. */
export const rawExports = new Hono<AppEnv>()
  .use(requireRole("admin"))
  // What there is to export, for the admin's page: titles and response counts, no answers.
  .get("/surveys", async (c) =>
    c.json({ surveys: await Report.surveys(c.get("db"), c.get("me").orgId) }),
  )
  .get("/surveys/:surveyId/raw.csv", async (c) => {
    const text = c.req.query("text") ?? "redacted";
    if (text !== "redacted" && text !== "full") {
      throw new ChorusError(
        "invalid",
        "export.invalid_text_mode",
        "Choose text=redacted (names and contact details taken out) or text=full.",
      );
    }
    const file = await Export.rawAnswers(c.get("db"), c.get("me"), c.req.param("surveyId"), text);
    return download(c, file);
  });
