import { Badge, Button, Copy, Table, Text } from '@medusajs/ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type InvitationAnswer,
  type MemberInvitationBody,
  type MembersAnswer,
  type OfficerInvitationBody,
  invitationAnswer,
  revokedInvitationAnswer,
} from '@nguongoc/contracts';
import { formatDate, formatDateTime } from '@nguongoc/vn-locale';
import { useLanguage } from '../lib/language';
import { fetchAnswer, useFailureToast } from '../lib/sdk';
import { useConfirmedDelete } from './confirmed-delete';
import { LabelledInput } from './fields';

// What the members panel and the officers panel share: the invitation form and its token shown
// once, an account's state, and the open invitations.

type Invitation = MembersAnswer['invitations'][number];

/** Whom an invitation is for, as typed in the form. */
interface Invitee {
  name: string;
  email: string;
  phone: string;
  days: string;
}
const NO_INVITEE: Invitee = { name: '', email: '', phone: '', days: '7' };

/** The invitee part of an invitation's body: a blank email or phone is left out, not sent empty. */
function inviteeBody(invitee: Invitee) {
  const email = invitee.email.trim();
  const phone = invitee.phone.trim();
  return {
    name: invitee.name.trim(),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    expires_in_days: Number(invitee.days),
  };
}

type InviteeBody = ReturnType<typeof inviteeBody>;

/**
 * An invitation form: whom (name, email, phone, days valid), then `children`'s fields (a member's
 * role); `body` adds what they hold to the invitee's part. Sent to POST `path`, the token is
 * shown once, to be passed on by the operator; what was typed stays if the server refuses it.
 */
