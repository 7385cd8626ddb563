import { unsafeAnswers } from "../survey/concerns.js";
import type { SurveyVersion } from "../survey/schema.js";

/** "My life in care" for 8 to 11 year olds: one question of each of the first four kinds. */
export const myLifeInCare: SurveyVersion = {
  schemaVersion: 1,
  surveyId: "srv_demo_life811",
  version: 1,
  title: { en: "My life in care" },
  intro: { en: "A few questions about your life. There are no right or wrong answers." },
  defaultLanguage: "en",
  languages: ["en"],
  ageBands: ["8-11"],
  concerns: unsafeAnswers("feel-safe"),
  pages: [
    {
      id: "main",
      questions: [
        {
          id: "feel-home",
          type: "emoji",
          faces: 5,
          prompt: { en: "How do you feel about where you live?" },
          allowPreferNot: true,
        },
        {
          id: "feel-safe",
          type: "yesNo",
          prompt: { en: "Do you feel safe where you live?" },
          help: { en: "Safe means nobody hurts you or frightens you." },
          allowPreferNot: true,
        },
        {
          id: "trusted-adult",
          type: "choice",
          prompt: { en: "Who do you talk to when you are worried?" },
          options: [
            { id: "carer", label: { en: "My carer" } },
            { id: "social-worker", label: { en: "My social worker" } },
            { id: "teacher", label: { en: "A teacher" } },
            { id: "friend", label: { en: "A friend" } },
            { id: "nobody", label: { en: "Nobody" } },
          ],
          allowPreferNot: true,
        },
        {
          id: "one-thing",
          type: "text",
          prompt: { en: "If you could change one thing about your life, what would it be?" },
          multiline: true,
          maxLength: 1000,
          allowPreferNot: true,
        },
      ],
    },
  ],
};

/** A short check-in for care leavers aged 16 to 25. */
export const leavingCare: SurveyVersion = {
  schemaVersion: 1,
  surveyId: "srv_demo_leaving",
  version: 1,
  title: { en: "Leaving care: how is it going?" },
  intro: { en: "Tell us how things are going since you left care." },
  defaultLanguage: "en",
  languages: ["en"],
  ageBands: ["16-25"],
  pages: [
    {
      id: "main",
      questions: [
        {
          id: "home-now",
          type: "emoji",
          faces: 5,
          prompt: { en: "How settled do you feel in the place you live now?" },
          allowPreferNot: true,
        },
        {
          id: "adviser-reachable",
          type: "yesNo",
          prompt: { en: "Can you reach your personal adviser when you need to?" },
          allowPreferNot: true,
        },
        {
          id: "help-most",
          type: "choice",
          prompt: { en: "What would help you most right now?" },
          options: [
            { id: "money", label: { en: "Money and budgeting" } },
            { id: "housing", label: { en: "Housing" } },
            { id: "work", label: { en: "Work, college or training" } },
            { id: "health", label: { en: "Health and wellbeing" } },
            { id: "someone", label: { en: "Someone to talk to" } },
          ],
          allowPreferNot: true,
        },
        {
          id: "tell-us",
          type: "text",
          prompt: { en: "Is there anything else you want us to know?" },
          multiline: true,
          maxLength: 1000,
          allowPreferNot: true,
        },
      ],
    },
  ],
};
