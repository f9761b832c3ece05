/**
 * The eSIM Keeper mark: a SIM card with a clock hand. Same drawing as
 * scripts/icon.svg, from which the toolbar icons are made.
 */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 128 128" aria-hidden="true" focusable="false">
      <path d="M30 8h50l26 26v78a8 8 0 0 1-8 8H30a8 8 0 0 1-8-8V16a8 8 0 0 1 8-8z" fill="#0f766e" />
      <circle cx="64" cy="72" r="30" fill="#ecfdf5" />
      <path d="M64 52v20l13 9" fill="none" stroke="#0f766e" stroke-width="8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
