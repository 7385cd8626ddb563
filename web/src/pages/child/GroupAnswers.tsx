/**
 * Answers made of several parts: ticking several options, and writing in the three houses.
 * Like the text answer, each keeps a draft, so pressing "I'd rather not say" and un-pressing it
 * gives back what the child had already chosen or written.
 */

import { HOUSES, PREFER_NOT } from "@chorus/core/survey/parts";
import type { AnswerValue, HousesAnswer } from "@chorus/core/survey/schema";
import { createSignal, For, Show } from "solid-js";
import { OptionIcon } from "../../ui/OptionIcon";
import { type InputProps, optionKey } from "./AnswerInput";
import { ReadAloud, speakOnTap } from "./ReadAloud";
import { useWords, useWordsLanguage } from "./words";

function PreferNotToggle(props: InputProps & { restore: () => void }) {
  const w = useWords();
  return (
    <button
      type="button"
      class="btn prefer-toggle"
      aria-pressed={props.value === PREFER_NOT}
      onClick={() => (props.value === PREFER_NOT ? props.restore() : props.onChange(PREFER_NOT))}
    >
      {w().preferNot}
    </button>
  );
}

/** Checkboxes on the same tiles as single choices; boxes past `max` are disabled, not refused. */
export function MultiAnswer(props: InputProps) {
  const question = () => (props.question.type === "multi" ? props.question : undefined);
  const max = () => question()?.max ?? question()?.options.length ?? 0;
  const min = () => question()?.min ?? 1;
  const w = useWords();
  const lang = useWordsLanguage();
  const [chosen, setChosen] = createSignal<string[]>(
    Array.isArray(props.value) ? [...props.value] : [],
  );
  const publish = (ids: string[]) => props.onChange(ids.length >= min() ? ids : undefined);
  const toggle = (id: string) => {
    const ids = chosen().includes(id) ? chosen().filter((c) => c !== id) : [...chosen(), id];
    // Keep the options' order, so the same choices always make the same answer.
    const ordered = (question()?.options ?? []).map((o) => o.id).filter((o) => ids.includes(o));
    setChosen(ordered);
    publish(ordered);
  };
  const hint = () =>
    min() > 1
      ? w().chooseAtLeast(min())
      : max() < (question()?.options.length ?? 0)
        ? w().chooseUpTo(max())
        : undefined;
  return (
    <fieldset
      class="answer-group"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
    >
      <Show when={hint()}>
        <p class="hint" lang={lang()}>
          {hint()}
        </p>
      </Show>
      <div class="choices list">
        <For each={question()?.options ?? []}>
          {(option) => (
            <div class="choice-wrap">
              <label
                class="choice"
                onPointerUp={(event) =>
                  props.speakOnTap &&
                  speakOnTap(event, props.t(option.label), props.lang, optionKey(props, option.id))
                }
              >
                <input
                  type="checkbox"
                  value={option.id}
                  checked={props.value !== PREFER_NOT && chosen().includes(option.id)}
                  disabled={!chosen().includes(option.id) && chosen().length >= max()}
                  onChange={() => toggle(option.id)}
                />
                <span class="choice-body">
                  <Show when={option.icon}>{(icon) => <OptionIcon name={icon()} />}</Show>
                  <span class="choice-label">{props.t(option.label)}</span>
                  <span class="tick" aria-hidden="true">
                    ✓
                  </span>
                </span>
              </label>
              <ReadAloud
                text={props.t(option.label)}
                lang={props.lang}
                label={w().readWords(props.t(option.label))}
                recording={optionKey(props, option.id)}
              />
            </div>
          )}
        </For>
      </div>
      <Show when={props.question.allowPreferNot !== false}>
        <PreferNotToggle {...props} restore={() => publish(chosen())} />
      </Show>
    </fieldset>
  );
}

/** Three labelled boxes: worries, good things, dreams. Any one filled in is an answer. */
export function ThreeHousesAnswer(props: InputProps) {
  const max = () => (props.question.type === "threeHouses" ? props.question.maxLength : 1000);
  const start = typeof props.value === "object" && !Array.isArray(props.value) ? props.value : {};
  const [draft, setDraft] = createSignal<HousesAnswer>({ ...start });
  const publish = (houses: HousesAnswer) => {
    const filled = Object.entries(houses).filter(([, words]) => words?.trim());
    props.onChange(filled.length > 0 ? (Object.fromEntries(filled) as AnswerValue) : undefined);
  };
  const write = (house: (typeof HOUSES)[number], words: string) => {
    const next = { ...draft(), [house]: words };
    setDraft(next);
    publish(next);
  };
  const id = (house: string) => `${props.labelledBy}-${house}`;
  const w = useWords();
  const said = {
    worries: () => ({ label: w().houseWorries, hint: w().houseWorriesHint }),
    goodThings: () => ({ label: w().houseGoodThings, hint: w().houseGoodThingsHint }),
    dreams: () => ({ label: w().houseDreams, hint: w().houseDreamsHint }),
  };
  return (
    <fieldset class="answer-group text-answer" aria-labelledby={props.labelledBy}>
      <For each={HOUSES}>
        {(house) => (
          <div>
            <div class="with-speaker">
              <label for={id(house)}>
                <strong>{said[house]().label}</strong>
                <span class="hint"> {said[house]().hint}</span>
              </label>
              <ReadAloud
                text={`${said[house]().label}. ${said[house]().hint}`}
                lang={props.lang}
                label={w().readWords(said[house]().label)}
              />
            </div>
            <textarea
              id={id(house)}
              rows={3}
              maxLength={max()}
              value={draft()[house] ?? ""}
              onInput={(e) => write(house, e.currentTarget.value)}
            />
          </div>
        )}
      </For>
      <Show when={props.question.allowPreferNot !== false}>
        <PreferNotToggle {...props} restore={() => publish(draft())} />
      </Show>
    </fieldset>
  );
}
