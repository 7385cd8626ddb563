import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { failure, fakeApi } from "../../test/fakeApi";
import { codeState, SurveyList } from "./SurveyList";
import type { SurveyDashboard } from "./studioApi";
import { defaultStaffName, TemplatePicker } from "./TemplatePicker";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const code = {
  cohort: "children-in-care" as const,
  closed: false,
  createdAt: "2027-03-01T09:00:00.000Z",
};
const SPRING: SurveyDashboard = {
  id: "srv_spring0001",
  staffName: "Life in care – Year 9, spring",
  title: { en: "My life in care" },
  defaultLanguage: "en",
  status: "published",
  publishedVersion: 2,
  createdAt: "2027-02-20T09:00:00.000Z",
  responses: 5,
  firstDay: "2027-03-02",
  lastDay: "2027-03-09",
  otherResponses: 1,
  codes: [
    { ...code, distributionId: "dst_a", code: "KX7RMQ4D", label: "Council meeting", responses: 3 },
    { ...code, distributionId: "dst_b", code: "PL4NT7ZZ", label: "Home visits", responses: 1 },
  ],
  waves: [
    { id: "wav_spring", label: "Spring 2027", from: "2027-03-01", to: "2027-05-31", responses: 5 },
  ],
};
const AUTUMN: SurveyDashboard = {
  ...SPRING,
  id: "srv_autumn0001",
  staffName: "Life in care – autumn",
  status: "draft",
  publishedVersion: 0,
  responses: 0,
  otherResponses: 0,
  firstDay: undefined,
  lastDay: undefined,
  codes: [],
  waves: [],
};

describe("the studio's survey list, as a dashboard", () => {
  it("shows each survey by its name for staff with its responses, in all and per code", async () => {
    fakeApi({ "GET /api/surveys/dashboard": { body: { surveys: [SPRING, AUTUMN] } } });
    render(() => <SurveyList expired={() => {}} />);
    const spring = (await screen.findByRole("link", { name: SPRING.staffName })).closest("li")!;
    expect(spring.textContent).toContain("Children see “My life in care”");
    expect(spring.querySelector(".total")?.textContent).toBe("5 responses");
    expect(spring.textContent).toContain("Children get version 2");
    expect(spring.textContent).toContain("Answered 2 March 2027 to 9 March 2027");
    const table = within(spring).getByRole("table", { name: `Codes for ${SPRING.staffName}` });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["KX7RMQ4D", "Council meeting", "Open", "3"],
      ["PL4NT7ZZ", "Home visits", "Open", "1"],
    ]);
    expect(spring.textContent).toContain("1 response came in without one of these codes.");
    expect(spring.textContent).toContain("Spring 2027 (5 responses)");
    const autumn = screen.getByRole("link", { name: AUTUMN.staffName }).closest("li")!;
    expect(autumn.textContent).toContain("Not published yet");
    expect(autumn.querySelector(".total")?.textContent).toBe("0 responses");
  });

  it("finds a survey by a code handed out for it", async () => {
    fakeApi({ "GET /api/surveys/dashboard": { body: { surveys: [SPRING, AUTUMN] } } });
    render(() => <SurveyList expired={() => {}} />);
    await screen.findByRole("link", { name: AUTUMN.staffName });
    fireEvent.input(screen.getByLabelText("Search surveys and codes"), {
      target: { value: "pl4nt" },
    });
    expect(screen.getByRole("link", { name: SPRING.staffName })).toBeTruthy();
    expect(screen.queryByRole("link", { name: AUTUMN.staffName })).toBeNull();
  });

  it("says when a code opens or closes", () => {
    const now = new Date("2027-03-10T12:00:00Z");
    const base = SPRING.codes[0]!;
    expect(codeState({ ...base, closed: true }, now)).toBe("Closed");
    expect(codeState({ ...base, opensAt: "2027-04-01T09:00:00Z" }, now)).toBe("Opens 1 April 2027");
    expect(codeState({ ...base, closesAt: "2027-03-31T17:00:00Z" }, now)).toBe(
      "Open until 31 March 2027",
    );
    expect(codeState({ ...base, closesAt: "2027-03-01T17:00:00Z" }, now)).toBe(
      "Closed 1 March 2027",
    );
  });
});

