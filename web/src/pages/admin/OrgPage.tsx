/**
 * The council's name and logo, as posters (and reports) show them. The logo is checked here
 * for type and size before it is sent, and again by the server against the picture itself.
 */
import { MAX_LOGO_BYTES, type OrgSettings } from "@chorus/core/org/schema";
import { createSignal, Show } from "solid-js";
import { api, request } from "../../api";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { focusOnMount, Message, setTitle } from "../../ui/Feedback";
import { StatusLine, TextField, uniqueId } from "../../ui/fields";
import { createLoad } from "../../ui/load";
import type { AdminProps } from "./AdminApp";
import { expireOn, Loaded } from "./Loaded";

const ACCEPTED = ["image/png", "image/jpeg"];

/** What is wrong with a chosen file before it is sent, in words; undefined when it may go. */
export function logoProblem(file: { type: string; size: number }): string | undefined {
  if (!ACCEPTED.includes(file.type)) {
    return "Choose a PNG or JPEG picture. SVG pictures are not accepted, because they can carry code.";
  }
  if (file.size > MAX_LOGO_BYTES) {
    return `This picture is ${Math.ceil(file.size / 1024)} KB. Choose one of ${MAX_LOGO_BYTES / 1024} KB or smaller.`;
  }
  return undefined;
}

/** A file's bytes as base64, as the API takes a logo. */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

export function OrgPage(props: AdminProps) {
  setTitle("Council name and logo", "Admin");
  const load = createLoad(
    () => "org",
    () => api.get<OrgSettings>("/api/org"),
  );
  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        Council name and logo
      </h1>
      <p class="lede">
        Shown at the top of every poster officers print, so children and families know who is
        asking. The name is also on reports and shared links.
      </p>
      <Loaded load={load} loading="Loading the settings…" expired={props.expired}>
        {(data) => <OrgForm settings={data()} expired={props.expired} />}
      </Loaded>
    </>
  );
}

function OrgForm(props: { settings: OrgSettings; expired: () => void }) {
  const [settings, setSettings] = createSignal(props.settings);
  const [name, setName] = createSignal(props.settings.name);
  const [status, setStatus] = createSignal<string>();
  const [problem, setProblem] = createSignal<string>();
  const fileId = uniqueId("logo");
  let fileInput!: HTMLInputElement;

  const saveName = createAction(async () => {
    const saved = await request<OrgSettings>("PUT", "/api/admin/org/name", { name: name() });
    setSettings(saved);
    setName(saved.name);
    setStatus(`Name saved: ${saved.name}.`);
  });
  const upload = createAction(async (file: File) => {
    const { logo } = await request<{ logo: NonNullable<OrgSettings["logo"]> }>(
      "PUT",
      "/api/admin/org/logo",
      { contentType: file.type, data: await base64Of(file) },
    );
    setSettings((before) => ({ ...before, logo }));
    fileInput.value = "";
    setStatus("Logo saved. Posters show it from now on.");
  });
  const remove = createAction(async () => {
    await request("DELETE", "/api/admin/org/logo");
    setSettings((before) => ({ ...before, logo: null }));
    setStatus("Logo taken down.");
  });
  expireOn(saveName.error, props.expired);
  expireOn(upload.error, props.expired);
  expireOn(remove.error, props.expired);

  const choose = (file: File | undefined) => {
    setStatus(undefined);
    upload.clear();
    if (!file) return;
    const wrong = logoProblem(file);
    setProblem(wrong);
    if (!wrong) void upload.run(file);
  };

  return (
    <>
      <form
        class="panel org-part"
        aria-labelledby="org-name-title"
        onSubmit={(event) => {
          event.preventDefault();
          void saveName.run();
        }}
      >
        <h2 id="org-name-title">Name</h2>
        <TextField
          label="Council name"
          hint="As the public knows it, e.g. “Northshire County Council”."
          value={name()}
          maxLength={120}
          onInput={(event) => setName(event.currentTarget.value)}
          error={saveName.error() ? describeError(saveName.error()!) : undefined}
        />
        <button type="submit" class="btn primary" aria-disabled={saveName.busy()}>
          {saveName.busy() ? "Saving…" : "Save the name"}
        </button>
      </form>

      <section class="panel org-part" aria-labelledby="org-logo-title">
        <h2 id="org-logo-title">Logo</h2>
        <Show
          when={settings().logo}
          fallback={<p>No logo yet. Posters show the council's name on its own.</p>}
        >
          {(logo) => (
            <figure class="org-logo">
              <img
                src={`/api/org/logo?v=${logo().version}`}
                alt={`${settings().name} logo`}
                width={logo().width}
                height={logo().height}
              />
              <figcaption>
                {logo().contentType === "image/png" ? "PNG" : "JPEG"}, {logo().width} ×{" "}
                {logo().height} pixels, {Math.ceil(logo().bytes / 1024)} KB
              </figcaption>
            </figure>
          )}
        </Show>
        <div class="text-field">
          <label class="field" for={fileId}>
            {settings().logo ? "Choose a new logo" : "Choose a logo"}
          </label>
          <p class="hint" id={`${fileId}-hint`}>
            A PNG or JPEG picture of {MAX_LOGO_BYTES / 1024} KB or smaller. It is saved as soon as
            you choose it.
          </p>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept={ACCEPTED.join(",")}
            aria-describedby={`${fileId}-hint${problem() || upload.error() ? ` ${fileId}-error` : ""}`}
            aria-invalid={problem() || upload.error() ? true : undefined}
            onChange={(event) => choose(event.currentTarget.files?.[0])}
          />
          <Show when={problem() ?? (upload.error() && describeError(upload.error()!))}>
            {(text) => (
              <Message kind="error" id={`${fileId}-error`}>
                {text()}
              </Message>
            )}
          </Show>
        </div>
        <Show when={settings().logo}>
          <button
            type="button"
            class="btn danger"
            onClick={() => void remove.run()}
            aria-disabled={remove.busy()}
          >
            Take the logo down
          </button>
        </Show>
        <Show when={remove.error()}>
          {(error) => <Message kind="error">{describeError(error())}</Message>}
        </Show>
      </section>
      <StatusLine text={upload.busy() ? "Saving the logo…" : status()} />
    </>
  );
}
