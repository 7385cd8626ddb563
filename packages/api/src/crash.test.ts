/**
 * A crash between any two writes of a child's submit, on each way in, ends with everything
 * done exactly once after the device's retry or the sweeper. The crash is injected into the
 * database client: the n-th write either never happens, or lands and then the process "dies"
 * before anything after it runs.
 */
import { randomBytes } from "node:crypto";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { Alert, Effects, Jobs, Outbox, Response, uuidv7 } from "@chorus/core";
import { Keys } from "@chorus/core/db/keys";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { crashing } from "./crashing.js";
import { client, seededApp, signedIn } from "./testing.js";

const { app, db } = await seededApp();
const officer = await signedIn(app, "officer@demo.chorus.test");
const SURVEY = "srv_demo_life811";

const dying = crashing(db);
const dyingApp = createApp({ db: dying.db });
// Crashes print a 500's log line each; they are the point of this file.
const quiet = () => {
  const error = console.error;
  console.error = () => {};
  return () => {
    console.error = error;
  };
};

function answers() {
  const now = Date.now();
  return {
    id: uuidv7(now),
    language: "en",
    startedAt: new Date(now - 60_000).toISOString(),
    submittedAt: new Date(now).toISOString(),
    answers: { "feel-home": 3, "one-thing": randomBytes(6).toString("hex") },
  };
}

interface Way {
  /** A fresh way in (a new link, a new tablet session) and where its answers go. */
  open(): Promise<{ path: string; check: (responseId: string) => Promise<void> }>;
}

const WAYS: Record<string, Way> = {
  code: {
    async open() {
      return { path: `/api/s/${Demo.CODES.lifeInCare}/responses`, check: async () => {} };
    },
  },
  invite: {
    async open() {
      const made = await officer(
        "POST",
        `/api/surveys/${SURVEY}/distributions/dst_seedDEMO811/invites`,
        { labels: ["Child"] },
      );
      const token = made.json.invites[0].token as string;
      return {
        path: `/api/i/${token}/responses`,
        // The link is used by this response and by no other.
        check: async (responseId) => {
          const other = await client(app)("POST", `/api/i/${token}/responses`, answers());
          expect(other.status).toBe(410);
          expect(responseId).toBeTruthy();
        },
      };
    },
  },
  tablet: {
    async open() {
      const token = randomBytes(32).toString("base64url");
      const started = await officer("POST", "/api/tablet-sessions", {
        id: `tab_${randomBytes(6).toString("hex")}`,
        distributionId: "dst_seedDEMO811",
        label: "Crash tablet",
        pin: "1357",
        token,
      });
      expect(started.status).toBe(201);
      return {
        path: `/api/t/${token}/responses`,
        // The child is counted once: not zero times, not twice.
        check: async () => {
          const seen = await client(app)("GET", `/api/t/${token}`);
          expect(seen.json.session.participants).toBe(1);
        },
      };
    },
  },
};

async function storedResponse(id: string) {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.response(Demo.ORG_ID, SURVEY, Response.storedId(id)),
      ConsistentRead: true,
    }),
  );
  return Item;
}

/** Exactly one stored response, nothing left pending, every effect done once. */
async function expectDoneOnce(way: Awaited<ReturnType<Way["open"]>>, id: string) {
  const item = await storedResponse(id);
  expect(item?.id).toBe(Response.storedId(id));
  expect(item?.pending).toBeUndefined();
  expect(item?.gsi1pk).toBeUndefined();
  await way.check(id);
}

describe.each(Object.keys(WAYS))("a crash on the %s path", (name) => {
  for (const mode of ["before", "after"] as const) {
    for (const recovery of ["the retry", "the sweeper, then the retry"] as const) {
      it(`${mode} any write, ends once after ${recovery}`, async () => {
        const restore = quiet();
        try {
          let crashes = 0;
          for (let at = 1; at < 20; at++) {
            const way = await WAYS[name]!.open();
            const body = answers();
            dying.arm(at, mode);
            const first = await client(dyingApp)("POST", way.path, body);
            dying.disarm();
            if (!dying.state.crashed) {
              // Past the last write: the submit ran whole.
              expect(first.status).toBe(201);
              await expectDoneOnce(way, body.id);
              break;
            }
            crashes++;
            expect(first.status).toBe(500);
            if (recovery !== "the retry") {
              await Jobs.run(db);
              const stored = await storedResponse(body.id);
              // A response that was written has nothing left pending once swept.
              if (stored) expect(stored.pending).toBeUndefined();
            }
            const retry = await client(app)("POST", way.path, body);
            expect([200, 201]).toContain(retry.status);
            const again = await client(app)("POST", way.path, body);
            expect(again.status).toBe(200);
            await expectDoneOnce(way, body.id);
          }
          // Every path writes at least once; the tablet's writes three times (put, count, clear).
          expect(crashes).toBeGreaterThanOrEqual(name === "tablet" ? 3 : name === "invite" ? 2 : 1);
        } finally {
          restore();
          dying.disarm();
        }
      });
    }
  }
});

