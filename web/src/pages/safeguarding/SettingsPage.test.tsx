import { fireEvent, render, screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { failure, fakeApi } from "../../test/fakeApi";
import { checkSettings, SettingsPage } from "./SettingsPage";
import { cleanUpAfterEach, LEAD } from "./testing";

cleanUpAfterEach();

const ME = LEAD;
const SAVED = {
  urgentHours: 1,
  concernWorkingDays: 1,
  phrases: [{ id: "phr_1", language: "en", phrase: "going country", severity: "urgent" }],
};

describe("checkSettings", () => {
  it("keeps due times in range and phrases 2 to 80 characters, dropping empty rows", () => {
    const row = { key: "k", language: "en", severity: "concern" as const };
    expect(checkSettings(0, 11, [{ ...row, phrase: "x" }]).problems).toEqual({
      urgentHours: expect.any(String),
      concernWorkingDays: expect.any(String),
      "phrase-0": "A phrase is 2 to 80 characters long.",
    });
    expect(
      checkSettings(2, 3, [
        { ...row, phrase: " county lines " },
        { ...row, phrase: "" },
      ]),
    ).toEqual({
      problems: {},
      body: {
        urgentHours: 2,
        concernWorkingDays: 3,
        phrases: [{ language: "en", phrase: "county lines", severity: "concern" }],
      },
    });
  });
});

describe("SettingsPage", () => {
  it("saves due times and a new phrase of the organisation's own", async () => {
    const api = fakeApi({
      "GET /api/safeguarding/settings": { body: SAVED },
      "PUT /api/safeguarding/settings": (body) => ({
        body: {
          ...(body as object),
          phrases: (body as typeof SAVED).phrases.map((p, i) => ({ ...p, id: `phr_${i}` })),
        },
      }),
    });
    render(() => <SettingsPage me={ME} expired={() => {}} />);
    const urgent = await screen.findByLabelText("Urgent alerts: acknowledge within (hours)");
    expect((screen.getByLabelText("Phrase 1") as HTMLInputElement).value).toBe("going country");
    fireEvent.input(urgent, { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a phrase" }));
    fireEvent.input(screen.getByLabelText("Phrase 2"), { target: { value: "trapping" } });
    fireEvent.change(screen.getAllByLabelText("Raises")[1]!, { target: { value: "urgent" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Saved. 2 phrases of your own.");
    expect(api.sent.at(-1)).toEqual({
      method: "PUT",
      path: "/api/safeguarding/settings",
      body: {
        urgentHours: 2,
        concernWorkingDays: 1,
        phrases: [
          { language: "en", phrase: "going country", severity: "urgent" },
          { language: "en", phrase: "trapping", severity: "urgent" },
        ],
      },
    });
  });

  it("sends nothing while a field is wrong, and shows the server's refusal", async () => {
    const api = fakeApi({
      "GET /api/safeguarding/settings": { body: SAVED },
      "PUT /api/safeguarding/settings": failure(400, "request.invalid", "Check the settings.", {
        nested: { urgentHours: ["Use 1 to 72 hours."] },
      }),
    });
    render(() => <SettingsPage me={ME} expired={() => {}} />);
    const urgent = await screen.findByLabelText("Urgent alerts: acknowledge within (hours)");
    fireEvent.input(urgent, { target: { value: "100" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(screen.getByText("Use a whole number of hours from 1 to 72.")).toBeTruthy();
    expect(api.sent.filter((sent) => sent.method === "PUT")).toEqual([]);

    fireEvent.input(urgent, { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Use 1 to 72 hours.");
  });

  it("tries a sentence and marks the words that would raise an alert", async () => {
    const api = fakeApi({
      "GET /api/safeguarding/settings": { body: SAVED },
      "POST /api/safeguarding/screen": {
        body: {
          screened: true,
          alert: true,
          severity: "urgent",
          matched: [{ words: "hits me", category: "physical-abuse", at: [7, 14] }],
        },
      },
    });
    render(() => <SettingsPage me={ME} expired={() => {}} />);
    const sentence = await screen.findByLabelText("Sentence");
    fireEvent.input(sentence, { target: { value: "my dad hits me" } });
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    await screen.findByText("This would raise an urgent alert.");
    expect(document.querySelector(".try mark")?.textContent).toBe("hits me");
    expect(screen.getByText(/“hits me” \(physical abuse\)/)).toBeTruthy();
    expect(api.sent.at(-1)?.body).toEqual({ language: "en", text: "my dad hits me" });
  });

  it("says the defaults apply when this Chorus has no settings yet", async () => {
    fakeApi({});
    render(() => <SettingsPage me={ME} expired={() => {}} />);
    await screen.findByText(/urgent alerts are due within 1 hour/);
    expect(screen.getByRole("heading", { name: "Try a sentence" })).toBeTruthy();
  });
});
