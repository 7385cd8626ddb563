/**
 * What stands between the draft and publishing (the server's list), and, when the last save was
 * refused, every message it gave, so none hides in a collapsed field. Beside it, the server's
 * safeguarding warnings, which do not stop publishing but which the officer must know about.
 */
import { For, Show } from "solid-js";
import type { Workspace } from "./workspace";

type Flat = { root?: string[]; nested?: Record<string, string[]> };

/** "pages.0.questions.2.prompt.en" → "page 1, question 3, prompt (en)". */
export function describePath(path: string): string {
  const words: string[] = [];
  const parts = path.split(".");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (
      (part === "pages" || part === "questions" || part === "options") &&
      next !== undefined &&
      /^\d+$/.test(next)
    ) {
      words.push(`${part.slice(0, -1)} ${Number(next) + 1}`);
      i++;
    } else if (/^[a-z]{2,3}(-\w+)?$/.test(part) && i === parts.length - 1 && i > 0) {
      words.push(`(${part})`);
    } else {
      words.push(part);
    }
  }
  return words.join(", ").replace(", (", " (");
}

export function ProblemsPanel(props: { ws: Workspace; title?: string }) {
  const refused = () => {
    const status = props.ws.status();
    if (status.state !== "invalid") return [];
    const flat = (status.error.issues ?? {}) as Flat;
    return [
      ...(flat.root ?? []),
      ...Object.entries(flat.nested ?? {}).flatMap(([path, messages]) =>
        messages.map((message) => `${describePath(path)}: ${message}`),
      ),
    ];
  };
  const problems = () => props.ws.view().problems;
  return (
    <Show when={refused().length > 0 || problems().length > 0}>
      <section class="problems" aria-labelledby="problems-title">
        <h2 id="problems-title">{props.title ?? "To fix before publishing"}</h2>
        <Show when={refused().length > 0}>
          <p>
            <strong>Your latest changes are not saved</strong> until these are fixed (they are kept
            in this browser meanwhile):
          </p>
          <ul>
            <For each={refused()}>{(message) => <li>{message}</li>}</For>
          </ul>
        </Show>
        <Show when={problems().length > 0}>
          <ul>
            <For each={problems()}>{(problem) => <li>{problem}</li>}</For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}

/**
 * Safeguarding warnings: questions about safety that alert nobody (publishing then needs the
 * officer's confirmation) and languages whose free text goes to the queue unscreened.
 */
export function WarningsPanel(props: { ws: Workspace }) {
  const warnings = () => props.ws.view().warnings ?? [];
  return (
    <Show when={warnings().length > 0}>
      <section class="problems warnings" aria-labelledby="warnings-title">
        <h2 id="warnings-title">Safeguarding: check before publishing</h2>
        <ul>
          <For each={warnings()}>
            {(warning) => <li id={`warning-${warning.kind}`}>{warning.message}</li>}
          </For>
        </ul>
      </section>
    </Show>
  );
}
