/** A stored response as reports read it (valibot only). */
import * as v from "valibot";
import { AgeBand } from "../survey/base.js";
import { AnswerValue } from "../survey/schema.js";

/** It holds no precise time and nothing about the device: the day it was sent, no finer. */
export const StoredResponse = v.object({
  id: v.string(),
  surveyId: v.string(),
  version: v.number(),
  language: v.string(),
  ageBand: v.optional(AgeBand),
  /** Who the code was for, and the code's distribution: reports are cut by both. */
  cohort: v.optional(v.string()),
  distributionId: v.optional(v.string()),
  /** The day it was submitted (UTC). */
  submittedOn: v.string(),
  answers: v.record(v.string(), AnswerValue),
  /** The child asked for their worker to be told. */
  tellMyWorker: v.optional(v.literal(true)),
});
export type StoredResponse = v.InferOutput<typeof StoredResponse>;
