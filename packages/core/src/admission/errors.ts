import { ChorusError, notFound } from "../util/error.js";

/**
 * What a child is told when a code, a link or a tablet does not let them in. Each failure is
 * written once here; the words are for a child (or the adult beside them) to read.
 */
export const surveyNotFound = () =>
  notFound(
    "survey.not_found",
    "There is no open survey with that code. Check the code and try again.",
  );

export const surveyClosed = () =>
  new ChorusError("closed", "survey.closed", "This survey has closed. Thank you for looking.");

export const surveyNotOpenYet = () =>
  new ChorusError(
    "forbidden",
    "survey.not_open_yet",
    "This survey is not open yet. Please come back later.",
  );

export const inviteNotFound = () =>
  notFound("invite.not_found", "That link does not work. Ask your worker for a new one.");

export const inviteUsed = () =>
  new ChorusError(
    "closed",
    "invite.used",
    "This link has already been used. Ask your worker for a new one.",
  );

/** A link an officer revoked: the child is told it no longer works, never why. */
export const inviteEnded = () =>
  new ChorusError(
    "closed",
    "invite.ended",
    "This link no longer works. Ask your worker for a new one.",
  );

export const tabletNotFound = () =>
  notFound("tablet.not_found", "This tablet session is not known. Ask a member of staff.");

export const tabletEnded = () =>
  new ChorusError(
    "closed",
    "tablet.ended",
    "This tablet session has ended. Ask a member of staff to start a new one.",
  );

/** The failures that mean "no such code, link or tablet": the ones a guesser causes. */
export const WRONG_WAY_IN = new Set(["survey.not_found", "invite.not_found", "tablet.not_found"]);
