// The commune's open data exactly as the public reads it (the storefront's /xa/<code> page and
// its CSV and JSON, CC BY 4.0): what is published in the commune's name, for the officer to check.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { formatCount, formatDateTime, formatVnd, vietnamToday } from '@nguongoc/vn-locale';
import { channelName } from '../channel-names';
import { openData } from '../commune.server';
import { environment } from '../env.server';
import { requireAccount } from '../session.server';
import { useLanguage, useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Dữ liệu mở / Open data — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'officer');
  const thisYear = Number(vietnamToday().slice(0, 4));
  const asked = Number(new URL(request.url).searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= 2020 && asked <= thisYear ? asked : thisYear;
  const figures = await openData(request, account, year);
  const publicPage = `${environment().STOREFRONT_URL}/xa/${figures.commune.code}`;
  return { figures, publicPage, thisYear };
}

export default function OpenData() {
  const { figures, publicPage, thisYear } = useLoaderData<typeof loader>();
  const t = useText();
  const language = useLanguage();
  const byChannel = new Map<string, { orders: number; amount: number }>();
  for (const month of figures.months) {
    const entry = byChannel.get(month.channel) ?? { orders: 0, amount: 0 };
    entry.orders += month.orders;
    entry.amount += month.amount_vnd;
    byChannel.set(month.channel, entry);
  }
  return (
    <>
      <h1>{t({ vi: 'Dữ liệu mở', en: 'Open data' })}</h1>
      <p>
        {t({
          vi: `Số liệu công khai của ${figures.commune.name}, ${figures.commune.province_name}, năm ${figures.year}, đúng như người dân đọc.`,
          en: `The open figures of ${figures.commune.name}, ${figures.commune.province_name}, for ${figures.year}, exactly as the public reads them.`,
        })}
      </p>
      <div className="actions">
        <a className="button" href={publicPage} rel="noopener">
          {t({ vi: 'Mở trang công khai của xã', en: "Open the commune's public page" })}
        </a>
      </div>
      <form method="get" className="actions">
        <label htmlFor="open-year">{t({ vi: 'Năm', en: 'Year' })}</label>
        <select id="open-year" name="year" defaultValue={figures.year} style={{ width: 'auto' }}>
          {[0, 1, 2, 3].map((back) => (
            <option key={back} value={thisYear - back}>
              {thisYear - back}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary">
          {t({ vi: 'Xem năm này', en: 'Show this year' })}
        </button>
      </form>
      <ul className="figures">
        <li>
          <span className="figure-label">{t({ vi: 'Doanh số', en: 'Sales' })}</span>
          <strong className="figure-value">{formatVnd(figures.totals.amount_vnd)}</strong>
          <span className="muted">
            {t({
              vi: `${formatCount(figures.totals.orders)} đơn hàng`,
              en: `${formatCount(figures.totals.orders)} orders`,
            })}
          </span>
        </li>
        <li>
          <span className="figure-label">{t({ vi: 'Sản phẩm OCOP', en: 'OCOP products' })}</span>
          <strong className="figure-value">{formatVnd(figures.totals.ocop_amount_vnd)}</strong>
        </li>
        <li>
          <span className="figure-label">
            {t({ vi: 'Có truy xuất nguồn gốc', en: 'Traceable' })}
          </span>
          <strong className="figure-value">{formatVnd(figures.totals.traceable_amount_vnd)}</strong>
        </li>
        <li>
          <span className="figure-label">
            {t({ vi: 'Hợp tác xã, hộ đăng ký', en: 'Cooperatives, households registered' })}
          </span>
          <strong className="figure-value">
            {formatCount(figures.registration.cooperatives)} ·{' '}
            {formatCount(figures.registration.households)}
          </strong>
        </li>
        <li>
          <span className="figure-label">{t({ vi: 'Sản phẩm', en: 'Products' })}</span>
          <strong className="figure-value">{formatCount(figures.products.total)}</strong>
          <span className="muted">
            {t({
              vi: `${formatCount(figures.products.traceable)} truy xuất được, ${formatCount(figures.products.ocop)} OCOP`,
              en: `${formatCount(figures.products.traceable)} traceable, ${formatCount(figures.products.ocop)} OCOP`,
            })}
          </span>
        </li>
        <li>
          <span className="figure-label">
            {t({ vi: 'Chờ thu tiền khi nhận hàng', en: 'Cash on delivery not yet received' })}
          </span>
          <strong className="figure-value">{formatVnd(figures.awaiting_payment.amount_vnd)}</strong>
        </li>
      </ul>
      <h2>{t({ vi: 'Theo kênh bán', en: 'By channel' })}</h2>
      {byChannel.size === 0 ? (
        <p className="muted">{t({ vi: 'Chưa có đơn hàng.', en: 'No orders yet.' })}</p>
      ) : (
        <ul className="list">
          {[...byChannel].map(([channel, entry]) => (
            <li key={channel}>
              {t(channelName(channel))}: <strong>{formatVnd(entry.amount)}</strong> ·{' '}
              {t({
                vi: `${formatCount(entry.orders)} đơn`,
                en: `${formatCount(entry.orders)} orders`,
              })}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t(figures.counted_orders)}</p>
      <p className="muted">
        {t({ vi: 'Giấy phép', en: 'Licence' })}:{' '}
        <a href={figures.licence.url} rel="license noopener">
          {figures.licence.name}
        </a>{' '}
        · {t({ vi: 'Số liệu lúc', en: 'Read at' })} {formatDateTime(figures.generated_at, language)}
      </p>
    </>
  );
}
