import type { HelpContact } from "@chorus/core/help/schema";
import type { AgeBand } from "@chorus/core/survey/schema";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { HelpPanel, type HelpState } from "./HelpPanel";
import { ReadAloud, SpeechProblem } from "./ReadAloud";

afterEach(cleanup);

function setup(canTellWorker = true, band?: AgeBand) {
  const [told, setTold] = createSignal<HelpState>();
  const asked: HelpContact[] = [];
  render(() => (
    <HelpPanel
      canTellWorker={canTellWorker}
      told={told()}
      band={band}
      onTellWorker={(contact) => {
        asked.push(contact);
        setTold("sending");
      }}
    />
  ));
  const opener = screen.getByRole("button", { name: "I'm worried" });
  opener.focus();
  fireEvent.click(opener);
  return { opener, asked, setTold };
}

const flush = () => new Promise((done) => setTimeout(done, 0));

describe("I'm worried", () => {
  it("opens a panel with Childline's free number and website, focused on its heading", async () => {
    setup();
    await flush();
    const dialog = screen.getByRole("dialog", { name: "If you are worried" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(screen.getByRole("link", { name: /^0800\s1111$/ }).getAttribute("href")).toBe(
      "tel:08001111",
    );
    expect(screen.getByRole("link", { name: "childline.org.uk" })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe("If you are worried");
  });

  it("closes with Escape and gives focus back to the button", async () => {
    const { opener } = setup();
    await flush();
    fireEvent.keyDown(document, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it("keeps Tab inside the panel at both ends", async () => {
    setup();
    await flush();
    const close = screen.getByRole("button", { name: "Close" });
    close.focus();
    fireEvent.keyDown(document, { key: "Tab" });
    expect(document.activeElement?.textContent).toBe("0800\u00a01111");
    fireEvent.keyDown(document, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(close);
  });

  it("asks for a name and a way to reach them, optionally, saying this message is not anonymous", () => {
    const { asked, setTold } = setup(true, "12-17");
    expect(
      screen.getByText(/Your name will go with this message so a worker can find you/),
    ).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Your first name"), { target: { value: "Sam" } });
    const reach = screen.getByLabelText("How can a worker reach you?");
    expect(reach.getAttribute("aria-describedby")).toBe("help-reach-hint");
    fireEvent.input(reach, { target: { value: "07700 900123" } });
    fireEvent.click(screen.getByRole("button", { name: "Tell my worker" }));
    expect(asked).toEqual([{ firstName: "Sam", reach: "07700 900123" }]);
    // Asked once: the form goes, and what happened to the request is said instead.
    expect(screen.queryByRole("button", { name: "Tell my worker" })).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Sending to a worker…");
    setTold("queued");
    expect(screen.getByRole("status").textContent).toContain("It will go to a worker as soon as");
    setTold("sent");
    expect(screen.getByRole("status").textContent).toContain("A worker will read this soon");
  });

  it("asks the youngest only their name and their worker's, in simpler words", () => {
    const { asked } = setup(true, "4-7");
    expect(
      screen.getByText("If you write your name, a grown-up can find you and help."),
    ).toBeTruthy();
    expect(screen.queryByLabelText("How can a worker reach you?")).toBeNull();
    expect(screen.getAllByRole("textbox")).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Tell my worker" }));
    expect(asked).toEqual([{}]);
  });

  it("offers no request to the worker when the survey turns it off", () => {
    setup(false);
    expect(screen.queryByRole("button", { name: "Tell my worker" })).toBeNull();
  });
});

describe("read-aloud button", () => {
  it("says so when the tablet has no voice for the language", () => {
    const fake = { getVoices: () => [{ lang: "en-GB" }], speak: () => {}, cancel: () => {} };
    Object.assign(globalThis, { speechSynthesis: fake, SpeechSynthesisUtterance: class {} });
    render(() => (
      <>
        <ReadAloud text="Jak się czujesz?" lang="pl" label="Read the question aloud" />
        <SpeechProblem />
      </>
    ));
    const button = screen.getByRole("button", { name: "Read the question aloud" });
    fireEvent.click(button);
    expect(screen.getByRole("status").textContent).toContain("This tablet can't read Polish aloud");
  });
});
