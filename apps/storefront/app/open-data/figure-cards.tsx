// The page's key figures as cards: who sells on the exchanges (and on which), how many products
// are traceable and OCOP, the year's sales in VND, the trace-page scans.
import type { Language, Translate } from '../i18n';
import { EXCHANGE_IDS, exchangePublicName } from '@nguongoc/connectors/exchanges';
import { formatCount, formatPercent, formatVnd } from '@nguongoc/vn-locale';
import type { CommuneFigures } from '@nguongoc/contracts';

export interface FigureCardsProps {
  figures: CommuneFigures;
  scansTotal: number;
  language: Language;
  t: Translate;
}

export function FigureCards({ figures, scansTotal, language, t }: FigureCardsProps) {
  const count = (value: number) => formatCount(value, language);
  const { registration, products, totals } = figures;
  // Every exchange, with zeros for one the backend left out.
  const exchanges = EXCHANGE_IDS.map(
    (exchange) =>
      registration.by_exchange.find((entry) => entry.exchange === exchange) ?? {
        exchange,
        cooperatives: 0,
        households: 0,
      },
  );
  return (
    <section aria-labelledby="kpis-heading">
      <h2 id="kpis-heading">{t('openData.kpis')}</h2>
      <ul className="cards">
        <li className="card wide">
          <h3>{t('openData.sellers')}</h3>
          <p className="figure">
            {count(registration.cooperatives)} <small>{t('openData.cooperatives')}</small> ·{' '}
            {count(registration.households)} <small>{t('openData.households')}</small>
          </p>
          <table>
            <caption>{t('openData.byExchange')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('openData.exchange')}</th>
                <th scope="col">{t('openData.cooperativesShort')}</th>
                <th scope="col">{t('openData.householdsShort')}</th>
              </tr>
            </thead>
            <tbody>
              {exchanges.map((entry) => (
                <tr key={entry.exchange}>
                  <th scope="row">{exchangePublicName(entry.exchange)}</th>
                  <td>{count(entry.cooperatives)}</td>
                  <td>{count(entry.households)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
        <li className="card">
          <h3>{t('openData.traceable')}</h3>
          <p className="figure">
            {products.total > 0
              ? formatPercent(products.traceable / products.total, language)
              : '—'}
          </p>
          <p>
            {t('openData.traceableOf', {
              traceable: count(products.traceable),
              total: count(products.total),
            })}
          </p>
        </li>
        <li className="card">
          <h3>{t('openData.ocop')}</h3>
          <p className="figure">{count(products.ocop)}</p>
          <p>{t('openData.ocopOf', { total: count(products.total) })}</p>
        </li>
        <li className="card">
          <h3>{t('openData.sales', { year: figures.year })}</h3>
          <p className="figure">{formatVnd(totals.amount_vnd)}</p>
          <p>
            {t('openData.salesCounts', {
              orders: count(totals.orders),
              quantity: count(totals.quantity),
            })}
            <br />
            {t('openData.salesOcop', { amount: formatVnd(totals.ocop_amount_vnd) })}
            <br />
            {t('openData.salesTraceable', { amount: formatVnd(totals.traceable_amount_vnd) })}
          </p>
          <p className="note">
            {t('openData.salesAwaiting', {
              orders: count(figures.awaiting_payment.orders),
              amount: formatVnd(figures.awaiting_payment.amount_vnd),
            })}
          </p>
        </li>
        <li className="card">
          <h3>{t('openData.scans')}</h3>
          <p className="figure">{count(scansTotal)}</p>
          <p>{t('openData.scansHint')}</p>
        </li>
      </ul>
    </section>
  );
}
