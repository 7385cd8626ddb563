import { myLifeInCare } from "@chorus/core/demo/surveys";
import type { SurveyVersion } from "@chorus/core/survey/schema";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { draftView } from "../../test/draftView";
import { fakeApi } from "../../test/fakeApi";
import { stringKind, TranslationEditor } from "./TranslationEditor";
import { createWorkspace } from "./workspace";

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

const ID = "srv_translatetest";
const withLanguages = (languages: string[]) =>
  draftView(ID, { ...structuredClone(myLifeInCare), languages } as SurveyVersion);
const count = () => screen.getByRole("status").textContent ?? "";
const missing = () => Number(/^(\d+) of/.exec(count())?.[1]);

describe("translating side by side", () => {
  it("shows the survey's words beside a box per string, and the count drops as one is typed", async () => {
    const api = fakeApi({
      [`PUT /api/surveys/${ID}/draft`]: (body) => ({
        body: {
          ...withLanguages(["en", "pl"]),
          draft: {
            ...withLanguages(["en", "pl"]).draft,
            revision: 2,
            definition: (body as { definition: SurveyVersion }).definition,
          },
        },
      }),
    });
    const ws = createWorkspace(withLanguages(["en", "pl"]));
    render(() => <TranslationEditor ws={ws} />);
    const before = missing();
    expect(count()).toMatch(/still missing in Polish\.$/);
    const title = screen.getByLabelText(/^Polish: survey title/) as HTMLTextAreaElement;
    expect(title.getAttribute("lang")).toBe("pl");
    expect(title.getAttribute("dir")).toBe("ltr");
    // The English beside it describes the box, so a screen reader hears what to translate.
    const source = document.getElementById(title.getAttribute("aria-describedby")!);
    expect(source?.textContent).toBe(myLifeInCare.title.en);
    expect(source?.getAttribute("lang")).toBe("en");

    fireEvent.input(title, { target: { value: "Moje życie w opiece" } });
    expect(missing()).toBe(before - 1);
    expect(ws.survey.title).toEqual({ ...myLifeInCare.title, pl: "Moje życie w opiece" });
    await vi.waitFor(
      () => {
        const body = api.sent.filter((s) => s.method === "PUT").at(-1)?.body as
          | { definition: SurveyVersion }
          | undefined;
        expect(body?.definition.title.pl).toBe("Moje życie w opiece");
      },
      { timeout: 4000 },
    );
    // Emptying it again makes it missing again, and removes the translation.
    fireEvent.input(title, { target: { value: "  " } });
    expect(missing()).toBe(before);
    expect(ws.survey.title.pl).toBeUndefined();
  });

  it("gives Arabic boxes right-to-left, and says when there is no language to translate", () => {
    fakeApi({});
    const ws = createWorkspace(withLanguages(["en", "pl", "ar"]));
    render(() => <TranslationEditor ws={ws} />);
    fireEvent.change(screen.getByLabelText("Language to translate"), { target: { value: "ar" } });
    const title = screen.getByLabelText(/^Arabic: survey title/);
    expect(title.getAttribute("dir")).toBe("rtl");
    expect(title.getAttribute("lang")).toBe("ar");
    cleanup();
    render(() => <TranslationEditor ws={createWorkspace(withLanguages(["en"]))} />);
    expect(screen.getByText(/^Add a language above/)).toBeDefined();
  });

  it("names each kind of string in words", () => {
    expect(stringKind("q.feel-safe.option.no")).toBe("Answer option");
    expect(stringKind("q.feel-safe.band.8-11.help")).toBe("Help for ages 8–11");
    expect(stringKind("page.main.title")).toBe("Page title");
  });
});
