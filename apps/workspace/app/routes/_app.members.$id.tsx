// One member of the cooperative: their role changed (POST /coop/members/:id), or their leaving
// once the box "yes, remove" is ticked (DELETE /coop/members/:id). The backend decides who may:
// its refusal (a manager is the operator's to change, a member of another cooperative is not
// found) is shown above the form.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useAppLayout } from '../app-layout';
import { BackendError, refusal } from '../backend.server';
import { ErrorAlert } from '../components/error-alert';
import { MemberRoleChoice, ROLE_NAMES } from '../components/member-role-choice';
import {
  changeRole,
  fieldOf,
  householdChoices,
  readMembers,
  removeMember,
  roleOf,
} from '../members.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.member?.name ?? 'Thành viên / Member'} — NguonGoc` },
];

const NOT_FOUND = 'Không tìm thấy thành viên này / this member was not found';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  let members;
  try {
    ({ members } = await readMembers(request, account));
  } catch (error) {
    return { refused: refusal(error).error, member: null, households: [] };
  }
  const member = members.find((each) => each.id === params.id && !each.removed_at);
  if (!member) throw new Response(NOT_FOUND, { status: 404 });
  const households = await householdChoices(request, account).catch((error: unknown) => {
    if (error instanceof BackendError) return [];
    throw error;
  });
  return {
    refused: null,
    member: {
      id: member.id,
      name: member.name,
      email: member.email,
      phone: member.phone,
      role: member.role,
      household_id: member.household_id ?? '',
      household: households.find((household) => household.id === member.household_id)?.name,
    },
    households,
  };
}

type Answer = {
  form: 'role' | 'remove';
  error: string;
  field?: string | undefined;
  role?: string;
  household_id?: string;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const form = await request.formData();
  const memberId = params.id!;
  if (form.get('intent') === 'remove') {
    if (form.get('confirm') !== 'yes') {
      return data<Answer>(
        {
          form: 'remove',
          error:
            'Hãy đánh dấu ô "Có, cho thôi" trước khi cho thôi thành viên / tick "yes, remove" before removing the member',
        },
        { status: 400 },
      );
    }
    try {
      await removeMember(request, account, memberId);
      return redirect('/members?done=removed');
    } catch (error) {
      const { error: message, status } = refusal(error);
      return data<Answer>({ form: 'remove', error: message }, { status });
    }
  }
  const body = roleOf(form);
  try {
    await changeRole(request, account, memberId, body);
    return redirect('/members?done=changed');
  } catch (error) {
    const { error: message, status } = refusal(error);
    return data<Answer>(
      {
        form: 'role',
        error: message,
        field: fieldOf(message),
        role: body.role,
        household_id: String(form.get('household_id') ?? ''),
      },
      { status },
    );
  }
}

export default function MemberPage() {
  const { refused, member, households } = useLoaderData<typeof loader>();
  const answer = useActionData<Answer>();
  const { manager } = useAppLayout();
  const t = useText();
  const back = (
    <p className="back">
      <Link to="/members">← {t({ vi: 'Thành viên', en: 'Members' })}</Link>
    </p>
  );
  if (!member) {
    return (
      <>
        {back}
        <h1>{t({ vi: 'Thành viên', en: 'Member' })}</h1>
        <ErrorAlert error={answer?.error} />
        <p className="warning" id="members-refused">
          {refused}
        </p>
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{member.name}</h1>
      <dl className="facts">
        {member.email ? (
          <>
            <dt>Email</dt>
            <dd>{member.email}</dd>
          </>
        ) : null}
        {member.phone ? (
          <>
            <dt>{t({ vi: 'Số điện thoại', en: 'Phone' })}</dt>
            <dd>{member.phone}</dd>
          </>
        ) : null}
        <dt>{t({ vi: 'Vai trò', en: 'Role' })}</dt>
        <dd>
          {t(ROLE_NAMES[member.role])}
          {member.household ? ` · ${member.household}` : ''}
        </dd>
      </dl>
      {manager ? (
        <>
          <Form method="post" className="card" id="role">
            <h2>{t({ vi: 'Đổi vai trò', en: 'Change the role' })}</h2>
            <ErrorAlert error={answer?.form === 'role' ? answer.error : undefined} />
            <input type="hidden" name="intent" value="role" />
            <MemberRoleChoice
              idPrefix="role"
              role={answer?.form === 'role' ? (answer.role ?? '') : member.role}
              householdId={
                answer?.form === 'role' ? (answer.household_id ?? '') : member.household_id
              }
              households={households}
              invalid={answer?.form === 'role' ? answer.field : undefined}
            />
            <div className="actions">
              <button type="submit">{t({ vi: 'Lưu vai trò', en: 'Save the role' })}</button>
            </div>
          </Form>
          <Form method="post" className="card" id="remove">
            <h2>{t({ vi: 'Cho thôi làm thành viên', en: 'Remove from the cooperative' })}</h2>
            <ErrorAlert error={answer?.form === 'remove' ? answer.error : undefined} />
            <p className="muted">
              {t({
                vi: 'Tài khoản này sẽ không đăng nhập được nữa; những gì người ấy đã ghi vẫn được giữ.',
                en: 'This account will no longer sign in; what they recorded is kept.',
              })}
            </p>
            <input type="hidden" name="intent" value="remove" />
            <label className="choice">
              <input type="checkbox" name="confirm" value="yes" required />
              {t({ vi: `Có, cho ${member.name} thôi`, en: `Yes, remove ${member.name}` })}
            </label>
            <div className="actions">
              <button type="submit" className="danger">
                {t({ vi: 'Cho thôi', en: 'Remove' })}
              </button>
            </div>
          </Form>
        </>
      ) : (
        <ErrorAlert error={answer?.error} />
      )}
    </>
  );
}
