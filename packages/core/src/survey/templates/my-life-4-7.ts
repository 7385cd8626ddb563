import { unsafeAnswers } from "../concerns.js";
import type { TemplateSource } from "./index.js";

/**
 * For the youngest children, answered with a trusted adult reading aloud: three faces rather
 * than five, short sentences, and the three houses, which many will know from their social worker.
 */
export const myLife4to7: TemplateSource = {
  id: "my-life-in-care-4-7",
  name: "My life in care (4 to 7)",
  description:
    "Short questions with three faces and pictures, made to be read aloud by a trusted adult.",
  definition: {
    surveyId: "tpl-my-life-4-7",
    version: 1,
    title: { en: "My life" },
    intro: {
      en: "We want to know what it is like for you. A grown-up can read this with you.",
    },
    defaultLanguage: "en",
    languages: ["en"],
    ageBands: ["4-7"],
    concerns: unsafeAnswers("feel-safe"),
    pages: [
      {
        id: "hello",
        questions: [
          {
            id: "hello",
            type: "info",
            prompt: { en: "Hello! Here are some questions about you." },
            help: {
              en: "There are no right or wrong answers. You can skip any question you like.",
            },
          },
        ],
      },
      {
        id: "home",
        title: { en: "My home" },
        questions: [
          {
            id: "home-feel",
            type: "emoji",
            faces: 3,
            prompt: { en: "How do you feel about where you live?" },
            readAloud: {
              en: "How do you feel about where you live? Is it not good, OK, or good?",
            },
          },
          {
            id: "feel-safe",
            type: "yesNo",
            prompt: { en: "Do you feel safe at home?" },
            help: { en: "Safe means nobody hurts you or scares you." },
          },
          {
            id: "tell-who",
            type: "choice",
            prompt: { en: "Who could you tell if you felt scared?" },
            showIf: { question: "feel-safe", in: ["no", "notSure"] },
            options: [
              { id: "carer", label: { en: "The grown-up I live with" }, icon: "carer" },
              { id: "social-worker", label: { en: "My social worker" }, icon: "worker" },
              { id: "teacher", label: { en: "My teacher" }, icon: "teacher" },
              { id: "someone-else", label: { en: "Someone else" }, icon: "other" },
              { id: "nobody", label: { en: "I don't know who to tell" }, icon: "nobody" },
            ],
          },
          {
            id: "carers-kind",
            type: "emoji",
            faces: 3,
            prompt: { en: "How do the grown-ups you live with make you feel?" },
          },
          {
            id: "own-things",
            type: "yesNo",
            prompt: { en: "Do you have your own special things at home, like toys or a blanket?" },
          },
        ],
      },
      {
        id: "people",
        title: { en: "My people" },
        questions: [
          {
            id: "see-family",
            type: "emoji",
            faces: 3,
            prompt: { en: "How do you feel about how much you see your family?" },
          },
          {
            id: "know-worker",
            type: "yesNo",
            prompt: { en: "Do you know who your social worker is?" },
          },
          {
            id: "friends",
            type: "yesNo",
            prompt: { en: "Do you have friends to play with?" },
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
            faces: 3,
            prompt: { en: "How do you feel at school?" },
          },
          {
            id: "like-doing",
            type: "multi",
            prompt: { en: "What do you like doing best?" },
            help: { en: "You can pick up to three." },
            max: 3,
            options: [
              { id: "outside", label: { en: "Playing outside" }, icon: "outdoors" },
              { id: "games", label: { en: "Games" }, icon: "games" },
              { id: "drawing", label: { en: "Drawing and making things" }, icon: "art" },
              { id: "stories", label: { en: "Stories and books" }, icon: "books" },
              { id: "sport", label: { en: "Sport and running about" }, icon: "sport" },
              { id: "music", label: { en: "Music and dancing" }, icon: "music" },
              { id: "animals", label: { en: "Animals" }, icon: "pet" },
            ],
          },
        ],
      },
      {
        id: "last",
        title: { en: "Last of all" },
        questions: [
          {
            id: "three-houses",
            type: "threeHouses",
            prompt: { en: "Let's think about your three houses." },
            help: {
              en: "Worries, good things and dreams. A grown-up can write your words down for you.",
            },
            maxLength: 600,
          },
          {
            id: "tell-us",
            type: "text",
            prompt: { en: "Is there anything else you want to tell us?" },
            help: { en: "A grown-up can write it down for you." },
            maxLength: 600,
          },
        ],
      },
    ],
  },
};
