// Drill-down for the commune officer: one cooperative of their commune, its sales lines in the
// period (newest first), its households by name and commune with what each sold, and a
// household's own lines. A cooperative of another commune is not found (the backend's list is
// the officer's commune's, and its households answer 404).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { type Message, formatCount, formatDateTime, formatVnd } from '@nguongoc/vn-locale';
import { channelName } from '../channel-names';
import { statusName } from '../order-status';
import { PeriodPicker } from '../components/period-picker';
import { cooperatives, households, periodOf, salesLines } from '../commune.server';
import { requireAccount } from '../session.server';
import { useLanguage, useText } from '../text';

export const meta: MetaFunction = () => [
  { title: 'Hợp tác xã trong xã / A cooperative of the commune — NguonGoc' },
];

/** A household on the drill-down: by name and commune when registered, with the period's sales. */
interface HouseholdRow {
  id: string;
  name: string | null;
  commune: Message | null;
  lines: number;
  amount: number;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'officer');
  const url = new URL(request.url);
  const period = periodOf(url);
  const cooperative = (await cooperatives(request, account)).find((each) => each.id === params.id);
  if (!cooperative) {
    throw new Response(
      `Không tìm thấy hợp tác xã ${params.id} trong xã của bạn / cooperative ${params.id} not found in your commune`,
      { status: 404 },
    );
  }
  const household = url.searchParams.get('household') || undefined;
  const [registered, all, shown] = await Promise.all([
    households(request, account, cooperative.id),
    salesLines(request, account, period, { cooperative_id: cooperative.id }),
    household
      ? salesLines(request, account, period, {
          cooperative_id: cooperative.id,
          household_id: household,
        })
      : undefined,
  ]);
  const sold = new Map<string, { lines: number; amount: number }>();
  for (const line of all.lines) {
    if (!line.household_id) continue;
    const entry = sold.get(line.household_id) ?? { lines: 0, amount: 0 };
    entry.lines += 1;
    entry.amount += Number(line.net_amount_vnd);
    sold.set(line.household_id, entry);
  }
  const known = new Set(registered.map((each) => each.id));
  // Every registered household by name (none sold: zero); a line's household the backend no
  // longer lists keeps the end of its ID.
  const rows: HouseholdRow[] = [
    ...registered.map((each) => ({
      id: each.id,
      name: each.head_name,
      commune: each.commune_label,
      ...(sold.get(each.id) ?? { lines: 0, amount: 0 }),
    })),
    ...[...sold]
      .filter(([id]) => !known.has(id))
      .map(([id, entry]) => ({ id, name: null, commune: null, ...entry })),
  ];
  const chosen = household ? rows.find((each) => each.id === household) : undefined;
  return {
    period,
    cooperative: { id: cooperative.id, name: cooperative.name },
    household: household ? { id: household, name: chosen?.name ?? null } : null,
    households: rows,
    lines: (shown ?? all).lines,
    count: (shown ?? all).count,
  };
}

export default function CooperativeSales() {
  const { period, cooperative, household, households, lines, count } =
    useLoaderData<typeof loader>();
  const t = useText();
  const language = useLanguage();
  const here = `/commune/cooperatives/${cooperative.id}?year=${period.year}&quarter=${period.quarter ?? 'all'}`;
  return (
    <>
      <p>
        <Link to={`/commune?year=${period.year}&quarter=${period.quarter ?? 'all'}`}>
          ← {t({ vi: 'Tổng quan', en: 'Overview' })}
        </Link>
      </p>
      <h1>{cooperative.name}</h1>
      <PeriodPicker period={period} />
      {households.length > 0 ? (
        <>
          <h2>{t({ vi: 'Theo hộ sản xuất', en: 'By household' })}</h2>
          <ul className="list">
            {households.map((entry) => (
              <li key={entry.id}>
                <Link to={`${here}&household=${encodeURIComponent(entry.id)}`}>
                  {entry.name ?? `${t({ vi: 'Hộ', en: 'Household' })} ${entry.id.slice(-8)}`}
                </Link>
                <span className="muted">
                  {entry.commune ? `${t(entry.commune)} · ` : ''}
                  {formatVnd(entry.amount)} ·{' '}
                  {t({
                    vi: `${formatCount(entry.lines)} dòng`,
                    en: `${formatCount(entry.lines)} lines`,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>
        {household
          ? t({
              vi: `Đơn hàng của hộ ${household.name ?? household.id.slice(-8)}`,
              en: `Sales of household ${household.name ?? household.id.slice(-8)}`,
            })
          : t({ vi: 'Các dòng bán hàng', en: 'Sales lines' })}{' '}
        ({formatCount(count)})
      </h2>
      {household ? (
        <p>
          <Link to={here}>{t({ vi: 'Xem cả hợp tác xã', en: 'Show the whole cooperative' })}</Link>
        </p>
      ) : null}
      {lines.length === 0 ? (
        <p className="muted">
          {t({ vi: 'Không có dòng bán hàng nào trong kỳ.', en: 'No sales lines in this period.' })}
        </p>
      ) : (
        <ul className="list sales-lines">
          {lines.map((line) => (
            <li key={line.id}>
              <strong>{formatVnd(Number(line.net_amount_vnd))}</strong> ·{' '}
              {t(channelName(line.channel))}
              <br />
              <span>
                {line.sku} × {formatCount(line.quantity)}
              </span>
              <br />
              <span className="muted">
                {formatDateTime(line.ordered_at, language)} · {t(statusName(line.status))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
