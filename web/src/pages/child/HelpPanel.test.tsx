import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { HelpPanel } from "./HelpPanel";
import { ReadAloud, SpeechProblem } from "./ReadAloud";

afterEach(cleanup);

function setup(canTellWorker = true) {
  const [tell, setTell] = createSignal(false);
  render(() => (
    <HelpPanel canTellWorker={canTellWorker} tellWorker={tell()} onTellWorker={setTell} />
  ));
  const opener = screen.getByRole("button", { name: "I'm worried" });
  opener.focus();
  fireEvent.click(opener);
  return { opener, tell };
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

  it("tells the child what happens when they ask for their worker", async () => {
    const { tell } = setup();
    const button = screen.getByRole("button", { name: "Tell my worker" });
    expect(button.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(button);
    expect(tell()).toBe(true);
    expect(button.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("status").textContent).toContain("a worker will be told");
    fireEvent.click(button);
    expect(tell()).toBe(false);
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
