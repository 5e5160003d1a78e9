import { Table, Text } from '@medusajs/ui';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@nguongoc/contracts';
import { formatDateTime } from '@nguongoc/vn-locale';
import { useLanguage } from '../lib/language';

/**
 * The audit trail's entries as the server sorts them (newest first): when, who (the kind of
 * account in words, and its ID), the cooperative by name when known, what was written, the
 * record, the answer's status and the caller's address. `cooperatives` maps an ID to its name.
 */
export function AuditTable({
  entries,
  cooperatives,
}: {
  entries: AuditEntry[];
  cooperatives: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const a = (label: string) => t(`nguongoc.audit.${label}`);
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{a('when')}</Table.HeaderCell>
          <Table.HeaderCell>{a('who')}</Table.HeaderCell>
          <Table.HeaderCell>{a('cooperative')}</Table.HeaderCell>
          <Table.HeaderCell>{a('what')}</Table.HeaderCell>
          <Table.HeaderCell>{a('record')}</Table.HeaderCell>
          <Table.HeaderCell>{a('status')}</Table.HeaderCell>
          <Table.HeaderCell>{a('ip')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {entries.map((entry) => (
          <Table.Row key={entry.id} data-testid={`nguongoc-audit-${entry.id}`}>
            <Table.Cell className="whitespace-nowrap">
              {formatDateTime(entry.created_at, language)}
            </Table.Cell>
            <Table.Cell>
              <div className="flex flex-col py-1">
                {/* An actor type added later shows as the server names it, not as a blank. */}
                <Text size="small" data-testid="nguongoc-audit-actor-type">
                  {t(`nguongoc.audit.actors.${entry.actor_type}`, entry.actor_type)}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle break-all font-mono">
                  {entry.actor_id}
                </Text>
              </div>
            </Table.Cell>
            <Table.Cell data-testid="nguongoc-audit-cooperative">
              {entry.cooperative_id === null
                ? '—'
                : (cooperatives.get(entry.cooperative_id) ?? entry.cooperative_id)}
            </Table.Cell>
            <Table.Cell className="break-all font-mono" data-testid="nguongoc-audit-action">
              {`${entry.method} ${entry.path}`}
            </Table.Cell>
            <Table.Cell className="break-all font-mono">{entry.record_id ?? '—'}</Table.Cell>
            <Table.Cell>{entry.status}</Table.Cell>
            <Table.Cell className="font-mono">{entry.ip ?? '—'}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
