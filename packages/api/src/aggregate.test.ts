/**
 * The report numbers stay exact: random interleavings of submissions (some weeks late, some
 * sent twice), adjustments (some sent twice), folds, rebuilds and reads, with crashes injected
 * between any two writes, and folds racing reads and rebuilds; after every step `read` equals a
 * full recount of the raw responses and adjustments. On a real dynalite, never a mock.
 */
import { randomBytes } from "node:crypto";
import { Admission, Aggregate, type Db, Response, uuidv7 } from "@chorus/core";
import { add, contribution as cellOf, type Foldable } from "@chorus/core/aggregate/cells";
import { Keys } from "@chorus/core/db/keys";
import { queryPages } from "@chorus/core/db/query";
import { Demo } from "@chorus/core/local";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Crash, crashing } from "./crashing.js";
import { OTHER, seededApp } from "./testing.js";

type Cells = Awaited<ReturnType<typeof Aggregate.read>>["cells"];
type Cell = Cells[string];

const SURVEY = "srv_demo_life811";
const TEXT = new Set(["one-thing"]);
/** A small deterministic codebook: enough for themes, moves and emerging phrases. */
const themer = (text: string) => {
  const themes = ["school", "family"].filter((word) => text.includes(word));
  return { themes, phrases: themes.length ? [] : text.split(" ").slice(0, 2) };
};
const options = { themer };

const { db } = await seededApp();
const dying = crashing(db);
const ticket = await Admission.byCode(db, Demo.CODES.lifeInCare);

/** Everything counted from scratch: every response, then every adjustment. */
async function recount(): Promise<Cells> {
  const cells: Cells = {};
  for await (const response of Response.all(db, Demo.ORG_ID, SURVEY)) {
    const { key, cell } = contribution(response);
    add(cells, key, cell, 1);
  }
  const query = {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": Keys.adjustmentPartition(Demo.ORG_ID, SURVEY) },
    ConsistentRead: true,
  };
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) {
      for (const change of item.changes as { key: string; cell: Cell; sign: 1 | -1 }[]) {
        add(cells, change.key, change.cell, change.sign);
      }
    }
  }
  return cells;
}

const contribution = (response: Foldable) => cellOf(response, TEXT, themer);

const WORDS = [
  "my school is ok",
  "I miss my family",
  "more football",
  "bus pass late",
  "school and family",
];

interface Sent {
  body: {
    id: string;
    language: string;
    startedAt: string;
    submittedAt: string;
    answers: Record<string, string | number>;
  };
}

const op = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("submit" as const),
      // Up to ten weeks late, so old months get answers after they were folded.
      daysAgo: fc.integer({ min: 0, max: 70 }),
      face: fc.integer({ min: 1, max: 5 }),
      words: fc.integer({ min: 0, max: WORDS.length - 1 }),
    }),
  },
  fc.record({ kind: fc.constant("resend" as const), which: fc.nat() }),
  fc.record({ kind: fc.constant("move" as const), which: fc.nat(), again: fc.boolean() }),
  { weight: 3, arbitrary: fc.constant({ kind: "fold" as const }) },
  fc.constant({ kind: "rebuild" as const }),
  fc.constant({ kind: "foldWhileReading" as const }),
  fc.constant({ kind: "foldWhileRebuilding" as const }),
);
const crash = fc.option(
  fc.record({ at: fc.integer({ min: 1, max: 4 }), mode: fc.constantFrom("before", "after") }),
  { freq: 3 },
);
const step = fc.record({ op, crash });

const NOW = Date.now();

