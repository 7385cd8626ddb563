import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CodeEntry } from "./CodeEntry";

afterEach(cleanup);

function setup(busy = false) {
  const onSubmit = vi.fn();
  render(() => <CodeEntry busy={busy} onSubmit={onSubmit} />);
  const box = screen.getByLabelText("Your code") as HTMLInputElement;
  const tap = (keys: string) => {
    for (const key of keys) fireEvent.click(screen.getByRole("button", { name: key }));
  };
  return { onSubmit, box, tap };
}

describe("CodeEntry's big keys", () => {
  it("has a key for every letter and digit, and a named delete key", () => {
    setup();
    const group = screen.getByRole("group", { name: "Letter and number keys" });
    const keys = [...group.querySelectorAll("button")].map(
      (key) => key.getAttribute("aria-label") ?? key.textContent,
    );
    expect(keys).toEqual([..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "Delete the last letter"]);
  });

  it("spells a code by tapping, deletes a slip, and sends what the box shows", () => {
    const { box, tap, onSubmit } = setup();
    tap("DEMO81");
    tap("Q");
    expect(box.value).toBe("DEMO81Q");
    fireEvent.click(screen.getByRole("button", { name: "Delete the last letter" }));
    tap("1");
    expect(box.value).toBe("DEMO811");
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(onSubmit).toHaveBeenCalledWith("DEMO811");
  });

  it("takes typing in the box as well, and the keys carry on from it", () => {
    const { box, tap } = setup();
    fireEvent.input(box, { target: { value: "demo8" } });
    tap("11");
    expect(box.value).toBe("demo811");
  });

  it("stops at 16 characters, longer than any code", () => {
    const { box, tap } = setup();
    tap("ABCDEFGHIJKLMNOPQRST");
    expect(box.value).toBe("ABCDEFGHIJKLMNOP");
  });

  it("keeps the keys still while a code is being looked up", () => {
    setup(true);
    const group = screen.getByRole("group", { name: "Letter and number keys" });
    expect((group as HTMLFieldSetElement).disabled).toBe(true);
  });
});