describe("starting from a template", () => {
  const TEMPLATE = {
    id: "my-life-in-care-8-11",
    name: "My life in care (8 to 11)",
    description: "For children in care aged 8 to 11.",
    ageBands: ["8-11" as const],
    questionCount: 34,
  };
  // The council's surveys use Arabic, so it comes ticked; Polish is offered, not ticked.
  const LANGUAGES = {
    languages: [
      { code: "pl", reviewedByNativeSpeaker: false },
      { code: "ar", reviewedByNativeSpeaker: false },
    ],
    usualLanguages: ["ar"],
  };

  it("asks for a name for staff, offering the template and month, and sends it", async () => {
    const api = fakeApi({
      "GET /api/surveys/templates": { body: { templates: [TEMPLATE], ...LANGUAGES } },
      "POST /api/surveys": (body) =>
        (body as { staffName: string }).staffName === ""
          ? failure(400, "request.invalid", "The request is not valid.", {
              nested: { staffName: ["Give the survey a name for staff."] },
            })
          : { status: 201, body: { draft: { surveyId: "srv_new" } } },
    });
    render(() => <TemplatePicker onCancel={() => {}} />);
    fireEvent.click(
      await screen.findByRole("button", { name: /Use this template\s+for My life in care/ }),
    );
    const name = screen.getByLabelText("Name for staff") as HTMLInputElement;
    expect(name.value).toBe(defaultStaffName(TEMPLATE));
    expect(name.value).toMatch(/^My life in care \(8 to 11\) – [A-Z][a-z]+ \d{4}$/);
    fireEvent.input(name, { target: { value: "   " } });
    fireEvent.click(screen.getByRole("button", { name: "Create survey" }));
    expect(await screen.findByText("Give the survey a name for staff.")).toBeTruthy();
    expect(name.getAttribute("aria-invalid")).toBe("true");
    fireEvent.input(name, { target: { value: " Year 9, spring 2027 " } });
    fireEvent.click(screen.getByRole("button", { name: "Create survey" }));
    await vi.waitFor(() => expect(api.sent.filter((s) => s.method === "POST")).toHaveLength(2));
    const [refused, made] = api.sent.filter((s) => s.method === "POST");
    expect(made?.body).toMatchObject({
      templateId: TEMPLATE.id,
      staffName: "Year 9, spring 2027",
      id: (refused!.body as { id: string }).id,
      languages: ["ar"],
    });
  });

  it("offers each language Chorus has words for, the council's usual ones ticked", async () => {
    const api = fakeApi({
      "GET /api/surveys/templates": { body: { templates: [TEMPLATE], ...LANGUAGES } },
      "POST /api/surveys": { status: 201, body: { draft: { surveyId: "srv_new" } } },
    });
    render(() => <TemplatePicker onCancel={() => {}} />);
    fireEvent.click(
      await screen.findByRole("button", { name: /Use this template\s+for My life in care/ }),
    );
    const group = screen.getByRole("group", {
      name: "Languages children can choose, besides English",
    });
    const arabic = within(group).getByRole("checkbox", { name: /^Arabic/ }) as HTMLInputElement;
    const polish = within(group).getByRole("checkbox", { name: /^Polish/ }) as HTMLInputElement;
    expect([arabic.checked, polish.checked]).toEqual([true, false]);
    expect(within(group).getByText("(Polski)").getAttribute("lang")).toBe("pl");
    fireEvent.click(polish);
    fireEvent.click(arabic);
    fireEvent.click(screen.getByRole("button", { name: "Create survey" }));
    await vi.waitFor(() => expect(api.sent.filter((s) => s.method === "POST")).toHaveLength(1));
    expect(api.sent.find((s) => s.method === "POST")?.body).toMatchObject({ languages: ["pl"] });
  });

  it("makes the default name from the template's name and the month", () => {
    expect(defaultStaffName({ name: "Leaving care" }, new Date("2027-03-15T12:00:00Z"))).toBe(
      "Leaving care – March 2027",
    );
  });
});
