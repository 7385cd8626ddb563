import "./ui/base.css";
import { createMemo, ErrorBoundary, lazy, Match, Suspense, Switch } from "solid-js";
import { render } from "solid-js/web";
import { ChildApp } from "./pages/child/ChildApp";
import { readTablet } from "./pages/child/tabletStore";
import { match, path, startRouter } from "./router";
import { startOffline } from "./sw-register";
import { Message, Spinner } from "./ui/Feedback";

// The child area is the front door and is loaded with the entry; staff areas come on demand so
// a child's tablet never downloads them.
const StaffApp = lazy(() =>
  import("./pages/staff/StaffApp").then((module) => ({ default: module.StaffApp })),
);

// A tablet run as a kiosk: its own chunk, so a child answering from a code or link never
// downloads it. Kept by the service worker like the rest of the child's parts, so a kiosk tablet
// still opens offline.
const Kiosk = lazy(() =>
  import("./pages/child/Kiosk").then((module) => ({ default: module.Kiosk })),
);

// What the council did about what children said: a page of its own, fetched when visited.
const YouSaidPage = lazy(() => import("./pages/child/YouSaid"));

// Read once: a session starts and ends with a full page load (location.replace), never in place.
const tablet = readTablet()?.token;

function App() {
  const route = createMemo(() => match(path(), tablet));
  const child = () => {
    const current = route();
    return current.area === "child" ? current : undefined;
  };
  const youSaid = () => {
    const current = route();
    return current.area === "you-said" ? current.code : undefined;
  };
  return (
    <Switch>
      <Match when={route().area === "child"}>
        <ChildApp code={child()?.code} invite={child()?.invite} />
      </Match>
      <Match when={youSaid()}>
        {(code) => (
          <ErrorBoundary fallback={<LoadFailed />}>
            <Suspense fallback={<Spinner label="Loading…" />}>
              <YouSaidPage code={code()} />
            </Suspense>
          </ErrorBoundary>
        )}
      </Match>
      <Match when={route().area === "kiosk" && tablet}>
        {(token) => (
          <ErrorBoundary fallback={<LoadFailed />}>
            <Suspense fallback={<Spinner label="Loading…" />}>
              <Kiosk token={token()} />
            </Suspense>
          </ErrorBoundary>
        )}
      </Match>
      <Match when={route().area === "staff"}>
        <ErrorBoundary fallback={<LoadFailed />}>
          <Suspense fallback={<Spinner label="Loading…" />}>
            <StaffApp />
          </Suspense>
        </ErrorBoundary>
      </Match>
    </Switch>
  );
}

function LoadFailed() {
  return (
    <main class="page narrow">
      <Message kind="error" title="This page didn't load">
        Check the internet connection, then{" "}
        <button type="button" class="link" onClick={() => location.reload()}>
          reload the page
        </button>
        .
      </Message>
    </main>
  );
}

// Back can bring a page out of the browser's memory without running this script again; on a
// kiosk tablet that page could be a staff screen from before the session, so load it afresh.
window.addEventListener("pageshow", (event) => {
  if (event.persisted && readTablet()) location.reload();
});

startRouter();
render(() => <App />, document.getElementById("app")!);
startOffline();
