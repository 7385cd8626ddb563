/**
 * One question of the report: how many answered, the average where faces or a scale were used,
 * and three pictures of the same controlled numbers, each with its table: the answers, the
 * breakdown (when one is chosen) and the change across waves.
 */
import type { QuestionReport, SurveyReport } from "@chorus/core/report/schema";
import type { Text } from "@chorus/core/survey/schema";
import { Show } from "solid-js";
import { BarChart } from "../../charts/BarChart";
import { ChartFigure } from "../../charts/ChartFigure";
import { StackedBars } from "../../charts/StackedBars";
import { changeWords, percent } from "../../charts/scale";
import { TrendChart } from "../../charts/TrendChart";
import { Face } from "../../ui/Face";
import { SmallMark } from "./SmallMark";
import { CountTable, GridTable } from "./Tables";
import { byName, countText, FEWER } from "./words";

type Groups = NonNullable<SurveyReport["groups"]>;
type Trend = NonNullable<SurveyReport["trend"]>;

export function QuestionSection(props: {
  question: QuestionReport;
  number: number;
  t: (text: Text) => string;
  groups?: Groups | null;
  trend?: Trend;
}) {
  const q = () => props.question;
  const headingId = () => `question-${q().questionId}`;
  const faces = () => q().rows.filter((row) => typeof row.value === "number").length;
  const scaled = () => q().type === "emoji" || q().type === "scale";
  const labelOf = (value: string | number) => {
    const row = q().rows.find((r) => r.value === value);
    return row ? props.t(row.label) : String(value);
  };
  const prompt = () => props.t(q().prompt);
  const caption = () => `Answers to "${prompt()}"`;

  return (
    <section class="question-report" aria-labelledby={headingId()}>
      <h3 id={headingId()}>
        <span class="number">{props.number}.</span> {prompt()}
      </h3>
      <p class="answered">
        Answered by {countText(q().answered)}
        <SmallMark when={Boolean(q().small)} />
      </p>
      <Show when={scaled() && q().mean !== undefined}>
        <p class="mean">
          <Show when={q().mean !== null} fallback={`Average not shown: ${FEWER} answered.`}>
            Average {q().mean?.toLocaleString("en-GB")} out of {faces() || 5}
            {q().type === "emoji" ? " (the higher, the happier)" : ""}
          </Show>
        </p>
      </Show>
      <Show
        when={q().rows.length > 0}
        fallback={<p class="muted">Written answers are counted under themes below.</p>}
      >
        <ChartFigure
          caption={caption()}
          chart={(ids) => (
            <BarChart
              {...ids}
              title={caption()}
              desc={q()
                .rows.map(
                  (row) =>
                    `${props.t(row.label)}: ${row.share == null ? countText(row.count) : percent(row.share)}`,
                )
                .join("; ")}
              bars={q().rows.map((row) => ({
                label: props.t(row.label),
                share: row.share ?? null,
                note: row.count === null ? FEWER : "share not shown",
              }))}
            />
          )}
          table={
            <CountTable
              caption={caption()}
              head="Answer"
              rows={q().rows.map((row) => ({
                label: (
                  <>
                    <Show when={q().type === "emoji" && typeof row.value === "number"}>
                      <Face value={row.value as number} of={faces() === 3 ? 3 : 5} />
                    </Show>
                    {props.t(row.label)}
                  </>
                ),
                count: row.count,
                share: row.share,
              }))}
            />
          }
        />
        <Show when={props.groups}>
          {(groups) => (
            <Breakdown groups={groups()} question={q()} prompt={prompt()} labelOf={labelOf} />
          )}
        </Show>
        <Show when={props.trend && props.trend.waves.length > 1 ? props.trend : undefined}>
          {(trend) => (
            <QuestionTrend trend={trend()} question={q()} prompt={prompt()} labelOf={labelOf} />
          )}
        </Show>
      </Show>
    </section>
  );
}

