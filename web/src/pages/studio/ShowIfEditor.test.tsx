import { myLifeInCare } from "@chorus/core/demo/surveys";
import { allQuestions, type SurveyVersion } from "@chorus/core/survey/schema";
import { templates } from "@chorus/core/survey/templates";
import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { draftView } from "../../test/draftView";
import { fakeApi } from "../../test/fakeApi";
import type { EditQuestion } from "./QuestionCard";
import { ShowIfEditor } from "./ShowIfEditor";
import { createWorkspace, type Workspace } from "./workspace";

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

const ID = "srv_showiftest";
const PATH = `/api/surveys/${ID}`;

const view = (definition: SurveyVersion) => draftView(ID, definition);

/** The editor for one question, wired to the workspace as a question card wires it. */
function editorFor(ws: Workspace, id: string) {
  const question = () => allQuestions(ws.survey).find((q) => q.id === id)!;
  const edit: EditQuestion = (change) =>
    ws.change((survey) => {
      const found = allQuestions(survey).find((q) => q.id === id);
      if (found) change(found, survey);
    });
  return render(() => <ShowIfEditor ws={ws} question={question()} path="pages.0" edit={edit} />);
}

const words = () =>
  document.querySelector(".rule-words")?.textContent?.replace(/\s+/g, " ").trim() ?? "";

/** Every show-if rule a template ships: its name, the template and the question. */
const cases = () =>
  templates().flatMap((t) =>
    allQuestions(t.definition)
      .filter((q) => q.showIf)
      .map((q) => [`${t.id} / ${q.id}`, t.definition, q.id] as const),
  );

describe("show-if rules of every template in the editor", () => {
  it.each(cases())("%s is read in words, with its controls, and no JSON", (_, definition, id) => {
    const ws = createWorkspace(view(definition));
    editorFor(ws, id);
    expect(words()).toMatch(/^Asked only when a child (answers|leaves|is aged|does not)/);
    expect(document.body.textContent).not.toMatch(/\bJSON\b/);
    const kind = screen.getByLabelText("Ask this question") as HTMLSelectElement;
    expect(kind.value).not.toBe("always");
    // Nothing was changed by showing it.
    expect(allQuestions(ws.survey).find((q) => q.id === id)?.showIf).toStrictEqual(
      allQuestions(definition).find((q) => q.id === id)?.showIf,
    );
  });
});

