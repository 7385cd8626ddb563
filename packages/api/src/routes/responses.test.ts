/**
 * Subject rights on a real dynalite: an officer finds one response by the child's reference or
 * invite link, hands the child their answers in their own language, and deletes it with the
 * report numbers corrected exactly once, whatever is retried or crashes half way.
 */

import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { Aggregate, Audit, Effects, Quote, Response, Rights } from "@chorus/core";
import { add, contribution } from "@chorus/core/aggregate/cells";
import { Keys } from "@chorus/core/db/keys";
import { queryPages } from "@chorus/core/db/query";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { Crash, crashing } from "../crashing.js";
import { client, OTHER, responseBody, seededApp, signedIn } from "../testing.js";

const { app, db } = await seededApp();
const officer = await signedIn(app, "officer@demo.chorus.test");
const ALL_AGES = "srv_demo_allages";
const child = client(app);

type Cells = Awaited<ReturnType<typeof Aggregate.read>>["cells"];

/** A child's answers to "All about me", each with its own words so no two are alike. */
function answersOf(words: string, safe = "yes") {
  return {
    "feel-home": 4,
    "feel-safe": safe,
    "talk-to": "carer",
    happy: 7,
    houses: { goodThings: `football with ${words}` },
    "one-thing": `more time at school with ${words}`,
  };
}

async function submit(words: string, options: { language?: string; safe?: string } = {}) {
  const body = {
    ...responseBody(answersOf(words, options.safe), new Date(), options.language ?? "en"),
    ageBand: "8-11",
  };
  const sent = await child("POST", `/api/s/${Demo.CODES.allAges}/responses`, body);
  expect(sent.status).toBe(201);
  const stored = Response.storedId(body.id);
  return { body, stored, reference: Rights.referenceOf(stored) };
}

/** Everything counted from scratch: every response still stored, then every adjustment. */
async function recount(surveyId = ALL_AGES): Promise<Cells> {
  const context = await Aggregate.contextFor(db, Demo.ORG_ID, surveyId);
  const cells: Cells = {};
  for await (const response of Response.all(db, Demo.ORG_ID, surveyId)) {
    const { key, cell } = contribution(response, context.text, context.themer);
    add(cells, key, cell, 1);
  }
  const query = {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": Keys.adjustmentPartition(Demo.ORG_ID, surveyId) },
    ConsistentRead: true,
  };
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) {
      for (const change of item.changes as { key: string; cell: Cells[string]; sign: 1 | -1 }[]) {
        add(cells, change.key, change.cell, change.sign);
      }
    }
  }
  return cells;
}

/** The numbers a report reads, a full recount, and a rebuild's numbers: all three the same. */
async function expectExact() {
  const read = (await Aggregate.read(db, Demo.ORG_ID, ALL_AGES)).cells;
  expect(read).toEqual(await recount());
  await Aggregate.rebuild(db, Demo.ORG_ID, ALL_AGES);
  expect((await Aggregate.read(db, Demo.ORG_ID, ALL_AGES)).cells).toEqual(read);
}

async function stored(orgId: string, surveyId: string, responseId: string) {
  const key = Keys.response(orgId, surveyId, responseId);
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }),
  );
  return Item !== undefined;
}
const stillThere = (responseId: string) => stored(Demo.ORG_ID, ALL_AGES, responseId);

const auditOf = (action: string) => Audit.list(db, Demo.ORG_ID, { action, limit: 1000 });

