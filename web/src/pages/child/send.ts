/**
 * Delivers a finished response. The body is built once by the caller and resent unchanged, so
 * the server sees a retry as the same response (same id, same body → 200 duplicate), never as a
 * second child. Normally it goes through the outbox (outbox.ts), which keeps it on the device
 * until the server has it; where the browser has no IndexedDB it is sent while the child waits.
 */
import type { HelpContact, HelpCreate } from "@chorus/core/help/schema";
import type { AgeBand, ResponseCreate } from "@chorus/core/survey/schema";
import { api } from "../../api";
import { asApiError } from "../../ui/errors";
import type { OutboxKind } from "./outbox";
import { appSender } from "./outbox-app";
import { pathFor, type Sender, type SendResult } from "./outbox-sender";

export type { SendResult };

/**
 * Queues the response on the device, then tries it once: "sent" when the server has it, "queued"
 * when the network or server is unavailable (the outbox keeps trying). A refusal that retrying
 * cannot change (400, 409, 410) is thrown. `onQueued` runs once nothing can be lost any more.
 */
export function deliverResponse(
  target: string,
  body: ResponseCreate,
  options: SendOptions & { onQueued?: () => void; sender?: Sender } = {},
): Promise<"sent" | "queued"> {
  return deliver(target, body, "response", options);
}

/**
 * Sends a "Tell my worker" request the moment it is pressed, through the same outbox as
 * answers: queued first, so a child who closes the tab at once is still heard, then tried.
 */
export function deliverHelp(
  target: string,
  body: HelpCreate,
  options: SendOptions & { sender?: Sender } = {},
): Promise<"sent" | "queued"> {
  return deliver(target, body, "help", options);
}

async function deliver(
  target: string,
  body: ResponseCreate | HelpCreate,
  kind: OutboxKind,
  options: SendOptions & { onQueued?: () => void; sender?: Sender },
): Promise<"sent" | "queued"> {
  const sender = options.sender ?? (await appSender().catch(() => undefined));
  if (!sender) {
    await sendTo(pathFor(target, kind), body, options);
    options.onQueued?.();
    return "sent";
  }
  options.onAttempt?.(1);
  return sender.deliver(target, body, options.onQueued, kind);
}

export type SendOptions = {
  /** Pauses between attempts; one attempt more than there are delays. */
  delays?: number[];
  /** Told before each attempt (1-based), so the screen can say "still trying". */
  onAttempt?: (attempt: number) => void;
  post?: (path: string, body: unknown) => Promise<SendResult>;
  wait?: (ms: number) => Promise<void>;
};

const DEFAULT_DELAYS = [1_000, 3_000, 8_000];

/**
 * `target` is where the survey came from: `/api/s/CODE` for a code, `/api/i/TOKEN` for a
 * single-use invite link; the response goes to its `/responses`.
 */
export function sendResponse(
  target: string,
  body: ResponseCreate,
  options: SendOptions = {},
): Promise<SendResult> {
  return sendTo(pathFor(target), body, options);
}

/** Posts while the child waits, retrying only failures that may pass. */
async function sendTo(
  path: string,
  body: ResponseCreate | HelpCreate,
  options: SendOptions,
): Promise<SendResult> {
  const delays = options.delays ?? DEFAULT_DELAYS;
  const post = options.post ?? ((path, data) => api.post<SendResult>(path, data));
  const wait = options.wait ?? ((ms) => new Promise<void>((done) => setTimeout(done, ms)));

  for (let attempt = 1; ; attempt++) {
    options.onAttempt?.(attempt);
    try {
      return await post(path, body);
    } catch (error) {
      const failure = asApiError(error);
      const delay = delays[attempt - 1];
      // Only failures that may be the network's or the server's passing fault are worth
      // repeating; a 400 or 409 will answer the same every time.
      if (!failure.retryable || delay === undefined) throw failure;
      await wait(delay);
    }
  }
}

/** Builds the request body; skipped questions and blank text are left out, as the API expects. */
export function buildResponse(input: {
  id: string;
  language: string;
  version: number;
  ageBands: AgeBand[];
  /** The band the child chose, or the one their code fixes; ignored if the survey lacks it. */
  ageBand?: AgeBand;
  startedAt: string;
  submittedAt: string;
  answers: ResponseCreate["answers"];
  /** The child asked for their worker to be told, in a draft from before requests went alone. */
  tellMyWorker?: boolean;
  /** The "Tell my worker" request already sent on its own (see `buildHelp`). */
  helpId?: string;
}): ResponseCreate {
  const answers: ResponseCreate["answers"] = {};
  for (const [questionId, value] of Object.entries(input.answers)) {
    if (typeof value === "string") {
      const text = value.trim();
      if (text) answers[questionId] = text;
    } else if (typeof value === "number") {
      if (Number.isFinite(value)) answers[questionId] = value;
    } else if (Array.isArray(value)) {
      if (value.length > 0) answers[questionId] = value;
    } else {
      // The three houses: each house trimmed, empty ones left out, all empty means skipped.
      const houses = Object.entries(value)
        .map(([house, words]) => [house, words?.trim()] as const)
        .filter(([, words]) => words);
      if (houses.length > 0) answers[questionId] = Object.fromEntries(houses);
    }
  }
  // A survey for one age band tells us the band without asking the child.
  const ageBand =
    input.ageBand && input.ageBands.includes(input.ageBand)
      ? input.ageBand
      : input.ageBands.length === 1
        ? input.ageBands[0]
        : undefined;
  return {
    id: input.id,
    language: input.language,
    ...(ageBand ? { ageBand } : {}),
    version: input.version,
    startedAt: input.startedAt,
    submittedAt: input.submittedAt,
    answers,
    // The API accepts only `true`: a child who did not ask sends nothing at all.
    ...(input.tellMyWorker ? { tellMyWorker: true as const } : {}),
    // Links the answers to the press, so the server raises one alert for it, not two.
    ...(input.helpId ? { helpId: input.helpId } : {}),
  };
}

/** A "Tell my worker" request; blank contact boxes are left out, and all blank means none. */
export function buildHelp(input: {
  id: string;
  language: string;
  ageBand?: AgeBand;
  sentAt: string;
  contact: HelpContact;
}): HelpCreate {
  const contact = Object.fromEntries(
    Object.entries(input.contact)
      .map(([field, text]) => [field, text?.trim()] as const)
      .filter(([, text]) => text),
  );
  return {
    id: input.id,
    language: input.language,
    ...(input.ageBand ? { ageBand: input.ageBand } : {}),
    sentAt: input.sentAt,
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
  };
}
