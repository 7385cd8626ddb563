/**
 * The pictures an option may carry (`OPTION_ICONS` in core), drawn as line drawings shipped with
 * the app rather than typed as emoji: a tablet without an emoji font shows emoji as empty boxes,
 * and these draw the same everywhere, in the text colour, at any size. Decorative: the option's
 * words always say what it is, so the picture is hidden from screen readers.
 *
 * Each drawing is one path on a 24 × 24 grid, stroked, so the whole set costs about a kilobyte.
 * A dot is a zero-length line (round caps draw it); a circle is two half-arcs.
 */
import type { OptionIconName } from "@chorus/core/survey/parts";

// A circle of radius r centred on (x, y), as path commands.
const ring = (x: number, y: number, r: number) =>
  `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/** Typed by name, so a picture added to core's list without a drawing fails the type check. */
export const DRAWINGS: Record<OptionIconName, string> = {
  home: "M3 11l9-8 9 8M5 9v12h14V9M10 21v-6h4v6",
  school: "M2 21h20M5 21V10l7-5 7 5v11M10 21v-5h4v5M12 5V2h4v2h-4",
  friends: `${ring(8, 8, 3)}M2 20a6 6 0 0 1 12 0${ring(16, 8, 3)}M14.5 14.2A6 6 0 0 1 22 20`,
  family: `${ring(7, 6, 2.5)}${ring(17, 6, 2.5)}${ring(12, 12, 2)}M3 20v-5a4 4 0 0 1 6-3.5M21 20v-5a4 4 0 0 0-6-3.5M9 21a3 3 0 0 1 6 0`,
  carer: `${ring(12, 5, 3)}M3 11c3 3 15 3 18 0M6 21v-4a6 6 0 0 1 12 0v4`,
  worker: `${ring(12, 6, 3.5)}M4 21a8 8 0 0 1 16 0M11 14h2l.5 4-1.5 1.5-1.5-1.5z`,
  teacher: `M10 3h12v10H10z${ring(5, 8, 2.5)}M1 21v-4a4 4 0 0 1 8 0v4M8 14l6-4`,
  pet: `${ring(6, 10, 1.8)}${ring(10, 5.5, 1.8)}${ring(14, 5.5, 1.8)}${ring(18, 10, 1.8)}M12 12c-3.5 0-6 5-5 7 .8 1.6 3 1 5 1s4.2.6 5-1c1-2-1.5-7-5-7z`,
  phone: "M7 2h10v20H7zM11 18h2",
  health: "M9 3h6v6h6v6h-6v6H9v-6H3V9h6z",
  food: "M12 7C9 5 4 6 4 12s4 9 6 9c1 0 1.5-.5 2-.5s1 .5 2 .5c2 0 6-3 6-9s-5-7-8-5zm0 0c0-2 1-4 3-5",
  money: `${ring(12, 12, 9.5)}M14.5 8.5A2.5 2.5 0 0 0 10 10v6M8 12.5h4.5M8 16h8`,
  sport: `${ring(12, 12, 9.5)}M12 8l3.5 2.5-1.3 4H9.8l-1.3-4zM12 8V2.5M15.5 10.5l5-1.5M14.2 14.5l3 4M9.8 14.5l-3 4M8.5 10.5l-5-1.5`,
  music: `M9 18V5l11-2v13${ring(6, 18, 3)}${ring(17, 16, 3)}`,
  games:
    "M6 8h12a4 4 0 0 1 4 4v2a3.5 3.5 0 0 1-6.5 2h-7A3.5 3.5 0 0 1 2 14v-2a4 4 0 0 1 4-4zM7 10v4M5 12h4M15.5 11h0M18 13h0",
  books: "M3 4h5v16H3zM8 4h5v16H8zM13.5 5l4-1 3.5 15-4 1z",
  art: "M12 3a9 9 0 1 0 0 18c1.5 0 2-1 2-2s-1-1.5-1-2.5 1-1.5 2-1.5h2a4 4 0 0 0 4-4c0-4.5-4-8-9-8zM7.5 11h0M10 7h0M15 7h0",
  outdoors: "M12 22v-7M12 2l-6 8h3l-4 5h14l-4-5h3z",
  sleep: `M2 20V5M2 16h20v4M22 16v-3a3 3 0 0 0-3-3h-9v6${ring(6, 12, 2)}`,
  travel: "M5 3h14a2 2 0 0 1 2 2v13H3V5a2 2 0 0 1 2-2zM3 11h18M7 18v3M17 18v3M7 14.5h0M17 14.5h0",
  work: "M3 7h18v13H3zM9 7V4h6v3M3 12h18",
  talk: "M4 4h16v12H9l-5 4zM8 9h8M8 12h5",
  heart: "M12 20s-8-5-8-11a4.5 4.5 0 0 1 8-2.5A4.5 4.5 0 0 1 20 9c0 6-8 11-8 11z",
  star: "M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5L2.5 9.4l6.6-.9z",
  nobody: `${ring(12, 12, 9.5)}M5.3 5.3l13.4 13.4`,
  other: "M12 5v14M5 12h14",
};

export function OptionIcon(props: { name: OptionIconName; class?: string }) {
  return (
    <svg
      class={props.class ? `option-icon ${props.class}` : "option-icon"}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d={DRAWINGS[props.name]} />
    </svg>
  );
}