describe("finding a response", () => {
  it("finds it by the reference, in any letter case and spacing, with the child's own words", async () => {
    const mine = await submit("Ziggy", { language: "ar" });
    const typed = mine.reference.replace(/-/g, " ").toLowerCase();
    const found = await officer("POST", "/api/responses/find", { reference: typed });
    expect(found.status).toBe(200);
    const { response } = found.json;
    expect(response.reference).toBe(mine.reference);
    expect(response.language).toBe("ar");
    expect(response.surveyTitle).toBe("كل شيء عنّي");
    expect(response.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(response.held).toBe(false);
    const question = (id: string) =>
      response.answers.find((a: { questionId: string }) => a.questionId === id);
    expect(question("feel-safe")).toEqual({
      questionId: "feel-safe",
      question: "هل تشعر بالأمان في المكان الذي تعيش فيه؟",
      answer: "نعم",
    });
    expect(question("talk-to").answer).toBe("الشخص الذي يرعاني");
    expect(question("one-thing").answer).toBe("more time at school with Ziggy");
    // The reference says nothing of when: it is not the device's id, nor a part of it.
    expect(mine.body.id.replace(/-/g, "")).not.toContain(
      mine.reference.replace(/-/g, "").toLowerCase(),
    );

    const [entry] = await auditOf("response.found");
    expect(entry).toMatchObject({
      target: { type: "response", id: mine.reference },
      detail: { surveyId: ALL_AGES, by: "reference" },
    });
    expect(JSON.stringify(entry)).not.toContain("Ziggy");
  });

  it("finds it by the invite link the child used, pasted whole", async () => {
    const made = await officer("POST", `/api/surveys/${ALL_AGES}/distributions`, {
      id: "dst_rightsLink01",
      label: "Rights",
      cohort: "children-in-care",
      ageBand: "12-17",
    });
    expect(made.status).toBe(201);
    const invites = await officer(
      "POST",
      `/api/surveys/${ALL_AGES}/distributions/dst_rightsLink01/invites`,
      { labels: ["Sam"] },
    );
    const token = invites.json.invites[0].token as string;
    const link = `https://chorus.example/i/${token}`;
    const unused = await officer("POST", "/api/responses/find", { link });
    expect(unused.status).toBe(404);
    expect(unused.json.error.code).toBe("response.not_yet");

    const body = responseBody(answersOf("Quinn"));
    expect((await child("POST", `/api/i/${token}/responses`, body)).status).toBe(201);
    const found = await officer("POST", "/api/responses/find", { link });
    expect(found.status).toBe(200);
    expect(found.json.response.reference).toBe(Rights.referenceOf(Response.storedId(body.id)));
    expect(found.json.response.ageBand).toBe("12-17");
    // The bare token works too.
    expect((await officer("POST", "/api/responses/find", { link: token })).status).toBe(200);
  });

  it("answers 400 for bad input and 404 for unknown or another organisation's", async () => {
    for (const body of [{}, { reference: "F3A2-9C01-B7E4", link: "x" }, { reference: 12 }]) {
      const refused = await officer("POST", "/api/responses/find", body);
      expect(refused.status).toBe(400);
      expect(refused.json.error.code).toBe("request.invalid");
    }
    const short = await officer("POST", "/api/responses/find", { reference: "F3A2-9C01" });
    expect(short.status).toBe(400);
    expect(short.json.error.code).toBe("response.bad_reference");
    const unknown = await officer("POST", "/api/responses/find", { reference: "0000-0000-0000" });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe("response.not_found");
    const noLink = await officer("POST", "/api/responses/find", { link: "https://x/i/nosuch" });
    expect(noLink.status).toBe(404);
    expect(noLink.json.error.code).toBe("response.not_found");

    // The other borough's response: 404 to its reference, by find, download and delete.
    const theirs = client(app);
    const body = responseBody({ "feel-home": 3 });
    expect((await theirs("POST", `/api/s/${OTHER.code}/responses`, body)).status).toBe(201);
    const reference = Rights.referenceOf(Response.storedId(body.id));
    const outsider = await officer("POST", "/api/responses/find", { reference });
    expect(outsider.status).toBe(404);
    expect(JSON.stringify(outsider.json)).not.toContain(OTHER.surveyId);
    expect((await officer("GET", `/api/responses/${reference}/answers.html`)).status).toBe(404);
    expect((await officer("DELETE", `/api/responses/${reference}`)).status).toBe(404);
    expect(await stored(OTHER.orgId, OTHER.surveyId, Response.storedId(body.id))).toBe(true);
  });
});

describe("a copy for the child", () => {
  it("is a readable page in the child's language with their answers and nobody else's", async () => {
    const mine = await submit("Wren", { language: "ar" });
    await submit("Otto");
    const file = await officer("GET", `/api/responses/${mine.reference}/answers.html`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toContain("text/html");
    expect(file.headers.get("content-disposition")).toBe(
      `attachment; filename="answers-${mine.reference}.html"`,
    );
    const html = file.json as string;
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("إجاباتك");
    expect(html).toContain("هل تشعر بالأمان في المكان الذي تعيش فيه؟");
    expect(html).toContain("more time at school with Wren");
    expect(html).toContain("بيت الأشياء الجميلة: football with Wren");
    expect(html).toContain(mine.reference);
    expect(html).not.toMatch(/\bOtto\b/);
    expect(html).not.toMatch(/<script/i);
    const [entry] = await auditOf("response.downloaded");
    expect(entry).toMatchObject({ target: { id: mine.reference }, detail: { format: "html" } });
  });
});

describe("deleting a response", () => {
  it("deletes it once, corrects the numbers to a full recount, and answers the same again", async () => {
    await submit("Pip");
    const mine = await submit("Juno");
    await Aggregate.foldPending(db);
    const before = (await Aggregate.read(db, Demo.ORG_ID, ALL_AGES)).cells;

    const first = await officer("DELETE", `/api/responses/${mine.reference}`);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({
      reference: mine.reference,
      erased: true,
      erasedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(await stillThere(mine.stored)).toBe(false);
    expect((await Aggregate.read(db, Demo.ORG_ID, ALL_AGES)).cells).not.toEqual(before);
    await expectExact();
    const after = (await Aggregate.read(db, Demo.ORG_ID, ALL_AGES)).cells;

    const again = await officer("DELETE", `/api/responses/${mine.reference}`);
    expect(again).toMatchObject({ status: 200, json: first.json });
    expect((await Aggregate.read(db, Demo.ORG_ID, ALL_AGES)).cells).toEqual(after);
    const gone = await officer("POST", "/api/responses/find", { reference: mine.reference });
    expect(gone.status).toBe(410);
    expect(gone.json.error.code).toBe("response.erased");
    const file = await officer("GET", `/api/responses/${mine.reference}/answers.html`);
    expect(file.status).toBe(410);

    const entries = (await auditOf("response.erased")).filter(
      (entry) => entry.target?.id === mine.reference,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actor).toMatchObject({ type: "staff", email: "officer@demo.chorus.test" });
    expect(JSON.stringify(entries)).not.toContain("Juno");
  });

  it("deletes one still waiting in the fold queue", async () => {
    await Aggregate.foldPending(db);
    const mine = await submit("Blue");
    expect((await Aggregate.read(db, Demo.ORG_ID, ALL_AGES)).pending).toBe(1);
    expect((await officer("DELETE", `/api/responses/${mine.reference}`)).status).toBe(200);
    expect((await Aggregate.read(db, Demo.ORG_ID, ALL_AGES)).pending).toBe(0);
    await expectExact();
  });

  it("takes its moved answers and its quotes with it", async () => {
    const mine = await submit("Ash");
    await Aggregate.foldPending(db);
    const moved = await officer("POST", `/api/surveys/${ALL_AGES}/themes/moves`, {
      id: "move-rights-1",
      responseId: mine.stored,
      slot: "one-thing",
      to: "money",
    });
    expect(moved.status).toBe(201);
    const quote = Quote.quoteId(ALL_AGES, {
      responseId: mine.stored,
      slot: "one-thing",
      themeId: "money",
    });
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.quote(Demo.ORG_ID, ALL_AGES, quote),
          type: "quote",
          orgId: Demo.ORG_ID,
          id: quote,
          status: "approved",
          themeId: "money",
          slot: "one-thing",
          text: "more time at school with Ash",
        },
      }),
    );
    expect((await Quote.approvedFor(db, Demo.ORG_ID, ALL_AGES)).map((q) => q.id)).toContain(quote);

    expect((await officer("DELETE", `/api/responses/${mine.reference}`)).status).toBe(200);
    expect((await Quote.approvedFor(db, Demo.ORG_ID, ALL_AGES)).map((q) => q.id)).not.toContain(
      quote,
    );
    expect((await Quote.overridesFor(db, Demo.ORG_ID, ALL_AGES)).has(mine.stored)).toBe(false);
    await expectExact();
  });

  it("waits for the safeguarding lead while an alert about it is open, then keeps the alert", async () => {
    const mine = await submit("Rook", { safe: "no" });
    const alertId = `alr_${Effects.ref(Keys.response(Demo.ORG_ID, ALL_AGES, mine.stored))}`;
    const lead = await signedIn(app, "safeguarding@demo.chorus.test");
    expect((await lead("GET", `/api/safeguarding/alerts/${alertId}`)).json.response).toBeDefined();

    const held = await officer("DELETE", `/api/responses/${mine.reference}`);
    expect(held.status).toBe(409);
    expect(held.json.error.code).toBe("response.held");
    expect(await stillThere(mine.stored)).toBe(true);
    expect(
      (await officer("POST", "/api/responses/find", { reference: mine.reference })).json.response
        .held,
    ).toBe(true);

    const closed = await lead("POST", `/api/safeguarding/alerts/${alertId}/close`, {
      outcome: "passed-to-social-worker",
    });
    expect(closed.status).toBe(200);
    expect((await officer("DELETE", `/api/responses/${mine.reference}`)).status).toBe(200);
    const view = await lead("GET", `/api/safeguarding/alerts/${alertId}`);
    expect(view.status).toBe(200);
    expect(view.json.alert.status).toBe("closed");
    expect(view.json.response).toBeUndefined();
    expect(JSON.stringify(view.json)).not.toContain("Rook");
  });
});

