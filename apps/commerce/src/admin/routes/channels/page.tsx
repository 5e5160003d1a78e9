import { defineRouteConfig } from '@medusajs/admin-sdk';
import { ShoppingCart } from '@medusajs/icons';
import { Container, Heading, Tabs, Text } from '@medusajs/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChannelAccountForm } from '../../components/channel-account-form';
import { ChannelExport } from '../../components/channel-export';
import { ChannelListingsTable } from '../../components/channel-listings-table';
import { ChannelOrderImport } from '../../components/channel-order-import';
import { LabelledSelect } from '../../components/fields';
import { EXCHANGE_IDS, channelName } from '@nguongoc/connectors/exchanges';
import {
  type ExchangeId,
  adminCooperativesAnswer,
  channelsAnswer,
  exchangeId,
} from '@nguongoc/contracts';
import { LOCALES } from '@nguongoc/vn-locale';
import { useLanguage } from '../../lib/language';
import { errorMessage, fetchAnswer } from '../../lib/sdk';

/**
 * "Sàn TMĐT": for one cooperative and each exchange, which products meet the exchange's rules
 * (and what to fix), the export of its bulk-upload workbook, the live listings' addresses, and
 * the import of the exchange's order exports into the sales ledger.
 */
function ChannelsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const exchanges = new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(
    EXCHANGE_IDS.map(channelName),
  );
  const [chosen, setChosen] = useState('');
  const [exchange, setExchange] = useState<ExchangeId>('postmart');
  const cooperatives = useQuery({
    queryKey: ['nguongoc', 'cooperatives'],
    queryFn: () => fetchAnswer(adminCooperativesAnswer, '/admin/cooperatives'),
  });
  const cooperativeId = chosen || cooperatives.data?.cooperatives[0]?.id || '';
  const channels = useQuery({
    queryKey: ['nguongoc', 'channels', cooperativeId],
    queryFn: () => fetchAnswer(channelsAnswer, `/admin/cooperatives/${cooperativeId}/channels`),
    enabled: cooperativeId !== '',
  });
  const error = cooperatives.error ?? channels.error;

  return (
    <Container className="divide-y p-0" data-testid="nguongoc-channels">
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-end md:justify-between">
        <div>
          <Heading level="h1">{t('nguongoc.channels.heading')}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t('nguongoc.channels.subheading', { exchanges })}
          </Text>
          <a
            className="text-ui-fg-interactive txt-compact-small hover:underline"
            href="/app/channel-category-mappings"
          >
            {t('nguongoc.channels.mappingsLink')}
          </a>
        </div>
        {cooperatives.data && (
          <div className="md:w-80">
            <LabelledSelect
              id="nguongoc-channels-cooperative"
              label={t('nguongoc.channels.cooperative')}
              choices={cooperatives.data.cooperatives.map((c) => ({ value: c.id, label: c.name }))}
              value={cooperativeId}
              onChange={(event) => setChosen(event.target.value)}
            />
          </div>
        )}
      </div>
      {(cooperatives.isPending || (cooperativeId !== '' && channels.isPending)) && (
        <Text className="px-6 py-4">{t('nguongoc.common.loading')}</Text>
      )}
      {error && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
      {channels.data && (
        <Tabs value={exchange} onValueChange={(value) => setExchange(exchangeId.parse(value))}>
          <Tabs.List className="px-6 py-3">
            {channels.data.exchanges.map((option) => (
              <Tabs.Trigger key={option.id} value={option.id}>
                {option.name}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {channels.data.exchanges.map((option) => (
            <Tabs.Content key={option.id} value={option.id} className="divide-y border-t">
              <Text size="xsmall" className="text-ui-fg-subtle px-6 py-2">
                {t('nguongoc.channels.rulesVersion', { version: option.rules_version })}
              </Text>
              <ChannelAccountForm
                key={`${cooperativeId}:${option.id}`}
                cooperativeId={cooperativeId}
                exchange={option.id}
                account={channels.data.accounts.find((a) => a.exchange === option.id)}
              />
              <ChannelListingsTable
                cooperativeId={cooperativeId}
                listings={channels.data.listings.filter((l) => l.exchange === option.id)}
              />
              <ChannelExport
                key={`export:${cooperativeId}`}
                cooperativeId={cooperativeId}
                exchange={option.id}
              />
              <ChannelOrderImport
                key={`import:${cooperativeId}`}
                cooperativeId={cooperativeId}
                exchange={option.id}
              />
            </Tabs.Content>
          ))}
        </Tabs>
      )}
    </Container>
  );
}

export const config = defineRouteConfig({
  label: 'nguongoc.channels.menu',
  translationNs: 'translation',
  icon: ShoppingCart,
});

export default ChannelsPage;
