/**
 * The story of place's headline indicators, and the survey questions each is read from: the one
 * place this mapping is defined (documented in docs/reports.md). An indicator is read from every
 * published survey of the organisation that has one of its questions, by question id, so a
 * council's own survey made from a Chorus template counts without anyone wiring it up.
 *
 * Why these questions (ids from `survey/templates/` and the demo surveys):
 * - feel safe: `feel-safe` (all children's templates; "Yes"; asked with faces, the happy ones).
 * - have a trusted adult: `trusted-adult` (8-11 template "Yes"; the demo survey asks it as a
 *   choice, where any adult named counts and "Nobody" does not).
 * - know why they are in care: `know-why-care` ("Yes"). No template asks it yet: the indicator
 *   shows "no survey asks this yet" until a survey has a question with that id.
 * - happy: `home-feel` and `feel-home` (how they feel about where they live), else `happy` (how
 *   happy they are with their life), the happy faces (the top face of three, the top two of
 *   five). A survey counts towards an indicator through the first of its questions it asks.
 * - care leavers settled: `settled` on a 0-10 scale, 7 or more.
 * - care leavers can reach their adviser: `adviser` "Easy", or `adviser-reachable` "Yes".
 *
 * Children's indicators leave out care leavers' answers (band 16-25, or the care-leavers group)
 * and families' (the family group); care leavers' indicators read only care leavers' answers.
 */
import type { Where } from "../aggregate/cells.js";

/** Which answers an indicator counts as the good one. */
export type Positive =
  | { values: string[] }
  | { atLeast: number }
  /** The happy half of an emoji question: its top face of three, top two of five. */
  | { happyFaces: true };

export interface Indicator {
  id: string;
  label: string;
  /** What counts, in words for the page ("answered Yes"). */
  means: string;
  audience: "children" | "care-leavers";
  questions: { questionId: string; positive: Positive }[];
}

export const INDICATORS: Indicator[] = [
  {
    id: "feel-safe",
    label: "Feel safe where they live",
    means: 'answered "Yes", or chose a happy face',
    audience: "children",
    questions: [{ questionId: "feel-safe", positive: { values: ["yes"] } }],
  },
  {
    id: "trusted-adult",
    label: "Have an adult they trust",
    means: 'answered "Yes" or named an adult',
    audience: "children",
    questions: [
      {
        questionId: "trusted-adult",
        positive: { values: ["yes", "carer", "social-worker", "teacher", "friend"] },
      },
    ],
  },
  {
    id: "know-why-care",
    label: "Know why they are in care",
    means: 'answered "Yes"',
    audience: "children",
    questions: [{ questionId: "know-why-care", positive: { values: ["yes"] } }],
  },
  {
    id: "happy",
    label: "Happy",
    means:
      "chose a happy face about where they live (or, where a survey does not ask that, about their life)",
    audience: "children",
    questions: [
      { questionId: "home-feel", positive: { happyFaces: true } },
      { questionId: "feel-home", positive: { happyFaces: true } },
      { questionId: "happy", positive: { happyFaces: true } },
    ],
  },
  {
    id: "settled-home",
    label: "Care leavers who feel settled in their home",
    means: "7 or more out of 10",
    audience: "care-leavers",
    questions: [{ questionId: "settled", positive: { atLeast: 7 } }],
  },
  {
    id: "adviser",
    label: "Care leavers who can reach their personal adviser",
    means: 'answered "Easy" or "Yes"',
    audience: "care-leavers",
    questions: [
      { questionId: "adviser", positive: { values: ["easy"] } },
      { questionId: "adviser-reachable", positive: { values: ["yes"] } },
    ],
  },
];

const CARE_LEAVER_BAND = "16-25";

/** Whether a cell's answers are of the indicator's audience. */
export function inAudience(audience: Indicator["audience"], where: Where): boolean {
  const careLeaver = where.band === CARE_LEAVER_BAND || where.cohort === "care-leavers";
  if (audience === "care-leavers") return careLeaver;
  return !careLeaver && where.cohort !== "family";
}

/** Whether one answer value (as a cell stores it, a string) is the good one. */
export function isPositive(positive: Positive, value: string, faces?: number): boolean {
  // A yes/no indicator asked with faces instead ("How safe do you feel?"): its happy half.
  if ("values" in positive && faces === undefined) return positive.values.includes(value);
  const n = Number(value);
  if (!Number.isFinite(n) || value === "") return false;
  if ("atLeast" in positive) return n >= positive.atLeast;
  return faces === 3 ? n >= 3 : n >= 4;
}
