/**
 * The story of place from the cells of every survey of an organisation: each headline indicator
 * by wave and by age band, and the top themes with their trend, every count under the
 * disclosure rule. Pure; `index.ts` reads the cells.
 */
import type { Cells, Where } from "../aggregate/cells.js";
import { whereOf } from "../aggregate/cells.js";
import { isSmall, shareOf, shown } from "../export/control.js";
import type { Text } from "../survey/base.js";
import { AGE_BANDS } from "../survey/parts.js";
import { waveOf as waveOfCell } from "../wave/assign.js";
import type { Wave } from "../wave/schema.js";
import { INDICATORS, inAudience, isPositive } from "./indicators.js";
import type { PlacePoint, PlaceReport } from "./schema.js";

export interface PlaceSurvey {
  surveyId: string;
  /** The published version's questions that matter here: id, type and (emoji) faces. */
  questions: { id: string; type: string; faces?: number }[];
  /** Its text slots (text questions and `id.house`), for themes. */
  wordsSlots: string[];
  cells: Cells;
}

export interface PlaceInput {
  surveys: PlaceSurvey[];
  /** In time order. */
  waves: Wave[];
  /** The wave asked for, if any (must be one of `waves`). */
  wave?: string;
  /** Theme labels, built-in and the organisation's own. */
  themes: { id: string; label: Text }[];
  /** How many top themes to show. */
  topThemes?: number;
}

interface Tally {
  answered: number;
  positive: number;
}

const point = (tally: Tally | undefined): PlacePoint => {
  const answered = shown(tally?.answered ?? 0);
  const positive = shown(tally?.positive ?? 0);
  return { answered, positive, share: shareOf(positive, answered), small: isSmall(answered) };
};

function bump(into: Map<string, Tally>, key: string, answered: number, positive: number) {
  const tally = into.get(key) ?? { answered: 0, positive: 0 };
  tally.answered += answered;
  tally.positive += positive;
  into.set(key, tally);
}

export function placeFromCells(input: PlaceInput): PlaceReport {
  const waveOf = waveOfCell(input.waves);
  const inWave = (where: Where) => input.wave === undefined || waveOf(where) === input.wave;

  const indicators = INDICATORS.map((indicator) => {
    const overall: Tally = { answered: 0, positive: 0 };
    const byWave = new Map<string, Tally>();
    const byBand = new Map<string, Tally>();
    const sources: { surveyId: string; questionId: string }[] = [];
    for (const survey of input.surveys) {
      for (const { questionId, positive } of indicator.questions) {
        const question = survey.questions.find((q) => q.id === questionId);
        if (!question) continue;
        sources.push({ surveyId: survey.surveyId, questionId });
        for (const [key, cell] of Object.entries(survey.cells)) {
          const slot = cell.q[questionId];
          if (!slot) continue;
          const where = whereOf(key);
          if (!inAudience(indicator.audience, where)) continue;
          const good = Object.entries(slot.v ?? {})
            .filter(([value]) => isPositive(positive, value, question.faces))
            .reduce((sum, [, n]) => sum + n, 0);
          const wave = waveOf(where);
          if (wave) bump(byWave, wave, slot.a, good);
          if (!inWave(where)) continue;
          overall.answered += slot.a;
          overall.positive += good;
          bump(byBand, where.band, slot.a, good);
        }
        // One question per survey and indicator (the first listed it asks), so no child counts
        // twice when a survey asks two of them.
        break;
      }
    }
    const bands = [...AGE_BANDS, ""].filter((band) => byBand.has(band));
    return {
      id: indicator.id,
      label: indicator.label,
      means: indicator.means,
      audience: indicator.audience,
      question: sources[0] ?? null,
      sources,
      overall: point(overall),
      byWave: input.waves.map((wave) => ({
        wave: wave.id,
        label: wave.label,
        ...point(byWave.get(wave.id)),
      })),
      byBand: bands.map((band) => ({
        band: band || "not asked",
        ...point(byBand.get(band)),
      })),
    };
  });

  return { indicators, themes: topThemes(input, waveOf, inWave), actions: [] };
}

function topThemes(
  input: PlaceInput,
  waveOf: (where: Where) => string | undefined,
  inWave: (where: Where) => boolean,
): PlaceReport["themes"] {
  let written = 0;
  const counts = new Map<string, number>();
  const writtenByWave = new Map<string, number>();
  const byWave = new Map<string, Map<string, number>>();
  for (const survey of input.surveys) {
    for (const [key, cell] of Object.entries(survey.cells)) {
      const where = whereOf(key);
      const wave = waveOf(where);
      for (const slot of survey.wordsSlots) {
        const numbers = cell.q[slot];
        if (!numbers) continue;
        if (wave) writtenByWave.set(wave, (writtenByWave.get(wave) ?? 0) + numbers.a);
        if (inWave(where)) written += numbers.a;
        for (const [theme, n] of Object.entries(numbers.t ?? {})) {
          if (inWave(where)) counts.set(theme, (counts.get(theme) ?? 0) + n);
          if (wave) {
            const perTheme = byWave.get(theme) ?? new Map<string, number>();
            perTheme.set(wave, (perTheme.get(wave) ?? 0) + n);
            byWave.set(theme, perTheme);
          }
        }
      }
    }
  }
  const labels = new Map(input.themes.map((theme) => [theme.id, theme.label]));
  const base = shown(written);
  return [...counts.entries()]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, input.topThemes ?? 5)
    .map(([id, n]) => {
      const count = shown(n);
      return {
        id,
        label: labels.get(id) ?? { en: id },
        count,
        share: shareOf(count, base),
        small: isSmall(base),
        trend: input.waves.map((wave) => {
          const waveCount = shown(byWave.get(id)?.get(wave.id) ?? 0);
          const waveBase = shown(writtenByWave.get(wave.id) ?? 0);
          return {
            wave: wave.id,
            label: wave.label,
            count: waveCount,
            share: shareOf(waveCount, waveBase),
            small: isSmall(waveBase),
          };
        }),
      };
    });
}
