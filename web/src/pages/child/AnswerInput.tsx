/**
 * The answer controls for one question. Choices are native radio buttons laid over large tiles:
 * the browser gives arrow-key movement and radio-group semantics for free, the tiles give
 * fingers a big target.
 */

import {
  EMOJI_FACES,
  type OptionIconName,
  PREFER_NOT,
  YES_NO_OPTIONS,
} from "@chorus/core/survey/parts";
import type { AnswerValue, Question } from "@chorus/core/survey/schema";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { Face } from "../../ui/Face";
import { OptionIcon } from "../../ui/OptionIcon";
import { MultiAnswer, ThreeHousesAnswer } from "./GroupAnswers";
import { ReadAloud, speakOnTap } from "./ReadAloud";
import { useWords, useWordsLanguage, type Words } from "./words";

/** `face` is the scale size when the choice is drawn as a face; `icon` a decorative picture. */
export type Choice = { value: AnswerValue; label: string; face?: 3 | 5; icon?: OptionIconName };
type Translate = (text: Question["prompt"] | undefined) => string;

/**
 * The choices a question offers, in display order; empty for free text. The officer's options
 * are in the survey's words (`t`); the faces and yes/no are the child screens' own (`w`).
 */
export function choicesFor(question: Question, t: Translate, w: Words): Choice[] {
  switch (question.type) {
    case "emoji": {
      const said = question.faces === 3 ? w.faces3 : w.faces5;
      return EMOJI_FACES[question.faces].map((f, i) => ({
        value: f.value,
        label: said[i] ?? t(f.label),
        face: question.faces,
      }));
    }
    case "yesNo": {
      const said: Record<string, string> = { yes: w.yes, no: w.no, notSure: w.notSure };
      return YES_NO_OPTIONS.map((o) => ({ value: o.value, label: said[o.value] ?? t(o.label) }));
    }
    case "choice":
    case "multi":
      return question.options.map((o) => ({
        value: o.id,
        label: t(o.label),
        icon: o.icon,
      }));
    case "scale":
      return Array.from({ length: 11 }, (_, n) => ({ value: n, label: String(n) }));
    default:
      return [];
  }
}

/** The key of a choice's words, whose recording (if any) plays in place of the voice. */
export const optionKey = (props: { question: Question }, value: unknown) =>
  `q.${props.question.id}.option.${value}`;

export type InputProps = {
  question: Question;
  t: Translate;
  /** The language the words are in, for reading them aloud. */
  lang: string;
  /** Read an option's words when it is tapped (the youngest band). */
  speakOnTap?: boolean;
  labelledBy: string;
  describedBy?: string;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
};

const LAYOUTS: Partial<Record<Question["type"], string>> = {
  emoji: "faces",
  yesNo: "row",
  scale: "row scale",
};

export function AnswerInput(props: InputProps) {
  // The schema defaults allowPreferNot to true; a body that skipped parsing may lack it.
  const preferNot = () => props.question.allowPreferNot !== false;
  const layout = () => LAYOUTS[props.question.type] ?? "list";
  const type = () => props.question.type;
  const w = useWords();
  // A 0–10 scale's numbers mean little without its ends, so they are read with the group.
  const endsId = () => `${props.labelledBy}-ends`;
  const ends = () =>
    props.question.type === "scale"
      ? `0 = ${props.t(props.question.minLabel)}${w().comma}10 = ${props.t(props.question.maxLabel)}`
      : undefined;

  return (
    <Switch
      fallback={
        <>
          <Show when={ends()}>
            {(words) => (
              <div class="with-speaker">
                <p id={endsId()} class="hint scale-ends">
                  {words()}
                </p>
                <ReadAloud
                  text={words().replaceAll(" = ", ": ")}
                  lang={props.lang}
                  label={w().readEnds}
                />
              </div>
            )}
          </Show>
          <div
            role="radiogroup"
            aria-labelledby={props.labelledBy}
            aria-describedby={
              [props.describedBy, ends() && endsId()].filter(Boolean).join(" ") || undefined
            }
            class={`choices ${layout()}`}
          >
            <For each={choicesFor(props.question, props.t, w())}>
              {(choice) => <Tile choice={choice} {...props} />}
            </For>
            <Show when={preferNot()}>
              <Tile
                choice={{ value: PREFER_NOT, label: w().preferNot }}
                class="prefer-not"
                {...props}
              />
            </Show>
          </div>
        </>
      }
    >
      <Match when={type() === "text"}>
        <TextAnswer {...props} preferNot={preferNot()} />
      </Match>
      <Match when={type() === "multi"}>
        <MultiAnswer {...props} />
      </Match>
      <Match when={type() === "threeHouses"}>
        <ThreeHousesAnswer {...props} />
      </Match>
      {/* An information screen is its heading and help; there is nothing to answer. */}
      <Match when={type() === "info"}>{null}</Match>
    </Switch>
  );
}

