import { ChorusError, Distribution, Survey } from "@chorus/core";
import { DistributionCreate, InviteCreate } from "@chorus/core/distribution/schema";
import { noSuchSurvey } from "@chorus/core/survey/errors";
import { DraftSave, PublishBody, StringsImport, SurveyCreate } from "@chorus/core/survey/schema";
import { type Context, Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

async function draftOf(c: Context<AppEnv>) {
  const draft = await Survey.getDraft(
    c.get("db"),
    c.get("me").orgId,
    c.req.param("surveyId") ?? "",
  );
  if (!draft) throw noSuchSurvey();
  return draft;
}

/**
 * What the studio shows beside a draft: missing words per language, logic problems (which stop
 * publishing) and safeguarding warnings (which do not, though one needs confirming).
 */
function withChecks(draft: Survey.Draft) {
  return {
    draft,
    translations: Survey.translationReport(draft.definition),
    problems: Survey.publishProblems(draft.definition),
    warnings: Survey.publishWarnings(draft.definition),
  };
}

/** The survey studio: participation officers design, translate, publish and hand out surveys. */
export const surveys = new Hono<AppEnv>()
  .use(requireRole("officer"))
  .get("/", async (c) => {
    const list = await Survey.list(c.get("db"), c.get("me").orgId);
    return c.json({ surveys: list });
  })
  .get("/templates", (c) =>
    c.json({
      templates: Survey.templates().map(({ definition, ...template }) => ({
        ...template,
        questionCount: Survey.allQuestions(definition).length,
      })),
    }),
  )
  .post("/", valid("json", SurveyCreate), async (c) => {
    const body = c.req.valid("json");
    let definition: object;
    if ("templateId" in body) {
      const template = Survey.findTemplate(body.templateId);
      if (!template) {
        throw new ChorusError(
          "invalid",
          "survey.no_template",
          "There is no template with that id.",
        );
      }
      definition = Survey.fromTemplate(template, body.id);
    } else {
      definition = body.definition;
    }
    const { draft, created } = await Survey.create(c.get("db"), c.get("me"), body.id, definition);
    return c.json(withChecks(draft), created ? 201 : 200);
  })
  .get("/:surveyId", async (c) => c.json(withChecks(await draftOf(c))))
  .put("/:surveyId/draft", valid("json", DraftSave), async (c) => {
    const { revision, definition } = c.req.valid("json");
    const draft = await Survey.saveDraft(
      c.get("db"),
      c.get("me"),
      c.req.param("surveyId"),
      revision,
      definition,
    );
    return c.json(withChecks(draft));
  })
  .post("/:surveyId/publish", valid("json", PublishBody), async (c) => {
    const { revision, ...choices } = c.req.valid("json");
    const result = await Survey.publish(
      c.get("db"),
      c.get("me"),
      c.req.param("surveyId"),
      revision,
      choices,
    );
    return c.json(result, result.created ? 201 : 200);
  })
  .post("/:surveyId/archive", async (c) => {
    const status = await Survey.setArchived(
      c.get("db"),
      c.get("me"),
      c.req.param("surveyId"),
      true,
    );
    return c.json({ status });
  })
  .post("/:surveyId/restore", async (c) => {
    const status = await Survey.setArchived(
      c.get("db"),
      c.get("me"),
      c.req.param("surveyId"),
      false,
    );
    return c.json({ status });
  })
  .get("/:surveyId/versions/:version", async (c) => {
    const version = Number(c.req.param("version"));
    const found =
      Number.isInteger(version) && version > 0
        ? await Survey.getVersion(c.get("db"), c.get("me").orgId, c.req.param("surveyId"), version)
        : undefined;
    if (!found)
      throw new ChorusError("not_found", "survey.version_not_found", "There is no such version.");
    return c.json({ definition: found });
  })
  .get("/:surveyId/export", async (c) => {
    const draft = await draftOf(c);
    const exported = await Survey.exportDefinition(c.get("db"), c.get("me"), draft);
    c.header("Content-Disposition", `attachment; filename="${draft.surveyId}.json"`);
    return c.json(exported);
  })
  .get("/:surveyId/strings.csv", async (c) => {
    const draft = await draftOf(c);
    const csv = await Survey.exportStrings(c.get("db"), c.get("me"), draft);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${draft.surveyId}-strings.csv"`);
    return c.body(csv);
  })
  .put("/:surveyId/strings", valid("json", StringsImport), async (c) => {
    const { revision, csv } = c.req.valid("json");
    const draft = await draftOf(c);
    const imported = Survey.importStringsCsv(draft.definition, csv);
    if (!imported.ok) {
      throw new ChorusError(
        "invalid",
        "survey.strings_invalid",
        "The file could not be read in. Nothing was changed.",
        {
          nested: { csv: imported.problems },
        },
      );
    }
    const saved = await Survey.saveDraft(
      c.get("db"),
      c.get("me"),
      draft.surveyId,
      revision,
      imported.survey,
      "imported",
    );
    return c.json({ ...withChecks(saved), changed: imported.changed, added: imported.added });
  })
  .get("/:surveyId/distributions", async (c) => {
    const draft = await draftOf(c);
    return c.json({
      distributions: await Distribution.list(c.get("db"), c.get("me").orgId, draft.surveyId),
    });
  })
  .post("/:surveyId/distributions", valid("json", DistributionCreate), async (c) => {
    const draft = await draftOf(c);
    if (draft.publishedVersion < 1 || draft.status === "archived") {
      throw new ChorusError(
        "conflict",
        "survey.not_published",
        "Publish the survey before handing it out.",
      );
    }
    const result = await Distribution.create(
      c.get("db"),
      c.get("me"),
      draft.surveyId,
      c.req.valid("json"),
    );
    return c.json({ distribution: result.distribution }, result.created ? 201 : 200);
  })
  .post("/:surveyId/distributions/:distributionId/close", async (c) => {
    const distribution = await ownDistribution(c);
    return c.json({
      distribution: await Distribution.close(c.get("db"), c.get("me"), distribution.id),
    });
  })
  .post(
    "/:surveyId/distributions/:distributionId/invites",
    valid("json", InviteCreate),
    async (c) => {
      const distribution = await ownDistribution(c);
      const invites = await Distribution.createInvites(
        c.get("db"),
        c.get("me"),
        distribution,
        c.req.valid("json"),
      );
      const origin = new URL(c.req.url).origin;
      return c.json(
        { invites: invites.map((i) => ({ ...i, url: `${origin}/i/${i.token}` })) },
        201,
      );
    },
  );

/** The distribution named in the path, only if it belongs to the survey and organisation. */
async function ownDistribution(c: Context<AppEnv>) {
  const distribution = await Distribution.get(
    c.get("db"),
    c.get("me").orgId,
    c.req.param("distributionId") ?? "",
  );
  if (!distribution || distribution.surveyId !== c.req.param("surveyId")) {
    throw Distribution.distributionNotFound();
  }
  return distribution;
}
