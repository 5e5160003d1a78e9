import { Button, Heading, Table, Text } from '@medusajs/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pilotSalesLinesAnswer } from '@nguongoc/contracts';
import { formatCount, formatNumericDateTime, formatVnd } from '@nguongoc/vn-locale';
import { errorMessage, fetchAnswer } from '../lib/sdk';
import { type LineFilter, channelLabel } from './pilot-sales-tables';

const PAGE = 50;

/** The order lines behind a figure, newest first, 50 at a time. */
export function PilotDrilldown({
  filter,
  base,
  onClose,
}: {
  filter: LineFilter;
  /** The dashboard's commune and period. */
  base: { commune_code?: string; from: string; to: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const params = new URLSearchParams({
    from: filter.from ?? base.from,
    to: filter.to ?? base.to,
    limit: String(PAGE),
    offset: String(offset),
  });
  if (base.commune_code) params.set('commune_code', base.commune_code);
  for (const key of ['channel', 'cooperative_id', 'product_id', 'ocop', 'traceable'] as const) {
    if (filter[key] !== undefined) params.set(key, String(filter[key]));
  }
  const lines = useQuery({
    queryKey: ['nguongoc', 'pilot', 'lines', params.toString()],
    queryFn: () => fetchAnswer(pilotSalesLinesAnswer, `/admin/pilot/sales-lines?${params}`),
  });
  const h = (key: string) => t(`nguongoc.pilot.lines.${key}`);
  return (
    <div className="flex flex-col gap-2 py-4" data-testid="pilot-drilldown">
      <div className="flex items-center justify-between px-6">
        <Heading level="h3">
          {t('nguongoc.pilot.lines.heading', {
            label: filter.label,
            lines: lines.data ? formatCount(lines.data.count) : '…',
          })}
        </Heading>
        <Button size="small" variant="secondary" onClick={onClose}>
          {t('nguongoc.pilot.lines.close')}
        </Button>
      </div>
      {lines.error && <Text className="text-ui-fg-error px-6">{errorMessage(lines.error)}</Text>}
      {lines.data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{h('when')}</Table.HeaderCell>
              <Table.HeaderCell>{h('channel')}</Table.HeaderCell>
              <Table.HeaderCell>{h('order')}</Table.HeaderCell>
              <Table.HeaderCell>SKU</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{h('quantity')}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{h('amount')}</Table.HeaderCell>
              <Table.HeaderCell>{h('status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lines.data.lines.map((line) => (
              <Table.Row key={line.id}>
                <Table.Cell>{formatNumericDateTime(line.ordered_at)}</Table.Cell>
                <Table.Cell>{channelLabel(line.channel)}</Table.Cell>
                <Table.Cell>{line.order_ref}</Table.Cell>
                <Table.Cell>{line.sku}</Table.Cell>
                <Table.Cell className="text-right">
                  {formatCount(line.net_quantity)}
                  {line.net_quantity !== line.quantity && ` / ${formatCount(line.quantity)}`}
                </Table.Cell>
                <Table.Cell className="text-right">
                  {formatVnd(line.net_amount_vnd)}
                  {line.net_amount_vnd !== line.amount_vnd && ` / ${formatVnd(line.amount_vnd)}`}
                </Table.Cell>
                <Table.Cell>{t(`nguongoc.pilot.status.${line.status}`, line.status)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {lines.data && lines.data.count > PAGE && (
        <div className="flex items-center gap-2 px-6">
          <Button
            size="small"
            variant="secondary"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            {h('previous')}
          </Button>
          <Text size="small">
            {formatCount(offset + 1)}–{formatCount(Math.min(offset + PAGE, lines.data.count))} /{' '}
            {formatCount(lines.data.count)}
          </Text>
          <Button
            size="small"
            variant="secondary"
            disabled={offset + PAGE >= lines.data.count}
            onClick={() => setOffset(offset + PAGE)}
          >
            {h('next')}
          </Button>
        </div>
      )}
    </div>
  );
}
