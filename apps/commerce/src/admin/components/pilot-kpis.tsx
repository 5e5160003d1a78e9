import { Container, Text } from '@medusajs/ui';
import { useTranslation } from 'react-i18next';
import { channelName } from '@nguongoc/connectors/exchanges';
// The rule alone: the package's index would bring its PDF and XLSX writers into the browser.
import { COUNTED_ORDERS } from '@nguongoc/pilot-report/counted-orders';
import type { PilotIndicators } from '@nguongoc/pilot-report';
import { formatCount, formatPercent, formatVnd } from '@nguongoc/vn-locale';
import { useLanguage } from '../lib/language';

/** `part` of `whole` with one decimal (`75,0%`), or `—` when there is no whole. */
function share(part: number, whole: number): string {
  return whole === 0 ? '—' : formatPercent(part / whole, 'vi', { keepZeros: true });
}

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

/**
 * The pilot's headline indicators, each with the counts it comes from, and which orders they
 * count (ADR 033): unpaid cash-on-delivery orders have a card of their own.
 */
export function PilotKpis({ figures }: { figures: PilotIndicators }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { catalogue, sales } = figures;
  const k = (key: string, options: Record<string, unknown> = {}) =>
    t(`nguongoc.pilot.kpi.${key}`, options);
  return (
    <div className="grid grid-cols-1 gap-3 px-6 py-4 sm:grid-cols-2 lg:grid-cols-4">
      <Card
        label={k('householdsOnExchanges')}
        value={`${formatCount(catalogue.on_exchanges.households)} / ${formatCount(catalogue.households)}`}
        detail={k('householdsShare', {
          share: share(catalogue.on_exchanges.households, catalogue.households),
        })}
      />
      <Card
        label={k('cooperativesOnExchanges')}
        value={`${formatCount(catalogue.on_exchanges.cooperatives)} / ${formatCount(catalogue.cooperatives)}`}
        detail={catalogue.by_exchange
          .map((e) =>
            k('exchangeLine', {
              name: channelName(e.exchange),
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
          part: formatCount(catalogue.products.traceable),
          whole: formatCount(catalogue.products.total),
        })}
      />
      <Card
        label={k('ocopProducts')}
        value={formatCount(catalogue.products.ocop)}
        detail={k('ocopSales', { amount: formatVnd(sales.ocop.amount_vnd) })}
      />
      <Card
        label={k('sales')}
        value={formatVnd(sales.totals.amount_vnd)}
        detail={k('gross', { amount: formatVnd(sales.totals.gross_amount_vnd) })}
      />
      <Card
        label={k('orders')}
        value={formatCount(sales.totals.orders)}
        detail={k('lines', {
          lines: formatCount(sales.totals.lines),
          corrected: formatCount(sales.totals.corrected_lines),
        })}
      />
      <Card
        label={k('traceableSales')}
        value={formatVnd(sales.traceable.amount_vnd)}
        detail={k('householdsSelling', { households: formatCount(sales.totals.households) })}
      />
      <Card label={k('scans')} value={formatCount(sales.scans.total)} />
      <Card
        label={k('awaiting')}
        value={formatVnd(sales.awaiting_payment.amount_vnd)}
        detail={k('awaitingOrders', { orders: formatCount(sales.awaiting_payment.orders) })}
      />
      <Text size="xsmall" className="text-ui-fg-muted sm:col-span-2 lg:col-span-4">
        {COUNTED_ORDERS[language]}
      </Text>
    </div>
  );
}
