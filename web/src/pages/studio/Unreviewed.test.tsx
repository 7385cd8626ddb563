import { myLifeInCare } from "@chorus/core/demo/surveys";
import type { SurveyVersion } from "@chorus/core/survey/schema";
import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { draftView } from "../../test/draftView";
import { fakeApi } from "../../test/fakeApi";
import { TranslationsTab } from "./TranslationsTab";
import { createWorkspace } from "./workspace";

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

const ID = "srv_uncheckedtest";
const view = (unreviewedLanguages: string[]) => {
  const made = draftView(ID, {
    ...structuredClone(myLifeInCare),
    languages: ["en", "pl", "ar"],
  } as SurveyVersion);
  return { ...made, draft: { ...made.draft, unreviewedLanguages } };
};
const languageItem = (name: RegExp) =>
  screen.getAllByRole("listitem").find((item) => name.test(item.textContent ?? ""))!;

describe("words Chorus wrote, not yet checked", () => {
  it("are marked beside their language until the officer confirms a speaker checked them", async () => {
    const api = fakeApi({
      [`POST /api/surveys/${ID}/translation-checks`]: (body) => ({
        body: {
          language: (body as { language: string }).language,
          checkedAt: "2026-11-30T23:00:00.000Z",
          checkedBy: "officer@demo.chorus.test",
          changed: true,
        },
      }),
    });
    const ws = createWorkspace(view(["pl", "ar"]));
    render(() => <TranslationsTab ws={ws} />);
    const polish = languageItem(/^Polish \(Polski\)/);
    expect(within(polish).getByText("not checked")).toBeTruthy();
    expect(within(languageItem(/^English/)).queryByText("not checked")).toBeNull();
    // The editor beside it says the same for the language open in it.
    expect(screen.getByRole("status").textContent).toMatch(/not checked Chorus wrote these words/);

    fireEvent.click(
      within(polish).getByRole("button", { name: "I have checked this translation (Polish)" }),
    );
    // One click only asks; nothing is sent until the officer confirms.
    expect(api.sent).toEqual([]);
    fireEvent.click(within(polish).getByRole("button", { name: "Yes, mark Polish as checked" }));
    await vi.waitFor(() => expect(within(polish).queryByText("not checked")).toBeNull());
    expect(api.sent).toEqual([
      { method: "POST", path: `/api/surveys/${ID}/translation-checks`, body: { language: "pl" } },
    ]);
    expect(ws.view().draft.unreviewedLanguages).toEqual(["ar"]);
    expect(within(languageItem(/^Arabic/)).getByText("not checked")).toBeTruthy();
  });
});
