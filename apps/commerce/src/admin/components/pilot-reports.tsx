import { Badge, Heading, Text } from '@medusajs/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PilotReportFile,
  pilotDueReportsAnswer,
  pilotReportFileAnswer,
} from '@nguongoc/contracts';
import { formatDay } from '@nguongoc/vn-locale';
import { LabelledSelect } from './fields';
import { errorMessage, fetchAnswer, useFailureToast } from '../lib/sdk';

function reportLink(
  kind: string,
  year: number,
  quarter: number | undefined,
  commune: string | undefined,
) {
  const params = new URLSearchParams({ kind, year: String(year) });
  if (kind === 'quarter' && quarter) params.set('quarter', String(quarter));
  if (commune) params.set('commune_code', commune);
  return (format: 'xlsx' | 'pdf') => `/admin/pilot/reports?${params}&format=${format}`;
}

/** The next reports to the province, the days left, and their files for the chosen commune. */
export function PilotReports({ communeCode }: { communeCode?: string | undefined }) {
  const { t } = useTranslation();
  const due = useQuery({
    queryKey: ['nguongoc', 'pilot', 'due'],
    queryFn: () => fetchAnswer(pilotDueReportsAnswer, '/admin/pilot/reports/due'),
  });
  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid="pilot-reports">
      <Heading level="h2">{t('nguongoc.pilot.reports.heading')}</Heading>
      {due.error && <Text className="text-ui-fg-error">{errorMessage(due.error)}</Text>}
      {due.data?.reports.map((report) => {
        const name =
          report.kind === 'quarter'
            ? t('nguongoc.pilot.reports.quarter', { quarter: report.quarter, year: report.year })
            : t('nguongoc.pilot.reports.year', { year: report.year });
        const link = reportLink(report.kind, report.year, report.quarter, communeCode);
        return (
          <div
            key={report.kind}
            className="flex flex-col gap-1 md:flex-row md:items-center md:gap-4"
          >
            <Text weight="plus">{name}</Text>
            <Badge size="small" color={report.days_left <= 14 ? 'orange' : 'grey'}>
              {t('nguongoc.pilot.reports.due', {
                date: formatDay(report.due_by),
                days: report.days_left,
              })}
            </Badge>
            <Downloads link={link} />
          </div>
        );
      })}
      {due.data && <OtherReport today={due.data.today} communeCode={communeCode} />}
    </div>
  );
}

/**
 * Saves a report file from its download URL under its own name. A browser keeps `download` only
 * for a URL of the dashboard's own origin (the local file provider's /static); from another
 * (a bucket) it saves under the name the store gives.
 */
function saveFile(file: PilotReportFile) {
  const anchor = document.createElement('a');
  anchor.href = file.url;
  anchor.download = file.filename;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}

/** The report's Excel and PDF files: the server writes the file, then the browser downloads it. */
function Downloads({ link }: { link: (format: 'xlsx' | 'pdf') => string }) {
  const { t } = useTranslation();
  const failed = useFailureToast();
  const write = useMutation({
    mutationFn: (format: 'xlsx' | 'pdf') => fetchAnswer(pilotReportFileAnswer, link(format)),
    onSuccess: ({ file }) => saveFile(file),
    onError: failed,
  });
  return (
    <>
      {(['xlsx', 'pdf'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="text-ui-fg-interactive txt-compact-small text-left disabled:opacity-50"
          disabled={write.isPending}
          onClick={() => write.mutate(format)}
        >
          {t(`nguongoc.pilot.reports.${format}`)}
        </button>
      ))}
    </>
  );
}

/** Any earlier quarter's or year's report. */
function OtherReport({ today, communeCode }: { today: string; communeCode?: string | undefined }) {
  const { t } = useTranslation();
  const thisYear = Number(today.slice(0, 4));
  const [kind, setKind] = useState('quarter');
  const [year, setYear] = useState(thisYear);
  const [quarter, setQuarter] = useState(1);
  const years = Array.from({ length: thisYear - 2024 }, (_, i) => thisYear - i);
  return (
    <div className="flex flex-col gap-2 md:flex-row md:items-end md:gap-4">
      <LabelledSelect
        id="pilot-report-kind"
        label={t('nguongoc.pilot.reports.kind')}
        choices={[
          { value: 'quarter', label: t('nguongoc.pilot.reports.quarterly') },
          { value: 'year', label: t('nguongoc.pilot.reports.yearly') },
        ]}
        value={kind}
        onChange={(event) => setKind(event.target.value)}
      />
      <LabelledSelect
        id="pilot-report-year"
        label={t('nguongoc.pilot.year')}
        choices={years.map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={(event) => setYear(Number(event.target.value))}
      />
      {kind === 'quarter' && (
        <LabelledSelect
          id="pilot-report-quarter"
          label={t('nguongoc.pilot.reports.quarterLabel')}
          choices={[1, 2, 3, 4].map((q) => ({ value: String(q), label: `Q${q}` }))}
          value={String(quarter)}
          onChange={(event) => setQuarter(Number(event.target.value))}
        />
      )}
      <Downloads link={reportLink(kind, year, quarter, communeCode)} />
    </div>
  );
}