function Tile(props: InputProps & { choice: Choice; class?: string }) {
  const w = useWords();
  return (
    // The speaker sits beside the tile, not in it: inside, it would join the radio's name.
    <div class={props.class ? `choice-wrap ${props.class}` : "choice-wrap"}>
      <label
        class="choice"
        onPointerUp={(event) =>
          props.speakOnTap &&
          speakOnTap(event, props.choice.label, props.lang, optionKey(props, props.choice.value))
        }
      >
        <input
          type="radio"
          name={`answer-${props.question.id}`}
          value={String(props.choice.value)}
          checked={props.value === props.choice.value}
          onChange={() => props.onChange(props.choice.value)}
        />
        <span class="choice-body">
          <Show when={props.choice.face}>
            {(of) => <Face value={props.choice.value as number} of={of()} />}
          </Show>
          <Show when={props.choice.icon}>{(icon) => <OptionIcon name={icon()} />}</Show>
          <span class="choice-label">{props.choice.label}</span>
          {/* Hidden from screen readers: the radio already says it is checked. */}
          <span class="tick" aria-hidden="true">
            ✓
          </span>
        </span>
      </label>
      {/* A bare number on a 0–10 scale needs no reading. */}
      <Show when={props.question.type !== "scale"}>
        <ReadAloud
          text={props.choice.label}
          lang={props.lang}
          label={w().readWords(props.choice.label)}
          recording={optionKey(props, props.choice.value)}
        />
      </Show>
    </div>
  );
}

function TextAnswer(props: InputProps & { preferNot: boolean }) {
  const max = () => (props.question.type === "text" ? props.question.maxLength : 1000);
  // The words stay in a draft while "I'd rather not say" is pressed, so un-pressing it brings
  // them back instead of wiping what the child wrote.
  const [draft, setDraft] = createSignal(
    typeof props.value === "string" && props.value !== PREFER_NOT ? props.value : "",
  );
  const update = (value: string) => {
    setDraft(value);
    props.onChange(value.trim() === "" ? undefined : value);
  };
  const togglePreferNot = () => {
    if (props.value === PREFER_NOT) update(draft());
    else props.onChange(PREFER_NOT);
  };
  const multiline = () => props.question.type !== "text" || props.question.multiline !== false;
  const w = useWords();
  const lang = useWordsLanguage();
  return (
    <div class="text-answer">
      <Show
        when={multiline()}
        fallback={
          <input
            class="text"
            type="text"
            aria-labelledby={props.labelledBy}
            aria-describedby={props.describedBy}
            maxLength={max()}
            value={draft()}
            onInput={(e) => update(e.currentTarget.value)}
          />
        }
      >
        <textarea
          rows={5}
          aria-labelledby={props.labelledBy}
          aria-describedby={props.describedBy}
          maxLength={max()}
          value={draft()}
          onInput={(e) => update(e.currentTarget.value)}
        />
      </Show>
      <Show when={draft().length > max() * 0.9}>
        <p class="hint" lang={lang()}>
          {w().charactersLeft(max() - draft().length)}
        </p>
      </Show>
      <Show when={props.preferNot}>
        <button
          type="button"
          class="btn prefer-toggle"
          aria-pressed={props.value === PREFER_NOT}
          onClick={togglePreferNot}
        >
          {w().preferNot}
        </button>
      </Show>
    </div>
  );
}