describe("the aggregate store", () => {
  it("reads what a full recount says after every step, whatever crashes", {
    timeout: 600_000,
  }, async () => {
    const sent: Sent[] = [];
    const moved = new Set<string>();
    const moves: string[] = [];
    let steps = 0;
    const crashed: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 16 }), async (plan) => {
        for (const { op, crash } of plan) {
          if (crash) dying.arm(crash.at, crash.mode as "before" | "after");
          try {
            await run(op, sent, moved, moves);
          } catch (error) {
            if (!(error instanceof Crash)) throw error;
            crashed[op.kind] = (crashed[op.kind] ?? 0) + 1;
          } finally {
            dying.disarm();
          }
          const { cells } = await Aggregate.read(db, Demo.ORG_ID, SURVEY, options);
          expect(cells).toEqual(await recount());
          steps++;
        }
      }),
      { numRuns: 16, seed: 11 },
    );
    // Finally everything is folded, nothing is pending, and the numbers still agree.
    await Aggregate.foldPending(db, options);
    const { cells, pending } = await Aggregate.read(db, Demo.ORG_ID, SURVEY, options);
    expect(pending).toBe(0);
    expect(cells).toEqual(await recount());
    expect(steps).toBeGreaterThan(40);
    // Crashes really happened where they matter (the run is seeded, so this cannot flake).
    expect(crashed.fold).toBeGreaterThan(3);
  });
});

async function run(op: StepOp, sent: Sent[], moved: Set<string>, moves: string[]) {
  const dyingDb: Db = dying.db;
  switch (op.kind) {
    case "submit": {
      const at = NOW - op.daysAgo * 86_400_000;
      const body = {
        id: uuidv7(at),
        language: "en",
        startedAt: new Date(at - 60_000).toISOString(),
        submittedAt: new Date(at).toISOString(),
        answers: {
          "feel-home": op.face,
          "one-thing": `${WORDS[op.words]} ${randomBytes(2).toString("hex")}`,
        },
      };
      sent.push({ body });
      await Response.submit(dyingDb, ticket, body);
      return;
    }
    case "resend": {
      const earlier = sent[op.which % Math.max(sent.length, 1)];
      if (earlier) await Response.submit(dyingDb, ticket, earlier.body).catch(() => {});
      return;
    }
    case "move": {
      // An officer moves a "school" answer to "family": its old theme out, its new one in.
      if (op.again && moves.length > 0) {
        const [id, change] = JSON.parse(moves[op.which % moves.length]!) as [string, never[]];
        await Aggregate.adjust(dyingDb, Demo.ORG_ID, SURVEY, id, change);
        return;
      }
      const candidates = sent.filter(
        (s) => String(s.body.answers["one-thing"]).startsWith("my school") && !moved.has(s.body.id),
      );
      const target = candidates[op.which % Math.max(candidates.length, 1)];
      if (!target) return;
      const found = await stored(target.body.id);
      if (!found) return;
      const { key } = contribution(found);
      const slot = (t: string) => ({ n: 0, q: { "one-thing": { a: 0, t: { [t]: 1 } } } });
      const changes = [
        { key, cell: slot("school"), sign: -1 as const },
        { key, cell: slot("family"), sign: 1 as const },
      ];
      const id = `move-${target.body.id}`;
      moved.add(target.body.id);
      moves.push(JSON.stringify([id, changes]));
      await Aggregate.adjust(dyingDb, Demo.ORG_ID, SURVEY, id, changes);
      return;
    }
    case "fold":
      await Aggregate.foldPending(dyingDb, options);
      return;
    case "rebuild":
      await Aggregate.rebuild(dyingDb, Demo.ORG_ID, SURVEY, options);
      return;
    case "foldWhileReading": {
      const [, read] = await Promise.all([
        Aggregate.foldPending(db, options),
        Aggregate.read(db, Demo.ORG_ID, SURVEY, options),
      ]);
      expect(read.cells).toEqual(await recount());
      return;
    }
    case "foldWhileRebuilding":
      await Promise.all([
        Aggregate.foldPending(db, options),
        Aggregate.rebuild(db, Demo.ORG_ID, SURVEY, options),
        Aggregate.foldPending(db, options),
      ]);
      return;
  }
}

type StepOp = typeof op extends fc.Arbitrary<infer T> ? T : never;

async function stored(id: string) {
  for await (const response of Response.all(db, Demo.ORG_ID, SURVEY)) {
    if (response.id === Response.storedId(id)) return response;
  }
  return undefined;
}

