/**
 * A router small enough to live in the child bundle: one signal holding the path, History API
 * navigation, and a click handler so plain `<a href>` links stay in the app.
 */
import { createSignal } from "solid-js";

export type Route =
  | { area: "child"; code?: string }
  | { area: "reports"; surveyId?: string }
  | { area: "notFound" };

const [path, setPath] = createSignal(typeof location === "undefined" ? "/" : location.pathname);

/** The current path, as a reactive read. */
export { path };

/** Matches a path to an area; codes and ids are kept as typed, decoding done once here. */
export function match(pathname: string): Route {
  const parts = pathname.split("/").filter(Boolean).map(safeDecode);
  const [first, second, third] = parts;
  if (first === undefined) return { area: "child" };
  if (first === "s" && second && !third) return { area: "child", code: second };
  if (first === "reports" && !third) return { area: "reports", surveyId: second };
  return { area: "notFound" };
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