export function InvitationForm({
  id,
  heading,
  account,
  path,
  body,
  columns,
  onInvited,
  children,
}: {
  id: string;
  heading: string;
  account: string;
  path: string;
  body: (invitee: InviteeBody) => MemberInvitationBody | OfficerInvitationBody;
  /** The form's columns on a wide screen, a whole Tailwind class: `md:grid-cols-3`. */
  columns: string;
  onInvited: () => Promise<void>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [invitee, setInvitee] = useState(NO_INVITEE);
  const [issued, setIssued] = useState<InvitationAnswer | null>(null);
  const invite = useMutation({
    mutationFn: () =>
      fetchAnswer(invitationAnswer, path, { method: 'POST', body: body(inviteeBody(invitee)) }),
    onSuccess: async (answer) => {
      setIssued(answer);
      setInvitee(NO_INVITEE);
      await onInvited();
    },
    onError: useFailureToast(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIssued(null);
    invite.mutate();
  };

  return (
    <div className="flex flex-col gap-3" data-testid={id}>
      <Text weight="plus">{heading}</Text>
      <form className={`grid grid-cols-1 gap-3 md:items-end ${columns}`} onSubmit={submit}>
        <InviteeFields id={id} invitee={invitee} onChange={setInvitee} />
        {children}
        <Button type="submit" size="small" isLoading={invite.isPending}>
          {t('nguongoc.members.send')}
        </Button>
      </form>
      {issued && (
        <InvitationToken answer={issued} account={account} onClose={() => setIssued(null)} />
      )}
    </div>
  );
}

/** The name, email, phone and days-valid fields of an invitation form. */
function InviteeFields({
  id,
  invitee,
  onChange,
}: {
  id: string;
  invitee: Invitee;
  onChange: (invitee: Invitee) => void;
}) {
  const { t } = useTranslation();
  const field = (key: keyof Invitee) => ({
    id: `${id}-${key}`,
    label: t(`nguongoc.members.${key}`),
    value: invitee[key],
    onChange: (event: { target: { value: string } }) =>
      onChange({ ...invitee, [key]: event.target.value }),
  });
  return (
    <>
      <LabelledInput {...field('name')} required />
      <LabelledInput {...field('email')} type="email" />
      <LabelledInput {...field('phone')} inputMode="tel" />
      <LabelledInput {...field('days')} type="number" min={1} max={30} required />
    </>
  );
}

/**
 * A new invitation's token, shown this once (the server keeps only its hash), with whom it is for
 * and how they use it. `account` says what they become: "cooperative member", "commune officer".
 */
function InvitationToken({
  answer,
  account,
  onClose,
}: {
  answer: InvitationAnswer;
  account: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { invitation, token } = answer;
  const address = [invitation.email, invitation.phone]
    .filter((value) => value !== null)
    .join(t('nguongoc.members.or'));
  const m = (label: string, values: Record<string, string> = {}) =>
    t(`nguongoc.members.token.${label}`, values);
  return (
    <div
      className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-2 rounded-md p-4"
      data-testid="nguongoc-invitation-token"
    >
      <Text weight="plus">{m('heading', { name: invitation.name })}</Text>
      <div className="flex items-center gap-2">
        <code
          className="bg-ui-bg-base txt-compact-small break-all rounded px-2 py-1"
          data-testid="nguongoc-invitation-token-value"
        >
          {token}
        </code>
        <Copy content={token} />
      </div>
      <Text size="small">
        {m('once', { date: formatDateTime(invitation.expires_at, language) })}
      </Text>
      <ol className="txt-small list-decimal pl-5">
        <li>{m('signIn', { name: invitation.name, account, address })}</li>
        <li>{m('accept')}</li>
      </ol>
      <div>
        <Button size="small" variant="secondary" onClick={onClose}>
          {m('done')}
        </Button>
      </div>
    </div>
  );
}

/** Whether an account is live or was removed, and when. */
export function AccountState({ removedAt }: { removedAt: string | Date | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return removedAt === null ? (
    <Badge size="2xsmall" color="green" className="whitespace-nowrap">
      {t('nguongoc.members.active')}
    </Badge>
  ) : (
    <Badge size="2xsmall" color="grey" className="whitespace-nowrap">
      {t('nguongoc.members.removed', { date: formatDate(removedAt, language) })}
    </Badge>
  );
}

/**
 * Open invitations: for whom, until when and (for a cooperative) as what, each revocable after a
 * confirmation. `path` is the route they live under: DELETE `${path}/:invitation_id` revokes one.
 */
export function OpenInvitations({
  invitations,
  path,
  role,
  onRevoked,
}: {
  invitations: Invitation[];
  path: string;
  role?: (invitation: Invitation) => string;
  onRevoked: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const m = (label: string) => t(`nguongoc.members.${label}`);
  return (
    <div className="flex flex-col gap-2" data-testid="nguongoc-open-invitations">
      <Text weight="plus">{m('invitations')}</Text>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{m('name')}</Table.HeaderCell>
            <Table.HeaderCell>{m('email')}</Table.HeaderCell>
            <Table.HeaderCell>{m('phone')}</Table.HeaderCell>
            {role && <Table.HeaderCell>{m('role')}</Table.HeaderCell>}
            <Table.HeaderCell>{m('expires')}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {invitations.map((invitation) => (
            <OpenInvitation
              key={invitation.id}
              invitation={invitation}
              path={`${path}/${invitation.id}`}
              role={role?.(invitation)}
              onRevoked={onRevoked}
            />
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** One open invitation, revoked after a confirmation: its token stops working at once. */
function OpenInvitation({
  invitation,
  path,
  role,
  onRevoked,
}: {
  invitation: Invitation;
  path: string;
  role: string | undefined;
  onRevoked: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const m = (label: string) => t(`nguongoc.members.${label}`, { name: invitation.name });
  const revoke = useConfirmedDelete({
    path,
    answer: revokedInvitationAnswer,
    texts: {
      title: m('revokeTitle'),
      description: m('revokeConfirm'),
      confirm: m('revoke'),
      done: m('revokedToast'),
    },
    onDone: onRevoked,
  });
  return (
    <Table.Row data-testid={`nguongoc-invitation-${invitation.id}`}>
      <Table.Cell>{invitation.name}</Table.Cell>
      <Table.Cell>{invitation.email ?? '—'}</Table.Cell>
      <Table.Cell>{invitation.phone ?? '—'}</Table.Cell>
      {role !== undefined && <Table.Cell>{role}</Table.Cell>}
      <Table.Cell>{formatDateTime(invitation.expires_at, language)}</Table.Cell>
      <Table.Cell>
        <Button
          size="small"
          variant="danger"
          isLoading={revoke.isPending}
          onClick={() => void revoke.confirmThenDelete()}
        >
          {m('revoke')}
        </Button>
      </Table.Cell>
    </Table.Row>
  );
}
