/**
 * One survey open in the studio: the definition as a Solid store the editor changes in place,
 * the autosaver behind it, and the server's latest word on the draft (revision, problems,
 * missing translations). Every tab shares it, so switching tabs never loses an edit.
 */
import { SurveyVersion as SurveySchema, type SurveyVersion } from "@chorus/core/survey/schema";
import { batch, createSignal, onCleanup } from "solid-js";
import { createStore, produce, reconcile, unwrap } from "solid-js/store";
import * as v from "valibot";
import { ApiError } from "../../api";
import { Autosaver, readLocal, type SaveStatus } from "./autosave";
import { type DraftView, studio } from "./studioApi";

export type Workspace = ReturnType<typeof createWorkspace>;

const BACKUP = (id: string) => `chorus.studio.backup.${id}`;

/** The same check the API runs, so most mistakes show before anything is sent. */
function localCheck(definition: unknown): ApiError | undefined {
  const result = v.safeParse(SurveySchema, definition);
  if (result.success) return undefined;
  return new ApiError(
    400,
    "survey.invalid",
    "The survey is not valid yet.",
    v.flatten(result.issues),
  );
}

export function createWorkspace(first: DraftView) {
  const surveyId = first.draft.surveyId;
  const local = readLocal(surveyId);
  const differs =
    local && JSON.stringify(local.definition) !== JSON.stringify(first.draft.definition);
  const start = (differs ? local.definition : first.draft.definition) as SurveyVersion;

  const [survey, setSurvey] = createStore<SurveyVersion>(structuredClone(start));
  const [view, setView] = createSignal(first);
  const [status, setStatus] = createSignal<SaveStatus>({ state: "saved", at: first.draft.savedAt });
  const [restoredAt, setRestoredAt] = createSignal(differs ? local.at : undefined);
  const [selected, setSelected] = createSignal<string>();

  const saver = new Autosaver<DraftView>({
    surveyId,
    revision: differs ? local.base : first.draft.revision,
    save: (revision, definition) => studio.save(surveyId, revision, definition),
    revisionOf: (saved) => saved.draft.revision,
    onSaved: setView,
    onStatus: setStatus,
    check: localCheck,
  });
  onCleanup(() => saver.dispose());
  // A reload mid-edit: send what the browser kept (a stale base revision meets a conflict).
  if (differs) saver.edit(unwrap(survey));
  else if (local) saver.adopt(first.draft.revision);

  /** Makes a change to the survey and queues it for saving. */
  const change = (edit: (draft: SurveyVersion) => void) => {
    setSurvey(produce(edit));
    saver.edit(unwrap(survey));
  };

  /** Puts a server version in the editor, e.g. after a conflict or a translations upload. */
  const replace = (fresh: DraftView) =>
    batch(() => {
      setSurvey(reconcile(structuredClone(fresh.draft.definition)));
      setView(fresh);
      saver.adopt(fresh.draft.revision);
      setRestoredAt(undefined);
    });

  /** Keeps this officer's words in the browser, then loads what the other person saved. */
  const loadTheirs = async () => {
    try {
      localStorage.setItem(BACKUP(surveyId), JSON.stringify(unwrap(survey)));
    } catch {
      // Without storage the officer still gets the other version; the message says nothing kept.
    }
    replace(await studio.get(surveyId));
  };

  /** Saves this officer's version on top of the other person's. */
  const keepMine = async () => {
    const latest = await studio.get(surveyId);
    setView(latest);
    await saver.overwrite(latest.draft.revision);
  };

  const issues = (path: string): string[] => {
    const current = status();
    if (current.state !== "invalid") return [];
    const nested =
      (current.error.issues as { nested?: Record<string, string[]> } | undefined)?.nested ?? {};
    return Object.entries(nested)
      .filter(([key]) => key === path || key.startsWith(`${path}.`))
      .flatMap(([, messages]) => messages);
  };

  return {
    surveyId,
    survey,
    change,
    view,
    setView,
    status,
    restoredAt,
    dismissRestored: () => setRestoredAt(undefined),
    selected,
    setSelected,
    issues,
    replace,
    loadTheirs,
    keepMine,
    /** Sends waiting edits now; true when the server has everything. */
    flush: () => saver.flush(),
    revision: () => saver.revision,
    unsaved: () => saver.unsaved,
  };
}
