import { Button, Heading, Text } from '@medusajs/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ChannelExportBody, type ExchangeId, channelExportAnswer } from '@nguongoc/contracts';
import { fetchAnswer, useFailureToast } from '../lib/sdk';
import { FindingList } from './finding-list';

/**
 * The exchange's bulk-upload workbook and images archive, for every ready product or only those
 * that changed since their last export, as download links (the server writes them through
 * Medusa's File Module); what was refused is listed with its failing rules.
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
      fetchAnswer(
        channelExportAnswer,
        `/admin/cooperatives/${cooperativeId}/channels/${exchange}/exports`,
        { method: 'POST', body: { changed_only: changedOnly } satisfies ChannelExportBody },
      ),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: ['nguongoc', 'channels', cooperativeId] }),
    onError: useFailureToast(),
  });
  const result = run.data;

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
      {result && (
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
                href={result.workbook.url}
                download={result.workbook.name}
              >
                {t('nguongoc.channels.export.workbook', { name: result.workbook.name })}
              </a>
              <a
                className="txt-compact-small text-ui-fg-interactive"
                href={result.archive.url}
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
