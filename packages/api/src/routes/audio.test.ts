/**
 * Recorded audio on a survey's words: uploaded, replaced and removed by an officer (checked by
 * the file's own bytes, audited once, a retry harmless), carried into the published version,
 * played to a child through their code, and never reachable from another council.
 */
import { createHash } from "node:crypto";
import { Audit } from "@chorus/core";
import { Demo, samplePng, sampleWav } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, OTHER, seededApp, sessionCookie, signedIn } from "../testing.js";

const { app, db, audio } = await seededApp();
const officer = await signedIn(app, "officer@demo.chorus.test");
const outsider = await signedIn(app, "all@other.chorus.test");
const child = client(app);

const SURVEY = "srv_demo_life811";
const CODE = Demo.CODES.lifeInCare;
const PROMPT = "q.feel-home.prompt";
const OPTION = "q.trusted-adult.option.carer";
const at = (key: string, language = "en") => `/api/surveys/${SURVEY}/audio/${key}/${language}`;
const hashOf = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const audited = async (action: string) =>
  (await Audit.list(db, Demo.ORG_ID, { action })).filter((e) => e.action === action);
const draftAudio = async () => (await officer("GET", `/api/surveys/${SURVEY}`)).json.draft.audio;

const wav = sampleWav();
const otherWav = sampleWav({ hertz: 660 });

