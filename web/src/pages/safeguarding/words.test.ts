import type { Question } from "@chorus/core/survey/schema";
import { describe, expect, it } from "vitest";
import type { ListedAlert } from "./types";
import {
  answerWords,
  clockTime,
  highlight,
  highlightAt,
  isOverdue,
  queueOrder,
  reasonWords,
  relativeTime,
} from "./words";

const NOW = new Date("2026-11-30T12:00:00Z");

const listed = (fields: Partial<ListedAlert>): ListedAlert => ({
  id: "alr_00000001",
  responseId: "r",
  surveyId: "srv",
  severity: "concern",
  reasons: [],
  status: "open",
  raisedAt: "2026-11-30T11:00:00Z",
  dueAt: "2026-12-01T11:00:00Z",
  owner: null,
  ...fields,
});

describe("reasonWords", () => {
  it("says each reason in plain words", () => {
    expect(reasonWords({ kind: "tellMyWorker", severity: "urgent" })).toBe(
      "Asked to tell their worker",
    );
    expect(reasonWords({ kind: "answer", questionId: "feel-safe", severity: "urgent" })).toBe(
      "Said they do not feel safe",
    );
    expect(reasonWords({ kind: "answer", questionId: "feel-safe", severity: "concern" })).toBe(
      "Not sure they feel safe",
    );
    expect(
      reasonWords(
        { kind: "answer", questionId: "feel-safe", severity: "urgent" },
        "Do you feel safe?",
        "No",
      ),
    ).toBe("Answered “No” to “Do you feel safe?”");
    expect(
      reasonWords({
        kind: "text",
        questionId: "houses",
        part: "worries",
        matched: ["hits me", "scared"],
        severity: "urgent",
      }),
    ).toBe("Wrote words that may be a disclosure in the house of worries: “hits me”, “scared”");
    expect(reasonWords({ kind: "unscreened", questionId: "one-thing", severity: "concern" })).toBe(
      "Not screened: please read what they wrote",
    );
  });
});

describe("queueOrder", () => {
  it("puts open before acknowledged, urgent before concern, then the oldest first", () => {
    const alerts = [
      listed({ id: "ack-urgent", status: "acknowledged", severity: "urgent" }),
      listed({ id: "open-concern-old", raisedAt: "2026-11-30T08:00:00Z" }),
      listed({ id: "open-urgent-new", severity: "urgent", raisedAt: "2026-11-30T11:50:00Z" }),
      listed({ id: "open-urgent-old", severity: "urgent", raisedAt: "2026-11-30T11:10:00Z" }),
    ];
    expect(alerts.sort(queueOrder).map((alert) => alert.id)).toEqual([
      "open-urgent-old",
      "open-urgent-new",
      "open-concern-old",
      "ack-urgent",
    ]);
  });
});

describe("isOverdue", () => {
  it("trusts the API when it says, and otherwise compares the due time with now", () => {
    const late = { status: "open" as const, dueAt: "2026-11-30T11:59:00Z" };
    expect(isOverdue(late, NOW)).toBe(true);
    expect(isOverdue({ ...late, dueAt: "2026-11-30T12:01:00Z" }, NOW)).toBe(false);
    expect(isOverdue({ ...late, status: "acknowledged" }, NOW)).toBe(false);
    expect(isOverdue({ ...late, overdue: false }, NOW)).toBe(false);
    expect(isOverdue({ ...late, status: "acknowledged", overdue: true }, NOW)).toBe(true);
  });
});

describe("times", () => {
  it("says how long ago and how long until, in words", () => {
    expect(relativeTime("2026-11-30T11:48:00Z", NOW)).toBe("12 minutes ago");
    expect(relativeTime("2026-11-30T12:40:00Z", NOW)).toBe("in 40 minutes");
    expect(relativeTime("2026-11-30T11:59:30Z", NOW)).toBe("just now");
    expect(relativeTime("2026-11-28T09:00:00Z", NOW)).toBe("2 days ago");
    expect(clockTime("2026-11-30T13:05:00Z", NOW)).toMatch(/^today at \d\d:05$/);
    expect(clockTime("2026-12-01T13:05:00Z", NOW)).toMatch(/^Tue 1 Dec at \d\d:05$/);
  });
});

describe("highlight", () => {
  it("marks every place the matched words appear, in any case", () => {
    expect(highlight("My dad HITS me. He hits me a lot", ["hits me"])).toEqual([
      { text: "My dad " },
      { text: "HITS me", mark: true },
      { text: ". He " },
      { text: "hits me", mark: true },
      { text: " a lot" },
    ]);
  });

  it("joins overlapping words and leaves text with no words whole", () => {
    expect(highlight("i am scared of him", ["scared", "scared of him"])).toEqual([
      { text: "i am " },
      { text: "scared of him", mark: true },
    ]);
    expect(highlight("all fine", [])).toEqual([{ text: "all fine" }]);
    expect(highlight("all fine", ["knife"])).toEqual([{ text: "all fine" }]);
  });

  it("marks by position for the screen endpoint's answer", () => {
    expect(highlightAt("i want to die", [[2, 13]])).toEqual([
      { text: "i " },
      { text: "want to die", mark: true },
    ]);
  });
});

describe("answerWords", () => {
  const yesNo: Question = {
    id: "feel-safe",
    type: "yesNo",
    prompt: { en: "Safe?" },
    allowPreferNot: true,
  };
  const choice: Question = {
    id: "talk-to",
    type: "multi",
    allowPreferNot: true,
    min: 1,
    prompt: { en: "Who?" },
    options: [
      { id: "carer", label: { en: "My carer", ar: "مقدّم الرعاية" } },
      { id: "teacher", label: { en: "A teacher" } },
    ],
  };

  it("puts a choice in the language asked for, falling back to English", () => {
    expect(answerWords(yesNo, "no", "en")).toBe("No");
    expect(answerWords(yesNo, "no", "pl")).toBe("Nie");
    expect(answerWords(choice, ["carer", "teacher"], "ar")).toBe("مقدّم الرعاية, A teacher");
    expect(answerWords(yesNo, "preferNot", "en")).toBe("I'd rather not say");
  });

  it("gives a face in words and its place on the scale, never as an emoji", () => {
    const feel: Question = {
      id: "feel-home",
      type: "emoji",
      faces: 5,
      allowPreferNot: true,
      prompt: { en: "How do you feel?" },
    };
    expect(answerWords(feel, 1, "en")).toBe("Really bad (1 of 5)");
    expect(answerWords(feel, 5, "pl")).toBe("Bardzo dobrze (5 of 5)");
    expect(answerWords(feel, 2, "en")).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});
