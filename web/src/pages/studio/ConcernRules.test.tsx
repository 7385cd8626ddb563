import { myLifeInCare } from "@chorus/core/demo/surveys";
import type { SurveyVersion } from "@chorus/core/survey/schema";
import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { draftView } from "../../test/draftView";
import { fakeApi } from "../../test/fakeApi";
import { ConcernRules } from "./ConcernRules";
import { PublishTab } from "./PublishTab";
import type { DraftView } from "./studioApi";
import { createWorkspace } from "./workspace";

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

const ID = "srv_concernstest";
const PATH = `/api/surveys/${ID}`;

function view(warnings: DraftView["warnings"] = []): DraftView {
  return draftView(ID, myLifeInCare, { warnings });
}

/** The last definition the autosaver sent. */
async function lastSaved(api: ReturnType<typeof fakeApi>): Promise<SurveyVersion> {
  let definition: SurveyVersion | undefined;
  await vi.waitFor(
    () => {
      const saves = api.sent.filter((s) => s.method === "PUT");
      definition = (saves.at(-1)?.body as { definition?: SurveyVersion } | undefined)?.definition;
      expect(definition).toBeDefined();
    },
    { timeout: 4000 },
  );
  return definition!;
}

const saving = (body: unknown) => ({
  body: {
    ...view(),
    draft: {
      ...view().draft,
      revision: 2,
      definition: (body as { definition: unknown }).definition,
    },
  },
});

describe("safeguarding rules in the studio", () => {
  it("reads each rule in words and saves a change of severity", async () => {
    const api = fakeApi({ [`PUT ${PATH}/draft`]: saving });
    render(() => <ConcernRules ws={createWorkspace(view())} />);
    const first = screen.getByRole("article", { name: "Rule 1" });
    expect(first.querySelector(".rule-words")?.textContent?.replace(/\s+/g, " ")).toBe(
      "If a child answers No to “Do you feel safe where you live?” → then urgent: a safeguarding lead must look within the hour.",
    );
    const second = screen.getByRole("article", { name: "Rule 2" });
    expect(within(second).getByRole("checkbox", { name: "Not sure" })).toHaveProperty(
      "checked",
      true,
    );
    fireEvent.click(within(second).getByRole("radio", { name: /^Urgent/ }));
    expect(second.querySelector(".rule-words strong:last-of-type")?.textContent).toMatch(/^urgent/);
    const saved = await lastSaved(api);
    expect(saved.concerns?.[1]).toEqual({
      when: { question: "feel-safe", in: ["notSure"] },
      severity: "urgent",
    });
  });

  it("adds a rule with its question focused, keeps its last answer, and removes rules", async () => {
    const api = fakeApi({ [`PUT ${PATH}/draft`]: saving });
    render(() => <ConcernRules ws={createWorkspace(view())} />);
    fireEvent.click(screen.getByRole("button", { name: "Add a safeguarding rule" }));
    const third = screen.getByRole("article", { name: "Rule 3" });
    expect(screen.getByText(/^Rule 3 added: If a child answers/)).toBeDefined();
    const question = within(third).getByLabelText("Question") as HTMLSelectElement;
    await vi.waitFor(() => expect(document.activeElement).toBe(question));
    fireEvent.change(question, { target: { value: "feel-home" } });
    const only = within(third).getByRole("checkbox", { name: /Really bad/ }) as HTMLInputElement;
    expect(only.checked).toBe(true);
    fireEvent.click(only);
    expect(only.checked).toBe(true);
    expect(screen.getByText(/A rule needs at least one answer/)).toBeDefined();
    expect((await lastSaved(api)).concerns?.[2]).toEqual({
      when: { question: "feel-home", in: [1] },
      severity: "urgent",
    });

    for (const n of [3, 2, 1])
      fireEvent.click(screen.getByRole("button", { name: `Remove rule ${n}` }));
    expect(screen.getByText("No answer alerts anyone yet.")).toBeDefined();
    expect(screen.getByText("Rule 1 removed. No answer alerts anyone now.")).toBeDefined();
    await vi.waitFor(async () => expect((await lastSaved(api)).concerns).toBeUndefined(), {
      timeout: 4000,
    });
  });
});

/** What the changes route answers before a first publish. */
const FIRST = {
  body: {
    publishedVersion: 0,
    nextVersion: 1,
    revision: 1,
    changed: true,
    changes: {
      questions: { added: [], removed: [], changed: [], reordered: false },
      translations: { added: [], removed: [], changed: [] },
      rules: { showIf: [], safeguardingAdded: 0, safeguardingRemoved: 0 },
      bands: { added: ["8-11"], removed: [], wording: [] },
      details: [],
    },
  },
};

/** Opens the publish confirmation and confirms it. */
async function publishVersionOne() {
  fireEvent.click(await screen.findByRole("button", { name: "Publish version 1…" }));
  fireEvent.click(await screen.findByRole("button", { name: "Publish version 1" }));
}

describe("publishing a survey that asks about safety with no rule", () => {
  const warning = {
    kind: "noSafeguardingRule" as const,
    message: "This survey asks about safety in “Do you feel safe where you live?”, but no answer…",
    questionIds: ["feel-safe"],
  };

  it("needs the box ticked, and sends the confirmation only then", async () => {
    const api = fakeApi({
      [`GET ${PATH}`]: { body: view([warning]) },
      [`GET ${PATH}/changes`]: FIRST,
      [`POST ${PATH}/publish`]: (body) =>
        (body as { confirmNoSafeguardingRule?: boolean }).confirmNoSafeguardingRule
          ? { status: 201, body: { version: 1, created: true } }
          : {
              status: 400,
              body: {
                error: {
                  code: "survey.safeguarding_unconfirmed",
                  message: "This survey asks about safety but no answer alerts anyone.",
                },
              },
            },
    });
    render(() => <PublishTab ws={createWorkspace(view([warning]))} />);
    expect(
      screen.getByRole("region", { name: "Safeguarding: check before publishing" }),
    ).toBeDefined();
    const box = screen.getByRole("checkbox", { name: /Publish without a safeguarding rule/ });
    expect(box.getAttribute("aria-describedby")).toBe("warning-noSafeguardingRule");
    expect(document.getElementById("warning-noSafeguardingRule")?.textContent).toBe(
      warning.message,
    );

    await publishVersionOne();
    expect(await screen.findByText(/no answer alerts anyone\.$/)).toBeDefined();
    fireEvent.click(box);
    await publishVersionOne();
    await vi.waitFor(() => expect(api.sent.filter((s) => s.method === "POST")).toHaveLength(2));
    const [refused, confirmed] = api.sent.filter((s) => s.method === "POST");
    expect(refused?.body).toEqual({ revision: 1 });
    expect(confirmed?.body).toEqual({ revision: 1, confirmNoSafeguardingRule: true });
  });

  it("shows no box, and sends no confirmation, when every safety question has a rule", async () => {
    const api = fakeApi({
      [`GET ${PATH}`]: { body: view() },
      [`GET ${PATH}/changes`]: FIRST,
      [`POST ${PATH}/publish`]: { status: 201, body: { version: 1, created: true } },
    });
    render(() => <PublishTab ws={createWorkspace(view())} />);
    expect(screen.queryByRole("checkbox")).toBeNull();
    await publishVersionOne();
    await vi.waitFor(() => expect(api.sent.some((s) => s.method === "POST")).toBe(true));
    expect(api.sent.find((s) => s.method === "POST")?.body).toEqual({ revision: 1 });
  });
});
