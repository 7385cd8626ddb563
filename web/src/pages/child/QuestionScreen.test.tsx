import type { AnswerValue, Question } from "@chorus/core/survey/schema";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { QuestionScreen } from "./QuestionScreen";

// Auto-cleanup needs vitest globals; being explicit keeps the test independent of that setting.
afterEach(cleanup);

const faces: Question = {
  id: "home",
  type: "emoji",
  faces: 5,
  prompt: { en: "How do you feel about where you live?" },
  allowPreferNot: true,
};

function setup(question: Question, initial?: AnswerValue) {
  const [value, setValue] = createSignal<AnswerValue | undefined>(initial);
  const onChange = vi.fn((next: AnswerValue | undefined) => setValue(() => next));
  const handlers = { onBack: vi.fn(), onSkip: vi.fn(), onNext: vi.fn() };
  const result = render(() => (
    <QuestionScreen
      question={question}
      language="en"
      fallback="en"
      number={2}
      total={4}
      answered={[true, false, false, false]}
      value={value()}
      onChange={onChange}
      {...handlers}
    />
  ));
  return { ...result, value, onChange, ...handlers };
}

describe("QuestionScreen", () => {
  it("shows the question as a heading and a friendly count", () => {
    setup(faces);
    expect(
      screen.getByRole("heading", { name: "How do you feel about where you live?" }),
    ).toBeTruthy();
    expect(screen.getByText("Question 2 of 4")).toBeTruthy();
    expect(screen.queryByText(/%/)).toBeNull();
  });

  it("sets the face's number when a face is chosen", () => {
    const { value, onChange } = setup(faces);
    expect(screen.getAllByRole("radio")).toHaveLength(6);
    fireEvent.click(screen.getByRole("radio", { name: "Really good" }));
    expect(onChange).toHaveBeenLastCalledWith(5);
    expect(value()).toBe(5);
    expect((screen.getByRole("radio", { name: "Really good" }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('offers "I\'d rather not say" when allowed, and records it', () => {
    const { value } = setup(faces);
    fireEvent.click(screen.getByLabelText("I'd rather not say"));
    expect(value()).toBe("preferNot");
  });

  it('hides "I\'d rather not say" when the question does not allow it', () => {
    setup({ ...faces, allowPreferNot: false });
    expect(screen.queryByLabelText("I'd rather not say")).toBeNull();
    expect(screen.getAllByRole("radio")).toHaveLength(5);
  });

  it("uses option ids for choices and yes/no/notSure for yes-no questions", () => {
    const { value, unmount } = setup({
      id: "contact",
      type: "choice",
      prompt: { en: "Who do you see most?" },
      allowPreferNot: true,
      options: [
        { id: "mum", label: { en: "Mum" } },
        { id: "dad", label: { en: "Dad" } },
      ],
    });
    fireEvent.click(screen.getByLabelText("Dad"));
    expect(value()).toBe("dad");
    unmount();

    const yesNo = setup({
      id: "safe",
      type: "yesNo",
      prompt: { en: "Do you feel safe?" },
      allowPreferNot: true,
    });
    fireEvent.click(screen.getByLabelText("Not sure"));
    expect(yesNo.value()).toBe("notSure");
  });

  it('records typed text, and keeps it when "rather not say" is toggled off again', () => {
    const { value } = setup({
      id: "wish",
      type: "text",
      prompt: { en: "What would make things better?" },
      allowPreferNot: true,
      multiline: true,
      maxLength: 1000,
    });
    const box = screen.getByRole("textbox", { name: "What would make things better?" });
    fireEvent.input(box, { target: { value: "More visits" } });
    expect(value()).toBe("More visits");

    const preferNot = screen.getByRole("button", { name: "I'd rather not say" });
    fireEvent.click(preferNot);
    expect(value()).toBe("preferNot");
    expect(preferNot.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(preferNot);
    expect(value()).toBe("More visits");
  });

  it("always offers Back and Skip, and Next only once answered", () => {
    const { onSkip, onBack, onNext } = setup(faces);
    expect(screen.queryByRole("button", { name: /Next/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Skip" }));
    fireEvent.click(screen.getByRole("button", { name: /Back/ }));
    expect(onSkip).toHaveBeenCalledOnce();
    expect(onBack).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole("radio", { name: "OK" }));
    fireEvent.click(screen.getByRole("button", { name: /Next/ }));
    expect(onNext).toHaveBeenCalledOnce();
  });
});
