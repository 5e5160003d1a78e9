import { Container, Text } from '@medusajs/ui';
import { useTranslation } from 'react-i18next';
import { CHANNEL_NAMES, count, share, vnd } from '../lib/format';
import type { PilotIndicators } from '../lib/types';

function Card({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Container className="flex flex-col gap-1 px-4 py-3">
      <Text size="xsmall" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="xlarge" weight="plus">
        {value}
      </Text>
      {detail && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {detail}
        </Text>
      )}
    </Container>
  );
}

/** The pilot's headline indicators, each with the counts it comes from. */
export function PilotKpis({ figures }: { figures: PilotIndicators }) {
  const { t } = useTranslation();
  const { catalogue, sales } = figures;
  const k = (key: string, options?: Record<string, unknown>) =>
    t(`nguongoc.pilot.kpi.${key}`, options);
  return (
    <div className="grid grid-cols-1 gap-3 px-6 py-4 sm:grid-cols-2 lg:grid-cols-4">
      <Card
        label={k('householdsOnExchanges')}
        value={`${count(catalogue.on_exchanges.households)} / ${count(catalogue.households)}`}
        detail={k('householdsShare', {
          share: share(catalogue.on_exchanges.households, catalogue.households),
        })}
      />
      <Card
        label={k('cooperativesOnExchanges')}
        value={`${count(catalogue.on_exchanges.cooperatives)} / ${count(catalogue.cooperatives)}`}
        detail={catalogue.by_exchange
          .map((e) =>
            k('exchangeLine', {
              name: CHANNEL_NAMES[e.exchange],
              cooperatives: e.cooperatives,
              households: e.households,
            }),
          )
          .join(' · ')}
      />
      <Card
        label={k('traceable')}
        value={share(catalogue.products.traceable, catalogue.products.total)}
        detail={k('ofProducts', {
          part: count(catalogue.products.traceable),
          whole: count(catalogue.products.total),
        })}
      />
      <Card
        label={k('ocopProducts')}
        value={count(catalogue.products.ocop)}
        detail={k('ocopSales', { amount: vnd(sales.ocop.amount_vnd) })}
      />
      <Card
        label={k('sales')}
        value={vnd(sales.totals.amount_vnd)}
        detail={k('gross', { amount: vnd(sales.totals.gross_amount_vnd) })}
      />
      <Card
        label={k('orders')}
        value={count(sales.totals.orders)}
        detail={k('lines', {
          lines: count(sales.totals.lines),
          corrected: count(sales.totals.corrected_lines),
        })}
      />
      <Card
        label={k('traceableSales')}
        value={vnd(sales.traceable.amount_vnd)}
        detail={k('householdsSelling', { households: count(sales.totals.households) })}
      />
      <Card label={k('scans')} value={count(sales.scans.total)} />
    </div>
  );
}
