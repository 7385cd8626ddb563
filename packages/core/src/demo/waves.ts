/**
 * Two waves of made-up answers to "Your voice", so `pnpm start` shows a report worth reading:
 * spring 2026 and autumn 2026, children in care (8-11, 12-17; mostly English, some Polish and
 * Arabic) and care leavers (16-25), with free text on the themes children raise and changes
 * between the waves (fewer social worker changes and more about family by autumn; for care
 * leavers, less about housing, more about money). Every answer goes through `Response.submit`,
 * so it is screened, stored and folded exactly as a child's would be, and a second seed only
 * finds duplicates. Seeded ids and a seeded generator make the same data on every machine.
 */
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { Action } from "../action/index.js";
import type { ActionCreate } from "../action/schema.js";
import { Admission } from "../admission/index.js";
import type { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { Response } from "../response/index.js";
import type { AgeBand, AnswerValue } from "../survey/schema.js";
import { Wave } from "../wave/index.js";
import { mulberry32, sampleId } from "./random.js";
import { seedPublished } from "./seed.js";
import { yourVoice } from "./voice.js";

/** The two periods, as wave records on dates (written by `seedVoice` through `Wave.save`). */
export const DEMO_WAVES = [
  { id: "wav_demo_spring26", label: "Spring 2026", from: "2026-03-01", to: "2026-05-31" },
  { id: "wav_demo_autumn26", label: "Autumn 2026", from: "2026-09-01", to: "2026-11-30" },
] as const;

/** Writes the wave records through whatever verb the wave store offers (one call per wave). */
export async function seedWaveRecords(
  put: (wave: (typeof DEMO_WAVES)[number]) => Promise<unknown>,
): Promise<void> {
  for (const wave of DEMO_WAVES) await put(wave);
}

/** One code per cohort and wave, so either way of cutting a wave (by code or by date) works. */
export const VOICE_CODES = {
  childrenSpring: "VOICESPR26",
  childrenAutumn: "VOICEAUT26",
  leaversSpring: "LEAVESPR26",
  leaversAutumn: "LEAVEAUT26",
} as const;

/** How many made-up responses each code gets. */
export const VOICE_RESPONSES = {
  childrenSpring: 130,
  childrenAutumn: 160,
  leaversSpring: 35,
  leaversAutumn: 45,
} as const;

type Weighted = { weight: [spring: number, autumn: number]; texts: Record<string, string[]> };

/** What children in care write, by theme, with how often in each wave. */
export const CHILDREN: Weighted[] = [
  {
    weight: [22, 9],
    texts: {
      en: [
        "I have had 4 social workers this year",
        "Keep the same social worker",
        "My social worker keeps changing and I have to tell my story again",
        "I want a social worker who stays",
        "Social workers leave too much",
      ],
      pl: ["Mój pracownik socjalny ciągle się zmienia"],
      ar: ["الأخصائي الاجتماعي يتغير كثيراً"],
    },
  },
  {
    weight: [15, 23],
    texts: {
      en: [
        "See my brothers and sisters more often",
        "More time with my mum",
        "I want to see my nan at the weekend",
        "Family time that is not in an office",
        "Visit my little brother at his foster home",
      ],
      pl: ["Chcę częściej widywać rodzeństwo", "Więcej czasu z mamą"],
      ar: ["أريد أن أرى إخوتي أكثر", "أريد أن أتكلم مع أمي كل أسبوع"],
    },
  },
  {
    weight: [18, 10],
    texts: {
      en: [
        "More clubs and things to do after school",
        "A youth club near my house",
        "Swimming lessons",
        "Free football on Saturdays",
        "Things to do in the holidays",
      ],
      pl: ["Więcej zajęć po szkole"],
      ar: ["نادي كرة قدم قريب من بيتي"],
    },
  },
  {
    weight: [12, 16],
    texts: {
      en: [
        "Help with maths homework",
        "Stay at the same school when I move",
        "A tutor before my exams",
        "School is hard since I moved",
      ],
      pl: ["Chcę lepiej mówić po angielsku w szkole"],
      ar: ["أريد مساعدة في المدرسة", "أريد أن أتعلم الإنجليزية"],
    },
  },
  {
    weight: [10, 12],
    texts: {
      en: [
        "Sleepovers at my friends without so many checks",
        "See my friends after school",
        "More time with my friends",
      ],
      pl: ["Więcej czasu z przyjaciółmi"],
      ar: ["أريد أصدقاء أكثر"],
    },
  },
  {
    weight: [8, 9],
    texts: {
      en: [
        "Listen to me at my review meeting",
        "I want a say in where I live",
        "Ask me before decisions are made about me",
      ],
    },
  },
  {
    weight: [7, 8],
    texts: {
      en: ["Have my own bedroom", "Stay with my carers until I am 18", "A pet at my placement"],
    },
  },
  {
    weight: [8, 13],
    texts: { en: ["Nothing, I like it here", "Nothing really", "I am happy with my carers"] },
  },
];

/** What care leavers write. */
export const LEAVERS: Weighted[] = [
  {
    weight: [34, 20],
    texts: {
      en: [
        "Help finding a flat of my own",
        "My flat is cold and damp",
        "Somewhere to live near my college",
        "I was moved into a hostel and it is noisy",
      ],
    },
  },
  {
    weight: [20, 24],
    texts: {
      en: [
        "Help getting a job",
        "An apprenticeship with a wage I can live on",
        "Driving lessons so I can get to work",
      ],
    },
  },
  {
    weight: [24, 14],
    texts: {
      en: [
        "My personal adviser never answers the phone",
        "See my PA more than once every few months",
        "Keep the same personal adviser",
      ],
    },
  },
  {
    weight: [16, 26],
    texts: {
      en: [
        "Help with rent and bills",
        "Money for the cost of living",
        "Help with budgeting when my money comes",
      ],
    },
  },
  { weight: [6, 16], texts: { en: ["Nothing, things are going well", "Nothing right now"] } },
];

function pickWeighted<T extends { weight: [number, number] }>(
  random: () => number,
  options: T[],
  wave: 0 | 1,
): T {
  const total = options.reduce((sum, option) => sum + option.weight[wave], 0);
  let roll = random() * total;
  for (const option of options) {
    roll -= option.weight[wave];
    if (roll < 0) return option;
  }
  return options[options.length - 1]!;
}

const oneOf = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;

/** A face from 2 to 5 around `mean` (1 is never made up: it alerts the safeguarding lead). */
const face = (random: () => number, mean: number) =>
  Math.min(5, Math.max(2, Math.round(mean + (random() + random() + random() - 1.5) * 1.6)));

interface Batch {
  code: string;
  count: number;
  wave: 0 | 1;
  leavers: boolean;
  seed: number;
}

function answersFor(random: () => number, batch: Batch, language: string) {
  const answers: Record<string, AnswerValue> = {};
  const better = batch.wave === 1 ? 0.35 : 0;
  if (random() > 0.04) answers.happy = face(random, (batch.leavers ? 3.1 : 3.5) + better);
  if (random() > 0.06)
    answers["feel-safe"] = face(random, (batch.leavers ? 3.7 : 3.9) + better / 2);
  if (random() > 0.05) {
    const yes = (batch.leavers ? 0.6 : 0.74) + (batch.wave === 1 ? 0.08 : 0);
    answers["trusted-adult"] = random() < yes ? "yes" : random() < 0.6 ? "no" : "notSure";
  }
  if (random() > 0.15) {
    const theme = pickWeighted(random, batch.leavers ? LEAVERS : CHILDREN, batch.wave);
    answers["one-thing"] = oneOf(random, theme.texts[language] ?? theme.texts.en!);
  }
  return answers;
}

async function seedBatch(db: Db, batch: Batch) {
  const random = mulberry32(batch.seed);
  const ticket = await Admission.byCode(db, batch.code);
  const period = DEMO_WAVES[batch.wave];
  const first = Date.parse(`${period.from}T09:00:00Z`);
  const days = (Date.parse(`${period.to}T09:00:00Z`) - first) / 86_400_000;
  const bodies = Array.from({ length: batch.count }, (_, n) => {
    const language = batch.leavers
      ? "en"
      : (() => {
          const roll = random();
          return roll < 0.09 ? "pl" : roll < 0.16 ? "ar" : "en";
        })();
    const ageBand: AgeBand = batch.leavers ? "16-25" : random() < 0.45 ? "8-11" : "12-17";
    // Spread over the period, at a school-day hour.
    const started =
      first + Math.floor((n / batch.count) * days) * 86_400_000 + random() * 8 * 3.6e6;
    return {
      id: sampleId(random, Math.floor(started)),
      language,
      ageBand,
      startedAt: new Date(started).toISOString(),
      submittedAt: new Date(started + (4 + random() * 8) * 60_000).toISOString(),
      answers: answersFor(random, batch, language),
    };
  });
  // A few at a time: quicker than one by one, gentle on the embedded database.
  for (let at = 0; at < bodies.length; at += 8) {
    await Promise.all(bodies.slice(at, at + 8).map((body) => Response.submit(db, ticket, body)));
  }
}

/** Actions on "Your voice": one done, one under way (Arabic still to translate), one draft. */
export const VOICE_ACTIONS: (ActionCreate & { published: boolean })[] = [
  {
    id: "act_demoYouthClub01",
    published: true,
    language: "en",
    said: "You said there is not enough to do after school and in the holidays.",
    did: "A free youth club now opens every Friday, and children in care get a free swimming pass.",
    themeId: "things-to-do",
    surveyId: "srv_demo_voice",
    questionId: "one-thing",
    owner: "Youth Service Manager",
    status: "done",
    due: "2026-07-31",
    translations: {
      pl: {
        said: "Mówisz, że po szkole i w wakacje nie ma co robić.",
        did: "W każdy piątek działa teraz darmowy klub młodzieżowy, a dzieci w pieczy dostają darmowy karnet na basen.",
      },
      ar: {
        said: "قلتَ إنه لا يوجد ما يكفي لتفعله بعد المدرسة وفي العطلات.",
        did: "يفتح الآن نادٍ مجاني للشباب كل يوم جمعة، ويحصل الأطفال في الرعاية على بطاقة سباحة مجانية.",
      },
    },
  },
  {
    id: "act_demoYourReview1",
    published: true,
    language: "en",
    said: "You said you want a say in your review meetings.",
    did: "Your review will start with what you want to talk about. You can bring a friend or an advocate.",
    themeId: "listened-to",
    surveyId: "srv_demo_voice",
    owner: "Independent Reviewing Service",
    status: "doing",
    due: "2027-03-31",
    translations: {
      pl: {
        said: "Mówisz, że chcesz mieć wpływ na spotkania w sprawie twojego planu.",
        did: "Spotkanie zacznie się od tego, o czym chcesz porozmawiać. Możesz przyjść z przyjacielem lub rzecznikiem.",
      },
    },
  },
  {
    id: "act_demoFirstFlat01",
    published: false,
    language: "en",
    said: "You said your first flat had nothing in it.",
    did: "Every care leaver will get a setting-up-home grant and help to choose what to buy.",
    themeId: "housing",
    surveyId: "srv_demo_voice",
    owner: "Leaving Care Service Manager",
    status: "planned",
    translations: {},
  },
];

/** True once the waves are in (their last action is written last). */
export async function isVoiceSeeded(db: Db, orgId: string): Promise<boolean> {
  const last = VOICE_ACTIONS[VOICE_ACTIONS.length - 1]!;
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.action(orgId, last.id) }),
  );
  return Item !== undefined;
}

