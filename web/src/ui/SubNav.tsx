/** The tabs between the pages of one staff area, the current one marked for screen readers too. */
import { For } from "solid-js";

export type SubNavItem = { href: string; name: string; current: boolean };

export function SubNav(props: { label: string; items: SubNavItem[] }) {
  return (
    <nav class="subnav" aria-label={props.label}>
      <ul>
        <For each={props.items}>
          {(item) => (
            <li>
              <a href={item.href} aria-current={item.current ? "page" : undefined}>
                {item.name}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
