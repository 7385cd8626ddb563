/**
 * A face on a feelings scale, drawn rather than typed as an emoji: emoji fonts differ from one
 * device to the next and some computers have none, and a scale must look the same to every child.
 * Only the mouth changes, so no mood is signalled by colour alone.
 */

// How far the middle of the mouth sits below its corners, saddest face first.
const BENDS: Record<3 | 5, number[]> = {
  3: [-10, 0, 12],
  5: [-12, -6, 0, 7, 13],
};

export function Face(props: { value: number; of: 3 | 5; class?: string }) {
  const bend = () => BENDS[props.of][props.value - 1] ?? 0;
  const corner = () => 44 - bend() / 2;
  return (
    <svg
      class={props.class ? `face ${props.class}` : "face"}
      viewBox="0 0 64 64"
      aria-hidden="true"
    >
      <circle cx="32" cy="32" r="29" fill="#ffe49a" stroke="currentColor" stroke-width="3" />
      <circle cx="22.5" cy="26" r="3.5" fill="currentColor" />
      <circle cx="41.5" cy="26" r="3.5" fill="currentColor" />
      <path
        d={`M19 ${corner()} Q32 ${44 + bend()} 45 ${corner()}`}
        fill="none"
        stroke="currentColor"
        stroke-width="3.5"
        stroke-linecap="round"
      />
    </svg>
  );
}