describe("adjustments and rebuilds", async () => {
  const other = await Admission.byCode(db, OTHER.code);
  const read = (themerUsed = themer) =>
    Aggregate.read(db, OTHER.orgId, OTHER.surveyId, { themer: themerUsed });
  const month = new Date().toISOString().slice(0, 7);
  const answer = async (words: string) => {
    const at = Date.now();
    const body = {
      id: uuidv7(at),
      language: "en",
      startedAt: new Date(at - 60_000).toISOString(),
      submittedAt: new Date(at).toISOString(),
      answers: { "feel-home": 4, "one-thing": words },
    };
    await Response.submit(db, other, body);
    return body;
  };
  const slot = (theme: string) => ({ n: 0, q: { "one-thing": { a: 0, t: { [theme]: 1 } } } });
  const themed = (cells: Cells, theme: string) =>
    Object.values(cells).reduce((sum, cell) => sum + (cell.q["one-thing"]?.t?.[theme] ?? 0), 0);

  it("applies an adjustment once, however often it is sent, folded or not", async () => {
    await answer("my school is fine");
    await answer("my school again");
    const { cells } = await read();
    const key = Object.keys(cells)[0]!;
    expect(themed(cells, "school")).toBe(2);
    const move = [
      { key, cell: slot("school"), sign: -1 as const },
      { key, cell: slot("family"), sign: 1 as const },
    ];
    await Aggregate.adjust(db, OTHER.orgId, OTHER.surveyId, "move-1", move);
    await Aggregate.adjust(db, OTHER.orgId, OTHER.surveyId, "move-1", move);
    expect(themed((await read()).cells, "school")).toBe(1);
    await Aggregate.foldPending(db, options);
    await Aggregate.adjust(db, OTHER.orgId, OTHER.surveyId, "move-1", move);
    await Aggregate.foldPending(db, options);
    const after = await read();
    expect([themed(after.cells, "school"), themed(after.cells, "family")]).toEqual([1, 1]);
    expect(after.pending).toBe(0);
    // The same id with another change is refused and changes nothing.
    await expect(
      Aggregate.adjust(db, OTHER.orgId, OTHER.surveyId, "move-1", [move[1]!]),
    ).rejects.toMatchObject({ code: "aggregate.adjustment_conflict" });
    await expect(
      Aggregate.adjust(db, OTHER.orgId, OTHER.surveyId, "bad", [{ ...move[0]!, key: "x" }]),
    ).rejects.toMatchObject({ code: "aggregate.invalid_change" });
    expect((await read()).cells).toEqual(after.cells);
  });

  it("recounts from raw answers with a new codebook, dropping moves that no longer hold", async () => {
    // A codebook with no "school": every answer is emerging, and the move out of "school" that
    // the earlier test made can no longer take anything away.
    const plain = (text: string) => ({ themes: [], phrases: text.split(" ").slice(0, 2) });
    expect(await Aggregate.rebuild(db, OTHER.orgId, OTHER.surveyId, { themer: plain })).toBe(1);
    const { cells } = await read(plain);
    expect(themed(cells, "school")).toBe(0);
    expect(themed(cells, "family")).toBe(0);
    const total = Object.values(cells).reduce((sum, cell) => sum + cell.n, 0);
    expect(total).toBe(2);
    expect(Object.values(cells)[0]?.q["one-thing"]?.p).toEqual({ my: 2, school: 2 });
    // Back to the first codebook, the move holds again.
    await Aggregate.rebuild(db, OTHER.orgId, OTHER.surveyId, options);
    const back = await read();
    expect([themed(back.cells, "school"), themed(back.cells, "family")]).toEqual([1, 1]);
  });

  it("leaves a month whose raw answers were purged as it is", async () => {
    await Aggregate.markPurged(db, OTHER.orgId, OTHER.surveyId, month, options);
    const before = await read();
    const plain = () => ({ themes: [], phrases: [] });
    expect(await Aggregate.rebuild(db, OTHER.orgId, OTHER.surveyId, { themer: plain })).toBe(0);
    expect((await read()).cells).toEqual(before.cells);
  });
});
