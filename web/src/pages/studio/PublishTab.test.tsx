import { myLifeInCare } from "@chorus/core/demo/surveys";
import type { SurveyVersion } from "@chorus/core/survey/schema";
import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { changeGroups } from "./PublishChanges";
import { PublishTab } from "./PublishTab";
import type { DraftView, PublishPreview } from "./studioApi";
import { createWorkspace } from "./workspace";

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

const ID = "srv_publishtest1";
const PATH = `/api/surveys/${ID}`;

function view(publishedVersion: number, revision: number): DraftView {
  return {
    draft: {
      surveyId: ID,
      staffName: "Publish test",
      revision,
      savedAt: "2026-11-30T10:00:00.000Z",
      savedBy: "officer@demo.chorus.test",
      publishedVersion,
      status: "published",
      unpublishedChanges: true,
      unreviewedLanguages: [],
      definition: structuredClone({ ...myLifeInCare, surveyId: ID }) as SurveyVersion,
    },
    translations: [],
    problems: [],
    warnings: [],
  };
}

const NONE: PublishPreview["changes"] = {
  questions: { added: [], removed: [], changed: [], reordered: false },
  translations: { added: [], removed: [], changed: [] },
  rules: { showIf: [], safeguardingAdded: 0, safeguardingRemoved: 0 },
  bands: { added: [], removed: [], wording: [] },
  details: [],
};

const preview = (changes: Partial<PublishPreview["changes"]>, changed = true): PublishPreview => ({
  publishedVersion: 2,
  nextVersion: 3,
  revision: 7,
  changed,
  changes: { ...NONE, ...changes },
});

describe("publishing says what changes", () => {
  it("offers no publish button when nothing has changed, and says since which version", async () => {
    fakeApi({ [`GET ${PATH}/changes`]: { body: preview({}, false) } });
    render(() => <PublishTab ws={createWorkspace(view(2, 7))} />);
    expect(await screen.findByText(/Nothing has changed since version 2\./)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Publish/ })).toBeNull();
  });

  it("names the new version and the differences, then publishes the revision it showed", async () => {
    const changes = {
      questions: {
        added: [{ id: "pet", words: "Do you have a pet?" }],
        removed: [],
        changed: [{ id: "home-feel", words: "How is home?" }],
        reordered: false,
      },
      translations: { added: ["pl"], removed: [], changed: [] },
      rules: {
        showIf: [{ id: "carers-listen", words: "Do your carers listen?" }],
        safeguardingAdded: 1,
        safeguardingRemoved: 0,
      },
    };
    const api = fakeApi({
      [`GET ${PATH}/changes`]: { body: preview(changes) },
      [`POST ${PATH}/publish`]: { status: 201, body: { version: 3, created: true } },
      [`GET ${PATH}`]: { body: view(3, 7) },
    });
    render(() => <PublishTab ws={createWorkspace(view(2, 7))} />);
    fireEvent.click(await screen.findByRole("button", { name: "Publish version 3…" }));
    const dialog = await screen.findByRole("dialog", { name: "Publish version 3?" });
    const text = dialog.textContent?.replace(/\s+/g, " ") ?? "";
    expect(text).toContain("1 question added“Do you have a pet?”");
    expect(text).toContain("1 question changed“How is home?”");
    expect(text).toContain("Now offered in Polish.");
    expect(text).toContain("When “Do your carers listen?” is asked.");
    expect(text).toContain("1 safeguarding rule added.");
    expect(text).toContain("Answers already given stay with version 2.");
    // Nothing is sent until the officer confirms.
    expect(api.sent.filter((s) => s.method === "POST")).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole("button", { name: "Publish version 3" }));
    await vi.waitFor(() => expect(api.sent.some((s) => s.method === "POST")).toBe(true));
    expect(api.sent.find((s) => s.method === "POST")?.body).toEqual({ revision: 7 });
  });

  it("lets the officer back out without publishing", async () => {
    const api = fakeApi({
      [`GET ${PATH}/changes`]: { body: preview({ details: ["The title children see"] }) },
    });
    render(() => <PublishTab ws={createWorkspace(view(2, 7))} />);
    fireEvent.click(await screen.findByRole("button", { name: "Publish version 3…" }));
    const dialog = await screen.findByRole("dialog", { name: "Publish version 3?" });
    expect(dialog.textContent).toContain("The title children see changed.");
    fireEvent.click(within(dialog).getByRole("button", { name: "Not now" }));
    await vi.waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(api.sent.filter((s) => s.method === "POST")).toHaveLength(0);
  });
});

describe("changes in words", () => {
  it("leaves out what did not change and counts beyond eight named questions", () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ id: `q${i}`, words: `Question ${i}` }));
    const groups = changeGroups({
      ...NONE,
      questions: { ...NONE.questions, removed: many },
      bands: { added: [], removed: ["4-7"], wording: [] },
    });
    expect(groups.map((g) => g.title)).toEqual(["10 questions taken out", "Age bands"]);
    expect(groups[0]!.items).toHaveLength(9);
    expect(groups[0]!.items.at(-1)).toBe("and 2 more");
    expect(groups[1]!.items).toEqual(["No longer for ages 4–7."]);
  });
});
