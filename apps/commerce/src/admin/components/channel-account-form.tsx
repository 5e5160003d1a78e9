import { Button, Heading, Text, toast } from '@medusajs/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelAccount, ChannelAccountBody, ExchangeId } from '@nguongoc/contracts';
import { sdk, useFailureToast } from '../lib/sdk';
import { LabelledInput } from './fields';

/** The cooperative's shop on one exchange: its name and address, one per exchange. */
export function ChannelAccountForm({
  cooperativeId,
  exchange,
  account,
}: {
  cooperativeId: string;
  exchange: ExchangeId;
  account: ChannelAccount | undefined;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [shopName, setShopName] = useState(account?.shop_name ?? '');
  const [shopUrl, setShopUrl] = useState(account?.shop_url ?? '');
  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/cooperatives/${cooperativeId}/channels/${exchange}/account`, {
        method: 'POST',
        body: {
          shop_name: shopName.trim(),
          shop_url: shopUrl.trim() || null,
        } satisfies ChannelAccountBody,
      }),
    onSuccess: async () => {
      toast.success(t('nguongoc.channels.account.saved'));
      await queryClient.invalidateQueries({ queryKey: ['nguongoc', 'channels', cooperativeId] });
    },
    onError: useFailureToast(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const id = (field: string) => `nguongoc-${exchange}-${field}`;

  return (
    <form
      className="flex flex-col gap-3 px-6 py-4"
      onSubmit={submit}
      data-testid={`nguongoc-${exchange}-account`}
    >
      <Heading level="h2">{t('nguongoc.channels.account.heading')}</Heading>
      {!account && (
        <Text size="small" className="text-ui-fg-subtle">
          {t('nguongoc.channels.account.none')}
        </Text>
      )}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-[1fr_2fr_auto] md:items-end">
        <LabelledInput
          id={id('shop-name')}
          label={t('nguongoc.channels.account.shopName')}
          value={shopName}
          onChange={(event) => setShopName(event.target.value)}
          required
        />
        <LabelledInput
          id={id('shop-url')}
          label={t('nguongoc.channels.account.shopUrl')}
          type="url"
          pattern="https://.*"
          value={shopUrl}
          onChange={(event) => setShopUrl(event.target.value)}
        />
        <Button type="submit" variant="secondary" size="small" isLoading={save.isPending}>
          {t('nguongoc.common.save')}
        </Button>
      </div>
    </form>
  );
}
