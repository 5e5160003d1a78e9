// Inviting a person to the cooperative (POST /coop/invitations): name, email or phone, role and,
// for a household member, their household. The backend answers the invitation's token once; the
// members page then shows its join link to pass on (by SMS, email, Zalo or by hand).
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import type { MemberInvitationBody } from '@nguongoc/contracts';
import { BackendError, refusal } from '../backend.server';
import { ErrorAlert } from '../components/error-alert';
import { Field } from '../components/field';
import { MemberRoleChoice } from '../components/member-role-choice';
import {
  fieldOf,
  householdChoices,
  inviteMember,
  rememberInvitation,
  roleOf,
} from '../members.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Mời thành viên / Invite a member — NguonGoc' }];

type Values = Record<'name' | 'email' | 'phone' | 'role' | 'household_id' | 'days', string>;

const EMPTY: Values = {
  name: '',
  email: '',
  phone: '',
  role: 'staff',
  household_id: '',
  days: '7',
};

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  // The households to choose from, as far as the backend shows them to this account.
  const households = await householdChoices(request, account).catch((error: unknown) => {
    if (error instanceof BackendError) return [];
    throw error;
  });
  return { households };
}

type Answer = { values: Values; error: string; field?: string | undefined };

export async function action({ request }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const form = await request.formData();
  const values = Object.fromEntries(
    Object.keys(EMPTY).map((key) => [key, String(form.get(key) ?? '').trim()]),
  ) as Values;
  const days = Number(values.days);
  const body: MemberInvitationBody = {
    name: values.name,
    ...roleOf(form),
    ...(values.email ? { email: values.email } : {}),
    ...(values.phone ? { phone: values.phone } : {}),
    ...(values.days && Number.isFinite(days) ? { expires_in_days: days } : {}),
  };
  try {
    const answer = await inviteMember(request, account, body);
    return redirect('/members?done=invited#invitation', {
      headers: { 'Set-Cookie': await rememberInvitation(answer) },
    });
  } catch (error) {
    const { error: message, status } = refusal(error);
    return data<Answer>({ values, error: message, field: fieldOf(message) }, { status });
  }
}

export default function InviteMember() {
  const { households } = useLoaderData<typeof loader>();
  const answer = useActionData<Answer>();
  const t = useText();
  const values = answer?.values ?? EMPTY;
  const invalid = (field: string) => (answer?.field === field ? true : undefined);
  return (
    <>
      <p className="back">
        <Link to="/members">← {t({ vi: 'Thành viên', en: 'Members' })}</Link>
      </p>
      <h1>{t({ vi: 'Mời thành viên', en: 'Invite a member' })}</h1>
      <Form method="post" className="card" id="invite">
        <ErrorAlert error={answer?.error} />
        <Field
          id="field-name"
          label={{ vi: 'Họ và tên', en: 'Full name' }}
          name="name"
          defaultValue={values.name}
          required
          minLength={2}
          maxLength={100}
          aria-invalid={invalid('name')}
        />
        <Field
          id="field-email"
          label={{ vi: 'Email', en: 'Email' }}
          hint={{
            vi: 'Email hoặc số điện thoại, ít nhất một: người được mời đăng ký bằng đúng nó',
            en: 'An email or a phone number, at least one: the invitee registers with it',
          }}
          name="email"
          type="email"
          autoComplete="off"
          defaultValue={values.email}
          aria-invalid={invalid('email')}
        />
        <Field
          id="field-phone"
          label={{ vi: 'Số điện thoại', en: 'Phone' }}
          name="phone"
          type="tel"
          autoComplete="off"
          defaultValue={values.phone}
          aria-invalid={invalid('phone')}
        />
        <MemberRoleChoice
          idPrefix="field"
          role={values.role}
          householdId={values.household_id}
          households={households}
          invalid={answer?.field}
        />
        {households.length === 0 ? (
          <p className="muted">
            {t({
              vi: 'Hợp tác xã chưa có hộ nào: thêm hộ trước khi mời thành viên hộ.',
              en: 'The cooperative has no households yet: add one before inviting a household member.',
            })}{' '}
            <Link to="/households">{t({ vi: 'Hộ thành viên', en: 'Households' })}</Link>
          </p>
        ) : null}
        <Field
          id="field-days"
          label={{ vi: 'Hết hạn sau', en: 'Expires after' }}
          name="days"
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          defaultValue={values.days}
          unit={t({ vi: 'ngày', en: 'days' })}
          aria-invalid={invalid('expires_in_days')}
        />
        <div className="actions">
          <button type="submit">{t({ vi: 'Tạo lời mời', en: 'Make the invitation' })}</button>
        </div>
      </Form>
    </>
  );
}