describe("a crash on the way to a safeguarding alert", () => {
  for (const mode of ["before", "after"] as const) {
    it(`${mode} any write ends with one alert and one e-mail per safeguarding lead`, async () => {
      const restore = quiet();
      try {
        let crashes = 0;
        for (let at = 1; at < 30; at++) {
          const body = { ...answers(), answers: { "feel-safe": "no" } };
          const path = `/api/s/${Demo.CODES.lifeInCare}/responses`;
          const before = new Set((await Alert.list(db, Demo.ORG_ID)).map((alert) => alert.id));
          dying.arm(at, mode);
          const first = await client(dyingApp)("POST", path, body);
          dying.disarm();
          if (dying.state.crashed) {
            crashes++;
            await Jobs.run(db);
            expect((await client(app)("POST", path, body)).status).toBeLessThan(300);
          } else {
            expect(first.status).toBe(201);
          }
          expect((await client(app)("POST", path, body)).status).toBe(200);
          const raised = (await Alert.list(db, Demo.ORG_ID)).filter((a) => !before.has(a.id));
          expect(raised).toHaveLength(1);
          const newest = raised[0]!;
          expect(newest).toMatchObject({ severity: "urgent", status: "open" });
          const mails = (await Outbox.list(db, Demo.ORG_ID)).filter((m) =>
            m.body.includes(newest.id),
          );
          expect(mails.map((m) => m.to)).toEqual(["safeguarding@demo.chorus.test"]);
          // The e-mail carries a link, never the child's answers.
          expect(mails[0]!.body).not.toMatch(/feel-safe|"no"/);
          if (!dying.state.crashed) break;
        }
        // The response, the alert, the e-mail, clearing pending, leaving the index.
        expect(crashes).toBeGreaterThanOrEqual(5);
      } finally {
        restore();
        dying.disarm();
      }
    });
  }
});

describe.each([
  ["code", async () => `/api/s/${Demo.CODES.lifeInCare}`],
  ["invite", async () => (await WAYS.invite!.open()).path.replace(/\/responses$/, "")],
  ["tablet", async () => (await WAYS.tablet!.open()).path.replace(/\/responses$/, "")],
])('a crash on the way to a "Tell my worker" alert (%s)', (_name, open) => {
  for (const mode of ["before", "after"] as const) {
    it(`${mode} any write ends with one alert, raised by the sweeper alone if the child has gone`, async () => {
      const restore = quiet();
      try {
        let crashes = 0;
        for (let at = 1; at < 30; at++) {
          const at_ = await open();
          const body = {
            id: uuidv7(),
            language: "en",
            sentAt: new Date().toISOString(),
            contact: { firstName: "Robin" },
          };
          const helpKey = Keys.helpRequest(Demo.ORG_ID, SURVEY, Response.storedId(body.id));
          const alertId = `alr_${Effects.ref(helpKey)}`;
          const raised = () =>
            Alert.list(db, Demo.ORG_ID).then((all) => all.filter((a) => a.id === alertId));
          dying.arm(at, mode);
          const first = await client(dyingApp)("POST", `${at_}/help`, body);
          dying.disarm();
          if (dying.state.crashed) {
            crashes++;
            expect(first.status).toBe(500);
            // The child closed the tab: no resend comes. Once the request is stored, the
            // sweeper alone raises its alert.
            await Jobs.run(db);
            const { Item } = await db.doc.send(
              new GetCommand({ TableName: db.table, Key: helpKey, ConsistentRead: true }),
            );
            if (Item) {
              expect(Item.pending).toBeUndefined();
              expect(await raised()).toHaveLength(1);
            }
            expect((await client(app)("POST", `${at_}/help`, body)).status).toBeLessThan(300);
          } else {
            expect(first.status).toBe(201);
          }
          expect((await client(app)("POST", `${at_}/help`, body)).status).toBe(200);
          const alerts = await raised();
          expect(alerts).toHaveLength(1);
          expect(alerts[0]).toMatchObject({
            severity: "urgent",
            reasons: [{ kind: "tellMyWorker" }],
            contact: { firstName: "Robin" },
          });
          const mails = (await Outbox.list(db, Demo.ORG_ID)).filter((m) =>
            m.body.includes(alertId),
          );
          expect(mails.map((m) => m.to)).toEqual(["safeguarding@demo.chorus.test"]);
          // A link only: not even the name the child gave travels by e-mail.
          expect(mails[0]!.body).not.toContain("Robin");
          // Asking for help never uses up an invite link.
          expect((await client(app)("GET", at_)).status).toBe(200);
          if (!dying.state.crashed) break;
        }
        // The request, the alert, the e-mail, clearing pending, leaving the index.
        expect(crashes).toBeGreaterThanOrEqual(5);
      } finally {
        restore();
        dying.disarm();
      }
    });
  }
});

/** A tablet response written, and then the process died before any of its effects ran. */
async function leftPending() {
  const restore = quiet();
  try {
    const way = await WAYS.tablet!.open();
    const body = answers();
    dying.arm(1, "after");
    expect((await client(dyingApp)("POST", way.path, body)).status).toBe(500);
    dying.disarm();
    const item = await storedResponse(body.id);
    expect(item?.pending).toEqual({ tablet: true });
    return { way, id: body.id, item: item! };
  } finally {
    restore();
  }
}

describe("the sweeper", () => {
  it("finishes what a crash left without any retry, and then finds nothing to do", async () => {
    const { way, id } = await leftPending();
    expect(await Effects.sweep(db)).toBeGreaterThanOrEqual(1);
    await expectDoneOnce(way, id);
    expect(await Effects.sweep(db)).toBe(0);
  });

  it("finishes a response from the table's stream record too, once", async () => {
    const { way, id, item } = await leftPending();
    const image = marshall(item, { removeUndefinedValues: true });
    const streamed = await Jobs.fromStream(db, [image, image]);
    expect(streamed.finished).toBe(2);
    // It was queued for the report numbers too, so its month was folded (it among them).
    expect(streamed.folded).toBeGreaterThanOrEqual(1);
    expect((await storedResponse(id))?.gsi2pk).toBeUndefined();
    await expectDoneOnce(way, id);
  });
});
