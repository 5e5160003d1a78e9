import type { MedusaContainer } from '@medusajs/framework/types';
import {
  type PilotReport,
  type PilotScope,
  type Quarter,
  type ReportKind,
  reportFromIndicators,
  reportPeriod,
} from '@nguongoc/pilot-report';
import { pilotIndicators } from '../_indicators';

/** The quarterly or yearly report of a scope: its period's sales, the catalogue as of now. */
export async function pilotReport(
  container: MedusaContainer,
  scope: PilotScope,
  kind: ReportKind,
  year: number,
  quarter?: Quarter,
): Promise<PilotReport> {
  const period = reportPeriod(kind, year, quarter);
  const figures = await pilotIndicators(container, scope, {
    from: period.from,
    to: period.to,
    granularity: kind,
  });
  return reportFromIndicators(figures, kind, year, quarter, period.due_by);
}
