/**
 * Every page that is not the child's: it matches staff paths and loads each area's chunk on
 * demand, so a leader never downloads the admin pages nor an invited person the reports.
 */
import { createMemo, lazy, Match, Suspense, Switch } from "solid-js";
import { path, segments } from "../../router";
import { Spinner, setTitle } from "../../ui/Feedback";

export type StaffRoute =
  | { area: "reports"; surveyId?: string }
  // The admin area checks its own page names and says when one is unknown.
  | { area: "admin"; page?: string }
  | { area: "setPassword" }
  // A read-only report shared with someone who has no account: no sign-in.
  | { area: "share"; token: string }
  // The safeguarding lead's queue, one alert, or the settings.
  | { area: "safeguarding"; page?: string; alertId?: string }
  // The studio matches its own deeper paths (a survey's tabs, its posters).
  | { area: "studio" }
  // The staff home: every page the person's roles open.
  | { area: "home" }
  | { area: "notFound" };

export function staffRoute(pathname: string): StaffRoute {
  const [first, second, third, fourth] = segments(pathname);
  if (first === "reports" && !third) return { area: "reports", surveyId: second };
  if (first === "admin" && !third) return { area: "admin", page: second };
  if (first === "set-password" && !second) return { area: "setPassword" };
  if (first === "share" && second && !third) return { area: "share", token: second };
  if (first === "safeguarding") {
    if (second === "alerts" && third && !fourth) return { area: "safeguarding", alertId: third };
    if (!third) return { area: "safeguarding", page: second };
  }
  if (first === "studio") return { area: "studio" };
  if (first === "staff" && !second) return { area: "home" };
  return { area: "notFound" };
}

const ReportsApp = lazy(() =>
  import("../reports/ReportsApp").then((module) => ({ default: module.ReportsApp })),
);
const AdminApp = lazy(() =>
  import("../admin/AdminApp").then((module) => ({ default: module.AdminApp })),
);
const StudioApp = lazy(() =>
  import("../studio/StudioApp").then((module) => ({ default: module.StudioApp })),
);
const SafeguardingApp = lazy(() =>
  import("../safeguarding/SafeguardingApp").then((module) => ({
    default: module.SafeguardingApp,
  })),
);
// In the reports chunk, beside the report components it shows, but outside the staff frame.
const SharePage = lazy(() =>
  import("../reports/SharePage").then((module) => ({ default: module.SharePage })),
);
const StaffHome = lazy(() =>
  import("./StaffHome").then((module) => ({ default: module.StaffHome })),
);
const SetPassword = lazy(() =>
  import("./SetPassword").then((module) => ({ default: module.SetPassword })),
);

export function StaffApp() {
  const route = createMemo(() => staffRoute(path()));
  const surveyId = () => {
    const current = route();
    return current.area === "reports" ? current.surveyId : undefined;
  };
  const adminPage = () => {
    const current = route();
    return current.area === "admin" ? current.page : undefined;
  };
  const safeguarding = () => {
    const current = route();
    return current.area === "safeguarding" ? current : undefined;
  };
  const share = () => {
    const current = route();
    return current.area === "share" ? current : undefined;
  };
  return (
    <Suspense fallback={<Spinner label="Loading…" />}>
      <Switch fallback={<NotFound />}>
        <Match when={route().area === "reports"}>
          <ReportsApp surveyId={surveyId()} />
        </Match>
        <Match when={route().area === "admin"}>
          <AdminApp page={adminPage()} />
        </Match>
        <Match when={route().area === "studio"}>
          <StudioApp />
        </Match>
        <Match when={safeguarding()}>
          {(where) => <SafeguardingApp page={where().page} alertId={where().alertId} />}
        </Match>
        <Match when={share()}>{(where) => <SharePage token={where().token} />}</Match>
        <Match when={route().area === "home"}>
          <StaffHome />
        </Match>
        <Match when={route().area === "setPassword"}>
          <SetPassword />
        </Match>
      </Switch>
    </Suspense>
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
