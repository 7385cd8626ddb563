import type { SurveyVersion } from "@chorus/core/survey/schema";
import { fireEvent, render, screen } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import { failure, fakeApi } from "../../test/fakeApi";
import { AlertPage } from "./AlertPage";
import { cleanUpAfterEach, LEAD } from "./testing";
import type { AlertView, FullAlert } from "./types";

cleanUpAfterEach();

const ME = LEAD;
const TEAM = [
  { id: ME.id, name: ME.name, email: ME.email },
  { id: "stf_kim", name: "Kim Safeguarding", email: "kim@demo.chorus.test" },
];

const survey: SurveyVersion = {
  schemaVersion: 1,
  surveyId: "srv_demo",
  version: 1,
  title: { en: "All about me", ar: "كل شيء عني" },
  defaultLanguage: "en",
  languages: ["en", "ar"],
  ageBands: ["12-17"],
  pages: [
    {
      id: "main",
      questions: [
        {
          id: "feel-safe",
          type: "yesNo",
          prompt: { en: "Do you feel safe?", ar: "هل تشعر بالأمان؟" },
          allowPreferNot: true,
        },
        {
          id: "houses",
          type: "threeHouses",
          prompt: { en: "Your three houses", ar: "بيوتك الثلاثة" },
          allowPreferNot: true,
          maxLength: 1000,
        },
      ],
    },
  ],
};

const ALERT: FullAlert = {
  id: "alr_0123456789ab",
  surveyId: "srv_demo",
  responseRef: "r1",
  severity: "urgent",
  reasons: [
    { kind: "answer", questionId: "feel-safe", severity: "urgent" },
    {
      kind: "text",
      questionId: "houses",
      part: "worries",
      matched: ["يضربني"],
      severity: "urgent",
    },
  ],
  status: "open",
  raisedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  dueAt: new Date(Date.now() + 55 * 60_000).toISOString(),
  context: { distributionId: "dst_1", cohort: "children-in-care" },
  notes: {},
};

const VIEW: AlertView = {
  alert: ALERT,
  survey,
  response: {
    language: "ar",
    ageBand: "12-17",
    submittedOn: "2026-11-30",
    answers: { "feel-safe": "no", houses: { worries: "أبي يضربني كل يوم" } },
  },
  // Context the API adds beside the alert: shown when present.
  context: {
    code: "DEMOALL",
    officer: { id: "stf_o", name: "Olu Officer" },
    tabletLabel: "Room 2",
  },
  contact: { firstName: "Sami", reach: "07700 900123" },
};

const AT = `/api/safeguarding/alerts/${ALERT.id}`;
const show = () =>
  render(() => <AlertPage me={ME} expired={() => {}} alertId={ALERT.id} colleagues={TEAM} />);

