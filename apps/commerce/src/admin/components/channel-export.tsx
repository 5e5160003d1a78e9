import { Button, Heading, Text } from '@medusajs/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { base64ObjectUrl } from '../lib/base64';
import { sdk, useFailureToast } from '../lib/sdk';
import type { ChannelExport as ExportResult, ExchangeId } from '../lib/types';
import { FindingList } from './finding-list';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The exchange's bulk-upload workbook and images archive, for every ready product or only those
 * that changed since their last export; what was refused is listed with its failing rules.
 */
export function ChannelExport({
  cooperativeId,
  exchange,
}: {
  cooperativeId: string;
  exchange: ExchangeId;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: (changedOnly: boolean) =>
      sdk.client.fetch<ExportResult>(
        `/admin/cooperatives/${cooperativeId}/channels/${exchange}/exports`,
        { method: 'POST', body: { changed_only: changedOnly } },
      ),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: ['nguongoc', 'channels', cooperativeId] }),
    onError: useFailureToast(),
  });
  const result = run.data;
  const links = useMemo(
    () =>
      result && {
        workbook: base64ObjectUrl(result.workbook.base64, XLSX_TYPE),
        archive: base64ObjectUrl(result.archive.base64, 'application/zip'),
      },
    [result],
  );
  useEffect(
    () => () => {
      if (links) Object.values(links).forEach((url) => URL.revokeObjectURL(url));
    },
    [links],
  );

  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid={`nguongoc-${exchange}-export`}>
      <Heading level="h2">{t('nguongoc.channels.export.heading')}</Heading>
      <div className="flex flex-wrap gap-2">
        <Button size="small" isLoading={run.isPending} onClick={() => run.mutate(false)}>
          {t('nguongoc.channels.export.all')}
        </Button>
        <Button
          size="small"
          variant="secondary"
          isLoading={run.isPending}
          onClick={() => run.mutate(true)}
        >
          {t('nguongoc.channels.export.changed')}
        </Button>
      </div>
      {result && links && (
        <div className="flex flex-col gap-2" data-testid={`nguongoc-${exchange}-export-result`}>
          <Text size="small" weight="plus">
            {t('nguongoc.channels.export.exported', { count: result.exported.length })}
            {result.exported.length > 0 && `: ${result.exported.join(', ')}`}
          </Text>
          {result.unchanged.length > 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {t('nguongoc.channels.export.unchanged', { count: result.unchanged.length })}
            </Text>
          )}
          {result.exported.length > 0 && (
            <div className="flex flex-wrap gap-4">
              <a
                className="txt-compact-small text-ui-fg-interactive"
                href={links.workbook}
                download={result.workbook.name}
              >
                {t('nguongoc.channels.export.workbook', { name: result.workbook.name })}
              </a>
              <a
                className="txt-compact-small text-ui-fg-interactive"
                href={links.archive}
                download={result.archive.name}
              >
                {t('nguongoc.channels.export.archive', { name: result.archive.name })}
              </a>
            </div>
          )}
          {result.refused.length > 0 && (
            <div>
              <Text size="small" weight="plus">
                {t('nguongoc.channels.export.refused')}
              </Text>
              {result.refused.map((refused) => (
                <FindingList key={refused.sku} findings={refused.findings} />
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
