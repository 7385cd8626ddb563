import type { AgeBand } from "@chorus/core/survey/schema";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BandChoice } from "./BandChoice";
import { Privacy } from "./Privacy";

afterEach(cleanup);

function setup(bands: AgeBand[]) {
  const [value, setValue] = createSignal<AgeBand>();
  const onNext = vi.fn();
  const onBack = vi.fn();
  render(() => (
    <BandChoice bands={bands} value={value()} onChoose={setValue} onBack={onBack} onNext={onNext} />
  ));
  return { value, onNext, onBack };
}

describe("BandChoice", () => {
  it("offers only the survey's bands, by their words, each with a speaker", () => {
    setup(["4-7", "8-11", "16-25"]);
    expect(screen.getByRole("heading", { name: "How old are you?" })).toBeTruthy();
    const group = screen.getByRole("radiogroup", { name: "How old are you?" });
    const names = [...group.querySelectorAll("input")].map((input) => input.value);
    expect(names).toEqual(["4-7", "8-11", "16-25"]);
    for (const name of ["4 to 7", "8 to 11", "16 to 25 (care leavers)"]) {
      expect(screen.getByRole("radio", { name })).toBeTruthy();
      expect(screen.getByRole("button", { name: `Read "${name}" aloud` })).toBeTruthy();
    }
    expect(screen.queryByRole("radio", { name: "12 to 17" })).toBeNull();
  });

  it("goes on only once a band is chosen, and always back", () => {
    const { value, onNext, onBack } = setup(["4-7", "8-11", "12-17"]);
    expect(screen.queryByRole("button", { name: /Next/ })).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "12 to 17" }));
    expect(value()).toBe("12-17");
    fireEvent.click(screen.getByRole("button", { name: /Next/ }));
    fireEvent.click(screen.getByRole("button", { name: /Back/ }));
    expect(onNext).toHaveBeenCalledOnce();
    expect(onBack).toHaveBeenCalledOnce();
  });
});

describe("Privacy in each band's words", () => {
  const show = (band?: AgeBand) =>
    render(() => <Privacy title="All about me" language="en" band={band} onStart={() => {}} />);
  const promises = () => screen.getAllByRole("listitem").map((item) => item.textContent ?? "");

  it("uses very few words for 4 to 7", () => {
    show("4-7");
    const words = promises().join(" ").split(/\s+/).length;
    expect(words).toBeLessThan(30);
    expect(promises()).toContain("Not safe? Tell us. A grown-up will read it and help you.");
  });

  it("says what DESIGN.md promises, for 12 to 17 and care leavers: anonymous in reports, who reads an alert and what they see, a name only if given", () => {
    for (const band of ["12-17", "16-25"] as const) {
      show(band);
      const text = promises().join(" ");
      expect(text).toMatch(/Your answers are anonymous in reports/);
      expect(text).toMatch(/Who reads them:/);
      expect(text).toMatch(
        /If you ask us to tell your worker, or say something that means you may not be safe, a safeguarding worker reads it/,
      );
      expect(text).toMatch(/where you did the survey \(the code, or the tablet session/);
      expect(text).toMatch(/Your name is only sent if you give it\./);
      cleanup();
    }
  });

  it("keeps the simple words for 8 to 11, and when the band is not known", () => {
    for (const band of ["8-11", undefined] as const) {
      show(band);
      expect(promises()[0]).toMatch(/^Your answers are private. We don't ask for your name/);
      expect(promises()[3]).toMatch(/a safeguarding worker reads it .*\(the code or the tablet\)/);
      expect(promises()[3]).toMatch(/Your name only goes with it if you give it\.$/);
      cleanup();
    }
  });
});
