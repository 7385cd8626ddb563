/** Wave shapes shared by the API and the web app (valibot only). */
import * as v from "valibot";

export const WaveId = v.pipe(
  v.string(),
  v.regex(/^wav_[A-Za-z0-9_-]{3,40}$/, "Use an id like wav_ followed by letters and digits."),
);

/** A day as the reports count them: `YYYY-MM-DD`, in UTC. */
export const Day = v.pipe(
  v.string(),
  v.isoDate("Use a date like 2027-03-01."),
  // The pattern lets 30 February through; the calendar does not.
  v.check((day) => {
    const time = Date.parse(`${day}T00:00:00Z`);
    return Number.isFinite(time) && new Date(time).toISOString().startsWith(day);
  }, "There is no such day."),
);

/** An access code as a person typed it: any case, spaces and dashes ignored. */
export const TypedCode = v.pipe(
  v.string(),
  v.transform((typed) => typed.toUpperCase().replace(/[\s-]/g, "")),
  v.regex(/^[A-Z0-9]{3,20}$/, "Use an access code such as KX7RMQ4D."),
);

/**
 * What an officer sets: a name, and either the code the wave's answers came through or the
 * dates they were given between (both inclusive). Not both: a wave is one or the other, so
 * which answers are in it is never a question of how two rules combine.
 */
export const WaveSave = v.pipe(
  v.strictObject({
    label: v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1, "Give the wave a name, such as Spring 2027."),
      v.maxLength(60, "Keep the name to 60 characters."),
    ),
    code: v.optional(TypedCode),
    from: v.optional(Day),
    to: v.optional(Day),
  }),
  v.check(
    (w) => (w.code !== undefined) !== (w.from !== undefined || w.to !== undefined),
    "Set the wave on a code, or on a start and an end date, not both.",
  ),
  v.check(
    (w) => w.code !== undefined || (w.from !== undefined && w.to !== undefined),
    "Give both a start and an end date.",
  ),
  v.check((w) => !w.from || !w.to || w.from <= w.to, "The end date must not be before the start."),
);
export type WaveSave = v.InferOutput<typeof WaveSave>;

export const Wave = v.object({
  id: v.string(),
  label: v.string(),
  /** Set on a code: the code, and the distribution and survey behind it. */
  code: v.optional(v.string()),
  distributionId: v.optional(v.string()),
  surveyId: v.optional(v.string()),
  /** Set on dates: the first and last day, inclusive. */
  from: v.optional(v.string()),
  to: v.optional(v.string()),
  /** The day waves are put in order by: `from`, or the day the code opened. */
  startsOn: v.string(),
});
export type Wave = v.InferOutput<typeof Wave>;
