import { defineRouteConfig } from '@medusajs/admin-sdk';
import { History } from '@medusajs/icons';
import { Button, Container, Heading, Text } from '@medusajs/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilter, AuditFilters } from '../../components/audit-filters';
import { AuditTable } from '../../components/audit-table';
import { adminCooperativesAnswer, auditEntriesAnswer } from '@nguongoc/contracts';
import { formatCount } from '@nguongoc/vn-locale';
import { errorMessage, fetchAnswer } from '../../lib/sdk';

/**
 * "Nhật ký thao tác": the audit trail (ADR 031), every write by every account, newest first, a
 * page of the server's size at a time, narrowed to a cooperative or an account.
 */
function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({ cooperative_id: '', actor_id: '' });
  const [offset, setOffset] = useState(0);
  const cooperatives = useQuery({
    queryKey: ['nguongoc', 'cooperatives'],
    queryFn: () => fetchAnswer(adminCooperativesAnswer, '/admin/cooperatives'),
  });
  const query = new URLSearchParams({ offset: String(offset) });
  if (filter.cooperative_id) query.set('cooperative_id', filter.cooperative_id);
  if (filter.actor_id) query.set('actor_id', filter.actor_id);
  const trail = useQuery({
    queryKey: ['nguongoc', 'audit', query.toString()],
    queryFn: () => fetchAnswer(auditEntriesAnswer, `/admin/audit-entries?${query}`),
    // The trail grows with every write: coming back to the page reads it again.
    refetchOnMount: 'always',
  });
  const names = new Map(cooperatives.data?.cooperatives.map((c) => [c.id, c.name]));
  const narrow = (next: AuditFilter) => {
    setFilter(next);
    setOffset(0);
  };
  const a = (label: string) => t(`nguongoc.audit.${label}`);
  const data = trail.data;
  const error = trail.error ?? cooperatives.error;

  return (
    <Container className="divide-y p-0" data-testid="nguongoc-audit">
      <div className="flex flex-col gap-3 px-6 py-4 lg:flex-row lg:items-end lg:justify-between">
        <div>
          <Heading level="h1">{a('heading')}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {a('subheading')}
          </Text>
        </div>
        <AuditFilters
          cooperatives={[...names].map(([value, label]) => ({ value, label }))}
          filter={filter}
          onChange={narrow}
        />
      </div>
      {trail.isPending && <Text className="px-6 py-4">{t('nguongoc.common.loading')}</Text>}
      {error && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
      {data?.count === 0 && <Text className="text-ui-fg-subtle px-6 py-4">{a('none')}</Text>}
      {data && data.count > 0 && (
        <>
          <AuditTable entries={data.entries} cooperatives={names} />
          <div className="flex items-center gap-2 px-6 py-3">
            <Button
              size="small"
              variant="secondary"
              disabled={data.offset === 0}
              onClick={() => setOffset(Math.max(0, data.offset - data.limit))}
            >
              {a('previous')}
            </Button>
            <Text size="small" data-testid="nguongoc-audit-range">
              {formatCount(data.offset + 1)}–
              {formatCount(Math.min(data.offset + data.limit, data.count))} /{' '}
              {formatCount(data.count)}
            </Text>
            <Button
              size="small"
              variant="secondary"
              disabled={data.offset + data.limit >= data.count}
              onClick={() => setOffset(data.offset + data.limit)}
            >
              {a('next')}
            </Button>
          </div>
        </>
      )}
    </Container>
  );
}

export const config = defineRouteConfig({
  label: 'nguongoc.audit.menu',
  translationNs: 'translation',
  icon: History,
});

export default AuditPage;
