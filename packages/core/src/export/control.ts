/**
 * The disclosure rule (issue 11 item 2), applied once more to a report before it leaves as a
 * file, a share link or the story of place: 0 shows 0; 1 to 7 shows "fewer than 8" (null); 8 or
 * more is rounded to the nearest 5; percentages come from the rounded numbers; a base under 30
 * is a small group; a mean needs 8 answers.
 *
 * The report read (`report/`) already controls its numbers; doing it again here costs nothing
 * (the rule gives back what it is given for a controlled count) and means no export can carry
 * an exact count even if a report field is added without it.
 */
import * as Rule from "../report/disclosure.js";
import type { SurveyReport } from "../report/schema.js";

export { isSmall, MIN_SHOWN, ROUND_TO, SMALL_BASE, shareOf } from "../report/disclosure.js";

import { isSmall, MIN_SHOWN, ROUND_TO, SMALL_BASE, shareOf } from "../report/disclosure.js";

/** The rule on a count that may already be controlled (null stays hidden). */
export function shown(n: number | null | undefined): number | null {
  return n === null || n === undefined || !Number.isFinite(n) ? null : Rule.shown(n);
}

const meanFor = (mean: number | null | undefined, answered: number | null) =>
  answered === null || answered < MIN_SHOWN || mean === undefined ? null : mean;

/**
 * A copy of the report with every count put through the rule again and every share worked out
 * from the rounded numbers. Also used on the report of today's read, which still returns exact
 * counts of 5 and over: whatever it returns, what leaves is controlled.
 */
export function controlReport(report: SurveyReport): SurveyReport {
  const questions = report.questions.map((question) => {
    const answered = shown(question.answered);
    return {
      ...question,
      answered,
      small: isSmall(answered),
      mean: meanFor(question.mean, answered),
      rows: question.rows.map((row) => {
        const count = shown(row.count);
        return { ...row, count, share: shareOf(count, answered) };
      }),
    };
  });
  const base = shown(report.base === undefined ? report.survey.responseCount : report.base);
  return {
    ...report,
    threshold: MIN_SHOWN,
    rule: {
      hiddenBelow: MIN_SHOWN,
      roundTo: ROUND_TO,
      smallBase: SMALL_BASE,
      meanBelow: MIN_SHOWN,
    },
    questions,
    base,
    small: isSmall(base),
    groups: report.groups && {
      by: report.groups.by,
      groups: report.groups.groups.map((group) => {
        const groupBase = shown(group.base);
        return {
          ...group,
          base: groupBase,
          small: isSmall(groupBase),
          questions: group.questions.map((question) => {
            const answered = shown(question.answered);
            return {
              ...question,
              answered,
              mean: meanFor(question.mean, answered),
              rows: question.rows.map((row) => {
                const count = shown(row.count);
                return { ...row, count, share: shareOf(count, answered) };
              }),
            };
          }),
        };
      }),
    },
    themes: report.themes?.map((theme) => {
      const count = shown(theme.count);
      return {
        ...theme,
        count,
        share: count === null ? null : theme.share,
        // Quotes only from a group of 8 or more.
        quotes: count === null || count < MIN_SHOWN ? [] : theme.quotes,
      };
    }),
    trend: report.trend && {
      waves: report.trend.waves.map((wave) => {
        const waveBase = shown(wave.base);
        return { ...wave, base: waveBase, small: isSmall(waveBase) };
      }),
      questions: report.trend.questions.map((question) => ({
        ...question,
        points: question.points.map((point) => {
          const answered = shown(point.answered);
          return {
            ...point,
            answered,
            small: isSmall(answered),
            mean: meanFor(point.mean, answered),
            rows:
              answered === null ? point.rows.map((row) => ({ ...row, share: null })) : point.rows,
          };
        }),
      })),
      themes: report.trend.themes.map((theme) => ({
        ...theme,
        points: theme.points.map((point) => {
          const count = shown(point.count);
          return { ...point, count, share: count === null ? null : point.share };
        }),
      })),
    },
  };
}
