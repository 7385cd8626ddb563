import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { uuidv7 } from "@chorus/core";
import { Demo, startLocalDynamo } from "@chorus/core/local";
import { afterAll, describe, expect, it } from "vitest";
import { startChorus } from "./local.js";

const dataDir = mkdtempSync(join(tmpdir(), "chorus-local-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function countFor(url: string, code: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ email: "leader@demo.chorus.test", password: Demo.PASSWORD }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
  const list = await fetch(`${url}/api/reports/surveys`, { headers: { cookie } });
  const { surveys } = (await list.json()) as { surveys: { code: string; responseCount: number }[] };
  return surveys.find((survey) => survey.code === code)!.responseCount;
}

async function answer(url: string) {
  const now = new Date().toISOString();
  const response = await fetch(`${url}/api/s/DEMO811/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      id: uuidv7(),
      language: "en",
      startedAt: now,
      submittedAt: now,
      answers: { "feel-safe": "yes" },
    }),
  });
  expect(response.status).toBe(201);
}

describe("the local product (pnpm start)", () => {
  it("seeds an empty store once and keeps every answer across a restart", async () => {
    const first = await startChorus({ port: 0, dataDir, buildWeb: false });
    expect(await (await fetch(`${first.url}/api/health`)).json()).toEqual({ ok: true });
    expect(await countFor(first.url, "DEMO811")).toBe(Demo.SAMPLE_RESPONSES.lifeInCare);
    await answer(first.url);
    await first.close();
    // The embedded store stopped with the app: nothing listens where it was.
    await expect(fetch(first.endpoint)).rejects.toThrow();

    const second = await startChorus({ port: 0, dataDir, buildWeb: false });
    // The answer survived, and the demo data was not added a second time.
    expect(await countFor(second.url, "DEMO811")).toBe(Demo.SAMPLE_RESPONSES.lifeInCare + 1);
    await second.close();
  });

  it("leaves no store behind when the app is killed, and its data opens again", async () => {
    const killedDir = join(dataDir, "killed");
    const script = `
      const { startChorus } = await import(${JSON.stringify(join(import.meta.dirname, "local.ts"))});
      const chorus = await startChorus(${JSON.stringify({ port: 0, dataDir: killedDir, buildWeb: false, jobs: false })});
      console.log(JSON.stringify({ url: chorus.url, endpoint: chorus.endpoint }));`;
    // Its own process group, killed as a whole with SIGKILL: nothing gets to clean up.
    const app = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      detached: true,
      stdio: ["ignore", "pipe", "ignore"],
    });
    const exited = once(app, "exit");
    const [line] = (await Promise.race([
      once(createInterface({ input: app.stdout }), "line"),
      exited.then(() => Promise.reject(new Error("the app stopped before it started"))),
    ])) as [string];
    const { url, endpoint } = JSON.parse(line) as { url: string; endpoint: string };
    await answer(url);
    process.kill(-app.pid!, "SIGKILL");
    await exited;

    await expect(fetch(endpoint)).rejects.toThrow();
    // LevelDB opens again (nothing alive holds its lock), with the acknowledged answer in it.
    const again = await startChorus({ port: 0, dataDir: killedDir, buildWeb: false });
    expect(await countFor(again.url, "DEMO811")).toBe(Demo.SAMPLE_RESPONSES.lifeInCare + 1);
    await again.close();
  });

  it("uses another DynamoDB when given an endpoint", async () => {
    const external = await startLocalDynamo();
    try {
      const chorus = await startChorus({
        port: 0,
        dataDir: join(dataDir, "unused"),
        endpoint: external.endpoint,
        buildWeb: false,
      });
      expect(chorus.endpoint).toBe(external.endpoint);
      await answer(chorus.url);
      expect(await countFor(chorus.url, "DEMO811")).toBe(Demo.SAMPLE_RESPONSES.lifeInCare + 1);
      await chorus.close();
    } finally {
      await external.close();
    }
  });
});