describe("a crash part way through a delete", () => {
  const dying = crashing(db);

  // Many full deletes and recounts in a row: given the time a shared or busy machine needs.
  it("ends, after a retry or a sweep, with the response gone and the numbers right once", {
    timeout: 180_000,
  }, async () => {
    let writes = 0;
    for (let at = 1; ; at++) {
      for (const mode of ["before", "after"] as const) {
        const mine = await submit(`crash${at}${mode}`);
        if (at % 2 === 0) await Aggregate.foldPending(db);
        const located = await Rights.find(
          db,
          { orgId: Demo.ORG_ID, id: "stf_demo_officer", email: "officer@demo.chorus.test" },
          { reference: mine.reference },
        );
        expect(located.reference).toBe(mine.reference);
        dying.arm(at, mode);
        const staff = { orgId: Demo.ORG_ID, id: "stf_demo_officer", email: "o@x.test" };
        try {
          await Rights.erase(dying.db, staff, mine.reference);
        } catch (error) {
          if (!(error instanceof Crash)) throw error;
        }
        const crashed = dying.state.crashed;
        writes = Math.max(writes, dying.state.writes);
        dying.disarm();
        // Half the crashes mended by the sweeper, half by the officer's retry.
        if (mode === "after") await Rights.sweep(db);
        const retried = await officer("DELETE", `/api/responses/${mine.reference}`);
        expect(retried.status).toBe(200);
        expect(await stillThere(mine.stored)).toBe(false);
        await expectExact();
        const entries = (await auditOf("response.erased")).filter(
          (entry) => entry.target?.id === mine.reference,
        );
        expect(entries).toHaveLength(1);
        if (!crashed) return expect(at).toBeGreaterThan(5);
      }
    }
  });
});
