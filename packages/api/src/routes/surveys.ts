import { Audio, ChorusError, Dashboard, Distribution, Survey } from "@chorus/core";
import {
  DistributionCreate,
  InviteCreate,
  InviteListQuery,
} from "@chorus/core/distribution/schema";
import { noSuchSurvey } from "@chorus/core/survey/errors";
import {
  DraftSave,
  PublishBody,
  StaffNameSave,
  StringsImport,
  StringsQuery,
  SurveyCreate,
  TranslationCheck,
} from "@chorus/core/survey/schema";
import { type Context, Hono } from "hono";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";
import { audioStore, recordingBody, recordingHash, recordingSlot, sendRecording } from "./audio.js";

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
  .get("/dashboard", async (c) =>
    c.json({ surveys: await Dashboard.forOrg(c.get("db"), c.get("me").orgId) }),
  )
  .get("/templates", async (c) =>
    c.json({
      templates: Survey.templates().map(({ definition, ...template }) => ({
        ...template,
        // Information screens ("Hello!") ask nothing, so they are not counted as questions.
        questionCount: Survey.askedQuestions(definition).length,
      })),
      // Loads every phrasebook: only officers opening the template list pay for it.
      languages: await Survey.templateLanguages(),
      usualLanguages: Survey.usualLanguages(await Survey.list(c.get("db"), c.get("me").orgId)),
    }),
  )
  .post("/", valid("json", SurveyCreate), async (c) => {
    const body = c.req.valid("json");
    const start =
      body.templateId === undefined
        ? { definition: body.definition ?? {}, unreviewed: [] }
        : await Survey.startFromTemplate(body.templateId, body.id, body.languages);
    const { draft, created } = await Survey.create(
      c.get("db"),
      c.get("me"),
      body.id,
      start.definition,
      body.staffName,
      start.unreviewed,
    );
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
  // "I have checked this translation": the only way a language loses its "not checked" mark.
  .post("/:surveyId/translation-checks", valid("json", TranslationCheck), async (c) => {
    const checked = await Survey.checkTranslation(
      c.get("db"),
      c.get("me"),
      c.req.param("surveyId"),
      c.req.valid("json").language,
    );
    return c.json(checked);
  })
  .put("/:surveyId/name", valid("json", StaffNameSave), async (c) => {
    const renamed = await Survey.rename(
      c.get("db"),
      c.get("me"),
      c.req.param("surveyId"),
      c.req.valid("json").staffName,
    );
    return c.json(renamed);
  })
  .get("/:surveyId/changes", async (c) =>
    c.json(await Survey.publishPreview(c.get("db"), c.get("me").orgId, await draftOf(c))),
  )
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
  // Recordings played in place of the tablet's voice: one per prompt or choice, per language.
  .put("/:surveyId/audio/:key/:language", recordingSlot, recordingBody, async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const store = audioStore(c);
    const { surveyId, ...slot } = { surveyId: c.req.param("surveyId"), ...c.req.valid("param") };
    return c.json(await Audio.upload(c.get("db"), store, c.get("me"), surveyId, slot, bytes));
  })
  .delete("/:surveyId/audio/:key/:language", recordingSlot, async (c) => {
    const { key, language } = c.req.valid("param");
    return c.json(
      await Audio.remove(c.get("db"), c.get("me"), c.req.param("surveyId"), { key, language }),
    );
  })
  .get("/:surveyId/audio/:hash", recordingHash, async (c) => {
    await draftOf(c);
    const me = c.get("me");
    return sendRecording(
      c,
      await Audio.forStaff(audioStore(c), me.orgId, c.req.valid("param").hash),
    );
  })
  .get("/:surveyId/export", async (c) => {
    const draft = await draftOf(c);
    const exported = await Survey.exportDefinition(c.get("db"), c.get("me"), draft);
    c.header("Content-Disposition", `attachment; filename="${draft.surveyId}.json"`);
    return c.json(exported);
  })
  .get("/:surveyId/strings.csv", valid("query", StringsQuery), async (c) => {
    const draft = await draftOf(c);
    const { language } = c.req.valid("query");
    const file = await Survey.exportStrings(c.get("db"), c.get("me"), draft, language);
    c.header("Content-Type", "text/csv; charset=utf-8");
    // Named after the title ("my-life-in-care-pl.csv"); the slug is plain ASCII, safe to quote.
    c.header("Content-Disposition", `attachment; filename="${file.fileName}"`);
    return c.body(file.csv);
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
  )
  // The list shows labels and where each link stands, never a link: those leave only by the
  // audited export below.
  .get(
    "/:surveyId/distributions/:distributionId/invites",
    valid("query", InviteListQuery),
    async (c) => {
      const distribution = await ownDistribution(c);
      return c.json(
        await Distribution.listInvites(c.get("db"), distribution, c.req.valid("query")),
      );
    },
  )
  .get("/:surveyId/distributions/:distributionId/invites/links", async (c) => {
    const { rows } = await exportLinks(c, "copy");
    const links = rows.flatMap((row) =>
      row.url ? [{ id: row.id, ...(row.label ? { label: row.label } : {}), url: row.url }] : [],
    );
    return c.json({ links });
  })
  .get("/:surveyId/distributions/:distributionId/invites.csv", async (c) => {
    const { distribution, rows } = await exportLinks(c, "csv");
    const file = Distribution.invitesCsv(distribution, rows);
    c.header("Content-Type", file.contentType);
    c.header("Content-Disposition", `attachment; filename="${file.fileName}"`);
    return c.body(file.body);
  })
  .post("/:surveyId/distributions/:distributionId/invites/:inviteId/revoke", async (c) => {
    const distribution = await ownDistribution(c);
    const invite = await Distribution.revokeInvite(
      c.get("db"),
      c.get("me"),
      distribution,
      c.req.param("inviteId"),
    );
    return c.json({ invite });
  });

/** The named code's links with the address of each unused one, audited as copied or downloaded. */
async function exportLinks(c: Context<AppEnv>, format: "csv" | "copy") {
  const distribution = await ownDistribution(c);
  const origin = new URL(c.req.url).origin;
  const exported = await Distribution.exportInvites(
    c.get("db"),
    c.get("me"),
    distribution,
    origin,
    format,
  );
  return { distribution, rows: exported.rows };
}

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
