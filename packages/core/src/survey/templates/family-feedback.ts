import { unsafeAnswers } from "../concerns.js";
import type { TemplateSource } from "./index.js";

/**
 * Asked when an early help plan closes. Written to parents and carers; there is no adult age
 * band, so the survey names the young people's bands (12–17, and 16–25 for young parents), and
 * a parent answering simply gives no band.
 */
export const familyFeedback: TemplateSource = {
  id: "family-feedback-early-help",
  name: "Family feedback after early help",
  description:
    "For parents, carers and young people when early help ends: how the support felt, what changed and what to do better.",
  definition: {
    surveyId: "tpl-family-feedback",
    version: 1,
    title: { en: "How was your early help?" },
    intro: {
      en: "Thank you for working with us. Your answers are anonymous and will not change any support you get.",
    },
    defaultLanguage: "en",
    languages: ["en"],
    ageBands: ["12-17", "16-25"],
    concerns: unsafeAnswers("feel-safe"),
    pages: [
      {
        id: "support",
        title: { en: "The support" },
        questions: [
          {
            id: "overall",
            type: "emoji",
            faces: 5,
            prompt: { en: "Overall, how do you feel about the support your family had?" },
          },
          {
            id: "listened",
            type: "yesNo",
            prompt: { en: "Did your worker listen to you and take your views seriously?" },
          },
          {
            id: "explained",
            type: "yesNo",
            prompt: { en: "Did your worker explain things in a way that was easy to understand?" },
          },
          {
            id: "plan-together",
            type: "yesNo",
            prompt: { en: "Did you help decide what went into your family's plan?" },
          },
          {
            id: "helped-with",
            type: "multi",
            prompt: { en: "What did the support help with?" },
            help: { en: "Choose all that apply." },
            options: [
              { id: "routines", label: { en: "Routines at home" }, icon: "home" },
              { id: "behaviour", label: { en: "Children's behaviour" }, icon: "heart" },
              { id: "school", label: { en: "School attendance or learning" }, icon: "school" },
              { id: "money", label: { en: "Money or debt" }, icon: "money" },
              { id: "housing", label: { en: "Housing" }, icon: "home" },
              { id: "health", label: { en: "Health or wellbeing" }, icon: "health" },
              { id: "relationships", label: { en: "Family relationships" }, icon: "family" },
              { id: "other", label: { en: "Something else" }, icon: "other" },
            ],
          },
        ],
      },
      {
        id: "difference",
        title: { en: "What changed" },
        questions: [
          {
            id: "difference",
            type: "scale",
            prompt: { en: "How much difference has the support made to your family?" },
            minLabel: { en: "No difference" },
            maxLabel: { en: "A big difference" },
          },
          {
            id: "things-now",
            type: "choice",
            prompt: { en: "Compared with when the support started, are things now…" },
            options: [
              { id: "better", label: { en: "Better" } },
              { id: "same", label: { en: "About the same" } },
              { id: "worse", label: { en: "Worse" } },
              { id: "not-sure", label: { en: "I'm not sure" } },
            ],
          },
          {
            id: "feel-safe",
            type: "yesNo",
            prompt: { en: "Does everyone in your family feel safe at home now?" },
          },
          {
            id: "know-where",
            type: "yesNo",
            prompt: { en: "Do you know where to go for help if you need it again?" },
          },
          {
            id: "recommend",
            type: "yesNo",
            prompt: { en: "Would you tell another family to ask for early help?" },
          },
        ],
      },
      {
        id: "words",
        title: { en: "In your words" },
        questions: [
          {
            id: "worked-well",
            type: "text",
            prompt: { en: "What worked well for your family?" },
          },
          {
            id: "do-better",
            type: "text",
            prompt: { en: "What could we have done better?" },
          },
          {
            id: "young-person",
            type: "text",
            prompt: {
              en: "Young people: what would you like workers to know about getting help as a family?",
            },
          },
        ],
      },
    ],
  },
};
