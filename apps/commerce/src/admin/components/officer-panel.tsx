import { Button, Heading, Table, Text } from '@medusajs/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type OfficerInvitationBody,
  type OfficersAnswer,
  officersAnswer,
} from '@nguongoc/contracts';
import { errorMessage, fetchAnswer } from '../lib/sdk';
import { useConfirmedDelete } from './confirmed-delete';
import { AccountState, InvitationForm, OpenInvitations } from './invitation-fields';

type Officer = OfficersAnswer['officers'][number];

/**
 * The officers of the commune chosen on the pilot page (read-only accounts for the commune's
 * figures), their open invitations and a form to invite one; with all communes chosen, a hint to
 * choose one.
 */
export function OfficerPanel({
  communeCode,
  communeName,
}: {
  communeCode: string | undefined;
  communeName: string | undefined;
}) {
  const { t } = useTranslation();
  if (communeCode === undefined) {
    return (
      <div className="flex flex-col gap-2 px-6 py-4" data-testid="nguongoc-officers">
        <Heading level="h2">{t('nguongoc.officers.title')}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t('nguongoc.officers.chooseCommune')}
        </Text>
      </div>
    );
  }
  return <CommuneOfficers key={communeCode} code={communeCode} name={communeName ?? communeCode} />;
}

function CommuneOfficers({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['nguongoc', 'officers', code];
  const officers = useQuery({
    queryKey: key,
    queryFn: () => fetchAnswer(officersAnswer, `/admin/communes/${code}/officers`),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const invitations = `/admin/communes/${code}/invitations`;
  const o = (label: string) => t(`nguongoc.officers.${label}`);
  const m = (label: string) => t(`nguongoc.members.${label}`);

  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid="nguongoc-officers">
      <Heading level="h2">{t('nguongoc.officers.heading', { name })}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {o('hint')}
      </Text>
      {officers.error && <Text className="text-ui-fg-error">{errorMessage(officers.error)}</Text>}
      {officers.data?.officers.length === 0 && <Text size="small">{o('none')}</Text>}
      {officers.data && officers.data.officers.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{m('name')}</Table.HeaderCell>
              <Table.HeaderCell>{m('email')}</Table.HeaderCell>
              <Table.HeaderCell>{m('phone')}</Table.HeaderCell>
              <Table.HeaderCell>{m('state')}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {officers.data.officers.map((officer) => (
              <OfficerRow key={officer.id} officer={officer} code={code} onChanged={refresh} />
            ))}
          </Table.Body>
        </Table>
      )}
      {officers.data && officers.data.invitations.length > 0 && (
        <OpenInvitations
          invitations={officers.data.invitations}
          path={invitations}
          onRevoked={refresh}
        />
      )}
      <OfficerInviteForm path={invitations} onInvited={refresh} />
    </div>
  );
}

/** One officer, removed after a confirmation (their sessions end at once). */
function OfficerRow({
  officer,
  code,
  onChanged,
}: {
  officer: Officer;
  code: string;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const o = (label: string) => t(`nguongoc.officers.${label}`, { name: officer.name });
  const remove = useConfirmedDelete({
    path: `/admin/communes/${code}/officers/${officer.id}`,
    texts: {
      title: o('removeTitle'),
      description: o('removeConfirm'),
      confirm: t('nguongoc.members.remove'),
      done: o('removedToast'),
    },
    onDone: onChanged,
  });
  return (
    <Table.Row data-testid={`nguongoc-officer-${officer.id}`}>
      <Table.Cell>{officer.name}</Table.Cell>
      <Table.Cell>{officer.email ?? '—'}</Table.Cell>
      <Table.Cell>{officer.phone ?? '—'}</Table.Cell>
      <Table.Cell data-testid="nguongoc-officer-state">
        <AccountState removedAt={officer.removed_at} />
      </Table.Cell>
      <Table.Cell>
        {officer.removed_at === null && (
          <Button
            size="small"
            variant="danger"
            isLoading={remove.isPending}
            onClick={() => void remove.confirmThenDelete()}
          >
            {t('nguongoc.members.remove')}
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  );
}

/** Invites an officer of the commune. */
function OfficerInviteForm({ path, onInvited }: { path: string; onInvited: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <InvitationForm
      id="nguongoc-officer-invite"
      heading={t('nguongoc.officers.inviteHeading')}
      account={t('nguongoc.officers.account')}
      path={path}
      body={(invitee) => invitee satisfies OfficerInvitationBody}
      columns="md:grid-cols-5"
      onInvited={onInvited}
    />
  );
}
