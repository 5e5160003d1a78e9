// Sign-in for a cooperative's member or a commune's officer: email and password, or phone and a
// one-time code (the backend's providers, ADR 031). The token the backend answers is kept in the
// session cookie; nothing else about the account is.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { BackendError, publicJson } from '../backend.server';
import { ACTOR_TYPES, type AccountKind, safeNext, signInCookie, signedIn } from '../session.server';
import { AccountKindChoice } from '../components/account-kind-choice';
import { ErrorAlert } from '../components/error-alert';
import { Field } from '../components/field';
import { LanguageSwitch } from '../components/language-switch';
import { CodeForm, SendCodeForm } from '../components/phone-code-forms';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Đăng nhập / Sign in — NguonGoc' }];

const TEXT = {
  title: { vi: 'Đăng nhập', en: 'Sign in' },
  intro: {
    vi: 'Không gian làm việc của hợp tác xã và cán bộ xã.',
    en: 'The workspace of cooperatives and commune officers.',
  },
  kind: { vi: 'Tôi là', en: 'I am' },
  email: { vi: 'Email', en: 'Email' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  orPhone: { vi: 'Hoặc bằng số điện thoại', en: 'Or with a phone number' },
  useCode: { vi: 'Đăng nhập bằng mã', en: 'Sign in with the code' },
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  if (await signedIn(request)) throw redirect(safeNext(url.searchParams.get('next')));
  return { next: safeNext(url.searchParams.get('next')) };
}

const WRONG_PASSWORD =
  'Sai email hoặc mật khẩu, hoặc tài khoản chưa được mời / wrong email or password, or no invitation for this account';

type ActionAnswer = { error?: string; codeSentTo?: string; kind?: AccountKind };

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const kind: AccountKind = form.get('kind') === 'officer' ? 'officer' : 'member';
  const actor = ACTOR_TYPES[kind];
  const next = safeNext(form.get('next'));
  const intent = String(form.get('intent') ?? 'password');
  try {
    let token: string;
    if (intent === 'send-code') {
      const phone = String(form.get('phone') ?? '');
      await publicJson(request, `/auth/${actor}/phone-otp`, { body: { phone } });
      return data<ActionAnswer>({ codeSentTo: phone, kind });
    }
    if (intent === 'code') {
      const phone = String(form.get('phone') ?? '');
      ({ token } = await publicJson<{ token: string }>(
        request,
        `/auth/${actor}/phone-otp/callback`,
        {
          body: { phone, code: String(form.get('code') ?? '') },
        },
      ));
    } else {
      ({ token } = await publicJson<{ token: string }>(request, `/auth/${actor}/emailpass`, {
        body: {
          email: String(form.get('email') ?? ''),
          password: String(form.get('password') ?? ''),
        },
      }));
    }
    return redirect(next, {
      headers: { 'Set-Cookie': await signInCookie(request, { kind, token }) },
    });
  } catch (error) {
    if (!(error instanceof BackendError)) throw error;
    // The phone-otp provider answers 401 with `location` when it sent a code; other 401s are
    // refusals with the backend's own bilingual message.
    // Medusa words a failed email sign-in in English only; the workspace says it in both.
    const message = intent === 'password' && error.status === 401 ? WRONG_PASSWORD : error.message;
    return data<ActionAnswer>(
      {
        error: message,
        kind,
        ...(intent === 'code' ? { codeSentTo: String(form.get('phone') ?? '') } : {}),
      },
      { status: error.status === 429 ? 429 : 400 },
    );
  }
}

export default function Login() {
  const { next } = useLoaderData<typeof loader>();
  const answer = useActionData<ActionAnswer>();
  const t = useText();
  const kind = answer?.kind ?? 'member';
  const kindChoice = <AccountKindChoice legend={TEXT.kind} kind={kind} />;
  return (
    <main className="page" style={{ maxWidth: 480 }}>
      <LanguageSwitch keep={{ next: next === '/' ? undefined : next }} />
      <h1>{t(TEXT.title)}</h1>
      <p className="muted">{t(TEXT.intro)}</p>
      <ErrorAlert error={answer?.error} />
      {answer?.codeSentTo ? (
        <CodeForm phone={answer.codeSentTo} submit={TEXT.useCode}>
          <input type="hidden" name="next" value={next} />
          <input type="hidden" name="kind" value={kind} />
        </CodeForm>
      ) : (
        <>
          <Form method="post" className="card">
            <input type="hidden" name="intent" value="password" />
            <input type="hidden" name="next" value={next} />
            {kindChoice}
            <Field
              id="email"
              label={TEXT.email}
              name="email"
              type="email"
              autoComplete="username"
              required
            />
            <Field
              id="password"
              label={TEXT.password}
              name="password"
              type="password"
              autoComplete="current-password"
              required
            />
            <div className="actions">
              <button type="submit">{t(TEXT.signIn)}</button>
            </div>
          </Form>
          <SendCodeForm title={TEXT.orPhone}>
            <input type="hidden" name="next" value={next} />
            {kindChoice}
          </SendCodeForm>
        </>
      )}
    </main>
  );
}
