import { defineWidgetConfig } from '@medusajs/admin-sdk';
import type { DetailWidgetProps, HttpTypes } from '@medusajs/framework/types';
import { Button, Container, Heading, Input, Label, Text, toast } from '@medusajs/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LotTimeline } from '../components/lot-timeline';
import { type CreateLotBody, createdLotAnswer, productLotsAnswer } from '@nguongoc/contracts';
import { errorMessage, fetchAnswer, useFailureToast } from '../lib/sdk';

/**
 * On a product's page: its lots (each a QR code), a form to open a lot, and per lot its trace
 * timeline, its verification, a form to record field work and a link to print its labels.
 */
function ProductLotsWidget({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['nguongoc', 'lots', product.id];
  const lots = useQuery({
    queryKey: key,
    queryFn: () => fetchAnswer(productLotsAnswer, `/admin/products/${product.id}/lots`),
    retry: false,
  });
  const [code, setCode] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const openLot = useMutation({
    mutationFn: (lotCode: string) =>
      fetchAnswer(createdLotAnswer, `/admin/products/${product.id}/lots`, {
        method: 'POST',
        body: { code: lotCode } satisfies CreateLotBody,
      }),
    onSuccess: async ({ lot }) => {
      toast.success(t('nguongoc.lots.opened', { code: lot.code }));
      setCode('');
      setOpen(lot.id);
      await queryClient.invalidateQueries({ queryKey: key });
    },
    onError: useFailureToast(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) openLot.mutate(code.trim());
  };

  return (
    <Container className="divide-y p-0" data-testid="nguongoc-lots">
      <div className="px-6 py-4">
        <Heading level="h2">{t('nguongoc.lots.heading')}</Heading>
      </div>
      {lots.isPending && <Text className="px-6 py-4">{t('nguongoc.common.loading')}</Text>}
      {lots.isError && (
        <Text className="text-ui-fg-subtle px-6 py-4">
          {t('nguongoc.lots.notLinked')} ({errorMessage(lots.error)})
        </Text>
      )}
      {lots.data && (
        <>
          <form className="flex items-end gap-2 px-6 py-4" onSubmit={submit}>
            <div className="flex-1">
              <Label htmlFor="nguongoc-lot-code">{t('nguongoc.lots.code')}</Label>
              <Input
                id="nguongoc-lot-code"
                value={code}
                maxLength={20}
                placeholder={t('nguongoc.lots.codeHint')}
                onChange={(event) => setCode(event.target.value)}
              />
            </div>
            <Button type="submit" variant="secondary" isLoading={openLot.isPending}>
              {t('nguongoc.lots.open')}
            </Button>
          </form>
          {lots.data.lots.length === 0 && (
            <Text className="text-ui-fg-subtle px-6 py-4">{t('nguongoc.lots.none')}</Text>
          )}
          {lots.data.lots.map((lot) => (
            <div key={lot.id} className="px-6 py-4" data-testid={`nguongoc-lot-${lot.id}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <Text weight="plus">{lot.code}</Text>
                  <Text size="small" className="text-ui-fg-subtle">
                    {t('nguongoc.lots.shortCode')}: <code>{lot.id}</code>
                  </Text>
                </div>
                <div className="flex gap-2">
                  {(
                    [
                      [lot.trace_url, 'nguongoc.lots.tracePage'],
                      [lot.labels_url, 'nguongoc.lots.printLabels'],
                    ] as const
                  ).map(([href, label]) => (
                    <a
                      key={label}
                      className="txt-compact-small text-ui-fg-interactive"
                      href={href}
                      target="_blank"
                      rel="noreferrer"
                    >
                      {t(label)}
                    </a>
                  ))}
                  <Button
                    size="small"
                    variant="transparent"
                    onClick={() => setOpen(open === lot.id ? null : lot.id)}
                  >
                    {open === lot.id ? t('nguongoc.lots.hide') : t('nguongoc.lots.show')}
                  </Button>
                </div>
              </div>
              {open === lot.id && <LotTimeline lot={lot} locations={lots.data.locations} />}
            </div>
          ))}
        </>
      )}
    </Container>
  );
}

export const config = defineWidgetConfig({ zone: 'product.details.after' });

export default ProductLotsWidget;
