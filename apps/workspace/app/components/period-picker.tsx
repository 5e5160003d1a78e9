// Which quarter (or whole year) the officer's figures cover: a plain GET form, so the period is
// in the address and the page works without a script.
import { Form } from '@remix-run/react';
import { formatDay } from '@nguongoc/vn-locale';
import { useText } from '../text';

export function PeriodPicker({
  period,
}: {
  period: { year: number; quarter: number | null; from: string; to: string };
}) {
  const t = useText();
  const thisYear = Number(period.to.slice(0, 4));
  const years = Array.from({ length: 4 }, (_, index) => Math.max(period.year, thisYear) - index);
  return (
    <Form method="get" className="card period">
      <div className="row">
        <div>
          <label htmlFor="period-quarter">{t({ vi: 'Kỳ', en: 'Period' })}</label>
          <select id="period-quarter" name="quarter" defaultValue={period.quarter ?? 'all'}>
            {[1, 2, 3, 4].map((quarter) => (
              <option key={quarter} value={quarter}>
                {t({ vi: `Quý ${quarter}`, en: `Quarter ${quarter}` })}
              </option>
            ))}
            <option value="all">{t({ vi: 'Cả năm', en: 'Whole year' })}</option>
          </select>
        </div>
        <div>
          <label htmlFor="period-year">{t({ vi: 'Năm', en: 'Year' })}</label>
          <select id="period-year" name="year" defaultValue={period.year}>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">
        {t({ vi: 'Từ', en: 'From' })} {formatDay(period.from)} {t({ vi: 'đến', en: 'to' })}{' '}
        {formatDay(period.to)}
      </p>
      <button type="submit" className="secondary">
        {t({ vi: 'Xem', en: 'Show' })}
      </button>
    </Form>
  );
}
