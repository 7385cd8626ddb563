import { unsafeAnswers } from "../concerns.js";
import type { TemplateSource } from "./index.js";

/**
 * For 8 to 11 year olds, who can read most of it alone: five faces, a first 0–10 scale, and
 * room to say in their own words what they would change.
 */
export const myLife8to11: TemplateSource = {
  id: "my-life-in-care-8-11",
  name: "My life in care (8 to 11)",
  description:
    "Home, safety, family, school and having a say, with faces, a few choices and the three houses.",
  definition: {
    surveyId: "tpl-my-life-8-11",
    version: 1,
    title: { en: "My life in care" },
    intro: {
      en: "We want to hear what life is like for you, so we can make things better for children in care.",
    },
    defaultLanguage: "en",
    languages: ["en"],
    ageBands: ["8-11"],
    concerns: unsafeAnswers("feel-safe"),
    pages: [
      {
        id: "home",
        title: { en: "Where I live" },
        questions: [
          {
            id: "home-feel",
            type: "emoji",
            faces: 5,
            prompt: { en: "How do you feel about where you live now?" },
          },
          {
            id: "feel-safe",
            type: "yesNo",
            prompt: { en: "Do you feel safe where you live?" },
            help: { en: "Safe means nobody hurts you, frightens you or makes you feel bad." },
          },
          {
            id: "unsafe-tell",
            type: "choice",
            prompt: { en: "Who would you talk to if you didn't feel safe?" },
            help: { en: "You can also phone Childline for free on 0800 1111." },
            showIf: { question: "feel-safe", in: ["no", "notSure"] },
            options: [
              { id: "carer", label: { en: "My carer" }, icon: "carer" },
              { id: "social-worker", label: { en: "My social worker" }, icon: "worker" },
              { id: "teacher", label: { en: "A teacher" }, icon: "teacher" },
              { id: "family", label: { en: "Someone in my family" }, icon: "family" },
              { id: "nobody", label: { en: "I don't know who to tell" }, icon: "nobody" },
            ],
          },
          {
            id: "belong",
            type: "scale",
            prompt: { en: "How much do you feel you belong where you live?" },
            minLabel: { en: "Not at all" },
            maxLabel: { en: "Completely" },
          },
          {
            id: "carers-listen",
            type: "yesNo",
            prompt: { en: "Do the adults you live with listen to you?" },
          },
        ],
      },
      {
        id: "people",
        title: { en: "My people" },
        questions: [
          {
            id: "family-contact",
            type: "choice",
            prompt: { en: "How do you feel about how often you see or talk to your family?" },
            options: [
              { id: "right", label: { en: "It's about right" } },
              { id: "more", label: { en: "I'd like more" } },
              { id: "less", label: { en: "I'd like less" } },
              { id: "not-sure", label: { en: "I'm not sure" } },
            ],
          },
          {
            id: "worker-talk",
            type: "yesNo",
            prompt: { en: "Can you talk to your social worker when you need to?" },
          },
          {
            id: "trusted-adult",
            type: "yesNo",
            prompt: { en: "Is there an adult you trust and can talk to about anything?" },
          },
        ],
      },
      {
        id: "school",
        title: { en: "School and fun" },
        questions: [
          {
            id: "school-feel",
            type: "emoji",
            faces: 5,
            prompt: { en: "How do you feel about school?" },
          },
          {
            id: "school-help",
            type: "yesNo",
            prompt: { en: "Is there someone at school who helps when things are hard?" },
          },
          {
            id: "enjoy",
            type: "multi",
            prompt: { en: "What do you enjoy doing in your free time?" },
            help: { en: "Pick as many as you like." },
            options: [
              { id: "sport", label: { en: "Sport or clubs" }, icon: "sport" },
              { id: "friends", label: { en: "Seeing friends" }, icon: "friends" },
              { id: "games", label: { en: "Games" }, icon: "games" },
              { id: "art", label: { en: "Art and making things" }, icon: "art" },
              { id: "music", label: { en: "Music or dance" }, icon: "music" },
              { id: "reading", label: { en: "Reading" }, icon: "books" },
              { id: "outdoors", label: { en: "Being outdoors" }, icon: "outdoors" },
              { id: "other", label: { en: "Something else" }, icon: "other" },
            ],
          },
        ],
      },
      {
        id: "say",
        title: { en: "Having a say" },
        questions: [
          {
            id: "have-say",
            type: "yesNo",
            prompt: { en: "Do you get a say in decisions about your life?" },
          },
          {
            id: "three-houses",
            type: "threeHouses",
            prompt: { en: "Fill in your three houses." },
            help: { en: "Write in one, two or all three. Short is fine." },
          },
          {
            id: "one-thing",
            type: "text",
            prompt: { en: "If you could change one thing about your life, what would it be?" },
          },
        ],
      },
    ],
  },
};
