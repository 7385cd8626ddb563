import { unsafeAnswers } from "../concerns.js";
import type { TemplateSource } from "./index.js";

/**
 * For teenagers: plainer, more direct questions, 0–10 scales where a face would feel childish,
 * and the things reference surveys find matter most at this age: privacy, changes of social
 * worker, reviews, and how hopeful they feel.
 */
export const myLife12to17: TemplateSource = {
  id: "my-life-in-care-12-17",
  name: "My life in care (12 to 17)",
  description:
    "Home, safety, relationships, social workers, reviews, school or college and the future.",
  definition: {
    surveyId: "tpl-my-life-12-17",
    version: 1,
    title: { en: "Your life in care" },
    intro: {
      en: "Tell us honestly how things are. Reports never show who said what, and you can skip anything.",
    },
    defaultLanguage: "en",
    languages: ["en"],
    ageBands: ["12-17"],
    concerns: unsafeAnswers("feel-safe", "safe-out"),
    pages: [
      {
        id: "home",
        title: { en: "Home" },
        questions: [
          {
            id: "settled",
            type: "scale",
            prompt: { en: "How settled do you feel where you live?" },
            minLabel: { en: "Not at all" },
            maxLabel: { en: "Completely" },
          },
          {
            id: "feel-safe",
            type: "yesNo",
            prompt: { en: "Do you feel safe where you live?" },
          },
          {
            id: "safe-out",
            type: "yesNo",
            prompt: { en: "Do you feel safe when you're out in your area?" },
          },
          {
            id: "unsafe-tell",
            type: "choice",
            prompt: { en: "If you didn't feel safe, who would you tell?" },
            help: { en: "Childline is free and private: 0800 1111, or childline.org.uk." },
            showIf: {
              any: [
                { question: "feel-safe", in: ["no", "notSure"] },
                { question: "safe-out", in: ["no", "notSure"] },
              ],
            },
            options: [
              { id: "carer", label: { en: "My carer or key worker" }, icon: "carer" },
              { id: "social-worker", label: { en: "My social worker" }, icon: "worker" },
              { id: "school", label: { en: "Someone at school or college" }, icon: "school" },
              { id: "friend", label: { en: "A friend" }, icon: "friends" },
              { id: "nobody", label: { en: "I wouldn't tell anyone" }, icon: "nobody" },
            ],
          },
          {
            id: "cared-about",
            type: "yesNo",
            prompt: { en: "Do the people you live with make you feel cared about?" },
          },
          {
            id: "privacy",
            type: "yesNo",
            prompt: { en: "Do you get enough privacy where you live?" },
          },
        ],
      },
      {
        id: "support",
        title: { en: "Family and support" },
        questions: [
          {
            id: "family-contact",
            type: "choice",
            prompt: { en: "How do you feel about the contact you have with your family?" },
            options: [
              { id: "right", label: { en: "It's about right" } },
              { id: "more", label: { en: "I want more" } },
              { id: "less", label: { en: "I want less" } },
              { id: "complicated", label: { en: "It's complicated" } },
            ],
          },
          {
            id: "worker-changes",
            type: "choice",
            prompt: { en: "How many social workers have you had in the last 12 months?" },
            options: [
              { id: "one", label: { en: "One" } },
              { id: "two", label: { en: "Two" } },
              { id: "three-plus", label: { en: "Three or more" } },
              { id: "dont-know", label: { en: "I don't know" } },
            ],
          },
          {
            id: "worker-trust",
            type: "yesNo",
            prompt: { en: "Do you trust your social worker?" },
          },
          {
            id: "reviews-heard",
            type: "yesNo",
            prompt: { en: "Do you feel listened to at your review meetings?" },
          },
        ],
      },
      {
        id: "life",
        title: { en: "School and the future" },
        questions: [
          {
            id: "education",
            type: "emoji",
            faces: 5,
            prompt: { en: "How are things going at school or college?" },
          },
          {
            id: "on-mind",
            type: "multi",
            prompt: { en: "What's on your mind at the moment?" },
            help: { en: "Choose any that fit." },
            options: [
              { id: "school", label: { en: "School or college" }, icon: "school" },
              { id: "friends", label: { en: "Friends" }, icon: "friends" },
              { id: "family", label: { en: "Family" }, icon: "family" },
              { id: "home", label: { en: "Where I live" }, icon: "home" },
              { id: "health", label: { en: "Health or feelings" }, icon: "health" },
              { id: "money", label: { en: "Money" }, icon: "money" },
              { id: "future", label: { en: "My future" }, icon: "star" },
              { id: "nothing", label: { en: "Nothing much" } },
            ],
          },
          {
            id: "hopeful",
            type: "scale",
            prompt: { en: "How hopeful do you feel about your future?" },
            minLabel: { en: "Not hopeful" },
            maxLabel: { en: "Very hopeful" },
          },
          {
            id: "make-better",
            type: "text",
            prompt: { en: "What is one thing that would make your life better?" },
          },
          {
            id: "anything-else",
            type: "text",
            prompt: { en: "Is there anything else you want the people in charge to know?" },
          },
        ],
      },
    ],
  },
};
