import { Button, Heading, Table, Text, toast } from '@medusajs/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AdminCooperative,
  MEMBER_ROLES,
  type MemberInvitationBody,
  type MemberRole,
  type MemberRoleBody,
  type MembersAnswer,
  householdsAnswer,
  membersAnswer,
} from '@nguongoc/contracts';
import { errorMessage, fetchAnswer, sdk, useFailureToast } from '../lib/sdk';
import { useConfirmedDelete } from './confirmed-delete';
import { LabelledSelect } from './fields';
import { AccountState, InvitationForm, OpenInvitations } from './invitation-fields';

type Member = MembersAnswer['members'][number];
type Choice = { value: string; label: string };

/** A role's name, and the household's for a household member. */
function useRoleLabel(households: Choice[]) {
  const { t } = useTranslation();
  return ({ role, household_id }: { role: MemberRole | null; household_id: string | null }) => {
    if (role === null) return '—';
    const name = t(`nguongoc.members.roles.${role}`);
    const household = households.find((choice) => choice.value === household_id)?.label;
    return household ? `${name} · ${household}` : name;
  };
}

/**
 * A cooperative's accounts: its members (removed ones shown as removed), their roles, the open
 * invitations, and a form to invite someone, whose token is shown once to pass on.
 */
export function MemberPanel({ cooperative }: { cooperative: AdminCooperative }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['nguongoc', 'members', cooperative.id];
  const members = useQuery({
    queryKey: key,
    queryFn: () => fetchAnswer(membersAnswer, `/admin/cooperatives/${cooperative.id}/members`),
  });
  const households = useQuery({
    queryKey: ['nguongoc', 'households', cooperative.id],
    queryFn: () =>
      fetchAnswer(householdsAnswer, `/admin/cooperatives/${cooperative.id}/households`),
  });
  const choices = (households.data?.households ?? []).map((household) => ({
    value: household.id,
    label: household.head_name,
  }));
  const roleLabel = useRoleLabel(choices);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const invitations = `/admin/cooperatives/${cooperative.id}/invitations`;
  const m = (label: string) => t(`nguongoc.members.${label}`);

  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid="nguongoc-members">
      <Heading level="h2">{t('nguongoc.members.heading', { name: cooperative.name })}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {m('hint')}
      </Text>
      {members.error && <Text className="text-ui-fg-error">{errorMessage(members.error)}</Text>}
      {members.data?.members.length === 0 && <Text size="small">{m('none')}</Text>}
      {members.data && members.data.members.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{m('name')}</Table.HeaderCell>
              <Table.HeaderCell>{m('role')}</Table.HeaderCell>
              <Table.HeaderCell>{m('email')}</Table.HeaderCell>
              <Table.HeaderCell>{m('phone')}</Table.HeaderCell>
              <Table.HeaderCell>{m('state')}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {members.data.members.map((member) => (
              <MemberRow
                key={`${member.id} ${member.role} ${member.household_id}`}
                member={member}
                cooperativeId={cooperative.id}
                households={choices}
                roleLabel={roleLabel(member)}
                onChanged={refresh}
              />
            ))}
          </Table.Body>
        </Table>
      )}
      {members.data && members.data.invitations.length > 0 && (
        <OpenInvitations
          invitations={members.data.invitations}
          path={invitations}
          role={roleLabel}
          onRevoked={refresh}
        />
      )}
      <MemberInviteForm path={invitations} households={choices} onInvited={refresh} />
    </div>
  );
}

