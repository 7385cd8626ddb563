/**
 * Crash injection for tests: the same database through a client that dies at the n-th write
 * when armed. The write either never happens ("before"), or lands and then the process "dies"
 * before anything after it runs ("after").
 */
import type { Db } from "@chorus/core";

export class Crash extends Error {}

export function crashing(base: Db) {
  const state = { armedAt: 0, mode: "before" as "before" | "after", writes: 0, crashed: false };
  const send = async (command: { constructor: { name: string } }) => {
    const isWrite = /^(Put|Update|Delete|BatchWrite)/.test(command.constructor.name);
    if (!isWrite || state.armedAt === 0) return base.doc.send(command as never);
    const n = ++state.writes;
    if (n === state.armedAt && state.mode === "before") {
      state.crashed = true;
      throw new Crash(`crash before write ${n}`);
    }
    const result = await base.doc.send(command as never);
    if (n === state.armedAt && state.mode === "after") {
      state.crashed = true;
      throw new Crash(`crash after write ${n}`);
    }
    return result;
  };
  const doc = new Proxy(base.doc, {
    get: (target, prop, receiver) => (prop === "send" ? send : Reflect.get(target, prop, receiver)),
  });
  return {
    db: { ...base, doc } as Db,
    arm(at: number, mode: "before" | "after") {
      Object.assign(state, { armedAt: at, mode, writes: 0, crashed: false });
    },
    disarm: () => {
      state.armedAt = 0;
    },
    state,
  };
}
