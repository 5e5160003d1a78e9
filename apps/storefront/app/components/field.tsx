// A labelled form control with its hint and error, wired for screen readers: the label names
// the control, the hint and the error describe it, and an error marks it invalid.
import { Children, type ReactElement, cloneElement, isValidElement } from 'react';
import type { PlainMessageKey } from '../i18n';
import { useT } from '../i18n/use-translation';

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: PlainMessageKey | undefined;
  hint?: string | undefined;
  children: ReactElement<ControlProps>;
}) {
  const t = useT();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  const control = Children.only(children);
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {isValidElement(control)
        ? cloneElement(control, {
            id,
            ...(error ? { 'aria-invalid': true } : {}),
            ...(described.length > 0 ? { 'aria-describedby': described.join(' ') } : {}),
          })
        : control}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}
