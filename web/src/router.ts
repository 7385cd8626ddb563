/**
 * A router small enough to live in the child bundle: one signal holding the path, History API
 * navigation, and a click handler so plain `<a href>` links stay in the app.
 */
import { createSignal } from "solid-js";

/**
 * The entry only tells the child's pages from everything else; staff areas match their own
 * paths inside their lazily loaded chunk, so adding one never grows a child's download.
 */
export type Route =
  | { area: "child"; code?: string; invite?: string }
  // "You said, we did" for a code: public, nothing to answer (its page is loaded on demand).
  | { area: "you-said"; code: string }
  // A tablet in a kiosk session (its token is on the device) shows the kiosk at every path.
  | { area: "kiosk"; token: string }
  | { area: "staff" };

const [path, setPath] = createSignal(typeof location === "undefined" ? "/" : location.pathname);

/** The current path, as a reactive read. */
export { path };

/** A path's parts, decoded once here so codes and ids are kept as typed. */
export function segments(pathname: string): string[] {
  return pathname.split("/").filter(Boolean).map(safeDecode);
}

/** `tablet` is the kiosk session token kept on this device, if any: it outranks every path. */
export function match(pathname: string, tablet?: string): Route {
  if (tablet) return { area: "kiosk", token: tablet };
  const [first, second, third] = segments(pathname);
  if (first === undefined) return { area: "child" };
  // The kiosk's own address, visited once its session has gone: the code screen.
  if (first === "t" && !second) return { area: "child" };
  if (first === "s" && second && !third) return { area: "child", code: second };
  if (first === "s" && second && third === "you-said" && segments(pathname).length === 3) {
    return { area: "you-said", code: second };
  }
  if (first === "i" && second && !third) return { area: "child", invite: second };
  return { area: "staff" };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === location.pathname + location.search) return;
  if (options.replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  setPath(location.pathname);
  window.scrollTo(0, 0);
}

/** Starts listening to Back/Forward and to link clicks; call once from `main.tsx`. */
export function startRouter(): void {
  window.addEventListener("popstate", () => setPath(location.pathname));
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.("a");
    if (!link || link.target || link.hasAttribute("download")) return;
    const url = new URL(link.href, location.href);
    // Links to the API (downloads, OpenAPI) and other sites must reach the network.
    if (url.origin !== location.origin || url.pathname.startsWith("/api/")) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
}
