/**
 * A survey report with every field of issue 11's shape filled in, for component tests and for
 * screenshots before the API fills them all. Every count obeys the rule: null ("fewer than 8"),
 * 0, or a multiple of 5 of at least 10; shares are worked out from those rounded numbers.
 */
import type { SurveyReport } from "@chorus/core/report/schema";
import type { Place } from "../reportsApi";

const en = (text: string) => ({ en: text });

export const REPORT: SurveyReport = {
  survey: {
    id: "srv_demo811",
    title: en("My life in care"),
    // As a survey made before names for staff reads: its title.
    staffName: "My life in care",
    defaultLanguage: "en",
    code: "DEMO811",
    status: "published",
    version: 3,
    responseCount: 212,
  },
  threshold: 8,
  rule: { hiddenBelow: 8, roundTo: 5, smallBase: 30, meanBelow: 8 },
  filters: {},
  options: {
    bands: ["8-11", "12-17"],
    cohorts: [{ id: "cic", label: "Children in care" }],
    codes: [{ code: "DEMO811", label: "Spring visits" }],
    languages: ["en", "pl"],
    waves: [
      { id: "wav_autumn", label: "Autumn 2026" },
      { id: "wav_spring", label: "Spring 2027" },
    ],
    firstDay: "2026-09-01",
    lastDay: "2027-04-30",
  },
  base: 210,
  small: false,
  questions: [
    {
      questionId: "home-feel",
      type: "emoji",
      prompt: en("How do you feel about where you live?"),
      answered: 205,
      small: false,
      mean: 3.9,
      rows: [
        { value: 1, label: en("Very unhappy"), count: null, share: null },
        { value: 2, label: en("Unhappy"), count: 15, share: 7.5 },
        { value: 3, label: en("In the middle"), count: 35, share: 17.5 },
        { value: 4, label: en("Happy"), count: 70, share: 35 },
        { value: 5, label: en("Very happy"), count: 80, share: 40 },
      ],
    },
    {
      questionId: "trusted-adult",
      type: "choice",
      prompt: en("Is there an adult you trust?"),
      answered: 200,
      small: false,
      mean: null,
      rows: [
        { value: "yes", label: en("Yes"), count: 165, share: 82.5 },
        { value: "no", label: en("No"), count: 25, share: 12.5 },
        { value: "preferNot", label: en("I'd rather not say"), count: 10, share: 5 },
      ],
    },
  ],
  groups: {
    by: "band",
    groups: [
      {
        key: "8-11",
        label: "Ages 8 to 11",
        base: 120,
        small: false,
        questions: [
          {
            questionId: "home-feel",
            answered: 120,
            mean: 4.1,
            rows: [
              { value: 1, count: 0, share: 0 },
              { value: 2, count: null, share: null },
              { value: 3, count: 20, share: 16.7 },
              { value: 4, count: 40, share: 33.3 },
              { value: 5, count: 55, share: 45.8 },
            ],
          },
          {
            questionId: "trusted-adult",
            answered: 115,
            mean: null,
            rows: [
              { value: "yes", count: 100, share: 87 },
              { value: "no", count: 10, share: 8.7 },
              { value: "preferNot", count: null, share: null },
            ],
          },
        ],
      },
      {
        key: "12-17",
        label: "Ages 12 to 17",
        base: 25,
        small: true,
        questions: [
          {
            questionId: "home-feel",
            answered: 25,
            mean: 3.4,
            rows: [
              { value: 1, count: null, share: null },
              { value: 2, count: null, share: null },
              { value: 3, count: 10, share: 40 },
              { value: 4, count: null, share: null },
              { value: 5, count: 10, share: 40 },
            ],
          },
          {
            questionId: "trusted-adult",
            answered: 25,
            mean: null,
            rows: [
              { value: "yes", count: 15, share: 60 },
              { value: "no", count: 10, share: 40 },
              { value: "preferNot", count: 0, share: 0 },
            ],
          },
        ],
      },
    ],
  },
  themes: [
    {
      id: "seeing-family",
      label: en("Seeing family"),
      count: 60,
      share: 40,
      emerging: false,
      words: ["mum", "brother", "contact", "visit"],
      slots: ["houses.worries", "houses.dreams"],
      quotes: [
        { id: "quo_1", text: "I want to see my brother more than once a month." },
        { id: "quo_2", text: "Contact with [name] got cancelled again." },
      ],
    },
    {
      id: "social-worker-changes",
      label: en("Social worker changes"),
      count: 25,
      share: 16.7,
      emerging: false,
      words: ["new social worker", "changed"],
      slots: ["houses.worries"],
      quotes: [],
    },
    {
      id: "emg_bus-pass",
      label: en("bus pass"),
      count: null,
      share: null,
      emerging: true,
      words: ["bus pass"],
      slots: ["anything-else"],
      quotes: [],
    },
  ],
  trend: {
    waves: [
      { id: "wav_autumn", label: "Autumn 2026", base: 95, small: false },
      { id: "wav_spring", label: "Spring 2027", base: 115, small: false },
    ],
    questions: [
      {
        questionId: "home-feel",
        points: [
          {
            wave: "wav_autumn",
            answered: 90,
            small: false,
            mean: 3.7,
            rows: [
              { value: 4, share: 33.3 },
              { value: 5, share: 33.3 },
            ],
          },
          {
            wave: "wav_spring",
            answered: 115,
            small: false,
            mean: 4,
            rows: [
              { value: 4, share: 34.8 },
              { value: 5, share: 43.5 },
            ],
          },
        ],
      },
      {
        questionId: "trusted-adult",
        points: [
          {
            wave: "wav_autumn",
            answered: 25,
            small: true,
            mean: null,
            rows: [
              { value: "yes", share: 80 },
              { value: "no", share: 20 },
              { value: "preferNot", share: null },
            ],
          },
          {
            wave: "wav_spring",
            answered: 115,
            small: false,
            mean: null,
            rows: [
              { value: "yes", share: 82.6 },
              { value: "no", share: 8.7 },
              { value: "preferNot", share: 8.7 },
            ],
          },
        ],
      },
    ],
    themes: [
      {
        id: "seeing-family",
        points: [
          { wave: "wav_autumn", count: 25, share: 35.7, small: false },
          { wave: "wav_spring", count: 35, share: 43.8, small: false },
        ],
      },
      {
        id: "social-worker-changes",
        points: [
          { wave: "wav_autumn", count: 15, share: 21.4, small: false },
          { wave: "wav_spring", count: 10, share: 12.5, small: false },
        ],
      },
    ],
  },
};

