export * as Demo from "./index.js";

import { Admission } from "../admission/index.js";
import type { Db } from "../db/client.js";
import { Org } from "../org/index.js";
import { Response } from "../response/index.js";
import { Sso } from "../sso/index.js";
import { Staff } from "../staff/index.js";
import type { Role } from "../staff/schema.js";
import { type AnswerValue, allQuestions, type SurveyVersion } from "../survey/schema.js";
import { seedActions } from "./actions.js";
import { HANDLED_ALERTS, seedHandledAlerts } from "./alerts.js";
import { allAboutMe } from "./all-ages.js";
import { mulberry32, sampleId } from "./random.js";
import { seedPublished } from "./seed.js";
import { leavingCare, myLifeInCare } from "./surveys.js";
import { isVoiceSeeded, seedVoice } from "./waves.js";

export const ORG_ID = "org_demo";
export const PASSWORD = "chorus-demo";
export const CODES = {
  lifeInCare: "DEMO811",
  leavingCare: "DEMOLEAVE",
  /** "All about me" in English and Arabic: the child picks their age band from pictures. */
  allAges: "DEMOALL",
  /** The same survey under a code that fixes the band at 4 to 7. */
  allAgesYoungest: "DEMO47",
} as const;
export const STAFF: { id: string; email: string; name: string; roles: Role[] }[] = [
  { id: "stf_demo_admin", email: "admin@demo.chorus.test", name: "Ada Admin", roles: ["admin"] },
  {
    id: "stf_demo_officer",
    email: "officer@demo.chorus.test",
    name: "Olu Officer",
    roles: ["officer"],
  },
  {
    id: "stf_demo_leader",
    email: "leader@demo.chorus.test",
    name: "Lee Leader",
    roles: ["leader"],
  },
  {
    id: "stf_demo_safeguarding",
    email: "safeguarding@demo.chorus.test",
    name: "Sam Safeguarding",
    roles: ["safeguarding"],
  },
];
/**
 * How many made-up responses each demo survey starts with, so reports have something to show
 * (for life in care, the four behind alerts already dealt with among them).
 */
export const SAMPLE_RESPONSES = { lifeInCare: 28, leavingCare: 12 } as const;

/** True once the demo organisation exists (it is written last, so it marks a finished seed). */
export async function isSeeded(db: Db): Promise<boolean> {
  return (await Org.get(db, ORG_ID)) !== undefined;
}

/**
 * Seeds the demo council for local use only; never called on AWS. Every write is idempotent,
 * so a seed interrupted part way is finished by the next start.
 */
export async function seed(db: Db): Promise<void> {
  await Promise.all(
    STAFF.map((staff) => Staff.create(db, { ...staff, orgId: ORG_ID, password: PASSWORD })),
  );
  // The council's own e-mail domain is its own before another organisation can type it in.
  await Sso.claimDomain(db, ORG_ID, "demo.chorus.test");
  await seedPublished(db, {
    orgId: ORG_ID,
    code: CODES.lifeInCare,
    definition: myLifeInCare,
  });
  await seedPublished(db, {
    orgId: ORG_ID,
    code: CODES.leavingCare,
    definition: leavingCare,
  });
  // The fixed-band code first: the survey's record shows the last code seeded, the general one.
  await seedPublished(db, {
    orgId: ORG_ID,
    code: CODES.allAgesYoungest,
    definition: allAboutMe,
    ageBand: "4-7",
  });
  await seedPublished(db, { orgId: ORG_ID, code: CODES.allAges, definition: allAboutMe });
  const random = SAMPLE_RESPONSES.lifeInCare - HANDLED_ALERTS;
  await sampleResponses(db, CODES.lifeInCare, myLifeInCare, random, 811);
  await sampleResponses(db, CODES.leavingCare, leavingCare, SAMPLE_RESPONSES.leavingCare, 1625);
  const lead = STAFF.find((staff) => staff.roles.includes("safeguarding"))!;
  await seedHandledAlerts(db, CODES.lifeInCare, { ...lead, orgId: ORG_ID });
  const leader = STAFF.find((staff) => staff.roles.includes("leader"))!;
  await seedActions(db, { ...leader, orgId: ORG_ID });
  await Org.create(db, { id: ORG_ID, name: "Demo Council", minGroupSize: 5 });
}

const SAMPLE_TEXT = [
  "See my brother more often",
  "More time with my social worker",
  "Stay at the same school",
  "Nothing, I like it here",
  "Know what is happening at my review",
];

async function sampleResponses(
  db: Db,
  code: string,
  survey: SurveyVersion,
  count: number,
  seedNumber: number,
) {
  const random = mulberry32(seedNumber);
  const day = Date.UTC(2026, 9, 1);
  const ticket = await Admission.byCode(db, code);
  for (let n = 0; n < count; n++) {
    const answers: Record<string, AnswerValue> = {};
    for (const question of allQuestions(survey)) {
      if (random() < 0.08) continue; // some children skip a question
      if (question.type === "emoji") answers[question.id] = 2 + Math.floor(random() * 4);
      if (question.type === "yesNo") answers[question.id] = random() < 0.8 ? "yes" : "notSure";
      if (question.type === "choice") {
        answers[question.id] = question.options[Math.floor(random() * 3)]!.id;
      }
      if (question.type === "text") {
        answers[question.id] = SAMPLE_TEXT[Math.floor(random() * SAMPLE_TEXT.length)]!;
      }
    }
    const started = new Date(day + n * 86_400_000);
    await Response.submit(db, ticket, {
      id: sampleId(random, started.getTime()),
      language: survey.defaultLanguage,
      startedAt: started.toISOString(),
      submittedAt: new Date(started.getTime() + 6 * 60_000).toISOString(),
      answers,
    });
  }
}

/**
 * The larger demo for `pnpm start` alone: "Your voice" with two waves of a few hundred made-up
 * responses and their actions, so reports show themes and trends. Tests keep the small seed.
 * Skipped once done; interrupted part way, it is finished by the next call.
 */
export async function seedWaves(db: Db): Promise<boolean> {
  if (await isVoiceSeeded(db, ORG_ID)) return false;
  const leader = STAFF.find((staff) => staff.roles.includes("leader"))!;
  await seedVoice(db, ORG_ID, { ...leader, orgId: ORG_ID });
  return true;
}

export { DEMO_ACTIONS } from "./actions.js";
export { seedPublished } from "./seed.js";
export { DEMO_WAVES, seedWaveRecords, VOICE_CODES, VOICE_RESPONSES } from "./waves.js";