function Breakdown(props: {
  groups: Groups;
  question: QuestionReport;
  prompt: string;
  labelOf: (value: string | number) => string;
}) {
  const values = () => props.question.rows.map((row) => row.value);
  const of = (key: string) =>
    props.groups.groups
      .find((g) => g.key === key)
      ?.questions.find((q) => q.questionId === props.question.questionId);
  const rowOf = (key: string, value: string | number) =>
    of(key)?.rows.find((row) => row.value === value);
  // "40% (10)": the share, then the controlled count it was worked out from.
  const cell = (key: string, value: string | number) => {
    const row = rowOf(key, value);
    return row?.share == null
      ? countText(row?.count)
      : `${percent(row.share)} (${countText(row.count)})`;
  };
  const caption = () => `"${props.prompt}" by ${byName(props.groups.by)}`;
  return (
    <ChartFigure
      caption={caption()}
      starred={props.groups.groups.some((group) => group.small)}
      chart={(ids) => (
        <StackedBars
          {...ids}
          title={caption()}
          desc={`Share of each answer in each ${byName(props.groups.by)}; groups marked with a star are small groups.`}
          keys={values().map(props.labelOf)}
          stacks={props.groups.groups.map((group) => ({
            label: group.label,
            small: group.small,
            shares: values().map((value) => rowOf(group.key, value)?.share ?? null),
          }))}
        />
      )}
      table={
        <GridTable
          caption={caption()}
          head={byName(props.groups.by)}
          columns={values().map(props.labelOf)}
          rows={props.groups.groups.map((group) => ({
            label: group.label,
            small: group.small,
            answered: of(group.key)?.answered ?? group.base,
            cells: values().map((value) => cell(group.key, value)),
          }))}
        />
      }
    />
  );
}

function QuestionTrend(props: {
  trend: Trend;
  question: QuestionReport;
  prompt: string;
  labelOf: (value: string | number) => string;
}) {
  const points = () =>
    props.trend.questions.find((q) => q.questionId === props.question.questionId)?.points ?? [];
  const at = (wave: string) => points().find((p) => p.wave === wave);
  const byMean = () => points().some((p) => p.mean !== null);
  const values = () => props.question.rows.map((row) => row.value).slice(0, 6);
  const waves = () =>
    props.trend.waves.map((wave) => ({
      ...wave,
      small: wave.small || Boolean(at(wave.id)?.small),
    }));
  const series = () =>
    byMean()
      ? [{ name: "Average", values: props.trend.waves.map((w) => at(w.id)?.mean ?? null) }]
      : values().map((value) => ({
          name: props.labelOf(value),
          values: props.trend.waves.map(
            (w) => at(w.id)?.rows.find((row) => row.value === value)?.share ?? null,
          ),
        }));
  const first = () => waves()[0];
  const last = () => waves()[waves().length - 1];
  const change = (values: (number | null)[]) =>
    changeWords(values[0] ?? null, values[values.length - 1] ?? null, byMean() ? "" : "points");
  const max = () => props.question.rows.filter((r) => typeof r.value === "number").length || 5;
  const format = (value: number) =>
    byMean()
      ? value.toLocaleString("en-GB", { maximumFractionDigits: 1 })
      : `${Math.round(value)}%`;
  const caption = () => `"${props.prompt}" across waves`;

  return (
    <ChartFigure
      caption={caption()}
      starred={waves().some((wave) => wave.small)}
      chart={(ids) => (
        <TrendChart
          {...ids}
          title={caption()}
          desc={series()
            .map((s) => `${s.name}: ${change(s.values)}`)
            .join("; ")}
          waves={waves()}
          series={series()}
          min={byMean() ? 1 : 0}
          max={byMean() ? max() : 100}
          format={format}
        />
      )}
      table={
        <GridTable
          caption={caption()}
          head="Wave"
          columns={series().map((s) => s.name)}
          rows={waves().map((wave, i) => ({
            label: wave.label,
            small: wave.small,
            answered: at(wave.id)?.answered,
            cells: series().map((s) => {
              const value = s.values[i];
              return value === null || value === undefined ? "–" : format(value);
            }),
          }))}
        />
      }
    >
      <p class="change">
        From {first()?.label} to {last()?.label}:{" "}
        {series()
          .map((s) => `${s.name} ${change(s.values)}`)
          .join(", ")}
        .
        <SmallMark when={Boolean(first()?.small || last()?.small)} />
      </p>
    </ChartFigure>
  );
}
