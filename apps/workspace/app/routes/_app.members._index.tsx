// The cooperative's members (name, email or phone, role and household), its open invitations and
// those who left (GET /coop/members); the link of an invitation just made, shown once; revoking an
// invitation once the box "yes, revoke" is ticked. What is shown is what the backend answers for
// this account: an account it refuses sees its refusal, and only a manager sees the buttons.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { formatDate } from '@nguongoc/vn-locale';
import { useAppLayout } from '../app-layout';
import { BackendError, refusal } from '../backend.server';
import { ErrorAlert } from '../components/error-alert';
import { FieldLabel } from '../components/field';
import { ROLE_NAMES } from '../components/member-role-choice';
import { languageOf } from '../language.server';
import {
  type Invitation,
  type Member,
  householdChoices,
  readMembers,
  revokeInvitation,
  takeInvitation,
} from '../members.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Thành viên / Members — NguonGoc' }];

const DONE = {
  invited: { vi: 'Đã tạo lời mời.', en: 'The invitation was made.' },
  changed: { vi: 'Đã đổi vai trò.', en: 'The role was changed.' },
  removed: {
    vi: 'Đã cho thôi thành viên; tài khoản ấy không đăng nhập được nữa.',
    en: 'The member was removed; their account can no longer sign in.',
  },
  revoked: {
    vi: 'Đã thu hồi lời mời; đường dẫn của nó không dùng được nữa.',
    en: 'The invitation was revoked; its link no longer works.',
  },
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const [{ made, setCookie }, language] = await Promise.all([
    takeInvitation(request),
    languageOf(request),
  ]);
  const done = new URL(request.url).searchParams.get('done');
  const answer = {
    done: done && done in DONE ? (done as keyof typeof DONE) : null,
    made: made ? { ...made, expires: formatDate(made.expires_at, language) } : null,
  };
  const headers = setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined;
  let members: Member[];
  let invitations: Invitation[];
  try {
    ({ members, invitations } = await readMembers(request, account));
  } catch (error) {
    const { error: message } = refusal(error);
    return data({ ...answer, refused: message, members: [], former: [], invitations: [] }, headers);
  }
  const households = await householdChoices(request, account).catch((error: unknown) => {
    if (error instanceof BackendError) return [];
    throw error;
  });
  const householdName = (id: string | null) =>
    id ? (households.find((household) => household.id === id)?.name ?? id) : null;
  const shown = (person: Member | Invitation) => ({
    id: person.id,
    name: person.name,
    contact: [person.email, person.phone].filter(Boolean).join(' · '),
    role: person.role,
    household: householdName(person.household_id),
  });
  return data(
    {
      ...answer,
      refused: null,
      members: members.filter((member) => !member.removed_at).map(shown),
      former: members
        .filter((member) => member.removed_at)
        .map((member) => ({ ...shown(member), left: formatDate(member.removed_at!, language) })),
      invitations: invitations.map((invitation) => ({
        ...shown(invitation),
        expires: formatDate(invitation.expires_at, language),
      })),
    },
    headers,
  );
}

type Answer = { invitation: string; error: string };

export async function action({ request }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const form = await request.formData();
  const invitation = String(form.get('invitation_id') ?? '');
  if (form.get('confirm') !== 'yes') {
    return data<Answer>(
      {
        invitation,
        error:
          'Hãy đánh dấu ô "Có, thu hồi" trước khi thu hồi lời mời / tick "yes, revoke" before revoking the invitation',
      },
      { status: 400 },
    );
  }
  try {
    await revokeInvitation(request, account, invitation);
    return redirect('/members?done=revoked');
  } catch (error) {
    const { error: message, status } = refusal(error);
    return data<Answer>({ invitation, error: message }, { status });
  }
}

