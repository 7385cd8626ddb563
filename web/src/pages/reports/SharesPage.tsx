/**
 * Read-only share links for councillors and partners without accounts: make one for a survey
 * report (with the filters it was opened with) or the story of place, for a number of days; see
 * the links made and when they end; withdraw one. Whoever opens a link sees counts under the
 * same rule as here, and approved quotes at most; every opening is audited.
 */
import type { ReportFilters, SurveySummary } from "@chorus/core/report/schema";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, Spinner, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { CopyField } from "../admin/CopyField";
import { narrowed, readFilters } from "./filters";
import { LoadFailed, watchExpiry } from "./LoadFailed";
import { reportsApi, type ShareLink } from "./reportsApi";
import { bandName, byName, dayText } from "./words";

const DAYS = [7, 30, 90];

/**
 * A fresh id for the next link, in the API's shape (`shr_` and 20 hex digits). It is kept until
 * the link is made, so a request retried after a lost answer gives back the same link.
 */
export function newShareId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `shr_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

export function SharesPage(props: { expired: () => void }) {
  setTitle("Share links", "Reports");
  const query = new URLSearchParams(location.search);
  const filters = readFilters(location.search);
  const [what, setWhat] = createSignal(query.get("place") ? "place" : (query.get("survey") ?? ""));
  const [days, setDays] = createSignal(30);
  const [label, setLabel] = createSignal("");
  const [shareId, setShareId] = createSignal(newShareId());
  const [made, setMade] = createSignal<{ url: string; expiresAt: string }>();

  const surveys = createLoad(
    () => "all",
    () => reportsApi.surveys(),
  );
  const shares = createLoad(
    () => "all",
    () => reportsApi.shares(),
  );
  watchExpiry(shares.error, props.expired);

  const titleOf = (surveyId: string | null) => {
    const survey = surveys.data()?.surveys.find((s) => s.id === surveyId);
    return survey ? survey.staffName : "A survey report";
  };

  const create = createAction(async () => {
    const common = { id: shareId(), label: label().trim(), days: days() };
    const link = await reportsApi.createShare(
      what() === "place"
        ? { ...common, place: true, filters: {} }
        : { ...common, surveyId: what(), filters },
    );
    setMade({ url: absolute(link.url), expiresAt: link.expiresAt });
    setShareId(newShareId());
    setLabel("");
    shares.reload();
  });
  const revoke = createAction(async (id: string) => {
    await reportsApi.revokeShare(id);
    shares.reload();
  });

  return (
    <>
      <h1>Share links</h1>
      <p>
        A share link lets someone without an account, such as a councillor or a partner, read a
        report until the link ends. They see the same rounded numbers as you, and only quotes an
        officer approved. You can withdraw a link at any time.
      </p>
      <form
        class="share-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (what() && label().trim()) void create.run();
        }}
      >
        <h2>Make a link</h2>
        <div class="filter">
          <label for="share-what">What to share</label>
          <select id="share-what" value={what()} onChange={(e) => setWhat(e.currentTarget.value)}>
            <option value="">Choose…</option>
            <option value="place" selected={what() === "place"}>
              The story of place
            </option>
            <For each={surveys.data()?.surveys ?? []}>
              {(survey: SurveySummary) => (
                <option value={survey.id} selected={what() === survey.id}>
                  {survey.staffName}
                </option>
              )}
            </For>
          </select>
        </div>
        <Show when={what() && what() !== "place" && (narrowed(filters) || filters.by)}>
          <p>With the filters you chose: {filtersText(filters)}.</p>
        </Show>
        <div class="filter">
          <label for="share-label">Who it is for</label>
          <input
            id="share-label"
            type="text"
            required
            maxLength={120}
            aria-describedby="share-label-hint"
            value={label()}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
          <p id="share-label-hint" class="hint">
            For example "Corporate parenting panel", so you can tell your links apart.
          </p>
        </div>
        <div class="filter">
          <label for="share-days">Link works for</label>
          <select
            id="share-days"
            value={days()}
            onChange={(e) => setDays(Number(e.currentTarget.value))}
          >
            <For each={DAYS}>
              {(d) => (
                <option value={d} selected={d === days()}>
                  {d} days
                </option>
              )}
            </For>
          </select>
        </div>
        <button
          type="submit"
          class="btn primary"
          aria-disabled={!what() || !label().trim() || create.busy()}
        >
          Make the link
        </button>
        <Show when={create.busy()}>
          <Spinner inline label="Making the link…" />
        </Show>
        <Show when={create.error()}>
          {(error) => (
            <Message kind="error" title="The link wasn't made">
              {describeError(error())}
            </Message>
          )}
        </Show>
        <Show when={made()}>
          {(link) => (
            <Message kind="success" title="Link made">
              <CopyField
                label={`Share link (works until ${dayText(link().expiresAt.slice(0, 10))})`}
                value={link().url}
              />
            </Message>
          )}
        </Show>
      </form>

      <h2>Links you have made</h2>
      <Show when={revoke.error()}>
        {(error) => (
          <Message kind="error" title="The link wasn't withdrawn">
            {describeError(error())}
          </Message>
        )}
      </Show>
      <Switch>
        <Match when={shares.error()}>
          {(error) => <LoadFailed error={error()} retry={shares.reload} />}
        </Match>
        <Match when={shares.data()}>
          {(data) => (
            <Show when={data().shares.length > 0} fallback={<p>No share links yet.</p>}>
              <div class="table-wrap">
                <table class="data shares">
                  <caption class="sr-only">Share links you have made</caption>
                  <thead>
                    <tr>
                      <th scope="col">For</th>
                      <th scope="col">What</th>
                      <th scope="col">Filters</th>
                      <th scope="col">Ends</th>
                      <th scope="col">
                        <span class="sr-only">Withdraw</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={data().shares}>
                      {(share) => (
                        <ShareRow
                          share={share}
                          title={
                            share.kind === "place" ? "The story of place" : titleOf(share.surveyId)
                          }
                          onRevoke={() => void revoke.run(share.id)}
                        />
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          )}
        </Match>
        <Match when={shares.loading()}>
          <Spinner label="Loading share links…" />
        </Match>
      </Switch>
    </>
  );
}

function ShareRow(props: { share: ShareLink; title: string; onRevoke: () => void }) {
  const ends = () => dayText(props.share.expiresAt.slice(0, 10));
  const ended = () => props.share.status !== "open";
  return (
    <tr>
      <th scope="row">{props.share.label}</th>
      <td>{props.title}</td>
      <td>{narrowed(props.share.filters) ? filtersText(props.share.filters) : "None"}</td>
      <td>
        {props.share.status === "revoked"
          ? "Withdrawn"
          : `${ended() ? "Ended" : "Works until"} ${ends()}`}
      </td>
      <td>
        <Show when={!ended()}>
          <button type="button" class="btn quiet" onClick={props.onRevoke}>
            Withdraw<span class="sr-only"> the link for {props.share.label}</span>
          </button>
        </Show>
      </td>
    </tr>
  );
}

function filtersText(filters: ReportFilters): string {
  const parts: string[] = [];
  if (filters.band) parts.push(bandName(filters.band));
  if (filters.cohort) parts.push(`group ${filters.cohort}`);
  if (filters.code) parts.push(`code ${filters.code}`);
  if (filters.language) parts.push(`language ${filters.language}`);
  if (filters.wave) parts.push(`wave ${filters.wave}`);
  if (filters.from) parts.push(`from ${dayText(filters.from)}`);
  if (filters.to) parts.push(`to ${dayText(filters.to)}`);
  if (filters.by) parts.push(`by ${byName(filters.by)}`);
  return parts.join(", ");
}

/** The API may answer a path or a full address; a person needs the full one to pass on. */
const absolute = (url: string) => new URL(url, location.origin).href;
