/** A survey's status in words and colour; the words alone carry the meaning. */
import type { SurveyStatus } from "./studioApi";

const WORDS: Record<SurveyStatus, string> = {
  draft: "Draft",
  published: "Published",
  archived: "Archived",
};

export function StatusBadge(props: { status: SurveyStatus }) {
  return <span class={`status ${props.status}`}>{WORDS[props.status]}</span>;
}