describe("recordings on a survey's words", () => {
  it("are uploaded once, named by their bytes, shown on the draft and audited once", async () => {
    const first = await officer("PUT", at(PROMPT), wav);
    expect(first.status).toBe(200);
    expect(first.json.recording).toMatchObject({
      hash: hashOf(wav),
      type: "audio/wav",
      bytes: wav.length,
    });
    // The same file again, as a retry on a flaky connection sends it: the same answer.
    const again = await officer("PUT", at(PROMPT), wav);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(await draftAudio()).toEqual({ [PROMPT]: { en: first.json.recording } });
    const entries = await audited("survey.audio_uploaded");
    expect(entries.length).toBe(1);
    expect(entries[0]!.detail).toMatchObject({ words: PROMPT, language: "en", type: "audio/wav" });
    const played = await app.request(`/api/surveys/${SURVEY}/audio/${hashOf(wav)}`, {
      headers: { cookie: await sessionCookie(app, "officer@demo.chorus.test") },
    });
    expect(played.status).toBe(200);
    expect(played.headers.get("content-type")).toBe("audio/wav");
    expect(new Uint8Array(await played.arrayBuffer())).toEqual(wav);
  });

  it("refuses a file that is not audio by its bytes, whatever it claims, and keeps nothing", async () => {
    const before = await draftAudio();
    const png = samplePng(20, 20);
    const refused = await officer("PUT", at(OPTION), png, { "content-type": "audio/wav" });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe("audio.wrong_type");
    expect(refused.json.error.message).toMatch(/MP3, M4A \(AAC\), Ogg \(Opus\), WebM or WAV/);
    expect(await draftAudio()).toEqual(before);
    expect(await audio.get(`audio/${Demo.ORG_ID}/${hashOf(png)}`)).toBeUndefined();
  });

  it("refuses a recording over 1 MB in words an officer understands, and keeps nothing", async () => {
    const before = await draftAudio();
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(wav.subarray(0, 44));
    const refused = await officer("PUT", at(OPTION), big);
    expect(refused.status).toBe(413);
    expect(refused.json.error.code).toBe("audio.too_large");
    expect(refused.json.error.message).toMatch(/1 MB or smaller, which is about a minute/);
    expect(await draftAudio()).toEqual(before);
    expect(await audio.get(`audio/${Demo.ORG_ID}/${hashOf(big)}`)).toBeUndefined();
  });

  it("refuses words the survey does not have, a language it does not offer, and an empty file", async () => {
    expect((await officer("PUT", at("q.nope.prompt"), wav)).json.error.code).toBe(
      "audio.no_such_words",
    );
    expect((await officer("PUT", at("title"), wav)).json.error.code).toBe("request.invalid");
    expect((await officer("PUT", at(OPTION, "ti"), wav)).json.error.code).toBe(
      "audio.no_such_language",
    );
    expect((await officer("PUT", at(OPTION), new Uint8Array())).json.error.code).toBe(
      "audio.empty",
    );
    expect(Object.keys(await draftAudio())).toEqual([PROMPT]);
  });

  it("replaces a recording with another, audited as a second upload", async () => {
    const replaced = await officer("PUT", at(PROMPT), otherWav);
    expect(replaced.status).toBe(200);
    expect((await draftAudio())[PROMPT].en.hash).toBe(hashOf(otherWav));
    expect((await audited("survey.audio_uploaded")).length).toBe(2);
  });

  it("is carried into the published version and played to a child through their code", async () => {
    expect((await officer("PUT", at(OPTION), wav)).status).toBe(200);
    const { json } = await officer("GET", `/api/surveys/${SURVEY}`);
    expect(json.draft.unpublishedChanges).toBe(true);
    // The publish confirmation says so, though no words changed.
    const preview = await officer("GET", `/api/surveys/${SURVEY}/changes`);
    expect(preview.json.changed).toBe(true);
    expect(preview.json.changes.details).toEqual([
      "The recordings played instead of the tablet's voice",
    ]);
    const published = await officer("POST", `/api/surveys/${SURVEY}/publish`, {
      revision: json.draft.revision,
      confirmNoSafeguardingRule: true,
    });
    expect(published.status).toBe(201);
    const version = await officer(
      "GET",
      `/api/surveys/${SURVEY}/versions/${published.json.version}`,
    );
    expect(version.json.definition.audio[PROMPT].en.hash).toBe(hashOf(otherWav));
    expect(version.json.definition.audio[OPTION].en.hash).toBe(hashOf(wav));
    expect((await officer("GET", `/api/surveys/${SURVEY}`)).json.draft.unpublishedChanges).toBe(
      false,
    );

    const opened = await child("GET", `/api/s/${CODE}`);
    expect(opened.json.survey.audio[PROMPT].en.hash).toBe(hashOf(otherWav));
    const heard = await app.request(`/api/s/${CODE}/audio/${hashOf(otherWav)}`);
    expect(heard.status).toBe(200);
    expect(heard.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(new Uint8Array(await heard.arrayBuffer())).toEqual(otherWav);
    // A recording this version does not refer to is out of a code's reach.
    expect(
      (await child("GET", `/api/s/${CODE}/audio/${hashOf(sampleWav({ hertz: 1 }))}`)).status,
    ).toBe(404);
  });

  it("comes off once, audited once; the published version keeps what children hear until the next", async () => {
    const removed = await officer("DELETE", at(OPTION));
    expect(removed.json).toMatchObject({ removed: true });
    expect(removed.json.audio[OPTION]).toBeUndefined();
    const again = await officer("DELETE", at(OPTION));
    expect(again.status).toBe(200);
    expect(again.json.removed).toBe(false);
    expect((await audited("survey.audio_removed")).length).toBe(1);
    expect((await app.request(`/api/s/${CODE}/audio/${hashOf(wav)}`)).status).toBe(200);
    expect((await officer("GET", `/api/surveys/${SURVEY}`)).json.draft.unpublishedChanges).toBe(
      true,
    );
  });

  it("keeps a recording saved when the draft is saved, even from a page that never saw it", async () => {
    const { json } = await officer("GET", `/api/surveys/${SURVEY}`);
    const saved = await officer("PUT", `/api/surveys/${SURVEY}/draft`, {
      revision: json.draft.revision,
      definition: {
        ...json.draft.definition,
        audio: { [OPTION]: { en: { hash: "0".repeat(64) } } },
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.draft.audio).toEqual(json.draft.audio);
    expect(saved.json.draft.definition.audio).toBeUndefined();
  });

  it("never reaches another council's recordings", async () => {
    const hash = hashOf(otherWav);
    // Their staff, by our survey or theirs; their children, by their own code.
    expect((await outsider("GET", `/api/surveys/${SURVEY}/audio/${hash}`)).status).toBe(404);
    expect((await outsider("GET", `/api/surveys/${OTHER.surveyId}/audio/${hash}`)).status).toBe(
      404,
    );
    expect((await outsider("PUT", at(PROMPT), wav)).status).toBe(404);
    expect((await outsider("DELETE", at(PROMPT))).status).toBe(404);
    expect((await child("GET", `/api/s/${OTHER.code}/audio/${hash}`)).status).toBe(404);
    expect((await draftAudio())[PROMPT].en.hash).toBe(hash);
  });
});
