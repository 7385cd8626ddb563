import { SurveyReport, SurveySummary } from "@chorus/core/report/schema";
import { LoginBody, Me } from "@chorus/core/staff/schema";
import { PublicSurvey, ResponseCreate } from "@chorus/core/survey/schema";
import { toJsonSchema } from "@valibot/to-json-schema";
import * as v from "valibot";

/** The error body every failure answers with. */
const ErrorBody = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    issues: v.optional(v.unknown()),
  }),
});

const schemas = {
  ErrorBody,
  PublicSurvey,
  ResponseCreate,
  SubmitResult: v.object({ id: v.string(), duplicate: v.boolean() }),
  LoginBody,
  Me: v.object({ user: Me }),
  SurveyList: v.object({ surveys: v.array(SurveySummary) }),
  SurveyReport,
  Health: v.object({ ok: v.boolean() }),
};

type SchemaName = keyof typeof schemas;
const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: SchemaName, description: string) => ({
  description,
  content: { "application/json": { schema: ref(name) } },
});
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, json("ErrorBody", `Error ${status}`)]));
const codeParam = {
  name: "code",
  in: "path",
  required: true,
  description: "The survey's access code, in any letter case.",
  schema: { type: "string" },
};

let cached: object | undefined;

/** OpenAPI 3.1, built from the same valibot schemas that validate requests. */
export function openApiDocument(): object {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "Chorus API",
      version: "0.1.0",
      description:
        "Hear children in care, care leavers and families. Errors are always " +
        '`{ "error": { "code", "message", "issues"? } }`.',
    },
    paths: {
      "/api/health": {
        get: {
          summary: "Database reachable",
          responses: { 200: json("Health", "Healthy"), ...errors(503) },
        },
      },
      "/api/s/{code}": {
        get: {
          summary: "The published survey behind an access code",
          parameters: [codeParam],
          responses: { 200: json("PublicSurvey", "The survey"), ...errors(404, 410) },
        },
      },
      "/api/s/{code}/responses": {
        post: {
          summary: "Submit a child's response (idempotent on its id)",
          parameters: [codeParam],
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref("ResponseCreate") } },
          },
          responses: {
            201: json("SubmitResult", "Stored"),
            200: json("SubmitResult", "Already stored with the same body"),
            ...errors(400, 404, 409, 410, 413),
          },
        },
      },
      "/api/auth/login": {
        post: {
          summary: "Staff sign-in; sets an HttpOnly session cookie",
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref("LoginBody") } },
          },
          responses: { 200: json("Me", "Signed in"), ...errors(400, 401) },
        },
      },
      "/api/auth/logout": {
        post: { summary: "End this session", responses: { 200: { description: "Signed out" } } },
      },
      "/api/me": {
        get: {
          summary: "Who is signed in",
          responses: { 200: json("Me", "Signed in"), ...errors(401) },
        },
      },
      "/api/reports/surveys": {
        get: {
          summary: "The organisation's surveys with response counts (leader)",
          responses: { 200: json("SurveyList", "Surveys"), ...errors(401, 403) },
        },
      },
      "/api/reports/surveys/{surveyId}": {
        get: {
          summary: "Answer distributions, small groups hidden (leader)",
          parameters: [
            { name: "surveyId", in: "path", required: true, schema: { type: "string" } },
          ],
          responses: { 200: json("SurveyReport", "Report"), ...errors(401, 403, 404) },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [
          name,
          toJsonSchema(schema, { target: "draft-2020-12", errorMode: "ignore" }),
        ]),
      ),
    },
  };
  return cached;
}
