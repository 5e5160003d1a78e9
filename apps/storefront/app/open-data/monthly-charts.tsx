// The two charts of the page, each with its numbers in a table under <details>: sales per month
// stacked by channel, and trace-page scans per month.
import type { Language, Translate } from '../i18n';
import {
  CHANNEL_COLOURS,
  SALES_CHANNELS,
  type SalesChannel,
  exchangePublicName,
} from '@nguongoc/connectors/exchanges';
import { formatCompact, formatCount, formatVnd } from '@nguongoc/vn-locale';
import { BarChart } from './bar-chart';
import type { MonthRow } from './monthly-series';

export interface MonthlyChartsProps {
  year: number;
  months: MonthRow[];
  salesTotal: number;
  scansTotal: number;
  language: Language;
  t: Translate;
}

const SCANS_COLOR = '#1f5f3a';

function monthName(month: MonthRow, language: Language, form: 'short' | 'long'): string {
  if (language === 'vi') return form === 'short' ? `T${month.number}` : `Tháng ${month.number}`;
  return new Intl.DateTimeFormat('en-GB', { month: form, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month.number - 1, 1)),
  );
}

/** "Tháng 3 (150.000 ₫)", or "chưa có" when no month is above zero. */
function bestMonth(
  months: MonthRow[],
  value: (month: MonthRow) => number,
  format: (value: number) => string,
  language: Language,
  t: Translate,
): string {
  const best = months.reduce<MonthRow | undefined>(
    (top, month) => (value(month) > (top ? value(top) : 0) ? month : top),
    undefined,
  );
  return best
    ? `${monthName(best, language, 'long')} (${format(value(best))})`
    : t('openData.noMonth');
}

export function MonthlyCharts({
  year,
  months,
  salesTotal,
  scansTotal,
  language,
  t,
}: MonthlyChartsProps) {
  const count = (value: number) => formatCount(value, language);
  const channelName = (channel: SalesChannel) =>
    channel === 'storefront' ? t('openData.channel.storefront') : exchangePublicName(channel);
  return (
    <>
      <section aria-labelledby="sales-heading">
        <h2 id="sales-heading">{t('openData.salesChart')}</h2>
        <BarChart
          id="sales-chart"
          title={t('openData.salesChart')}
          description={t('openData.salesChartDescription', {
            year,
            total: formatVnd(salesTotal),
            best: bestMonth(months, (month) => month.amount_vnd, formatVnd, language, t),
          })}
          labels={months.map((month) => monthName(month, language, 'short'))}
          series={SALES_CHANNELS.map((channel) => ({
            key: channel,
            name: channelName(channel),
            color: CHANNEL_COLOURS[channel],
            values: months.map((month) => month.channels[channel].amount_vnd),
          }))}
          formatTick={(value) => formatCompact(value, language)}
        />
        <ul className="legend">
          {SALES_CHANNELS.map((channel) => (
            <li key={channel}>
              <span style={{ background: CHANNEL_COLOURS[channel] }} />
              {channelName(channel)}
            </li>
          ))}
        </ul>
        <p className="note">{t('openData.axisVnd')}</p>
        <details>
          <summary>{t('openData.table')}</summary>
          <div className="scroll">
            <table>
              <caption>{t('openData.salesChart')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('openData.month')}</th>
                  {SALES_CHANNELS.map((channel) => (
                    <th scope="col" key={channel}>
                      {channelName(channel)}
                    </th>
                  ))}
                  <th scope="col">{t('openData.total')}</th>
                </tr>
              </thead>
              <tbody>
                {months.map((month) => (
                  <tr key={month.month}>
                    <th scope="row">{monthName(month, language, 'long')}</th>
                    {SALES_CHANNELS.map((channel) => (
                      <td key={channel}>{formatVnd(month.channels[channel].amount_vnd)}</td>
                    ))}
                    <td>{formatVnd(month.amount_vnd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>

      <section aria-labelledby="scans-heading">
        <h2 id="scans-heading">{t('openData.scansChart')}</h2>
        <BarChart
          id="scans-chart"
          title={t('openData.scansChart')}
          description={t('openData.scansChartDescription', {
            year,
            total: count(scansTotal),
            best: bestMonth(months, (month) => month.scans, count, language, t),
          })}
          labels={months.map((month) => monthName(month, language, 'short'))}
          series={[
            {
              key: 'scans',
              name: t('openData.scans'),
              color: SCANS_COLOR,
              values: months.map((month) => month.scans),
            },
          ]}
          formatTick={count}
        />
        <details>
          <summary>{t('openData.table')}</summary>
          <table>
            <caption>{t('openData.scansChart')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('openData.month')}</th>
                <th scope="col">{t('openData.scans')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{monthName(month, language, 'long')}</th>
                  <td>{count(month.scans)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </>
  );
}
