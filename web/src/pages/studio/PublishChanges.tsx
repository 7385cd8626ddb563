/**
 * What publishing would change, in words an officer checks before children see it: questions
 * added, removed and changed, translations, rules, age bands and the survey's own settings.
 */
import type { Changes, Named } from "@chorus/core/survey/changes";
import { For, Show } from "solid-js";
import { bandName, englishName } from "./SurveyDetails";
import type { PublishPreview } from "./studioApi";

export interface ChangeGroup {
  title: string;
  items: string[];
}

/** At most this many questions are named in a group; the rest are counted. */
const NAMED = 8;

const quoted = (named: Named[]) => {
  const words = named.slice(0, NAMED).map((q) => `“${q.words || q.id}”`);
  return named.length > NAMED ? [...words, `and ${named.length - NAMED} more`] : words;
};
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const languages = (codes: string[]) => codes.map(englishName).join(", ");

/** The changes as titled groups, empty groups left out, in the order an officer checks them. */
export function changeGroups(changes: Changes): ChangeGroup[] {
  const { questions, translations, rules, bands } = changes;
  const groups: ChangeGroup[] = [];
  const add = (title: string, items: string[]) => {
    if (items.length > 0) groups.push({ title, items });
  };
  add(`${count(questions.added.length, "question", "questions")} added`, quoted(questions.added));
  add(
    `${count(questions.removed.length, "question", "questions")} taken out`,
    quoted(questions.removed),
  );
  add(
    `${count(questions.changed.length, "question", "questions")} changed`,
    quoted(questions.changed),
  );
  if (questions.reordered) add("Order", ["Questions come in a different order."]);
  add("Translations", [
    ...(translations.added.length ? [`Now offered in ${languages(translations.added)}.`] : []),
    ...(translations.removed.length
      ? [`No longer offered in ${languages(translations.removed)}.`]
      : []),
    ...(translations.changed.length
      ? [`Words changed in ${languages(translations.changed)}.`]
      : []),
  ]);
  add("Rules", [
    ...rules.showIf.map((q) => `When “${q.words || q.id}” is asked.`),
    ...(rules.safeguardingAdded
      ? [`${count(rules.safeguardingAdded, "safeguarding rule", "safeguarding rules")} added.`]
      : []),
    ...(rules.safeguardingRemoved
      ? [
          `${count(rules.safeguardingRemoved, "safeguarding rule", "safeguarding rules")} taken out.`,
        ]
      : []),
  ]);
  add("Age bands", [
    ...(bands.added.length ? [`Now for ages ${bands.added.map(bandName).join(", ")}.`] : []),
    ...(bands.removed.length
      ? [`No longer for ages ${bands.removed.map(bandName).join(", ")}.`]
      : []),
    ...bands.wording.map((q) => `Different for some ages: “${q.words || q.id}”.`),
  ]);
  add(
    "About the survey",
    changes.details.map((detail) => `${detail} changed.`),
  );
  return groups;
}

/** The first version: nothing to compare with, so what children will get. */
function FirstVersion(props: { changes: Changes; defaultLanguage: string }) {
  const { questions, translations, bands } = props.changes;
  return (
    <p>
      Version 1 is the first children get: {count(questions.added.length, "question", "questions")},
      in {languages([props.defaultLanguage, ...translations.added])}, for ages{" "}
      {bands.added.map(bandName).join(", ")}.
    </p>
  );
}

export function PublishChanges(props: { preview: PublishPreview; defaultLanguage: string }) {
  return (
    <Show
      when={props.preview.publishedVersion > 0}
      fallback={
        <FirstVersion changes={props.preview.changes} defaultLanguage={props.defaultLanguage} />
      }
    >
      <p>What differs from version {props.preview.publishedVersion}:</p>
      <ul class="change-groups">
        <For each={changeGroups(props.preview.changes)}>
          {(group) => (
            <li>
              <strong>{group.title}</strong>
              <ul>
                <For each={group.items}>{(item) => <li>{item}</li>}</For>
              </ul>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
