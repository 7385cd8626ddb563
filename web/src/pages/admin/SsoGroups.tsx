/**
 * The identity provider's groups and the Chorus roles each one gives, as rows that can be added
 * and removed. Each row keeps its own signals, so typing in one never redraws the others.
 */
import { type Accessor, createSignal, For, type Setter } from "solid-js";
import { TextField } from "../../ui/fields";
import { RoleChecks } from "./RoleChecks";
import type { GroupInput } from "./ssoForm";
import type { Role } from "./types";

export type GroupRow = {
  key: number;
  group: Accessor<string>;
  setGroup: Setter<string>;
  roles: Accessor<Role[]>;
  setRoles: Setter<Role[]>;
};

let nextKey = 0;

export function newRow(start: GroupInput = { group: "", roles: [] }): GroupRow {
  const [group, setGroup] = createSignal(start.group);
  const [roles, setRoles] = createSignal<Role[]>(start.roles);
  return { key: nextKey++, group, setGroup, roles, setRoles };
}

export function GroupRows(props: {
  rows: GroupRow[];
  setRows: (update: (rows: GroupRow[]) => GroupRow[]) => void;
  problems: Record<string, string>;
}) {
  let list!: HTMLOListElement;
  let addButton!: HTMLButtonElement;
  const inputOf = (index: number) =>
    list.querySelectorAll<HTMLInputElement>("input[name=group]")[index];

  const add = () => {
    props.setRows((rows) => [...rows, newRow()]);
    inputOf(props.rows.length - 1)?.focus();
  };
  // Focus goes to the row that moved into the removed one's place, or to "Add" if none did.
  const remove = (row: GroupRow, index: number) => {
    props.setRows((rows) => rows.filter((r) => r !== row));
    (inputOf(Math.min(index, props.rows.length - 1)) ?? addButton).focus();
  };

  return (
    <fieldset class="groups">
      <legend>Groups and the roles they give</legend>
      <p class="hint">
        Use each group's object ID for Microsoft Entra ID, or its name for other providers. Someone
        in several groups gets the roles of all of them.
      </p>
      <ol ref={list} class="group-rows">
        <For each={props.rows}>
          {(row, index) => (
            <li class="group-row">
              <TextField
                label={`Group ${index() + 1}: name or ID`}
                name="group"
                field={`group-${index()}`}
                spellcheck={false}
                autocomplete="off"
                value={row.group()}
                onInput={(event) => row.setGroup(event.currentTarget.value)}
                error={props.problems[`group-${index()}`]}
              />
              <RoleChecks
                legend={`Roles for group ${index() + 1}`}
                value={row.roles()}
                onChange={row.setRoles}
              />
              <button type="button" class="btn small" onClick={() => remove(row, index())}>
                Remove group {index() + 1}
              </button>
            </li>
          )}
        </For>
      </ol>
      <button ref={addButton} type="button" class="btn small" onClick={add}>
        Add a group
      </button>
    </fieldset>
  );
}
