/** The studio's survey failures that more than one place raises, each defined once. */
import { notFound } from "../util/error.js";

/**
 * A survey id an officer or leader named that their organisation does not have. (A child's
 * unknown code is another failure, with its own message: `Survey.openByCode`.)
 */
export const noSuchSurvey = () =>
  notFound("survey.not_found", "There is no such survey in your organisation.");
