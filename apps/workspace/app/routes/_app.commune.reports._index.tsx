// The commune's reports to the province: which quarterly and yearly reports are due and by when
// (before the 15th of a quarter's last month; the year's before 15 December), each as PDF or
// XLSX, and any other period on request. Files come through this server (report-file route).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { formatDay, vietnamToday } from '@nguongoc/vn-locale';
import { dueReports } from '../commune.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Báo cáo / Reports — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'officer');
  const { today, reports } = await dueReports(request, account);
  return { today, reports, thisYear: Number(vietnamToday().slice(0, 4)) };
}

function fileLink(
  kind: 'quarter' | 'year',
  year: number,
  quarter: number | undefined,
  format: string,
) {
  const query = new URLSearchParams({ kind, year: String(year), format });
  if (quarter) query.set('quarter', String(quarter));
  return `/commune/reports/file?${query.toString()}`;
}

export default function Reports() {
  const { today, reports, thisYear } = useLoaderData<typeof loader>();
  const t = useText();
  const name = (report: (typeof reports)[number]) =>
    report.kind === 'quarter'
      ? t({
          vi: `Báo cáo quý ${report.quarter}/${report.year}`,
          en: `Report for quarter ${report.quarter} of ${report.year}`,
        })
      : t({ vi: `Báo cáo năm ${report.year}`, en: `Report for the year ${report.year}` });
  return (
    <>
      <h1>{t({ vi: 'Báo cáo', en: 'Reports' })}</h1>
      <p className="muted">
        {t({
          vi: 'Báo cáo quý gửi trước ngày 15 tháng cuối quý, báo cáo năm trước ngày 15/12.',
          en: "Quarterly reports go before the 15th of the quarter's last month, the yearly one before 15 December.",
        })}{' '}
        {t({ vi: 'Hôm nay', en: 'Today' })}: {formatDay(today)}
      </p>
      <h2>{t({ vi: 'Sắp đến hạn', en: 'Due next' })}</h2>
      <ul className="list">
        {reports.map((report) => (
          <li key={`${report.kind}-${report.year}-${report.quarter ?? ''}`}>
            <strong>{name(report)}</strong>
            <br />
            <span className={report.days_left <= 7 ? 'warning' : 'muted'}>
              {t({
                vi: `Hạn ${formatDay(report.due_by)} · còn ${report.days_left} ngày`,
                en: `Due ${formatDay(report.due_by)} · ${report.days_left} days left`,
              })}
            </span>
            <div className="actions">
              <a
                className="button"
                href={fileLink(report.kind, report.year, report.quarter, 'pdf')}
                download
              >
                {t({ vi: 'Tải PDF', en: 'Download PDF' })}
              </a>
              <a
                className="button secondary"
                href={fileLink(report.kind, report.year, report.quarter, 'xlsx')}
                download
              >
                {t({ vi: 'Tải Excel (XLSX)', en: 'Download Excel (XLSX)' })}
              </a>
            </div>
          </li>
        ))}
      </ul>
      <h2>{t({ vi: 'Báo cáo kỳ khác', en: 'Another period' })}</h2>
      <Form method="get" action="/commune/reports/file" className="card" reloadDocument>
        <label htmlFor="report-kind">{t({ vi: 'Loại báo cáo', en: 'Kind of report' })}</label>
        <select id="report-kind" name="kind" defaultValue="quarter">
          <option value="quarter">{t({ vi: 'Báo cáo quý', en: 'Quarterly' })}</option>
          <option value="year">{t({ vi: 'Báo cáo năm', en: 'Yearly' })}</option>
        </select>
        <div className="row">
          <div>
            <label htmlFor="report-quarter">
              {t({ vi: 'Quý (báo cáo quý)', en: 'Quarter (quarterly)' })}
            </label>
            <select id="report-quarter" name="quarter" defaultValue="1">
              {[1, 2, 3, 4].map((quarter) => (
                <option key={quarter} value={quarter}>
                  {quarter}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="report-year">{t({ vi: 'Năm', en: 'Year' })}</label>
            <select id="report-year" name="year" defaultValue={thisYear}>
              {[0, 1, 2, 3].map((back) => (
                <option key={back} value={thisYear - back}>
                  {thisYear - back}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label htmlFor="report-format">{t({ vi: 'Định dạng', en: 'Format' })}</label>
        <select id="report-format" name="format" defaultValue="pdf">
          <option value="pdf">PDF</option>
          <option value="xlsx">Excel (XLSX)</option>
        </select>
        <div className="actions">
          <button type="submit">{t({ vi: 'Tải báo cáo', en: 'Download the report' })}</button>
        </div>
      </Form>
    </>
  );
}
