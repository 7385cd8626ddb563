import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { reviewedByNativeSpeaker } from "../child/words-pl";
import { ChildWordsStatus } from "./ChildWordsStatus";

afterEach(cleanup);

describe("what the studio says about a language's built-in child words", () => {
  it("says Polish's words are Chorus's own, unchecked, until a council confirms them", async () => {
    render(() => <ChildWordsStatus language="pl" />);
    const said = await screen.findByText(/Buttons and help on the child's screens/);
    expect(said.textContent).toContain(
      reviewedByNativeSpeaker
        ? "checked by a native speaker"
        : "not yet checked by a native speaker",
    );
  });

  it("says plainly when a language has no words of its own, so children see English", async () => {
    render(() => <ChildWordsStatus language="cy" />);
    const said = await screen.findByText(/Buttons and help on the child's screens/);
    expect(said.textContent).toContain("not available in Welsh, so children see them in English");
  });

  it("says nothing for English, whose words are the source", async () => {
    render(() => <ChildWordsStatus language="en" />);
    await Promise.resolve();
    expect(screen.queryByText(/Buttons and help/)).toBeNull();
  });
});
