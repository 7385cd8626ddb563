/**
 * The service worker: lets a tablet open Chorus and any survey it has opened before with no
 * network, for home visits without Wi-Fi. Built as `/sw.js` by vite.config.ts, which writes the
 * child's built files and a version for this build into the placeholders below.
 *
 * It keeps the app's own files and the surveys a child opened, nothing else: staff pages' data
 * never sits in the cache, and it never touches a request that is not a GET (answers go through
 * the outbox in the page, which knows when the server has them).
 */

// The DOM library types the rest; these are the few worker-only shapes used here.
type ExtendableEvent = Event & { waitUntil(work: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & {
  request: Request;
  respondWith(response: Promise<Response>): void;
};
type WorkerScope = {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
};
const worker = self as unknown as WorkerScope;

const VERSION = "__CHORUS_SW_VERSION__";
const PRECACHE = "__CHORUS_SW_PRECACHE__" as unknown as string[];

/** Changes with every build, so an update brings its own files and the old ones are deleted. */
const APP_CACHE = `chorus-app-${VERSION}`;
/** Outlives app updates: a survey opened at the office must still open on tonight's visit. */
const SURVEY_CACHE = "chorus-surveys-v1";
const SHELL = "/index.html";
/** On weak Wi-Fi, how long to wait for the network before answering from the cache. */
const SLOW_MS = 4_000;

/** What a child's device reads to open a survey: by code, invite link or tablet session. */
const SURVEY_PATH = /^\/api\/[sit]\/[^/]+$/;
/** An officer's recording in that survey, named by its hash: it never changes. */
const RECORDING_PATH = /^\/api\/[sit]\/[^/]+\/audio\/[0-9a-f]{64}$/;

// Where the API lives when it is not on this origin (VITE_API_URL, written in at deploy time).
const apiOrigin = (() => {
  try {
    return new URL(import.meta.env.VITE_API_URL || "/", worker.location.origin).origin;
  } catch {
    return worker.location.origin;
  }
})();

worker.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(APP_CACHE)
      // "reload" skips the browser's HTTP cache, so the shell is this build's, not yesterday's.
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" }))))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("chorus-") && name !== APP_CACHE)
            .filter((name) => name !== SURVEY_CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const here = url.origin === worker.location.origin;
  if (request.mode === "navigate" && here) {
    event.respondWith(networkFirst(request, () => shell(url)));
  } else if ((here || url.origin === apiOrigin) && SURVEY_PATH.test(url.pathname)) {
    event.respondWith(networkFirst(request, () => cached(SURVEY_CACHE, request), keepSurvey));
  } else if ((here || url.origin === apiOrigin) && RECORDING_PATH.test(url.pathname)) {
    // Kept beside the surveys, so a recording heard at the office plays on tonight's visit.
    event.respondWith(cacheFirst(request, SURVEY_CACHE));
  } else if (here && url.pathname.startsWith("/assets/")) {
    event.respondWith(cacheFirst(request));
  }
  // Anything else (the rest of /api/, other sites) goes to the network as if we were not here.
});

/** Client-side routes all open the app shell; the API's own paths have no offline page. */
async function shell(url: URL): Promise<Response | undefined> {
  return url.pathname.startsWith("/api/") ? undefined : cached(APP_CACHE, SHELL);
}

async function cached(cacheName: string, request: Request | string) {
  return (await caches.open(cacheName)).match(request);
}

async function keepSurvey(request: Request, response: Response): Promise<void> {
  const cache = await caches.open(SURVEY_CACHE);
  if (response.ok) await cache.put(request, response.clone());
  // A closed or withdrawn survey must not keep opening offline.
  else if (response.status === 404 || response.status === 410) await cache.delete(request);
}

/** The network's answer when it comes in time; the cached copy when offline or too slow. */
async function networkFirst(
  request: Request,
  fallback: () => Promise<Response | undefined>,
  keep?: (request: Request, response: Response) => Promise<void>,
): Promise<Response> {
  const network = fetch(request).then(async (response) => {
    await keep?.(request, response).catch(() => {});
    return response;
  });
  // If the cache answers first, a later network failure is nobody's concern.
  network.catch(() => {});
  try {
    const quick = await Promise.race([network, wait(SLOW_MS)]);
    if (quick) return quick;
    return (await fallback()) ?? (await network);
  } catch {
    return (await fallback()) ?? Response.error();
  }
}

/**
 * Built files and recordings carry a content hash in their names, so a cached one is never
 * stale. Only whole answers are kept (a media element's byte-range answer, 206, is not).
 */
async function cacheFirst(request: Request, cacheName = APP_CACHE): Promise<Response> {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.status === 200) await cache.put(request, response.clone()).catch(() => {});
  return response;
}

function wait(ms: number): Promise<undefined> {
  return new Promise((done) => setTimeout(() => done(undefined), ms));
}
