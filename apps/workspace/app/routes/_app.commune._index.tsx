// The commune officer's overview: the pilot's indicators for a quarter (the current one by
// default) or a year, sales by channel as a bar list, and each cooperative with a way into its
// sales lines. Read-only; the commune is the officer's own (the backend's scope).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { formatCount, formatVnd } from '@nguongoc/vn-locale';
import { BarList } from '../components/bar-list';
import { channelName } from '../channel-names';
import { PeriodPicker } from '../components/period-picker';
import { cooperatives, indicators, periodOf } from '../commune.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Tổng quan xã / Commune overview — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'officer');
  const period = periodOf(new URL(request.url));
  const [figures, list] = await Promise.all([
    indicators(request, account, period),
    cooperatives(request, account),
  ]);
  return { period, figures, cooperatives: list };
}

export default function CommuneOverview() {
  const { period, figures, cooperatives } = useLoaderData<typeof loader>();
  const t = useText();
  const { catalogue, sales } = figures;
  const salesOf = (id: string) => sales.by_cooperative.find((row) => row.cooperative_id === id);
  const cards: { label: { vi: string; en: string }; value: string; detail?: string }[] = [
    {
      label: { vi: 'Doanh số', en: 'Sales' },
      value: formatVnd(sales.totals.amount_vnd),
      detail: t({
        vi: `${formatCount(sales.totals.orders)} đơn hàng`,
        en: `${formatCount(sales.totals.orders)} orders`,
      }),
    },
    {
      label: { vi: 'Doanh số sản phẩm OCOP', en: 'OCOP sales' },
      value: formatVnd(sales.ocop.amount_vnd),
    },
    {
      label: { vi: 'Doanh số có truy xuất nguồn gốc', en: 'Traceable sales' },
      value: formatVnd(sales.traceable.amount_vnd),
    },
    {
      label: { vi: 'Chờ thu tiền khi nhận hàng', en: 'Cash on delivery not yet received' },
      value: formatVnd(sales.awaiting_payment.amount_vnd),
      detail: t({
        vi: `${formatCount(sales.awaiting_payment.orders)} đơn, chưa tính vào doanh số`,
        en: `${formatCount(sales.awaiting_payment.orders)} orders, not in the sales`,
      }),
    },
    {
      label: { vi: 'HTX trên sàn TMĐT', en: 'Cooperatives on exchanges' },
      value: `${formatCount(catalogue.on_exchanges.cooperatives)} / ${formatCount(catalogue.cooperatives)}`,
    },
    {
      label: { vi: 'Hộ trên sàn TMĐT', en: 'Households on exchanges' },
      value: `${formatCount(catalogue.on_exchanges.households)} / ${formatCount(catalogue.households)}`,
    },
    {
      label: { vi: 'Sản phẩm truy xuất được', en: 'Traceable products' },
      value: `${formatCount(catalogue.products.traceable)} / ${formatCount(catalogue.products.total)}`,
    },
    {
      label: { vi: 'Lượt quét mã', en: 'Code scans' },
      value: formatCount(sales.scans.total),
    },
  ];
  return (
    <>
      <h1>
        {t({ vi: 'Tổng quan', en: 'Overview' })}
        {figures.scope.commune_name ? ` · ${figures.scope.commune_name}` : ''}
      </h1>
      <PeriodPicker period={period} />
      <ul className="figures">
        {cards.map((card) => (
          <li key={card.label.en}>
            <span className="figure-label">{t(card.label)}</span>
            <strong className="figure-value">{card.value}</strong>
            {card.detail ? <span className="muted">{card.detail}</span> : null}
          </li>
        ))}
      </ul>
      <h2>{t({ vi: 'Doanh số theo kênh bán', en: 'Sales by channel' })}</h2>
      {sales.by_channel.length === 0 ? (
        <p className="muted">
          {t({ vi: 'Chưa có đơn hàng trong kỳ này.', en: 'No orders in this period yet.' })}
        </p>
      ) : (
        <BarList
          label={t({ vi: 'Doanh số theo kênh bán', en: 'Sales by channel' })}
          bars={sales.by_channel.map((row) => ({
            key: row.channel,
            label: t(channelName(row.channel)),
            value: row.amount_vnd,
            text: formatVnd(row.amount_vnd),
          }))}
        />
      )}
      <h2>{t({ vi: 'Các hợp tác xã của xã', en: "The commune's cooperatives" })}</h2>
      {cooperatives.length === 0 ? (
        <p className="muted">
          {t({ vi: 'Xã chưa có hợp tác xã nào.', en: 'The commune has no cooperative yet.' })}
        </p>
      ) : (
        <ul className="list">
          {cooperatives.map((cooperative) => (
            <li key={cooperative.id}>
              <Link to={`/commune/cooperatives/${cooperative.id}?${periodLink(period)}`}>
                {cooperative.name}
              </Link>
              <span className="muted">
                {t({ vi: 'Doanh số', en: 'Sales' })}:{' '}
                {formatVnd(salesOf(cooperative.id)?.amount_vnd ?? 0)} ·{' '}
                {t({
                  vi: `${formatCount(salesOf(cooperative.id)?.orders ?? 0)} đơn`,
                  en: `${formatCount(salesOf(cooperative.id)?.orders ?? 0)} orders`,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function periodLink(period: { year: number; quarter: number | null }): string {
  return `year=${period.year}&quarter=${period.quarter ?? 'all'}`;
}
