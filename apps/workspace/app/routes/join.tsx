// Accepting an invitation (ADR 031): the invitee registers the email and password the
// invitation names, or proves the phone it names with a one-time code; the workspace sends the
// invitation's token with that sign-in to POST /invitations/accept, then signs in (with the
// password again, or by refreshing the phone's token, which now names the member). The token
// comes in the link the inviter passed on (`/join?token=…`) or is typed.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { BackendError, backendFetch, backendJson, errorOf, publicJson } from '../backend.server';
import { ACTOR_TYPES, type AccountKind, signInCookie } from '../session.server';
import { AccountKindChoice } from '../components/account-kind-choice';
import { ErrorAlert } from '../components/error-alert';
import { Field } from '../components/field';
import { LanguageSwitch } from '../components/language-switch';
import { CodeForm, SendCodeForm } from '../components/phone-code-forms';
import { useText } from '../text';

export const meta: MetaFunction = () => [
  { title: 'Nhận lời mời / Accept an invitation — NguonGoc' },
];

const TEXT = {
  title: { vi: 'Nhận lời mời', en: 'Accept an invitation' },
  intro: {
    vi: 'Người mời (quản lý hợp tác xã hoặc quản trị viên) đã gửi cho bạn một mã mời. Đăng ký bằng đúng email hoặc số điện thoại trong lời mời.',
    en: 'Whoever invited you (the cooperative’s manager or an operator) sent you an invitation code. Register with the email or phone number the invitation names.',
  },
  kind: { vi: 'Lời mời làm', en: 'Invited as' },
  token: { vi: 'Mã mời', en: 'Invitation code' },
  email: { vi: 'Email trong lời mời', en: 'The email of the invitation' },
  password: {
    vi: 'Đặt mật khẩu (ít nhất 8 ký tự)',
    en: 'Choose a password (at least 8 characters)',
  },
  join: { vi: 'Nhận lời mời và đăng nhập', en: 'Accept and sign in' },
  orPhone: {
    vi: 'Hoặc bằng số điện thoại trong lời mời',
    en: 'Or with the phone number of the invitation',
  },
} as const;

type Values = { kind: AccountKind; token: string; email?: string; phone?: string };
type Answer = { error?: string; codeSentTo?: string; values: Values };

export async function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const kind: AccountKind = form.get('kind') === 'officer' ? 'officer' : 'member';
  const actor = ACTOR_TYPES[kind];
  const invitation = String(form.get('token') ?? '').trim();
  const intent = String(form.get('intent') ?? 'password');
  const phone = String(form.get('phone') ?? '').trim();
  const email = String(form.get('email') ?? '').trim();
  const values: Values = { kind, token: invitation, email, phone };
  const refused = (error: string, more: Partial<Answer> = {}) =>
    data<Answer>({ error, values, ...more }, { status: 400 });
  try {
    let token: string;
    if (intent === 'send-code') {
      await publicJson(request, `/auth/${actor}/phone-otp`, { body: { phone } });
      return data<Answer>({ codeSentTo: phone, values });
    }
    if (intent === 'code') {
      const { token: registration } = await publicJson<{ token: string }>(
        request,
        `/auth/${actor}/phone-otp/callback`,
        { body: { phone, code: String(form.get('code') ?? '') } },
      );
      const acceptance = await accept(request, kind, registration, invitation);
      if (acceptance) return refused(acceptance);
      // The code is spent: the phone's token, refreshed, now names the member.
      ({ token } = await backendJson<{ token: string }>(
        request,
        { kind, token: registration },
        '/auth/token/refresh',
        { body: {} },
      ));
    } else {
      const password = String(form.get('password') ?? '');
      if (password.length < 8) {
        return refused('Mật khẩu cần ít nhất 8 ký tự / the password needs at least 8 characters');
      }
      const { token: registration } = await publicJson<{ token: string }>(
        request,
        `/auth/${actor}/emailpass/register`,
        { body: { email, password } },
      );
      const acceptance = await accept(request, kind, registration, invitation);
      if (acceptance) return refused(acceptance);
      ({ token } = await publicJson<{ token: string }>(request, `/auth/${actor}/emailpass`, {
        body: { email, password },
      }));
    }
    return redirect(kind === 'officer' ? '/commune' : '/', {
      headers: { 'Set-Cookie': await signInCookie(request, { kind, token }) },
    });
  } catch (error) {
    if (!(error instanceof BackendError)) throw error;
    // A wrong code: the code form again, with the backend's message.
    return refused(error.message, intent === 'code' ? { codeSentTo: phone } : {});
  }
}

/** Accepts the invitation with a registration token; the backend's refusal, if any. */
async function accept(
  request: Request,
  kind: AccountKind,
  registration: string,
  invitation: string,
): Promise<string | undefined> {
  const response = await backendFetch(
    request,
    { kind, token: registration },
    '/invitations/accept',
    { body: { token: invitation } },
  );
  return response.ok ? undefined : (await errorOf(response)).message;
}

export default function Join() {
  const { token } = useLoaderData<typeof loader>();
  const answer = useActionData<Answer>();
  const t = useText();
  const values = answer?.values;
  const kind = values?.kind ?? 'member';
  const invitation = values?.token ?? token;
  return (
    <main className="page" style={{ maxWidth: 480 }}>
      <LanguageSwitch keep={{ token }} />
      <h1>{t(TEXT.title)}</h1>
      <p className="muted">{t(TEXT.intro)}</p>
      <ErrorAlert error={answer?.error} />
      {answer?.codeSentTo ? (
        <CodeForm phone={answer.codeSentTo} submit={TEXT.join}>
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="token" value={invitation} />
        </CodeForm>
      ) : (
        <>
          <Form method="post" className="card">
            <input type="hidden" name="intent" value="password" />
            <AccountKindChoice legend={TEXT.kind} kind={kind} />
            <Field
              id="token"
              label={TEXT.token}
              name="token"
              required
              defaultValue={invitation}
              autoComplete="off"
            />
            <Field
              id="email"
              label={TEXT.email}
              name="email"
              type="email"
              autoComplete="username"
              required
              defaultValue={values?.email ?? ''}
            />
            <Field
              id="password"
              label={TEXT.password}
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={8}
              required
            />
            <div className="actions">
              <button type="submit">{t(TEXT.join)}</button>
            </div>
          </Form>
          <SendCodeForm title={TEXT.orPhone} phone={values?.phone}>
            <AccountKindChoice legend={TEXT.kind} kind={kind} />
            <Field
              id="phone-token"
              label={TEXT.token}
              name="token"
              required
              defaultValue={invitation}
              autoComplete="off"
            />
          </SendCodeForm>
        </>
      )}
    </main>
  );
}
