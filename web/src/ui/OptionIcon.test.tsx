import { OPTION_ICONS } from "@chorus/core/survey/parts";
import { cleanup, render } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { DRAWINGS, OptionIcon } from "./OptionIcon";

afterEach(cleanup);

describe("OptionIcon", () => {
  it("has a drawing for every picture an option may carry, and none for others", () => {
    expect(Object.keys(DRAWINGS).sort()).toEqual([...OPTION_ICONS].sort());
  });

  it.each([...OPTION_ICONS])("draws %s as a hidden SVG path, with no text at all", (name) => {
    const { container } = render(() => <OptionIcon name={name} />);
    const svg = container.querySelector("svg");
    expect(svg?.getAttribute("aria-hidden")).toBe("true");
    expect(svg?.querySelector("path")?.getAttribute("d")).toMatch(/^M[\d.-]/);
    expect(container.textContent).toBe("");
  });
});
