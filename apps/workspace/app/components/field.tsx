// A labelled input as every form here has it: the label (and a hint under it) tied to the input,
// the unit beside a quantity (kg, ha, ₫, or a choice of units), and the field's own error under
// it, named by the input's aria-describedby.
import type { InputHTMLAttributes, ReactNode } from 'react';
import type { Message } from '@nguongoc/vn-locale';
import { useText } from '../text';

export type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: Message;
  hint?: Message | undefined;
  /** Beside the input: a unit ('kg', t(days)) or a `<select>` of units. */
  unit?: ReactNode;
  /** This field's error; its element's id is `<id>-error`. */
  error?: string | undefined;
};

export function Field({ id, label, hint, unit, error, ...input }: FieldProps) {
  const errorId = error ? `${id}-error` : undefined;
  const control = (
    <input id={id} aria-invalid={error ? true : undefined} aria-describedby={errorId} {...input} />
  );
  return (
    <>
      <FieldLabel id={id} label={label} hint={hint} />
      {unit === undefined ? (
        control
      ) : (
        <div className="with-unit">
          {control}
          {typeof unit === 'string' ? <span className="unit">{unit}</span> : unit}
        </div>
      )}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** The label of the control `id` (a select, a textarea), with its hint. */
export function FieldLabel({
  id,
  label,
  hint,
}: {
  id: string;
  label: Message;
  hint?: Message | undefined;
}) {
  const t = useText();
  return (
    <label htmlFor={id}>
      {t(label)}
      {hint ? <span className="hint">{t(hint)}</span> : null}
    </label>
  );
}
