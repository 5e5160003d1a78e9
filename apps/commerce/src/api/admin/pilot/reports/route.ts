import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { PilotReportFileAnswer } from '@nguongoc/contracts';
import {
  type Quarter,
  type ReportKind,
  renderPilotReportPdf,
  renderPilotReportXlsx,
  reportPeriod,
} from '@nguongoc/pilot-report';
import { pilotScope } from '../_scope';
import { pilotReport } from './_pilot-report';
import { saveReportFile } from './_report-file';

/**
 * GET /admin/pilot/reports?kind=quarter&year=2026&quarter=1&commune_code=&format=xlsx|pdf|json:
 * the quarterly or yearly report of the pilot, to send to the province. `json` answers
 * `{ report }`; `xlsx` and `pdf` write the file through the File Module and answer
 * `{ file: { id, url, filename, mime_type } }`, the URL to download it from. The period is the
 * reporting cut-off of Decree 09/2019/NĐ-CP (see @nguongoc/pilot-report's reportPeriod).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const text = (key: string) => (typeof req.query[key] === 'string' ? req.query[key] : undefined);
  const kind = text('kind') ?? 'quarter';
  const format = text('format') ?? 'xlsx';
  const year = Number(text('year'));
  const quarter = text('quarter') === undefined ? undefined : Number(text('quarter'));
  const problems: string[] = [];
  if (kind !== 'quarter' && kind !== 'year') {
    problems.push(`kind: "${kind}" phải là quarter hoặc year / must be quarter or year`);
  }
  if (format !== 'xlsx' && format !== 'pdf' && format !== 'json') {
    problems.push(`format: "${format}" phải là xlsx, pdf hoặc json / must be xlsx, pdf or json`);
  }
  if (problems.length > 0)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join('; '));
  const reportKind = kind as ReportKind;
  const reportQuarter = reportKind === 'quarter' ? (quarter as Quarter) : undefined;
  try {
    reportPeriod(reportKind, year, reportQuarter);
  } catch (error) {
    // A year or quarter out of range: the checks' own words, in both languages.
    throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message);
  }
  const scope = await pilotScope(req, text('commune_code') || undefined);
  const report = await pilotReport(req.scope, scope, reportKind, year, reportQuarter);
  if (format === 'json') {
    res.json({ report });
    return;
  }
  const data =
    format === 'pdf' ? await renderPilotReportPdf(report) : await renderPilotReportXlsx(report);
  const name = [
    'bao-cao-tmdt',
    scope.commune_code ?? 'tat-ca',
    kind === 'quarter' ? `${year}-q${quarter}` : String(year),
  ].join('-');
  res.json({
    file: await saveReportFile(req.scope, name, format as 'xlsx' | 'pdf', data),
  } satisfies PilotReportFileAnswer);
}