const point = (answered: number | null, positive: number | null, share: number | null) => ({
  answered,
  positive,
  share,
  small: answered === null || answered < 30,
});

export const PLACE: Place = {
  orgName: "Demo Borough Council",
  wave: null,
  waves: [
    { id: "wav_autumn", label: "Autumn 2026" },
    { id: "wav_spring", label: "Spring 2027" },
  ],
  indicators: [
    {
      id: "feel-safe",
      label: "Feel safe where they live",
      means: "Said yes, they feel safe where they live.",
      audience: "children",
      question: { surveyId: "srv_demo811", questionId: "feel-safe" },
      sources: [{ surveyId: "srv_demo811", questionId: "feel-safe" }],
      overall: point(205, 175, 85.4),
      byWave: [
        { wave: "wav_autumn", label: "Autumn 2026", ...point(90, 75, 83.3) },
        { wave: "wav_spring", label: "Spring 2027", ...point(115, 100, 87) },
      ],
      byBand: [
        { band: "8-11", ...point(120, 105, 87.5) },
        { band: "16-25", ...point(null, null, null) },
      ],
    },
  ],
  themes: [
    {
      id: "seeing-family",
      label: en("Seeing family"),
      count: 60,
      share: 40,
      small: false,
      trend: [
        { wave: "wav_autumn", label: "Autumn 2026", count: 25, share: 35.7, small: false },
        { wave: "wav_spring", label: "Spring 2027", count: 35, share: 43.8, small: false },
      ],
    },
  ],
  actions: [
    {
      id: "act_1",
      said: "You said contact with brothers and sisters gets cancelled.",
      did: "Weekend contact sessions with a named worker in every team.",
      status: "doing",
    },
  ],
};
