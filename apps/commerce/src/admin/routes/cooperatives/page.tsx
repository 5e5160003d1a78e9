import { defineRouteConfig } from '@medusajs/admin-sdk';
import { BuildingStorefront } from '@medusajs/icons';
import { Button, Container, Heading, Table, Text } from '@medusajs/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CooperativeForm } from '../../components/cooperative-form';
import { HouseholdPanel } from '../../components/household-panel';
import { MemberPanel } from '../../components/member-panel';
import { useLanguage } from '../../lib/language';
import { adminCooperativesAnswer } from '@nguongoc/contracts';
import { errorMessage, fetchAnswer } from '../../lib/sdk';

/** The cooperatives page: who sells in the commune's store, and a form to add one. */
function CooperativesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [membersOf, setMembersOf] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['nguongoc', 'cooperatives'],
    queryFn: () => fetchAnswer(adminCooperativesAnswer, '/admin/cooperatives'),
  });

  return (
    <Container className="divide-y p-0" data-testid="nguongoc-cooperatives">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{t('nguongoc.cooperatives.heading')}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t('nguongoc.cooperatives.subheading')}
          </Text>
        </div>
        {!adding && (
          <Button variant="secondary" size="small" onClick={() => setAdding(true)}>
            {t('nguongoc.cooperatives.add')}
          </Button>
        )}
      </div>
      {adding && <CooperativeForm onDone={() => setAdding(false)} />}
      {list.isPending && <Text className="px-6 py-4">{t('nguongoc.common.loading')}</Text>}
      {list.isError && (
        <Text className="text-ui-fg-error px-6 py-4">{errorMessage(list.error)}</Text>
      )}
      {list.data?.cooperatives.length === 0 && (
        <Text className="text-ui-fg-subtle px-6 py-4">{t('nguongoc.cooperatives.none')}</Text>
      )}
      {list.data && list.data.cooperatives.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t('nguongoc.cooperatives.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nguongoc.cooperatives.commune')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nguongoc.cooperatives.taxCode')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nguongoc.cooperatives.contact')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nguongoc.cooperatives.ledger')}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.data.cooperatives.map((cooperative) => (
              <Table.Row key={cooperative.id}>
                <Table.Cell>{cooperative.name}</Table.Cell>
                <Table.Cell>{cooperative.commune_label[language]}</Table.Cell>
                <Table.Cell>{cooperative.tax_code}</Table.Cell>
                <Table.Cell>
                  {cooperative.contact_name} · {cooperative.phone}
                </Table.Cell>
                <Table.Cell>
                  <code>{cooperative.trace_origin}</code>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex gap-1 whitespace-nowrap">
                    <Button
                      size="small"
                      variant="transparent"
                      onClick={() => setOpen(open === cooperative.id ? null : cooperative.id)}
                    >
                      {t('nguongoc.households.open')}
                    </Button>
                    <Button
                      size="small"
                      variant="transparent"
                      onClick={() =>
                        setMembersOf(membersOf === cooperative.id ? null : cooperative.id)
                      }
                    >
                      {t('nguongoc.members.open')}
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {list.data?.cooperatives
        .filter((cooperative) => cooperative.id === open)
        .map((cooperative) => (
          <HouseholdPanel key={cooperative.id} cooperative={cooperative} />
        ))}
      {list.data?.cooperatives
        .filter((cooperative) => cooperative.id === membersOf)
        .map((cooperative) => (
          <MemberPanel key={cooperative.id} cooperative={cooperative} />
        ))}
    </Container>
  );
}

export const config = defineRouteConfig({
  label: 'nguongoc.cooperatives.menu',
  translationNs: 'translation',
  icon: BuildingStorefront,
});

export default CooperativesPage;
