import type { SurveyVersion } from "@chorus/core/survey/schema";
import type { DraftView } from "../pages/studio/studioApi";

/** A draft as the studio's API returns it: revision 1 of `definition`, never published. */
export function draftView(
  id: string,
  definition: SurveyVersion,
  more: Partial<Omit<DraftView, "draft">> = {},
): DraftView {
  return {
    draft: {
      surveyId: id,
      staffName: "Test survey",
      revision: 1,
      savedAt: "2026-11-30T10:00:00.000Z",
      savedBy: "officer@demo.chorus.test",
      publishedVersion: 0,
      status: "draft",
      unpublishedChanges: true,
      unreviewedLanguages: [],
      definition: structuredClone({ ...definition, surveyId: id }),
    },
    translations: [],
    problems: [],
    warnings: [],
    ...more,
  };
}
