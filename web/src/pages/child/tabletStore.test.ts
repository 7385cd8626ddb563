import { afterEach, describe, expect, it } from "vitest";
import {
  countFinished,
  forgetTablet,
  newTabletToken,
  readTablet,
  saveTablet,
  TABLET_KEY,
  wipeDrafts,
} from "./tabletStore";

afterEach(() => localStorage.clear());

describe("the tablet's session on the device", () => {
  it("is kept, counted and forgotten", () => {
    expect(readTablet()).toBeUndefined();
    saveTablet({ token: "tok", finished: 0 });
    expect(readTablet()).toEqual({ token: "tok", finished: 0 });
    expect(countFinished()).toBe(1);
    expect(countFinished()).toBe(2);
    expect(readTablet()?.finished).toBe(2);
    forgetTablet();
    expect(readTablet()).toBeUndefined();
    expect(countFinished()).toBe(0);
  });

  it("reads a damaged entry as no session", () => {
    localStorage.setItem(TABLET_KEY, "{not json");
    expect(readTablet()).toBeUndefined();
    localStorage.setItem(TABLET_KEY, JSON.stringify({ token: 42 }));
    expect(readTablet()).toBeUndefined();
  });

  it("wipes every draft and nothing else", () => {
    localStorage.setItem("chorus.draft:/api/s/DEMO811#1", "{}");
    localStorage.setItem("chorus.draft:/api/i/abc#2", "{}");
    saveTablet({ token: "tok", finished: 3 });
    wipeDrafts();
    expect(Object.keys(localStorage)).toEqual([TABLET_KEY]);
  });

  it("makes long, distinct, URL-safe tokens", () => {
    const tokens = new Set(Array.from({ length: 20 }, newTabletToken));
    expect(tokens.size).toBe(20);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
