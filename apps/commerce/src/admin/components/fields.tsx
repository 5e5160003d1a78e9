import { Input, Label } from '@medusajs/ui';
import type { ComponentProps } from 'react';

/** A native select styled like the dashboard's inputs (readable on a phone, no portal). */
const SELECT_CLASS =
  'bg-ui-bg-field shadow-borders-base txt-compact-small text-ui-fg-base h-8 w-full rounded-md px-2 outline-none focus:shadow-borders-interactive-with-active';

/** An input with its label above it. */
export function LabelledInput({
  id,
  label,
  ...input
}: { id: string; label: string } & ComponentProps<typeof Input>) {
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} {...input} />
    </div>
  );
}

/** A select with its label above it; `placeholder` adds an empty first choice. */
export function LabelledSelect({
  id,
  label,
  choices,
  placeholder,
  ...select
}: {
  id: string;
  label: string;
  choices: { value: string; label: string }[];
  placeholder?: string;
} & ComponentProps<'select'>) {
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <select id={id} className={SELECT_CLASS} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