/**
 * "Your voice" and its two waves of answers and actions. Idempotent, and separate from the
 * small seed every test uses: `pnpm start` runs it once the server answers.
 */
export async function seedVoice(db: Db, orgId: string, leader: Audit.Staff): Promise<void> {
  const codes: [keyof typeof VOICE_CODES, string, boolean, 0 | 1][] = [
    ["childrenSpring", "Spring 2026, children in care", false, 0],
    ["childrenAutumn", "Autumn 2026, children in care", false, 1],
    ["leaversSpring", "Spring 2026, care leavers", true, 0],
    ["leaversAutumn", "Autumn 2026, care leavers", true, 1],
  ];
  // Care leavers' codes first: the survey's record shows the last code seeded.
  for (const [name, label, leavers] of [...codes].sort((a, b) => Number(b[2]) - Number(a[2]))) {
    await seedPublished(db, {
      orgId,
      code: VOICE_CODES[name],
      definition: yourVoice,
      label,
      cohort: leavers ? "care-leavers" : "children-in-care",
      ...(leavers ? { ageBand: "16-25" as const } : {}),
    });
  }
  let seed = 2026;
  for (const [name, , leavers, wave] of codes) {
    await seedBatch(db, {
      code: VOICE_CODES[name],
      count: VOICE_RESPONSES[name],
      wave,
      leavers,
      seed: seed++,
    });
  }
  // The waves by date, so every survey's answers in those months fall in them.
  await seedWaveRecords((wave) =>
    Wave.save(db, leader, wave.id, { label: wave.label, from: wave.from, to: wave.to }),
  );
  for (const { published, ...input } of VOICE_ACTIONS) {
    await Action.create(db, leader, input);
    if (published) await Action.setPublished(db, leader, input.id, true);
  }
}
