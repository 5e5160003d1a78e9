import { defineRouteConfig } from '@medusajs/admin-sdk';
import { ChartBar } from '@medusajs/icons';
import { Container, Heading, Text } from '@medusajs/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledSelect } from '../../components/fields';
import { OfficerPanel } from '../../components/officer-panel';
import { PilotBarChart } from '../../components/pilot-bar-chart';
import { PilotDrilldown } from '../../components/pilot-drilldown';
import { PilotKpis } from '../../components/pilot-kpis';
import { PilotReports } from '../../components/pilot-reports';
import { type LineFilter, PilotSalesTables } from '../../components/pilot-sales-tables';
import { CHANNEL_COLOURS, SALES_CHANNELS, channelName } from '@nguongoc/connectors/exchanges';
import { adminCooperativesAnswer } from '@nguongoc/contracts';
import type { PilotIndicators } from '@nguongoc/pilot-report';
import { formatCompact, formatCount, vietnamParts } from '@nguongoc/vn-locale';
import { useLanguage } from '../../lib/language';
import { errorMessage, fetchAnswer, sdk } from '../../lib/sdk';

/** A short amount for a chart's label: `1,2 Tr ₫` (triệu), `350 N ₫` (nghìn). */
const compactVnd = (value: number) => `${formatCompact(value)}\u00a0₫`;

/** The days a period label covers: `2026-03`, `2026-Q1` or `2026`. */
function daysOf(period: string): { from: string; to: string } {
  const year = Number(period.slice(0, 4));
  const [first, last] = period.includes('Q')
    ? [3 * Number(period.slice(6)) - 2, 3 * Number(period.slice(6))]
    : period.length === 7
      ? [Number(period.slice(5)), Number(period.slice(5))]
      : [1, 12];
  const end = new Date(Date.UTC(year, last, 0)).toISOString().slice(0, 10);
  return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: end };
}

/** Every period of a year, so that a month without sales shows as an empty bar. */
function periodsOf(year: number, granularity: string): string[] {
  if (granularity === 'year') return [String(year)];
  if (granularity === 'quarter') return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`);
}

/**
 * "Thí điểm xã TMĐT": the commune e-commerce pilot's indicators for one commune (or all), over a
 * year by month, quarter or year, with charts, the sales behind each figure, and the reports.
 */
function PilotPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const thisYear = vietnamParts(new Date()).year;
  const [commune, setCommune] = useState<string | undefined>(undefined);
  const [year, setYear] = useState(thisYear);
  const [granularity, setGranularity] = useState('month');
  const [drill, setDrill] = useState<LineFilter | null>(null);
  const cooperatives = useQuery({
    queryKey: ['nguongoc', 'cooperatives'],
    queryFn: () => fetchAnswer(adminCooperativesAnswer, '/admin/cooperatives'),
  });
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const query = new URLSearchParams({ ...period, granularity });
  if (commune) query.set('commune_code', commune);
  const figures = useQuery({
    queryKey: ['nguongoc', 'pilot', query.toString()],
    // The indicators are @nguongoc/pilot-report's type, which no schema repeats.
    queryFn: () => sdk.client.fetch<PilotIndicators>(`/admin/pilot/indicators?${query}`),
  });
  const data = figures.data;
  // A commune officer's or a cooperative's answer is scoped by the server whatever is asked.
  const scoped = commune === undefined && data?.scope.commune_code;
  const communes = new Map(
    (cooperatives.data?.cooperatives ?? []).map((c) => [c.commune_code, c.commune_label[language]]),
  );
  const periods = periodsOf(year, granularity);
  const amount = (p: string, channel: string) =>
    data?.sales.series.find((s) => s.period === p && s.channel === channel)?.amount_vnd ?? 0;
  const scans = (p: string) => data?.sales.scans.series.find((s) => s.period === p)?.scans ?? 0;

  return (
    <Container className="divide-y p-0" data-testid="nguongoc-pilot">
      <div className="flex flex-col gap-3 px-6 py-4 lg:flex-row lg:items-end lg:justify-between">
        <div>
          <Heading level="h1">{t('nguongoc.pilot.heading')}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {data?.scope.commune_name
              ? `${data.scope.province_name} → ${data.scope.commune_name}`
              : t('nguongoc.pilot.allCommunes')}
          </Text>
        </div>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-3 lg:w-[36rem]">
          {!scoped && (
            <LabelledSelect
              id="pilot-commune"
              label={t('nguongoc.pilot.commune')}
              placeholder={t('nguongoc.pilot.allCommunes')}
              choices={[...communes].map(([value, label]) => ({ value, label }))}
              value={commune ?? ''}
              onChange={(event) => {
                setCommune(event.target.value || undefined);
                setDrill(null);
              }}
            />
          )}
          <LabelledSelect
            id="pilot-year"
            label={t('nguongoc.pilot.year')}
            choices={Array.from({ length: thisYear - 2024 }, (_, i) => String(thisYear - i)).map(
              (y) => ({ value: y, label: y }),
            )}
            value={String(year)}
            onChange={(event) => {
              setYear(Number(event.target.value));
              setDrill(null);
            }}
          />
          <LabelledSelect
            id="pilot-granularity"
            label={t('nguongoc.pilot.by')}
            choices={['month', 'quarter', 'year'].map((g) => ({
              value: g,
              label: t(`nguongoc.pilot.granularity.${g}`),
            }))}
            value={granularity}
            onChange={(event) => setGranularity(event.target.value)}
          />
        </div>
      </div>
      {figures.isPending && <Text className="px-6 py-4">{t('nguongoc.common.loading')}</Text>}
      {figures.error && (
        <Text className="text-ui-fg-error px-6 py-4">{errorMessage(figures.error)}</Text>
      )}
      {data && (
        <>
          <PilotKpis figures={data} />
          <div className="grid grid-cols-1 gap-6 px-6 py-4 xl:grid-cols-2">
            <PilotBarChart
              title={t('nguongoc.pilot.salesChart')}
              periods={periods}
              series={SALES_CHANNELS.map((key) => ({
                key,
                label: channelName(key),
                colour: CHANNEL_COLOURS[key],
              }))}
              value={amount}
              format={compactVnd}
              onSelect={(p) => setDrill({ label: p, ...daysOf(p) })}
            />
            <PilotBarChart
              title={t('nguongoc.pilot.scansChart')}
              periods={periods}
              series={[{ key: 'scans', label: t('nguongoc.pilot.kpi.scans'), colour: '#4a5568' }]}
              value={(p) => scans(p)}
              format={(value) => formatCount(value)}
            />
          </div>
          {drill && (
            <PilotDrilldown
              key={JSON.stringify(drill)}
              filter={drill}
              base={{ ...period, ...(commune ? { commune_code: commune } : {}) }}
              onClose={() => setDrill(null)}
            />
          )}
          <PilotSalesTables figures={data} onSelect={setDrill} />
          <PilotReports communeCode={commune ?? data.scope.commune_code ?? undefined} />
          <Text size="xsmall" className="text-ui-fg-muted px-6 py-3">
            {t('nguongoc.pilot.note')}
          </Text>
        </>
      )}
      <OfficerPanel communeCode={commune} communeName={commune && communes.get(commune)} />
    </Container>
  );
}

export const config = defineRouteConfig({
  label: 'nguongoc.pilot.menu',
  translationNs: 'translation',
  icon: ChartBar,
});

export default PilotPage;
