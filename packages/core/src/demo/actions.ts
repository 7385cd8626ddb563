import { Action } from "../action/index.js";
import type { ActionCreate } from "../action/schema.js";
import type { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";

/**
 * The demo council's "You said, we did": published actions children see after answering (in
 * English, and in Polish, Arabic, Urdu and Lithuanian where translated), and a draft not yet shown. Written
 * through `Action.create` and `Action.setPublished`, so a second seed changes nothing.
 */
export const DEMO_ACTIONS: (ActionCreate & { published: boolean })[] = [
  {
    id: "act_demoFamilyTime1",
    published: true,
    language: "en",
    said: "You said you want to see your brothers and sisters more.",
    did: "Every school holiday there is now a family day. Your social worker will plan it with you.",
    themeId: "seeing-family",
    surveyId: "srv_demo_life811",
    questionId: "one-thing",
    owner: "Head of Children in Care",
    status: "doing",
    due: "2027-02-28",
    translations: {
      pl: {
        said: "Mówisz, że chcesz częściej widywać rodzeństwo.",
        did: "W każde ferie jest teraz dzień rodzinny. Twój pracownik socjalny zaplanuje go z tobą.",
      },
      ar: {
        said: "قلتَ إنك تريد أن ترى إخوتك وأخواتك أكثر.",
        did: "في كل عطلة مدرسية يوجد الآن يوم للعائلة. سيخطط له معك الأخصائي الاجتماعي.",
      },
    },
  },
  {
    id: "act_demoWorkerStays1",
    published: true,
    language: "en",
    said: "You said your social worker changes too often.",
    did: "We are taking on more social workers. You will meet your new worker before the old one leaves.",
    themeId: "social-worker-changes",
    owner: "Director of Children's Services",
    status: "planned",
    due: "2027-06-30",
    translations: {
      pl: {
        said: "Mówisz, że twój pracownik socjalny zmienia się zbyt często.",
        did: "Zatrudniamy więcej pracowników socjalnych. Poznasz nowego pracownika, zanim poprzedni odejdzie.",
      },
    },
  },
  {
    id: "act_demoSameSchool1",
    published: true,
    language: "en",
    said: "You said you want to stay at the same school when you move home.",
    did: "When we look for a new home for you, we now think about your school first.",
    themeId: "school",
    surveyId: "srv_demo_allages",
    owner: "Virtual School Head",
    status: "done",
    due: "2026-09-01",
    translations: {
      ar: {
        said: "قلتَ إنك تريد أن تبقى في المدرسة نفسها عندما تنتقل إلى بيت جديد.",
        did: "عندما نبحث لك عن بيت جديد، نفكر الآن في مدرستك أولاً.",
      },
      ur: {
        said: "آپ نے کہا کہ جب آپ نیا گھر بدلیں تو آپ اسی اسکول میں رہنا چاہتے ہیں۔",
        did: "جب ہم آپ کے لیے نیا گھر ڈھونڈتے ہیں، تو اب سب سے پہلے آپ کے اسکول کے بارے میں سوچتے ہیں۔",
      },
      lt: {
        said: "Sakei, kad nori likti toje pačioje mokykloje, kai keiti namus.",
        did: "Kai ieškome tau naujų namų, dabar pirmiausia galvojame apie tavo mokyklą.",
      },
    },
  },
  {
    id: "act_demoHousingPlan",
    published: true,
    language: "en",
    said: "You said finding somewhere to live after care is worrying.",
    did: "Every care leaver now gets a housing plan at 17 and a named person in the housing team.",
    themeId: "housing",
    surveyId: "srv_demo_leaving",
    owner: "Leaving Care Service Manager",
    status: "doing",
    due: "2027-01-31",
    translations: {},
  },
  {
    id: "act_demoPhoneData1",
    published: false,
    language: "en",
    said: "You said you need data on your phone to keep in touch with friends and family.",
    did: "We are looking at giving every young person in care a phone with data.",
    themeId: "friends",
    owner: "Participation Team",
    status: "planned",
    translations: {},
  },
];

export async function seedActions(db: Db, leader: Audit.Staff): Promise<void> {
  for (const { published, ...input } of DEMO_ACTIONS) {
    await Action.create(db, leader, input);
    if (published) await Action.setPublished(db, leader, input.id, true);
  }
}