describe("building a combined rule", () => {
  it("nests 'any of' inside 'all of', reads it in words and saves it", async () => {
    const api = fakeApi({
      [`PUT ${PATH}/draft`]: (body) => ({
        body: {
          ...view(myLifeInCare),
          draft: {
            ...view(myLifeInCare).draft,
            revision: 2,
            definition: (body as { definition: SurveyVersion }).definition,
          },
        },
      }),
    });
    const ws = createWorkspace(view(myLifeInCare));
    const last = allQuestions(ws.survey).at(-1)!;
    editorFor(ws, last.id);
    const kind = screen.getByLabelText("Ask this question") as HTMLSelectElement;
    fireEvent.change(kind, { target: { value: "all" } });
    fireEvent.change(screen.getByLabelText("Earlier question for rule 1"), {
      target: { value: "feel-safe" },
    });
    const first = screen.getByRole("group", { name: "Answers for rule 1" });
    expect(within(first).getByRole("checkbox", { name: "Yes" })).toHaveProperty("checked", true);
    fireEvent.click(within(first).getByRole("checkbox", { name: "No" }));
    fireEvent.click(within(first).getByRole("checkbox", { name: "Not sure" }));
    fireEvent.click(within(first).getByRole("checkbox", { name: "Yes" }));
    // Rule 1 becomes "any of": what it was is kept as its first rule, 1.1.
    fireEvent.change(screen.getByLabelText("What rule 1 checks"), { target: { value: "any" } });
    expect(screen.getByRole("group", { name: "Answers for rule 1.1" })).toBeDefined();
    fireEvent.click(screen.getByRole("button", { name: "Add a rule to rule 1" }));
    fireEvent.change(screen.getByLabelText("What rule 1.2 checks"), { target: { value: "band" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a rule" }));
    fireEvent.change(screen.getByLabelText("What rule 2 checks"), {
      target: { value: "answered" },
    });
    fireEvent.change(screen.getByLabelText("Earlier question for rule 2"), {
      target: { value: "feel-safe" },
    });
    fireEvent.change(screen.getByLabelText("Answered or not for rule 2"), {
      target: { value: "false" },
    });
    expect(words()).toBe(
      "Asked only when a child (answers No or Not sure to “Do you feel safe where you live?” or is aged 8–11) and leaves “Do you feel safe where you live?” unanswered.",
    );
    const expected = {
      all: [
        {
          any: [
            { question: "feel-safe", in: ["no", "notSure"] },
            { ageBand: [myLifeInCare.ageBands[0]] },
          ],
        },
        { question: "feel-safe", answered: false },
      ],
    };
    expect(allQuestions(ws.survey).at(-1)?.showIf).toEqual(expected);
    expect(screen.queryByRole("button", { name: "Remove rule 1.1" })).not.toBeNull();
    await vi.waitFor(
      () => {
        const saves = api.sent.filter((s) => s.method === "PUT");
        const saved = saves.at(-1)?.body as { definition: SurveyVersion } | undefined;
        expect(saved).toBeDefined();
        expect(allQuestions(saved!.definition).at(-1)?.showIf).toEqual(expected);
      },
      { timeout: 4000 },
    );
  });
});

describe("arrow keys passing over the kinds", () => {
  it.each(cases())("%s keeps its rule after passing over every other kind", (_, definition, id) => {
    fakeApi({});
    const ws = createWorkspace(view(definition));
    editorFor(ws, id);
    const original = allQuestions(definition).find((q) => q.id === id)?.showIf;
    const kind = screen.getByLabelText("Ask this question") as HTMLSelectElement;
    const start = kind.value;
    // A closed list fires a change for every option the arrow keys pass, "Always" included.
    const options = [...kind.options].filter((o) => !o.disabled).map((o) => o.value);
    for (const value of [...options, ...options.reverse()]) {
      fireEvent.change(screen.getByLabelText("Ask this question"), { target: { value } });
    }
    fireEvent.change(screen.getByLabelText("Ask this question"), { target: { value: start } });
    expect(allQuestions(ws.survey).find((q) => q.id === id)?.showIf).toStrictEqual(original);
  });
});

describe("a rule that must not hold", () => {
  it("names the rule inside it, which cannot be removed on its own", () => {
    fakeApi({});
    const ws = createWorkspace(view(myLifeInCare));
    editorFor(ws, allQuestions(ws.survey).at(-1)!.id);
    fireEvent.change(screen.getByLabelText("Ask this question"), { target: { value: "not" } });
    expect(screen.getByLabelText("What the rule inside checks")).toBeDefined();
    expect(screen.queryByRole("button", { name: /^Remove/ })).toBeNull();
    expect(words()).toMatch(/^Asked only when a child does not do this: \(answers /);
  });

  it("inside a combined rule, offers to remove only whole rules", () => {
    fakeApi({});
    const ws = createWorkspace(view(myLifeInCare));
    editorFor(ws, allQuestions(ws.survey).at(-1)!.id);
    fireEvent.change(screen.getByLabelText("Ask this question"), { target: { value: "any" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a rule" }));
    fireEvent.change(screen.getByLabelText("What rule 2 checks"), { target: { value: "not" } });
    expect(screen.getByLabelText("What the rule inside rule 2 checks")).toBeDefined();
    expect(
      screen.getAllByRole("button", { name: /^Remove/ }).map((b) => b.textContent?.trim()),
    ).toEqual(["Remove rule 1", "Remove rule 2"]);
  });
});
