/**
 * Where the child is among the questions. Information screens ("Hello!") ask nothing, so they
 * are not numbered: "Question 1 of 7" counts only what the child is asked, and the dots are one
 * per question. Shared with the studio's preview, so it numbers questions as the child sees them.
 */
import { isAsked } from "@chorus/core/survey/parts";
import type { Question } from "@chorus/core/survey/schema";

export type Position = {
  /** 1-based among the questions asked; absent on an information screen. */
  number?: number;
  /** How many questions are asked, information screens left out. */
  total: number;
  /** Which asked questions have an answer, in order: drawn as filled dots. */
  answered: boolean[];
  /** The last screen before sending, whatever its kind: its button says "Finish". */
  last: boolean;
};

export function positionOf(
  screens: readonly Question[],
  index: number,
  hasAnswer: (question: Question) => boolean,
): Position {
  const asked = screens.filter(isAsked);
  const current = screens[index];
  return {
    number: current && isAsked(current) ? asked.indexOf(current) + 1 : undefined,
    total: asked.length,
    answered: asked.map(hasAnswer),
    last: index === screens.length - 1,
  };
}
