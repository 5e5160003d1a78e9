// Small helpers of NguonGoc's admin forms.

/** Now in Vietnam, as a `datetime-local` value (`YYYY-MM-DDTHH:mm`). */
export function vietnamNow(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 16);
}

/** A native select styled like the dashboard's inputs (readable on a phone, no portal). */
export const selectClass =
  'bg-ui-bg-field shadow-borders-base txt-compact-small text-ui-fg-base h-8 w-full rounded-md px-2 outline-none focus:shadow-borders-interactive-with-active';
