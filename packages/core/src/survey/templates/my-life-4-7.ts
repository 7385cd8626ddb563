import { unsafeAnswers } from "../concerns.js";
import type { TemplateSource } from "./index.js";

/**
 * For the youngest children, answered with a trusted adult reading aloud: three faces rather
 * than five, short sentences, and the three houses (good things, worries, dreams) that many will
 * know from their social worker, as pictures to pick rather than boxes to write in. Their own
 * words are asked for once, at the end, for the adult with them to write down if they want.
 */
export const myLife4to7: TemplateSource = {
  id: "my-life-in-care-4-7",
  name: "My life in care (4 to 7)",
  description:
    "Short questions with three faces and pictures to pick, made to be read aloud by a trusted adult. Nothing to write unless the child wants the adult to.",
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
        title: { en: "My three houses" },
        questions: [
          {
            id: "good-things",
            type: "multi",
            prompt: { en: "What is good in your life? Pick the pictures." },
            help: { en: "This is your house of good things. You can pick as many as you like." },
            options: [
              { id: "home", label: { en: "My home" }, icon: "home" },
              { id: "carers", label: { en: "The grown-ups I live with" }, icon: "carer" },
              { id: "family", label: { en: "My family" }, icon: "family" },
              { id: "friends", label: { en: "My friends" }, icon: "friends" },
              { id: "school", label: { en: "School" }, icon: "school" },
              { id: "playing", label: { en: "Playing" }, icon: "games" },
              { id: "pets", label: { en: "Animals and pets" }, icon: "pet" },
            ],
          },
          {
            id: "worries",
            type: "multi",
            prompt: { en: "Does anything make you sad or worried? Pick the pictures." },
            help: { en: "This is your house of worries. You can pick as many as you like." },
            options: [
              { id: "home", label: { en: "Home" }, icon: "home" },
              { id: "family", label: { en: "My family" }, icon: "family" },
              { id: "friends", label: { en: "Friends" }, icon: "friends" },
              { id: "school", label: { en: "School" }, icon: "school" },
              { id: "sleep", label: { en: "Going to sleep" }, icon: "sleep" },
              { id: "poorly", label: { en: "Feeling poorly" }, icon: "health" },
              { id: "nothing", label: { en: "Nothing worries me" }, icon: "heart" },
            ],
          },
          {
            id: "wish",
            type: "choice",
            prompt: { en: "If you could have one wish, which would it be?" },
            help: { en: "This is your house of dreams." },
            options: [
              { id: "family", label: { en: "More time with my family" }, icon: "family" },
              { id: "friends", label: { en: "More time with friends" }, icon: "friends" },
              { id: "pet", label: { en: "A pet" }, icon: "pet" },
              { id: "trip", label: { en: "A day out somewhere" }, icon: "travel" },
              { id: "stay", label: { en: "To stay where I live" }, icon: "home" },
              { id: "other", label: { en: "Something else" }, icon: "other" },
            ],
          },
          {
            id: "tell-us",
            type: "text",
            prompt: { en: "Is there anything else you want to tell the grown-up with you?" },
            help: {
              en: "You don't have to. If you want to, the grown-up can write your words here for you.",
            },
            maxLength: 600,
          },
        ],
      },
    ],
  },
};