export default function Members() {
  const { done, made, refused, members, former, invitations } = useLoaderData<typeof loader>();
  const answer = useActionData<Answer>();
  const { manager } = useAppLayout();
  const t = useText();
  const role = (person: { role: keyof typeof ROLE_NAMES | null; household: string | null }) =>
    person.role ? (
      <span className="badge">
        {t(ROLE_NAMES[person.role])}
        {person.household ? ` · ${person.household}` : ''}
      </span>
    ) : null;
  // The refusal of a revocation beside its invitation, or at the top when it is not listed.
  const inRow =
    manager && !refused && invitations.some((invitation) => invitation.id === answer?.invitation);
  const invitationText = made
    ? t({
        vi: `Mời ${made.name} tham gia hợp tác xã trên NguonGoc: ${made.link} (hết hạn ${made.expires})`,
        en: `${made.name}, you are invited to join the cooperative on NguonGoc: ${made.link} (expires ${made.expires})`,
      })
    : '';
  return (
    <>
      <h1>{t({ vi: 'Thành viên', en: 'Members' })}</h1>
      {done ? (
        <p className="notice" role="status">
          {t(DONE[done])}
        </p>
      ) : null}
      {answer && !inRow ? <ErrorAlert error={answer.error} /> : null}
      {made ? (
        <section className="card" id="invitation" aria-labelledby="invitation-title">
          <h2 id="invitation-title">
            {t({ vi: 'Gửi đường dẫn mời cho', en: 'Send the invitation link to' })} {made.name}
          </h2>
          <p className="muted">
            {t({
              vi: `Đường dẫn chỉ hiện lần này; người được mời mở nó và đăng ký bằng đúng email hoặc số điện thoại trong lời mời. Hết hạn ${made.expires}.`,
              en: `The link is shown this once; the invitee opens it and registers with the email or phone the invitation names. It expires ${made.expires}.`,
            })}
          </p>
          <FieldLabel
            id="invitation-link"
            label={{ vi: 'Đường dẫn mời', en: 'Invitation link' }}
            hint={{
              vi: 'Chạm giữ để chép, rồi gửi qua Zalo, SMS hoặc email',
              en: 'Press and hold to copy it, then send it by Zalo, SMS or email',
            }}
          />
          <input id="invitation-link" readOnly value={made.link} />
          <div className="actions">
            {made.phone ? (
              <a
                className="button secondary"
                href={`sms:${made.phone}?body=${encodeURIComponent(invitationText)}`}
              >
                {t({ vi: 'Gửi tin nhắn SMS', en: 'Send by SMS' })}
              </a>
            ) : null}
            {made.email ? (
              <a
                className="button secondary"
                href={`mailto:${made.email}?subject=${encodeURIComponent(
                  t({ vi: 'Lời mời tham gia hợp tác xã', en: 'An invitation to the cooperative' }),
                )}&body=${encodeURIComponent(invitationText)}`}
              >
                {t({ vi: 'Gửi email', en: 'Send by email' })}
              </a>
            ) : null}
          </div>
        </section>
      ) : null}
      {refused ? (
        <p className="warning" id="members-refused">
          {refused}
        </p>
      ) : (
        <>
          {manager ? (
            <div className="actions">
              <Link className="button" to="/members/invite">
                {t({ vi: 'Mời thành viên', en: 'Invite a member' })}
              </Link>
            </div>
          ) : null}
          <ul className="list members" aria-label={t({ vi: 'Thành viên', en: 'Members' })}>
            {members.map((member) => (
              <li key={member.id} id={`member-${member.id}`}>
                <strong>{member.name}</strong>
                {member.contact ? <span className="muted contact">{member.contact}</span> : null}
                {role(member)}
                {manager ? (
                  <div className="actions">
                    <Link
                      className="button secondary"
                      to={`/members/${encodeURIComponent(member.id)}`}
                      aria-label={`${t({ vi: 'Đổi vai trò hoặc cho thôi', en: 'Change the role or remove' })}: ${member.name}`}
                    >
                      {t({ vi: 'Đổi vai trò, cho thôi', en: 'Change role, remove' })}
                    </Link>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          <h2>{t({ vi: 'Lời mời đang chờ', en: 'Pending invitations' })}</h2>
          {invitations.length === 0 ? (
            <p className="muted">
              {t({ vi: 'Không có lời mời nào đang chờ.', en: 'No invitation is pending.' })}
            </p>
          ) : (
            <ul
              className="list invitations"
              aria-label={t({ vi: 'Lời mời đang chờ', en: 'Pending invitations' })}
            >
              {invitations.map((invitation) => (
                <li key={invitation.id} id={`invitation-${invitation.id}`}>
                  <strong>{invitation.name}</strong>
                  {invitation.contact ? (
                    <span className="muted contact">{invitation.contact}</span>
                  ) : null}
                  {role(invitation)}
                  <span className="muted contact">
                    {t({ vi: 'Hết hạn', en: 'Expires' })} {invitation.expires}
                  </span>
                  {manager ? (
                    <details className="confirm" open={answer?.invitation === invitation.id}>
                      <summary>{t({ vi: 'Thu hồi lời mời', en: 'Revoke the invitation' })}</summary>
                      <Form method="post">
                        {answer?.invitation === invitation.id ? (
                          <ErrorAlert error={answer.error} />
                        ) : null}
                        <input type="hidden" name="invitation_id" value={invitation.id} />
                        <label className="choice">
                          <input type="checkbox" name="confirm" value="yes" required />
                          {t({
                            vi: `Có, thu hồi lời mời của ${invitation.name}`,
                            en: `Yes, revoke ${invitation.name}'s invitation`,
                          })}
                        </label>
                        <div className="actions">
                          <button type="submit" className="danger">
                            {t({ vi: 'Thu hồi', en: 'Revoke' })}
                          </button>
                        </div>
                      </Form>
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {former.length > 0 ? (
            <details className="former">
              <summary>
                {t({ vi: 'Đã thôi', en: 'Former members' })} ({former.length})
              </summary>
              <ul className="list">
                {former.map((member) => (
                  <li key={member.id}>
                    <strong>{member.name}</strong>
                    {member.contact ? (
                      <span className="muted contact">{member.contact}</span>
                    ) : null}
                    <span className="muted contact">
                      {t({ vi: 'Thôi từ', en: 'Left on' })} {member.left}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </>
  );
}
