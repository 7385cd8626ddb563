import { fireEvent, render, screen, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { SurveyReportView } from "./SurveyReportView";
import { REPORT } from "./testing/fixture";
import { cleanUpAfterEach } from "./testing/setup";

cleanUpAfterEach();

const question = (name: string) =>
  screen.getByRole("region", { name: new RegExp(name) }) as HTMLElement;

describe("SurveyReportView", () => {
  it("shows counts as the API gave them, and a hidden one as fewer than 8", () => {
    render(() => <SurveyReportView report={REPORT} orgName="Demo Borough Council" />);
    const home = question("How do you feel about where you live");
    const table = within(home).getByRole("table", { name: /Answers to/ });
    const row = (name: string) => within(table).getByRole("row", { name: new RegExp(`^${name}`) });
    expect(
      within(row("Very unhappy"))
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["fewer than 8", "–"]);
    expect(
      within(row("Very happy"))
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["80", "40%"]);
    expect(home.textContent).toContain("Answered by 205");
    expect(home.textContent).toContain("Average 3.9 out of 5");
  });

  it("draws each chart as one labelled image, with its table beside it", () => {
    render(() => <SurveyReportView report={REPORT} />);
    const home = question("How do you feel about where you live");
    const images = within(home).getAllByRole("img");
    // The answers, the breakdown by band, and the change across waves.
    expect(images.map((svg) => svg.querySelector("title")?.textContent)).toEqual([
      'Answers to "How do you feel about where you live?"',
      '"How do you feel about where you live?" by age band',
      '"How do you feel about where you live?" across waves',
    ]);
    expect(images[0]?.querySelector("desc")?.textContent).toContain("Very unhappy: fewer than 8");
    // A withheld share draws no bar: four of the five answers have one.
    expect(images[0]?.querySelectorAll("rect.bar")).toHaveLength(4);
    expect(within(home).getAllByRole("table")).toHaveLength(3);
  });

  it("lets anyone show a chart's table, and says so to a screen reader", () => {
    render(() => <SurveyReportView report={REPORT} />);
    const toggle = screen.getAllByRole("button", { name: "Show as table" })[0]!;
    const table = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    expect(table.classList.contains("sr-only")).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(toggle.textContent).toBe("Hide the table");
    expect(table.classList.contains("sr-only")).toBe(false);
  });

  it("marks small groups in the breakdown and the trend, and shows the change", () => {
    render(() => <SurveyReportView report={REPORT} />);
    const trusted = question("Is there an adult you trust");
    const breakdown = within(trusted).getByRole("table", { name: /by age band/ });
    const older = within(breakdown).getByRole("row", { name: /Ages 12 to 17/ });
    expect(older.textContent).toContain("small group");
    expect(within(breakdown).getByRole("row", { name: /Ages 8 to 11/ }).textContent).not.toContain(
      "small group",
    );
    // The first wave's base for this question was small, so the change is marked too.
    // The charts star a small group; the words under them say what the star means.
    expect(within(trusted).getAllByText(/^\* Small group: fewer than 30 children/)).toHaveLength(2);
    const change = trusted.querySelector(".change")!;
    expect(change.textContent).toContain("From Autumn 2026 to Spring 2027: Yes up 2.6 points");
    expect(change.textContent).toContain("small group");
  });

  it("reads each theme with its count, share, change, words and approved quotes", () => {
    render(() => <SurveyReportView report={REPORT} />);
    const family = screen.getByRole("article", { name: "Seeing family" });
    expect(family.querySelector(".theme-numbers")?.textContent).toBe(
      "60 answers (40% of those who wrote)",
    );
    expect(family.textContent).toContain(
      "Words that put answers here: mum, brother, contact, visit",
    );
    expect(family.textContent).toContain("up 8.1 points");
    expect(
      within(family)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "I want to see my brother more than once a month.",
      "Contact with [name] got cancelled again.",
    ]);
    const emerging = screen.getByRole("article", { name: /bus pass/ });
    expect(emerging.textContent).toContain("Emerging");
    expect(emerging.querySelector(".theme-numbers")?.textContent).toBe("fewer than 8 answers");
  });

  it("puts the council, the survey, the filters and the method note on the printed cover", () => {
    render(() => (
      <SurveyReportView
        report={{ ...REPORT, filters: { band: "8-11", wave: "wav_spring" } }}
        orgName="Demo Borough Council"
      />
    ));
    const cover = document.querySelector(".print-cover")!;
    expect(cover.querySelector(".cover-org")?.textContent).toBe("Demo Borough Council");
    expect(cover.querySelector(".cover-title")?.textContent).toBe("My life in care");
    expect(cover.querySelector(".cover-scope")?.textContent).toBe("Ages 8 to 11 · Spring 2027");
    expect(cover.querySelector(".cover-note")?.textContent).toContain("rounded to the nearest 5");
  });

  it("is read-only without controls: no filters, exports, print or share", () => {
    render(() => <SurveyReportView report={REPORT} />);
    expect(screen.queryByRole("form", { name: "Filter the report" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Download/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Print" })).toBeNull();
    expect(screen.queryByRole("link", { name: /Share/ })).toBeNull();
    // Nor the exact number of responses, which only staff may see.
    expect(document.body.textContent).not.toContain("212");
  });
});

describe("the name staff know a survey by", () => {
  const named = { ...REPORT, survey: { ...REPORT.survey, staffName: "Life in care – Year 9" } };
  const controls = { filters: {}, onFilters: () => {} };

  it("heads a staff report, with the children's title beside it", () => {
    render(() => <SurveyReportView report={named} controls={controls} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Life in care – Year 9");
    expect(screen.getByText("Children see “My life in care”")).toBeTruthy();
  });

  it("is left out of a report shown without staff controls (a share link)", () => {
    render(() => <SurveyReportView report={named} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("My life in care");
    expect(screen.queryByText(/Life in care – Year 9/)).toBeNull();
  });
});
