// The open-data page of a commune's e-commerce pilot: plain HTML with its inline CSS and two
// server-drawn SVG charts, no JavaScript (a commune officer's cheap phone on 3G). Everything on
// it comes from CommuneFigures: aggregates only.
import { formatDateTime } from '@nguongoc/vn-locale';
import type { BilingualText } from '@nguongoc/contracts';
import type { Language, Translate } from '../i18n';
import { inLanguage, placeLabel } from '../lib/localized';
import type { CommuneFigures } from '@nguongoc/contracts';
import { FigureCards } from './figure-cards';
import { MonthlyCharts } from './monthly-charts';
import type { MonthRow } from './monthly-series';

export interface CommunePageProps {
  figures: CommuneFigures;
  place: { province: BilingualText; commune: BilingualText };
  months: MonthRow[];
  years: { year: number; href: string }[];
  links: { csv: string; json: string; otherLanguage: string };
  language: Language;
  t: Translate;
}

export function CommunePage({
  figures,
  place,
  months,
  years,
  links,
  language,
  t,
}: CommunePageProps) {
  const scansTotal = months.reduce((sum, month) => sum + month.scans, 0);
  const communeName = inLanguage(place.commune, language);
  const provinceName = inLanguage(place.province, language);
  return (
    <>
      <header className="bar">
        <a href="/">{t('site.name')}</a>
        <a href={links.otherLanguage} hrefLang={language === 'vi' ? 'en' : 'vi'}>
          {t('language.other')}
        </a>
      </header>
      <main>
        <p className="kicker">{t('openData.kicker')}</p>
        <h1>{placeLabel(place, language)}</h1>
        <p className="meta">
          {t('openData.subheading', { year: figures.year, code: figures.commune.code })}
        </p>
        <nav aria-label={t('openData.years')}>
          <ul className="years">
            {years.map(({ year, href }) => (
              <li key={year}>
                <a href={href} aria-current={year === figures.year ? 'page' : undefined}>
                  {year}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <FigureCards figures={figures} scansTotal={scansTotal} language={language} t={t} />
        <MonthlyCharts
          year={figures.year}
          months={months}
          salesTotal={figures.totals.amount_vnd}
          scansTotal={scansTotal}
          language={language}
          t={t}
        />
        <section aria-labelledby="downloads-heading">
          <h2 id="downloads-heading">{t('openData.downloads')}</h2>
          <ul className="downloads">
            <li>
              <a href={links.csv} download>
                {t('openData.csv', { year: figures.year })}
              </a>
            </li>
            <li>
              <a href={links.json} download>
                {t('openData.json', { year: figures.year })}
              </a>
            </li>
          </ul>
          <p>
            {t('openData.licence')}{' '}
            <a href={figures.licence.url} rel="license" lang="en">
              {figures.licence.name}
            </a>{' '}
            ({figures.licence.id}).{' '}
            {t('openData.attribution', { commune: communeName, province: provinceName })}
          </p>
        </section>

        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t('openData.about')}</h2>
          <p>{t('openData.aboutSales')}</p>
          <p>{figures.counted_orders[language]}</p>
          <p>{t('openData.aboutAggregates')}</p>
          <p className="note">
            {t('openData.generatedAt', { time: formatDateTime(figures.generated_at, language) })}
          </p>
        </section>
      </main>
    </>
  );
}

/** The page's whole stylesheet, inlined in its head (as the trace page's). */
export const COMMUNE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c2a1f;background:#f6f8f4}
.bar{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1rem;background:#1f5f3a}
.bar a{color:#fff}
main{max-width:48rem;margin:0 auto;padding:1rem}
a{color:#1f5f3a}
h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0}
h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
h3{font-size:1rem;margin:0 0 .25rem}
.kicker,.meta,.note,caption{color:#4a5a4d}
.kicker{margin:.5rem 0 0;font-size:.9rem}
.meta{margin:0}
.years,.cards,.legend,.downloads{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.years{margin-top:.75rem}
.years a{display:inline-block;padding:.3rem .8rem;border:1px solid #1f5f3a;border-radius:1rem;color:#1f5f3a}
.years a[aria-current]{background:#1f5f3a;color:#fff;text-decoration:none}
.card{flex:1 1 14rem;min-width:0;padding:.75rem 1rem;border:1px solid #dde4dd;border-radius:.5rem;background:#fff}
.card.wide{flex-basis:100%}
.card p{margin:0}
.card .figure{font-size:1.6rem;font-weight:700;line-height:1.2;margin:.25rem 0}
.figure small{font-size:.9rem;font-weight:400}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
caption{text-align:left}
th,td{padding:.25rem .5rem;border-bottom:1px solid #dde4dd;text-align:right;vertical-align:top}
.card table{width:100%}
th:first-child{text-align:left}
tbody th{white-space:nowrap}
.scroll{overflow-x:auto}
.chart{display:block;width:100%;max-width:36rem;height:auto;background:#fff;border:1px solid #dde4dd;border-radius:.5rem}
.chart text{font-size:9px;fill:#4a5a4d}
.chart .grid line{stroke:#dde4dd;stroke-width:.5}
.chart rect{stroke:#fff;stroke-width:.5}
.legend{margin:.5rem 0;font-size:.9rem}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-.1rem}
.note{font-size:.85rem}
summary{cursor:pointer;color:#1f5f3a}
.downloads a{display:inline-block;padding:.5rem .9rem;border-radius:.4rem;background:#1f5f3a;color:#fff;text-decoration:none}
@media print{.bar,.years{display:none}body{background:#fff}}
`;
