/**
 * The survey studio, for participation officers: the list of surveys, one survey's workspace
 * (design, translations, publishing, handing out, themes and quotes), its printable poster, and
 * the organisation's waves. Its own lazy chunk.
 */
import "./studio.css";
import { createMemo, lazy, Match, Switch } from "solid-js";
import { path, segments } from "../../router";
import { StaffShell } from "../staff/StaffShell";
import { FindResponse } from "./FindResponse";
import { SurveyList } from "./SurveyList";
import { WavesPage } from "./WavesPage";
import { type Tab, Workspace } from "./Workspace";

export type StudioRoute =
  | { page: "list" }
  | { page: "waves" }
  | { page: "responses" }
  | { page: "survey"; surveyId: string; tab: Tab }
  | { page: "poster"; surveyId: string; distributionId: string }
  | { page: "unknown" };

const TABS: Tab[] = ["design", "translations", "publish", "distribute", "themes"];

export function studioRoute(pathname: string): StudioRoute {
  const [, id, second, third, fourth] = segments(pathname);
  if (!id) return { page: "list" };
  // Survey ids start srv_, so this name cannot be one.
  if (id === "waves") return second ? { page: "unknown" } : { page: "waves" };
  if (id === "responses") return second ? { page: "unknown" } : { page: "responses" };
  if (second === "poster" && third && !fourth) {
    return { page: "poster", surveyId: id, distributionId: third };
  }
  if (third) return { page: "unknown" };
  const tab = (second ?? "design") as Tab;
  return TABS.includes(tab) ? { page: "survey", surveyId: id, tab } : { page: "unknown" };
}

// The QR code library comes only with the poster.
const Poster = lazy(() => import("./Poster").then((m) => ({ default: m.Poster })));

export function StudioApp() {
  const route = createMemo(() => studioRoute(path()));
  const survey = () => {
    const current = route();
    return current.page === "survey" ? current : undefined;
  };
  const poster = () => {
    const current = route();
    return current.page === "poster" ? current : undefined;
  };
  return (
    <StaffShell area="Studio" requires="officer" wide>
      {(_user, expired) => (
        <Switch fallback={<Unknown />}>
          <Match when={route().page === "list"}>
            <SurveyList expired={expired} />
          </Match>
          <Match when={route().page === "waves"}>
            <WavesPage expired={expired} />
          </Match>
          <Match when={route().page === "responses"}>
            <FindResponse expired={expired} />
          </Match>
          <Match when={survey()?.surveyId} keyed>
            {(surveyId) => (
              <Workspace surveyId={surveyId} tab={survey()?.tab ?? "design"} expired={expired} />
            )}
          </Match>
          <Match when={poster()}>
            {(current) => (
              <Poster surveyId={current().surveyId} distributionId={current().distributionId} />
            )}
          </Match>
        </Switch>
      )}
    </StaffShell>
  );
}

function Unknown() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address in the studio. <a href="/studio">See all surveys</a>.
      </p>
    </>
  );
}
