/**
 * CSV and XLSX downloads of the report as filtered. The file is fetched here rather than by a
 * plain link so a large one shows its progress (in bytes and per cent when the server says how
 * big it is, else "Preparing…"), and a failure is explained in place.
 */
import type { ReportFilters } from "@chorus/core/report/schema";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { asApiError, describeError } from "../../ui/errors";
import { Message, Spinner } from "../../ui/Feedback";
import { download, type Progress, reportsApi, saveFile } from "./reportsApi";

type Format = "csv" | "xlsx";
type State =
  | { state: "idle" }
  | { state: "loading"; format: Format; progress: Progress }
  | { state: "done"; format: Format }
  | { state: "failed"; format: Format; message: string };

const NAMES: Record<Format, string> = { csv: "CSV", xlsx: "Excel (XLSX)" };

export function ExportButtons(props: { surveyId: string; filters: ReportFilters; slug: string }) {
  const [state, setState] = createSignal<State>({ state: "idle" });
  const busy = () => state().state === "loading";

  const start = async (format: Format) => {
    if (busy()) return;
    setState({ state: "loading", format, progress: { received: 0 } });
    try {
      const file = await download(
        reportsApi.exportUrl(props.surveyId, format, props.filters),
        (progress) => setState({ state: "loading", format, progress }),
      );
      saveFile(file.blob, file.name ?? `${props.slug}.${format}`);
      setState({ state: "done", format });
    } catch (error) {
      setState({ state: "failed", format, message: describeError(asApiError(error)) });
    }
  };

  return (
    <div class="exports no-print">
      <For each={["csv", "xlsx"] as Format[]}>
        {(format) => (
          <button
            type="button"
            class="btn"
            aria-disabled={busy()}
            onClick={() => void start(format)}
          >
            Download {NAMES[format]}
          </button>
        )}
      </For>
      <div class="export-state" aria-live="polite">
        <Switch>
          <Match
            when={state().state === "loading" && (state() as Extract<State, { state: "loading" }>)}
          >
            {(loading) => (
              <ExportProgress format={loading().format} progress={loading().progress} />
            )}
          </Match>
          <Match when={state().state === "done" && (state() as Extract<State, { state: "done" }>)}>
            {(done) => <span>{NAMES[done().format]} file saved to your downloads.</span>}
          </Match>
          <Match
            when={state().state === "failed" && (state() as Extract<State, { state: "failed" }>)}
          >
            {(failed) => (
              <Message kind="error" title={`The ${NAMES[failed().format]} file didn't download`}>
                {failed().message}
              </Message>
            )}
          </Match>
        </Switch>
      </div>
    </div>
  );
}

function ExportProgress(props: { format: Format; progress: Progress }) {
  const kb = (bytes: number) =>
    `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en-GB")} KB`;
  const pct = () =>
    props.progress.total
      ? Math.min(100, Math.round((props.progress.received / props.progress.total) * 100))
      : 0;
  return (
    <Show
      when={props.progress.total}
      fallback={<Spinner inline label={`Preparing the ${NAMES[props.format]} file…`} />}
    >
      {(total) => (
        <span class="export-progress">
          <progress
            max={100}
            value={pct()}
            aria-label={`Downloading the ${NAMES[props.format]} file`}
          />
          <span>
            {kb(props.progress.received)} of {kb(total())} ({pct()}%)
          </span>
        </span>
      )}
    </Show>
  );
}
