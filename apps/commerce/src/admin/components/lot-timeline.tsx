import { StatusBadge, Text } from '@medusajs/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type AdminLocation, type AdminLot, lotDetailAnswer } from '@nguongoc/contracts';
import { useLanguage } from '../lib/language';
import { errorMessage, fetchAnswer } from '../lib/sdk';
import { FieldWorkForm } from './field-work-form';

/** A lot's events as a timeline, whether its bundle verifies, and the field-work form. */
export function LotTimeline({ lot, locations }: { lot: AdminLot; locations: AdminLocation[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const detail = useQuery({
    queryKey: ['nguongoc', 'lot', lot.id],
    queryFn: () => fetchAnswer(lotDetailAnswer, `/admin/trace/lots/${lot.id}`),
  });
  if (detail.isPending) return <Text className="py-2">{t('nguongoc.common.loading')}</Text>;
  if (detail.isError)
    return <Text className="text-ui-fg-error py-2">{errorMessage(detail.error)}</Text>;
  const { story, verification } = detail.data;
  const steps = story[language].steps;
  return (
    <div className="mt-3 flex flex-col gap-3" data-testid="nguongoc-timeline">
      {verification.ok ? (
        <div>
          <StatusBadge color="green">{t('nguongoc.timeline.verified')}</StatusBadge>
          <Text size="small" className="text-ui-fg-subtle">
            {t('nguongoc.timeline.verifiedDetail')}
          </Text>
        </div>
      ) : (
        <div>
          <StatusBadge color="red">{t('nguongoc.timeline.broken')}</StatusBadge>
          <ul className="txt-compact-small text-ui-fg-error list-disc pl-5">
            {verification.failures.map((failure, index) => (
              <li key={index}>{failure.reason[language]}</li>
            ))}
          </ul>
        </div>
      )}
      {steps.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t('nguongoc.timeline.empty')}
        </Text>
      ) : (
        <ol className="border-ui-border-base flex flex-col gap-2 border-l pl-4">
          {steps.map((step) => (
            <li key={step.eventId}>
              <Text size="small" className="text-ui-fg-subtle">
                {step.time}
              </Text>
              <Text weight="plus">{step.title}</Text>
              {step.details.map((detail) => (
                <Text key={detail} size="small">
                  {detail}
                </Text>
              ))}
            </li>
          ))}
        </ol>
      )}
      <FieldWorkForm lot={lot} locations={locations} />
    </div>
  );
}
