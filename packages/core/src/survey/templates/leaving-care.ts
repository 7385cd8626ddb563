import { unsafeAnswers } from "../concerns.js";
import type { TemplateSource } from "./index.js";

/**
 * For care leavers: home, money, their personal adviser and what they are doing now, written to
 * young adults rather than children, with the local offer asked about by name.
 */
export const leavingCare: TemplateSource = {
  id: "leaving-care",
  name: "Leaving care",
  description:
    "For care leavers aged 16 to 25: home, safety, money, their personal adviser and what would help.",
  definition: {
    surveyId: "tpl-leaving-care",
    version: 1,
    title: { en: "Leaving care: how's it going?" },
    intro: {
      en: "You know better than anyone what leaving care is like. Your answers shape the support we offer.",
    },
    defaultLanguage: "en",
    languages: ["en"],
    ageBands: ["16-25"],
    concerns: unsafeAnswers("feel-safe"),
    pages: [
      {
        id: "home",
        title: { en: "Home" },
        questions: [
          {
            id: "living",
            type: "choice",
            prompt: { en: "Where are you living at the moment?" },
            options: [
              { id: "own", label: { en: "My own flat or house" }, icon: "home" },
              { id: "staying-put", label: { en: "With my former foster carers" }, icon: "carer" },
              { id: "supported", label: { en: "Supported accommodation" }, icon: "home" },
              { id: "family", label: { en: "With family or friends" }, icon: "family" },
              { id: "student", label: { en: "Student housing" }, icon: "school" },
              { id: "no-settled", label: { en: "I don't have a settled place" }, icon: "travel" },
              { id: "other", label: { en: "Somewhere else" }, icon: "other" },
            ],
          },
          {
            id: "settled",
            type: "scale",
            prompt: { en: "How settled do you feel in your home?" },
            minLabel: { en: "Not at all" },
            maxLabel: { en: "Completely" },
          },
          {
            id: "feel-safe",
            type: "yesNo",
            prompt: { en: "Do you feel safe where you live?" },
          },
        ],
      },
      {
        id: "support",
        title: { en: "Support" },
        questions: [
          {
            id: "adviser",
            type: "choice",
            prompt: { en: "How easy is it to get hold of your personal adviser?" },
            options: [
              { id: "easy", label: { en: "Easy" } },
              { id: "sometimes", label: { en: "Sometimes easy, sometimes not" } },
              { id: "hard", label: { en: "Hard" } },
              { id: "dont-know", label: { en: "I don't know who my adviser is" } },
            ],
          },
          {
            id: "pathway-plan",
            type: "yesNo",
            prompt: { en: "Did you help write your pathway plan?" },
          },
          {
            id: "local-offer",
            type: "yesNo",
            prompt: { en: "Do you know what our local offer for care leavers gives you?" },
            help: { en: "The local offer lists the help, money and services you're entitled to." },
          },
          {
            id: "connected",
            type: "scale",
            prompt: { en: "How connected do you feel to people who care about you?" },
            minLabel: { en: "Not connected" },
            maxLabel: { en: "Very connected" },
          },
        ],
      },
      {
        id: "now",
        title: { en: "Right now" },
        questions: [
          {
            id: "money",
            type: "emoji",
            faces: 5,
            prompt: { en: "How are you managing with money?" },
          },
          {
            id: "doing",
            type: "multi",
            prompt: { en: "What are you doing at the moment?" },
            help: { en: "Choose all that apply." },
            options: [
              { id: "college", label: { en: "College or sixth form" }, icon: "school" },
              { id: "university", label: { en: "University" }, icon: "books" },
              { id: "work", label: { en: "Working" }, icon: "work" },
              {
                id: "apprenticeship",
                label: { en: "An apprenticeship or training" },
                icon: "work",
              },
              { id: "looking", label: { en: "Looking for work or a course" } },
              {
                id: "caring",
                label: { en: "Looking after a child or someone else" },
                icon: "heart",
              },
              { id: "not-right-now", label: { en: "None of these right now" } },
            ],
          },
          {
            id: "help-most",
            type: "multi",
            prompt: { en: "What would help you most right now?" },
            help: { en: "Choose up to three." },
            max: 3,
            options: [
              { id: "money", label: { en: "Money and budgeting" }, icon: "money" },
              { id: "housing", label: { en: "Housing" }, icon: "home" },
              { id: "work", label: { en: "Work, college or training" }, icon: "work" },
              { id: "health", label: { en: "Health and wellbeing" }, icon: "health" },
              { id: "talk", label: { en: "Someone to talk to" }, icon: "talk" },
              { id: "life-skills", label: { en: "Cooking, bills and forms" }, icon: "food" },
            ],
          },
          {
            id: "one-change",
            type: "text",
            prompt: { en: "What one thing should we change for young people leaving care?" },
          },
        ],
      },
    ],
  },
};
