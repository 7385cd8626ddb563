import { afterAll, describe, expect, it } from "vitest";
import { Action } from "../action/index.js";
import { Alert } from "../alert/index.js";
import { createDb } from "../db/client.js";
import { ensureTable, startLocalDynamo } from "../db/local.js";
import { Response } from "../response/index.js";
import { screenText } from "../safeguarding/screen.js";
import { Demo } from "./index.js";
import { CHILDREN, LEAVERS } from "./waves.js";

const dynamo = await startLocalDynamo();
afterAll(() => dynamo.close());
await ensureTable(dynamo.endpoint, "demo-waves");
const db = createDb({ table: "demo-waves", endpoint: dynamo.endpoint });
const leader = { orgId: Demo.ORG_ID, id: "stf_demo_leader", email: "leader@demo.chorus.test" };

describe("the demo's two waves", () => {
  it("use free text that raises no alert in any language (made-up answers are not disclosures)", () => {
    for (const theme of [...CHILDREN, ...LEAVERS]) {
      for (const [language, texts] of Object.entries(theme.texts)) {
        for (const text of texts)
          expect([text, screenText(language, text).matched]).toEqual([text, []]);
      }
    }
  });

  it("seed a few hundred responses over two periods, in three languages, once", {
    timeout: 120_000,
  }, async () => {
    await Demo.seed(db);
    const alertsBefore = (await Alert.list(db, Demo.ORG_ID)).length;
    expect(await Demo.seedWaves(db)).toBe(true);
    expect(await Demo.seedWaves(db)).toBe(false);
    const responses: Response.StoredResponse[] = [];
    for await (const response of Response.all(db, Demo.ORG_ID, "srv_demo_voice")) {
      responses.push(response);
    }
    const expected = Object.values(Demo.VOICE_RESPONSES).reduce((a, b) => a + b, 0);
    expect(responses).toHaveLength(expected);
    const [spring, autumn] = Demo.DEMO_WAVES;
    const within = (day: string, wave: { from: string; to: string }) =>
      day >= wave.from && day <= wave.to;
    expect(responses.filter((r) => within(r.submittedOn, spring)).length).toBe(165);
    expect(responses.filter((r) => within(r.submittedOn, autumn)).length).toBe(205);
    const languages = new Set(responses.map((r) => r.language));
    expect([...languages].sort()).toEqual(["ar", "en", "pl"]);
    expect(new Set(responses.map((r) => r.cohort))).toEqual(
      new Set(["children-in-care", "care-leavers"]),
    );
    expect(new Set(responses.map((r) => r.ageBand))).toEqual(new Set(["8-11", "12-17", "16-25"]));
    // Nothing made up reaches the safeguarding queue.
    expect((await Alert.list(db, Demo.ORG_ID)).length).toBe(alertsBefore);
    const actions = await Action.list(db, leader);
    const voice = actions.filter((a) => a.surveyId === "srv_demo_voice");
    expect(voice.map((a) => a.published).sort()).toEqual([false, true, true]);
    // A trend worth reading: social worker changes come up less by autumn.
    const share = (wave: { from: string; to: string }, words: RegExp) => {
      const texts = responses
        .filter((r) => within(r.submittedOn, wave) && r.cohort === "children-in-care")
        .map((r) => String(r.answers["one-thing"] ?? ""));
      return texts.filter((t) => words.test(t)).length / texts.length;
    };
    expect(share(spring, /social worker/i)).toBeGreaterThan(share(autumn, /social worker/i));
  });
});
