import "./ui/base.css";
import { createMemo, ErrorBoundary, lazy, Match, Suspense, Switch } from "solid-js";
import { render } from "solid-js/web";
import { ChildApp } from "./pages/child/ChildApp";
import { match, path, startRouter } from "./router";
import { startOffline } from "./sw-register";
import { Message, Spinner } from "./ui/Feedback";

// The child area is the front door and is loaded with the entry; staff areas come on demand so
// a child's tablet never downloads them.
const StaffApp = lazy(() =>
  import("./pages/staff/StaffApp").then((module) => ({ default: module.StaffApp })),
);

function App() {
  const route = createMemo(() => match(path()));
  const child = () => {
    const current = route();
    return current.area === "child" ? current : undefined;
  };
  return (
    <Switch>
      <Match when={route().area === "child"}>
        <ChildApp code={child()?.code} invite={child()?.invite} />
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

startRouter();
render(() => <App />, document.getElementById("app")!);
startOffline();
