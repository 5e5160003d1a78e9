// Signing in with a phone (login, and accepting an invitation): the form that asks for a code to
// be texted, and the form for the 6-digit code that came. Each page adds its own hidden fields.
import { Form } from '@remix-run/react';
import type { Message } from '@nguongoc/vn-locale';
import type { ReactNode } from 'react';
import { useText } from '../text';
import { Field } from './field';

const TEXT = {
  phone: { vi: 'Số điện thoại', en: 'Phone number' },
  sendCode: { vi: 'Gửi mã qua tin nhắn', en: 'Text me a code' },
  code: { vi: 'Mã 6 số đã gửi tới', en: 'The 6-digit code sent to' },
} as const;

/** "Text me a code": `children` are the page's own fields (who, which invitation). */
export function SendCodeForm({
  title,
  phone,
  children,
}: {
  title: Message;
  phone?: string | undefined;
  children: ReactNode;
}) {
  const t = useText();
  return (
    <Form method="post" className="card">
      <h2>{t(title)}</h2>
      <input type="hidden" name="intent" value="send-code" />
      {children}
      <Field
        id="phone"
        label={TEXT.phone}
        name="phone"
        type="tel"
        autoComplete="tel"
        required
        defaultValue={phone ?? ''}
      />
      <div className="actions">
        <button type="submit" className="secondary">
          {t(TEXT.sendCode)}
        </button>
      </div>
    </Form>
  );
}

/** The code texted to `phone`; `children` are the page's hidden fields. */
export function CodeForm({
  phone,
  submit,
  children,
}: {
  phone: string;
  submit: Message;
  children: ReactNode;
}) {
  const t = useText();
  return (
    <Form method="post" className="card">
      <input type="hidden" name="intent" value="code" />
      <input type="hidden" name="phone" value={phone} />
      {children}
      <Field
        id="code"
        label={{ vi: `${TEXT.code.vi} ${phone}`, en: `${TEXT.code.en} ${phone}` }}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="\d{6}"
        required
      />
      <div className="actions">
        <button type="submit">{t(submit)}</button>
      </div>
    </Form>
  );
}
