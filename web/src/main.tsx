import "./ui/base.css";
import { createMemo, ErrorBoundary, lazy, Match, Suspense, Switch } from "solid-js";
import { render } from "solid-js/web";
import { ChildApp } from "./pages/child/ChildApp";
import { match, path, startRouter } from "./router";
import { Message, Spinner, setTitle } from "./ui/Feedback";

// The child area is the front door and is loaded with the entry; staff areas come on demand so
// a child's tablet never downloads them.
const ReportsApp = lazy(() =>
  import("./pages/reports/ReportsApp").then((module) => ({ default: module.ReportsApp })),
);

function App() {
  const route = createMemo(() => match(path()));
  const code = () => {
    const current = route();
    return current.area === "child" ? current.code : undefined;
  };
  const surveyId = () => {
    const current = route();
    return current.area === "reports" ? current.surveyId : undefined;
  };
  return (
    <Switch fallback={<NotFound />}>
      <Match when={route().area === "child"}>
        <ChildApp code={code()} />
      </Match>
      <Match when={route().area === "reports"}>
        <ErrorBoundary fallback={<LoadFailed />}>
          <Suspense fallback={<Spinner label="Loading reports…" />}>
            <ReportsApp surveyId={surveyId()} />
          </Suspense>
        </ErrorBoundary>
      </Match>
    </Switch>
  );
}

function NotFound() {
  setTitle("Page not found");
  return (
    <main class="page narrow">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href="/">Go to the start</a>.
      </p>
    </main>
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