describe("AlertPage", () => {
  it("shows why, where, how to reach the child, and the answers in both languages", async () => {
    fakeApi({ [`GET ${AT}`]: { body: VIEW } });
    show();
    await screen.findByRole("heading", { level: 1, name: /Urgent alert/ });
    expect(screen.getByText("Answered “No” to “Do you feel safe?”")).toBeTruthy();
    expect(screen.getByText(/house of worries: “يضربني”/)).toBeTruthy();
    for (const fact of ["DEMOALL", "children-in-care", "Room 2", "Olu Officer", "Sami"]) {
      expect(screen.getByText(fact)).toBeTruthy();
    }
    // The question in the child's language beside the survey's own, and the answer too.
    expect(screen.getByText("هل تشعر بالأمان؟").getAttribute("lang")).toBe("ar");
    expect(screen.getByText("هل تشعر بالأمان؟").getAttribute("dir")).toBe("rtl");
    expect(screen.getByText("Do you feel safe?")).toBeTruthy();
    expect(screen.getByText("لا")).toBeTruthy();
    expect(screen.getByText("No")).toBeTruthy();
    // The child's own words as written, with the words that matched marked.
    const marks = [...document.querySelectorAll("mark")].map((mark) => mark.textContent);
    expect(marks).toEqual(["يضربني"]);
    expect(document.querySelector("mark")?.parentElement?.textContent).toBe("أبي يضربني كل يوم");
  });

  it("acknowledges, adds a note once under one id, and closes with an outcome", async () => {
    const notes: Record<string, { by: string; at: string; text: string }> = {};
    const api = fakeApi({
      [`GET ${AT}`]: { body: VIEW },
      [`POST ${AT}/acknowledge`]: {
        body: { alert: { ...ALERT, status: "acknowledged", ownerId: ME.id } },
      },
      [`POST ${AT}/notes`]: (body) => {
        const { id, text } = body as { id: string; text: string };
        notes[id] = { by: ME.email, at: new Date().toISOString(), text };
        return { body: { alert: { ...ALERT, status: "acknowledged", ownerId: ME.id, notes } } };
      },
      [`POST ${AT}/close`]: {
        body: {
          alert: { ...ALERT, status: "closed", ownerId: ME.id, notes, outcome: "police-called" },
        },
      },
    });
    show();
    const acknowledge = await screen.findByRole("button", {
      name: "Acknowledge and take ownership",
    });
    await vi.waitFor(() => expect(document.activeElement?.tagName).toBe("H1"));
    acknowledge.focus();
    fireEvent.click(acknowledge);
    await screen.findByText("You acknowledged this alert. It is yours now.");
    // The pressed button is gone; focus carries on from the actions' heading.
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe("What to do"));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("Being looked at");
    expect(screen.queryByRole("button", { name: "Acknowledge and take ownership" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Add note" }));
    expect(screen.getByText("Write the note first.")).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Your note"), { target: { value: "Rang the carer." } });
    fireEvent.click(screen.getByRole("button", { name: "Add note" }));
    await screen.findByText("Your note was added.");
    expect(screen.getByText("Rang the carer.")).toBeTruthy();
    const note = api.sent.find((sent) => sent.path.endsWith("/notes"))?.body as { id: string };
    expect(note.id).toMatch(/^note_[0-9a-f]{20}$/);

    // No further action needs a reason, and nothing is sent without one.
    fireEvent.click(screen.getByRole("radio", { name: "No further action" }));
    fireEvent.click(screen.getByRole("button", { name: "Close the alert" }));
    expect(screen.getByText("Say why no further action is needed.")).toBeTruthy();
    expect(api.sent.some((sent) => sent.path.endsWith("/close"))).toBe(false);

    fireEvent.click(screen.getByRole("radio", { name: "Police called" }));
    fireEvent.click(screen.getByRole("button", { name: "Close the alert" }));
    await screen.findByText("You closed this alert: Police called.");
    expect(api.sent.at(-1)).toMatchObject({ method: "POST", body: { outcome: "police-called" } });
    expect(screen.getByRole("button", { name: "Reopen this alert" })).toBeTruthy();
  });

  it("hands the alert to a colleague, and shows why the server refused", async () => {
    const api = fakeApi({
      [`GET ${AT}`]: { body: VIEW },
      [`POST ${AT}/assign`]: failure(
        400,
        "alert.assignee_invalid",
        "Choose an active safeguarding colleague.",
      ),
    });
    show();
    const who = await screen.findByLabelText("Colleague");
    fireEvent.click(screen.getByRole("button", { name: "Hand over" }));
    expect(screen.getByText("Choose who to hand it to.")).toBeTruthy();
    fireEvent.change(who, { target: { value: "stf_kim" } });
    fireEvent.click(screen.getByRole("button", { name: "Hand over" }));
    await screen.findByText("Choose an active safeguarding colleague.");
    expect(api.sent.at(-1)?.body).toEqual({ staffId: "stf_kim" });
  });

  it("says plainly when the alert is not there", async () => {
    fakeApi({ [`GET ${AT}`]: failure(404, "alert.not_found", "There is no such alert.") });
    show();
    expect((await screen.findByRole("alert")).textContent).toMatch(/could not be found/);
  });
});
