/**
 * Care leavers are adults of 16 to 25: every screen they meet speaks to them as adults and gives
 * them lines that take adults (Samaritans, their leaving care team), with Childline offered only
 * to those still under 19. Checked in English, Polish and Arabic.
 */
import type { AgeBand } from "@chorus/core/survey/schema";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal, type JSX } from "solid-js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { BandChoice } from "./BandChoice";
import { ThankYou } from "./Finish";
import { Heard } from "./Heard";
import { HelpPanel, type HelpState } from "./HelpPanel";
import { Privacy } from "./Privacy";
import { en, loadWords, WordsLanguage } from "./words";
import { words as ar } from "./words-ar";
import { words as pl } from "./words-pl";

afterEach(cleanup);
beforeAll(() => Promise.all([loadWords("ar"), loadWords("pl")]));

/** Words for a child that an adult should not be given. */
const CHILDISH = /\b(child|children|kids?|grown-ups?|the adult with you|the adult helping you)\b/i;

const [told, setTold] = createSignal<HelpState>();

/** Each screen a care leaver may meet, the help panel opened. */
const SCREENS: [string, (band: AgeBand) => JSX.Element][] = [
  [
    "privacy",
    (band) => <Privacy title="Leaving care" language="en" band={band} onStart={() => {}} />,
  ],
  ["thank you", (band) => <ThankYou band={band} onFinish={() => {}} />],
  ["help screen", (band) => <Heard band={band} queued={false} onFinish={() => {}} />],
  ["help screen, offline", (band) => <Heard band={band} queued onFinish={() => {}} />],
  [
    "I'm worried",
    (band) => <HelpPanel canTellWorker band={band} told={told()} onTellWorker={() => {}} />,
  ],
];

function shown(language: string, screenUnderTest: () => JSX.Element) {
  render(() => <WordsLanguage value={() => language}>{screenUnderTest()}</WordsLanguage>);
  const worried = document.querySelector<HTMLButtonElement>("button.worried");
  if (worried) fireEvent.click(worried);
  return document.body.textContent ?? "";
}

const tel = () =>
  [...document.querySelectorAll<HTMLAnchorElement>("a[href^='tel:']")].map((a) => a.href);

describe("a care leaver's screens", () => {
  it.each(SCREENS)("%s does not speak to them as a child", (_, make) => {
    const said = shown("en", () => make("16-25"));
    expect(said).not.toMatch(CHILDISH);
    expect(said).toMatch(/\bSamaritans\b/);
  });

  it.each(SCREENS)("%s offers Samaritans before Childline, and Childline under 19", (_, make) => {
    const said = shown("en", () => make("16-25"));
    expect(tel().slice(0, 2)).toEqual(["tel:116123", "tel:08001111"]);
    expect(said).toContain("Under 19? You can call Childline free on 0800\u00a01111 too.");
    expect(said).toContain(
      "Your personal adviser or the council's leaving care team can help too.",
    );
  });

  it.each(SCREENS)("%s gives a child of 12 to 17 Childline alone", (_, make) => {
    const said = shown("en", () => make("12-17"));
    expect(tel()[0]).toBe("tel:08001111");
    expect(tel()).not.toContain("tel:116123");
    expect(said).not.toMatch(/\bleaving care team\b/);
  });

  it.each([
    ["pl", pl],
    ["ar", ar],
  ] as const)("say the same in %s, in that language's own words", (language, table) => {
    for (const [, make] of SCREENS) {
      const said = shown(language, () => make("16-25"));
      expect(said).toContain(table.leavingCareTeam);
      expect(said).not.toContain(en.leavingCareTeam);
      expect(tel().slice(0, 2)).toEqual(["tel:116123", "tel:08001111"]);
      cleanup();
    }
  });

  it("are told, if a request cannot go, to call Samaritans rather than Childline", () => {
    shown("en", () => SCREENS[4]![1]("16-25"));
    setTold("queued");
    expect(screen.getByRole("status").textContent).toContain("tell the person with you");
    setTold("failed");
    expect(screen.getByRole("status").textContent).toBe(
      "This could not be sent. Please tell the person helping you, or call Samaritans free on 116 123.",
    );
    setTold(undefined);
  });

  it("choose their band by a name that says care leavers, not children", () => {
    render(() => (
      <BandChoice
        bands={["12-17", "16-25"]}
        value={undefined}
        onChoose={() => {}}
        onBack={() => {}}
        onNext={() => {}}
      />
    ));
    expect(screen.getByRole("radio", { name: "16 to 25 (care leavers)" })).toBeTruthy();
  });
});
