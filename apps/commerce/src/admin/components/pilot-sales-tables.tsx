import { Heading, Table, Text } from '@medusajs/ui';
import { useTranslation } from 'react-i18next';
import { channelName } from '@nguongoc/connectors/exchanges';
import { salesChannel } from '@nguongoc/contracts';
import type { PilotIndicators, SalesTotals } from '@nguongoc/pilot-report';
import { formatCount, formatVnd } from '@nguongoc/vn-locale';

/** A channel of the sales ledger by its short name, or as stored when it is none of ours. */
export function channelLabel(channel: string): string {
  const known = salesChannel.safeParse(channel);
  return known.success ? channelName(known.data) : channel;
}

/** What a drill-down narrows the lines to. */
export interface LineFilter {
  label: string;
  channel?: string;
  cooperative_id?: string;
  product_id?: string;
  ocop?: boolean;
  traceable?: boolean;
  from?: string;
  to?: string;
}

function SalesTable({
  title,
  rows,
  onSelect,
}: {
  title: string;
  rows: { key: string; name: string; totals: SalesTotals; filter: LineFilter }[];
  onSelect: (filter: LineFilter) => void;
}) {
  const { t } = useTranslation();
  const h = (key: string) => t(`nguongoc.pilot.table.${key}`);
  return (
    <div className="flex flex-col gap-2 py-4">
      <Heading level="h3" className="px-6">
        {title}
      </Heading>
      {rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6">
          {t('nguongoc.pilot.noSales')}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{h('name')}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{h('orders')}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{h('quantity')}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{h('amount')}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{h('corrected')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row
                key={row.key}
                className="cursor-pointer"
                data-testid={`pilot-row-${row.key}`}
                onClick={() => onSelect(row.filter)}
              >
                <Table.Cell>
                  <button type="button" className="text-ui-fg-interactive text-left">
                    {row.name}
                  </button>
                </Table.Cell>
                <Table.Cell className="text-right">{formatCount(row.totals.orders)}</Table.Cell>
                <Table.Cell className="text-right">{formatCount(row.totals.quantity)}</Table.Cell>
                <Table.Cell className="text-right">{formatVnd(row.totals.amount_vnd)}</Table.Cell>
                <Table.Cell className="text-right">
                  {formatCount(row.totals.corrected_lines)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  );
}

/** Sales by channel, cooperative and product; a row opens the lines behind it. */
export function PilotSalesTables({
  figures,
  onSelect,
}: {
  figures: PilotIndicators;
  onSelect: (filter: LineFilter) => void;
}) {
  const { t } = useTranslation();
  const { sales, names } = figures;
  return (
    <div className="divide-y">
      <SalesTable
        title={t('nguongoc.pilot.byChannel')}
        onSelect={onSelect}
        rows={sales.by_channel.map((row) => ({
          key: row.channel,
          name: channelLabel(row.channel),
          totals: row,
          filter: { label: channelLabel(row.channel), channel: row.channel },
        }))}
      />
      <SalesTable
        title={t('nguongoc.pilot.byCooperative')}
        onSelect={onSelect}
        rows={sales.by_cooperative.map((row) => {
          const name = names.cooperatives[row.cooperative_id] ?? row.cooperative_id;
          return {
            key: row.cooperative_id,
            name,
            totals: row,
            filter: { label: name, cooperative_id: row.cooperative_id },
          };
        })}
      />
      <SalesTable
        title={t('nguongoc.pilot.byProduct')}
        onSelect={onSelect}
        rows={sales.by_product.map((row) => {
          const name = names.products[row.product_id] ?? row.product_id;
          return {
            key: row.product_id,
            name,
            totals: row,
            filter: { label: name, product_id: row.product_id },
          };
        })}
      />
    </div>
  );
}
