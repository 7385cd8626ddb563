/** The story of place's shape, shared by the API and the web app (valibot only). */
import * as v from "valibot";
import { Text } from "../survey/base.js";

/** Count: null is "fewer than 8"; otherwise 0 or a multiple of 5 of at least 10. */
const Count = v.nullable(v.number());

export const PlacePoint = v.object({
  /** How many answered the indicator's questions. */
  answered: Count,
  /** How many gave the good answer (see the indicator's `means`). */
  positive: Count,
  /** Per cent, from the rounded numbers. */
  share: v.nullable(v.number()),
  small: v.boolean(),
});
export type PlacePoint = v.InferOutput<typeof PlacePoint>;

const Source = v.object({ surveyId: v.string(), questionId: v.string() });

export const PlaceIndicator = v.object({
  id: v.string(),
  label: v.string(),
  means: v.string(),
  audience: v.picklist(["children", "care-leavers"]),
  /** The first survey question it is read from; null when no survey asks it yet. */
  question: v.nullable(Source),
  sources: v.array(Source),
  /** In the wave asked for, or across every answer. */
  overall: PlacePoint,
  byWave: v.array(v.object({ wave: v.string(), label: v.string(), ...PlacePoint.entries })),
  byBand: v.array(v.object({ band: v.string(), ...PlacePoint.entries })),
});

export const PlaceAction = v.object({
  id: v.string(),
  said: v.string(),
  did: v.string(),
  status: v.picklist(["planned", "doing", "done"]),
  themeId: v.optional(v.string()),
});
export type PlaceAction = v.InferOutput<typeof PlaceAction>;

export const PlaceReport = v.object({
  indicators: v.array(PlaceIndicator),
  themes: v.array(
    v.object({
      id: v.string(),
      label: Text,
      count: Count,
      share: v.nullable(v.number()),
      small: v.boolean(),
      trend: v.array(
        v.object({
          wave: v.string(),
          label: v.string(),
          count: Count,
          share: v.nullable(v.number()),
          small: v.boolean(),
        }),
      ),
    }),
  ),
  /** Published "You said, we did" actions with their status. */
  actions: v.array(PlaceAction),
});
export type PlaceReport = v.InferOutput<typeof PlaceReport>;

/** What the page and a share link add: the organisation, the wave and the waves to pick. */
export const PlaceView = v.object({
  orgName: v.string(),
  wave: v.nullable(v.object({ id: v.string(), label: v.string() })),
  waves: v.array(v.object({ id: v.string(), label: v.string() })),
  ...PlaceReport.entries,
});
export type PlaceView = v.InferOutput<typeof PlaceView>;