/** The role (and for a household member, the household) to give. */
function RoleFields({
  id,
  role,
  household,
  households,
  onRole,
  onHousehold,
}: {
  id: string;
  role: MemberRole;
  household: string;
  households: Choice[];
  onRole: (role: MemberRole) => void;
  onHousehold: (household: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <LabelledSelect
        id={`${id}-role`}
        label={t('nguongoc.members.role')}
        choices={MEMBER_ROLES.map((value) => ({
          value,
          label: t(`nguongoc.members.roles.${value}`),
        }))}
        value={role}
        onChange={(event) => onRole(event.target.value as MemberRole)}
      />
      {role === 'household' && (
        <LabelledSelect
          id={`${id}-household`}
          label={t('nguongoc.members.household')}
          placeholder={t('nguongoc.members.chooseHousehold')}
          choices={households}
          value={household}
          required
          onChange={(event) => onHousehold(event.target.value)}
        />
      )}
    </>
  );
}

/** The role's body: a household member names their household, no one else does. */
function roleBody(role: MemberRole, household: string): MemberRoleBody {
  return role === 'household' ? { role, household_id: household } : { role };
}

/** One member: their role, changed in place, and removal after a confirmation. */
function MemberRow({
  member,
  cooperativeId,
  households,
  roleLabel,
  onChanged,
}: {
  member: Member;
  cooperativeId: string;
  households: Choice[];
  roleLabel: string;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState(member.role);
  const [household, setHousehold] = useState(member.household_id ?? '');
  const path = `/admin/cooperatives/${cooperativeId}/members/${member.id}`;
  const m = (label: string) => t(`nguongoc.members.${label}`, { name: member.name });
  const change = useMutation({
    mutationFn: () => sdk.client.fetch(path, { method: 'POST', body: roleBody(role, household) }),
    onSuccess: async () => {
      toast.success(m('roleChanged'));
      setEditing(false);
      await onChanged();
    },
    onError: useFailureToast(),
  });
  const remove = useConfirmedDelete({
    path,
    texts: {
      title: m('removeTitle'),
      description: m('removeConfirm'),
      confirm: m('remove'),
      done: m('removedToast'),
    },
    onDone: onChanged,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  const live = member.removed_at === null;

  return (
    <Table.Row data-testid={`nguongoc-member-${member.id}`}>
      <Table.Cell>{member.name}</Table.Cell>
      <Table.Cell data-testid="nguongoc-member-role">{roleLabel}</Table.Cell>
      <Table.Cell>{member.email ?? '—'}</Table.Cell>
      <Table.Cell>{member.phone ?? '—'}</Table.Cell>
      <Table.Cell data-testid="nguongoc-member-state">
        <AccountState removedAt={member.removed_at} />
      </Table.Cell>
      <Table.Cell>
        {live && editing && (
          <form className="flex items-end gap-2 py-2" onSubmit={submit}>
            <RoleFields
              id={`nguongoc-member-${member.id}`}
              role={role}
              household={household}
              households={households}
              onRole={setRole}
              onHousehold={setHousehold}
            />
            <Button
              type="submit"
              size="small"
              className="whitespace-nowrap"
              isLoading={change.isPending}
            >
              {m('saveRole')}
            </Button>
            <Button
              type="button"
              size="small"
              variant="transparent"
              onClick={() => setEditing(false)}
            >
              {t('nguongoc.common.cancel')}
            </Button>
          </form>
        )}
        {live && !editing && (
          <div className="flex gap-2">
            <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
              {m('changeRole')}
            </Button>
            <Button
              size="small"
              variant="danger"
              isLoading={remove.isPending}
              onClick={() => void remove.confirmThenDelete()}
            >
              {m('remove')}
            </Button>
          </div>
        )}
      </Table.Cell>
    </Table.Row>
  );
}

/** Invites a member: whom, as what (a household member: of which household). */
function MemberInviteForm({
  path,
  households,
  onInvited,
}: {
  path: string;
  households: Choice[];
  onInvited: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<MemberRole>('manager');
  const [household, setHousehold] = useState('');
  return (
    <InvitationForm
      id="nguongoc-member-invite"
      heading={t('nguongoc.members.inviteHeading')}
      account={t('nguongoc.members.account')}
      path={path}
      body={(invitee) =>
        ({ ...invitee, ...roleBody(role, household) }) satisfies MemberInvitationBody
      }
      columns="md:grid-cols-3"
      onInvited={onInvited}
    >
      <RoleFields
        id="nguongoc-member-invite"
        role={role}
        household={household}
        households={households}
        onRole={setRole}
        onHousehold={setHousehold}
      />
    </InvitationForm>
  );
}
