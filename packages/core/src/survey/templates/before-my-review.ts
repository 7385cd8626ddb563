import { unsafeAnswers } from "../concerns.js";
import type { TemplateSource } from "./index.js";

/**
 * Gathered before a child's looked-after review so their views reach the meeting even if they
 * do not go. One survey for three bands: the youngest get simpler words, and pictures to pick in
 * place of the open questions, with one optional thing to tell the adult with them at the end;
 * which is what band wording and age-band rules are for.
 */
export const beforeMyReview: TemplateSource = {
  id: "before-my-review",
  name: "Before my review meeting",
  description:
    "A child's views for their review: how things are, what is going well, what to change and how they want to take part.",
  definition: {
    surveyId: "tpl-before-my-review",
    version: 1,
    title: { en: "Before my review meeting" },
    intro: {
      en: "Your review meeting is coming up. Tell us what you think, so the meeting hears your views.",
    },
    defaultLanguage: "en",
    languages: ["en"],
    ageBands: ["4-7", "8-11", "12-17"],
    concerns: unsafeAnswers("feel-safe"),
    pages: [
      {
        id: "meeting",
        title: { en: "The meeting" },
        questions: [
          {
            id: "know-why",
            type: "yesNo",
            prompt: { en: "Do you know what your review meeting is for?" },
            help: {
              en: "It's where the adults who look after you check your plan is right for you.",
            },
            bands: {
              "4-7": {
                prompt: { en: "Do you know why grown-ups have meetings about you?" },
                help: { en: "They meet to make sure you are happy and looked after." },
              },
            },
          },
          {
            id: "take-part",
            type: "choice",
            prompt: { en: "How would you like to take part in the meeting?" },
            bands: { "4-7": { hidden: true } },
            options: [
              { id: "whole", label: { en: "Be there for all of it" }, icon: "star" },
              { id: "part", label: { en: "Be there for part of it" } },
              { id: "someone-else", label: { en: "Have someone speak for me" }, icon: "talk" },
              { id: "this-form", label: { en: "Just send my views on this form" } },
            ],
          },
          {
            id: "speak-for-me",
            type: "choice",
            prompt: { en: "Who would you like to speak for you?" },
            showIf: { question: "take-part", equals: "someone-else" },
            options: [
              { id: "carer", label: { en: "My carer" }, icon: "carer" },
              { id: "social-worker", label: { en: "My social worker" }, icon: "worker" },
              { id: "advocate", label: { en: "An advocate" }, icon: "talk" },
              { id: "family", label: { en: "Someone in my family" }, icon: "family" },
              { id: "other", label: { en: "Someone else" }, icon: "other" },
            ],
          },
          {
            id: "seen-plan",
            type: "yesNo",
            prompt: { en: "Have you seen your care plan, and did someone explain it to you?" },
            showIf: { ageBand: ["12-17"] },
          },
        ],
      },
      {
        id: "now",
        title: { en: "How things are" },
        questions: [
          {
            id: "home",
            type: "emoji",
            faces: 5,
            prompt: { en: "How are things where you live?" },
            bands: { "4-7": { prompt: { en: "How do you feel at home?" } } },
          },
          {
            id: "feel-safe",
            type: "yesNo",
            prompt: { en: "Do you feel safe where you live?" },
          },
          {
            id: "school",
            type: "emoji",
            faces: 5,
            prompt: { en: "How are things at school or college?" },
            bands: { "4-7": { prompt: { en: "How do you feel at school?" } } },
          },
          {
            id: "family-time",
            type: "choice",
            prompt: { en: "Are you happy with how often you see your family and friends?" },
            options: [
              { id: "happy", label: { en: "Yes, it's about right" } },
              { id: "more", label: { en: "I'd like to see them more" } },
              { id: "less", label: { en: "I'd like to see them less" } },
              { id: "not-sure", label: { en: "I'm not sure" } },
            ],
          },
        ],
      },
      {
        id: "views",
        title: { en: "What I want the meeting to hear" },
        questions: [
          {
            id: "good-pictures",
            type: "multi",
            prompt: { en: "What is good for you at the moment? Pick the pictures." },
            help: { en: "You can pick as many as you like." },
            showIf: { ageBand: ["4-7"] },
            options: [
              { id: "home", label: { en: "My home" }, icon: "home" },
              { id: "family", label: { en: "My family" }, icon: "family" },
              { id: "friends", label: { en: "My friends" }, icon: "friends" },
              { id: "school", label: { en: "School" }, icon: "school" },
              { id: "playing", label: { en: "Playing" }, icon: "games" },
            ],
          },
          {
            id: "worry-pictures",
            type: "multi",
            prompt: { en: "Should the meeting talk about any of these? Pick the pictures." },
            help: { en: "Pick the things that make you sad or worried, if there are any." },
            showIf: { ageBand: ["4-7"] },
            options: [
              { id: "home", label: { en: "Home" }, icon: "home" },
              { id: "family", label: { en: "Seeing my family" }, icon: "family" },
              { id: "friends", label: { en: "Friends" }, icon: "friends" },
              { id: "school", label: { en: "School" }, icon: "school" },
              { id: "nothing", label: { en: "Nothing" }, icon: "heart" },
            ],
          },
          {
            id: "going-well",
            type: "text",
            prompt: { en: "What is going well for you?" },
            bands: { "4-7": { hidden: true } },
          },
          {
            id: "worries",
            type: "text",
            prompt: { en: "Is anything worrying you that the meeting should talk about?" },
            bands: { "4-7": { hidden: true } },
          },
          {
            id: "change",
            type: "text",
            prompt: { en: "Is there anything you would like to change?" },
            bands: { "4-7": { hidden: true } },
          },
          {
            id: "tell-meeting",
            type: "text",
            prompt: { en: "Is there anything you want the grown-up with you to tell the meeting?" },
            help: { en: "You don't have to. If you want to, the grown-up can write it here." },
            showIf: { ageBand: ["4-7"] },
          },
        ],
      },
    ],
  },
};
