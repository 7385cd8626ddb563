/** The fields one type of question needs: faces, options, limits, scale ends, text length. */
import { OPTION_ICONS, type OptionIcon, type Question } from "@chorus/core/survey/schema";
import { For, Match, Switch } from "solid-js";
import { addOption, setText } from "./edit";
import type { EditQuestion } from "./QuestionCard";
import { CheckField, NumberField, WordsField } from "./Words";
import type { Workspace } from "./workspace";

type Props = { ws: Workspace; question: Question; path: string; edit: EditQuestion };

export function TypeFields(props: Props) {
  const lang = () => props.ws.survey.defaultLanguage;
  const q = <T extends Question["type"]>(type: T) =>
    props.question.type === type ? (props.question as Extract<Question, { type: T }>) : undefined;
  return (
    <Switch>
      <Match when={q("emoji")}>
        {(emoji) => (
          <fieldset class="inline-choices">
            <legend>Faces</legend>
            <For each={[3, 5] as const}>
              {(faces) => (
                <label class="check">
                  <input
                    type="radio"
                    name={`faces-${props.question.id}`}
                    checked={emoji().faces === faces}
                    onChange={() =>
                      props.edit((target) => {
                        (target as { faces: number }).faces = faces;
                      })
                    }
                  />
                  <span>{faces} faces</span>
                </label>
              )}
            </For>
          </fieldset>
        )}
      </Match>
      <Match when={q("choice") ?? q("multi")}>
        {(choice) => <Options {...props} question={choice()} />}
      </Match>
      <Match when={q("scale")}>
        <div class="card-grid">
          <WordsField
            label="Words at 0"
            lang={lang()}
            value={q("scale")?.minLabel[lang()] ?? ""}
            errors={props.ws.issues(`${props.path}.minLabel`)}
            onInput={(words) =>
              props.edit((t) => setText(t as never, "minLabel", lang(), words, true))
            }
          />
          <WordsField
            label="Words at 10"
            lang={lang()}
            value={q("scale")?.maxLabel[lang()] ?? ""}
            errors={props.ws.issues(`${props.path}.maxLabel`)}
            onInput={(words) =>
              props.edit((t) => setText(t as never, "maxLabel", lang(), words, true))
            }
          />
        </div>
      </Match>
      <Match when={q("text")}>
        {(text) => (
          <div class="card-grid">
            <CheckField
              label="Long answer (several lines)"
              checked={text().multiline !== false}
              onChange={(on) =>
                props.edit((t) => {
                  (t as { multiline: boolean }).multiline = on;
                })
              }
            />
            <MaxLength {...props} value={text().maxLength} />
          </div>
        )}
      </Match>
      <Match when={q("threeHouses")}>
        {(houses) => <MaxLength {...props} value={houses().maxLength} />}
      </Match>
    </Switch>
  );
}

function MaxLength(props: Props & { value: number | undefined }) {
  return (
    <NumberField
      label="Most characters"
      min={1}
      max={4000}
      value={props.value}
      errors={props.ws.issues(`${props.path}.maxLength`)}
      onInput={(value) =>
        props.edit((t) => {
          (t as { maxLength?: number }).maxLength = value;
        })
      }
    />
  );
}

function Options(props: Props & { question: Extract<Question, { type: "choice" | "multi" }> }) {
  const lang = () => props.ws.survey.defaultLanguage;
  const withOptions = (
    change: (options: Extract<Question, { type: "choice" }>["options"], q: Question) => void,
  ) =>
    props.edit((target) => {
      if (target.type === "choice" || target.type === "multi") change(target.options, target);
    });
  const focusOption = (index: number) =>
    requestAnimationFrame(() =>
      document
        .getElementById(`card-${props.question.id}`)
        ?.querySelectorAll<HTMLInputElement>("[data-field=option]")
        [index]?.focus(),
    );
  return (
    <fieldset class="options">
      <legend>Choices</legend>
      <ol>
        <For each={props.question.options}>
          {(option, index) => (
            <li class="option-row">
              <WordsField
                label={`Choice ${index() + 1}`}
                field="option"
                lang={lang()}
                value={option.label[lang()] ?? ""}
                errors={props.ws.issues(`${props.path}.options.${index()}`)}
                onInput={(words) =>
                  withOptions((options) =>
                    setText(options[index()] as never, "label", lang(), words, true),
                  )
                }
              />
              <div class="text-field">
                <label class="field" for={`icon-${props.question.id}-${option.id}`}>
                  Picture
                </label>
                <select
                  id={`icon-${props.question.id}-${option.id}`}
                  class="text"
                  value={option.icon ?? ""}
                  onChange={(event) => {
                    const icon = event.currentTarget.value as OptionIcon | "";
                    withOptions((options) => {
                      const target = options[index()]!;
                      if (icon) target.icon = icon;
                      else delete target.icon;
                    });
                  }}
                >
                  <option value="">None</option>
                  {/* A list box shows only words; the preview beside it draws the picture. */}
                  <For each={OPTION_ICONS}>{(name) => <option value={name}>{name}</option>}</For>
                </select>
              </div>
              <button
                type="button"
                class="btn quiet"
                aria-label={`Remove choice ${index() + 1}`}
                aria-disabled={props.question.options.length <= 2}
                onClick={() => {
                  if (props.question.options.length <= 2) return;
                  const at = index();
                  withOptions((options) => void options.splice(at, 1));
                  focusOption(Math.max(0, at - 1));
                }}
              >
                Remove
              </button>
            </li>
          )}
        </For>
      </ol>
      <button
        type="button"
        class="btn"
        aria-disabled={props.question.options.length >= 20}
        onClick={() => {
          if (props.question.options.length >= 20) return;
          withOptions((_options, target) =>
            addOption(target as never, lang(), `Choice ${props.question.options.length + 1}`),
          );
          focusOption(props.question.options.length - 1);
        }}
      >
        Add a choice
      </button>
      <Multi {...props} />
    </fieldset>
  );
}

function Multi(props: Props & { question: Extract<Question, { type: "choice" | "multi" }> }) {
  const multi = () => (props.question.type === "multi" ? props.question : undefined);
  const set = (field: "min" | "max", value: number | undefined) =>
    props.edit((target) => {
      if (target.type !== "multi") return;
      if (value === undefined) delete target[field];
      else target[field] = value;
    });
  return (
    <Switch>
      <Match when={multi()}>
        {(m) => (
          <div class="card-grid">
            <NumberField
              label="Fewest to choose"
              min={1}
              max={20}
              value={m().min}
              onInput={(v) => set("min", v ?? 1)}
            />
            <NumberField
              label="Most to choose"
              hint="Leave empty for all of them."
              min={1}
              max={20}
              value={m().max}
              onInput={(v) => set("max", v)}
            />
          </div>
        )}
      </Match>
    </Switch>
  );
}
