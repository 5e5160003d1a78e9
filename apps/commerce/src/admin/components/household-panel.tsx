import { Button, Heading, Table, Text, toast } from '@medusajs/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXCHANGE_IDS, channelName } from '@nguongoc/connectors/exchanges';
import {
  type AdminCooperative,
  type ChannelAccountBody,
  type HouseholdBody,
  type HouseholdsAnswer,
  communesAnswer,
  householdAnswer,
  householdsAnswer,
} from '@nguongoc/contracts';
import { useLanguage } from '../lib/language';
import { errorMessage, fetchAnswer, sdk, useFailureToast } from '../lib/sdk';
import { LabelledInput, LabelledSelect } from './fields';

type Household = HouseholdsAnswer['households'][number];

const EXCHANGES = EXCHANGE_IDS.map((exchange) => ({
  value: exchange,
  label: channelName(exchange),
}));

/** An account's exchange by its name, or as stored when it is none of NguonGoc's. */
function exchangeLabel(exchange: string): string {
  return EXCHANGES.find((option) => option.value === exchange)?.label ?? exchange;
}

/**
 * A cooperative's producing households (the pilot counts them) and a form to add one, in a
 * commune of the cooperative's province. A product names its household in the product's
 * metadata `household_id`, shown here to copy.
 */
export function HouseholdPanel({ cooperative }: { cooperative: AdminCooperative }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const key = ['nguongoc', 'households', cooperative.id];
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [commune, setCommune] = useState(cooperative.commune_code);
  const households = useQuery({
    queryKey: key,
    queryFn: () =>
      fetchAnswer(householdsAnswer, `/admin/cooperatives/${cooperative.id}/households`),
  });
  const province = cooperative.province_code;
  const communes = useQuery({
    queryKey: ['nguongoc', 'communes', province],
    queryFn: () => fetchAnswer(communesAnswer, `/admin/administrative-units?province=${province}`),
    enabled: province !== '',
    staleTime: Infinity,
  });
  const names = new Map(
    (communes.data?.communes ?? []).map((c) => [
      c.code,
      language === 'vi' ? c.full_name : c.full_name_en,
    ]),
  );
  const add = useMutation({
    mutationFn: () =>
      fetchAnswer(householdAnswer, `/admin/cooperatives/${cooperative.id}/households`, {
        method: 'POST',
        body: {
          head_name: name.trim(),
          commune_code: commune,
          ...(phone ? { phone } : {}),
        } satisfies HouseholdBody,
      }),
    onSuccess: async ({ household }) => {
      toast.success(t('nguongoc.households.added', { name: household.head_name }));
      setName('');
      setPhone('');
      await queryClient.invalidateQueries({ queryKey: key });
    },
    onError: useFailureToast(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const h = (label: string) => t(`nguongoc.households.${label}`);

  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid="nguongoc-households">
      <Heading level="h2">{t('nguongoc.households.heading', { name: cooperative.name })}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {h('hint')}
      </Text>
      {households.error && (
        <Text className="text-ui-fg-error">{errorMessage(households.error)}</Text>
      )}
      {households.data?.households.length === 0 && <Text size="small">{h('none')}</Text>}
      {households.data && households.data.households.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{h('head')}</Table.HeaderCell>
              <Table.HeaderCell>{h('phone')}</Table.HeaderCell>
              <Table.HeaderCell>{h('commune')}</Table.HeaderCell>
              <Table.HeaderCell>{h('shops')}</Table.HeaderCell>
              <Table.HeaderCell>{h('id')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {households.data.households.map((household) => (
              <Table.Row key={household.id}>
                <Table.Cell>{household.head_name}</Table.Cell>
                <Table.Cell>{household.phone ?? '—'}</Table.Cell>
                <Table.Cell>
                  {names.get(household.commune_code) ?? household.commune_code}
                </Table.Cell>
                <Table.Cell>
                  {household.accounts
                    .map((account) => `${exchangeLabel(account.exchange)}: ${account.shop_name}`)
                    .join(' · ') || '—'}
                </Table.Cell>
                <Table.Cell>
                  <code>{household.id}</code>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <form className="grid grid-cols-1 gap-3 md:grid-cols-4 md:items-end" onSubmit={submit}>
        <LabelledInput
          id="nguongoc-household-name"
          label={h('head')}
          value={name}
          required
          onChange={(event) => setName(event.target.value)}
        />
        <LabelledInput
          id="nguongoc-household-phone"
          label={h('phone')}
          value={phone}
          inputMode="tel"
          onChange={(event) => setPhone(event.target.value)}
        />
        <LabelledSelect
          id="nguongoc-household-commune"
          label={h('commune')}
          choices={[...names].map(([value, label]) => ({ value, label }))}
          value={commune}
          onChange={(event) => setCommune(event.target.value)}
        />
        <Button type="submit" size="small" isLoading={add.isPending}>
          {h('add')}
        </Button>
      </form>
      {households.data && households.data.households.length > 0 && (
        <HouseholdShopForm
          cooperativeId={cooperative.id}
          households={households.data.households}
          onSaved={() => queryClient.invalidateQueries({ queryKey: key })}
        />
      )}
    </div>
  );
}

/** A household's own shop on an exchange (the pilot counts households selling there). */
function HouseholdShopForm({
  cooperativeId,
  households,
  onSaved,
}: {
  cooperativeId: string;
  households: Household[];
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [household, setHousehold] = useState(households[0]!.id);
  const [exchange, setExchange] = useState('voso');
  const [shop, setShop] = useState('');
  const [url, setUrl] = useState('');
  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/cooperatives/${cooperativeId}/channels/${exchange}/account`, {
        method: 'POST',
        body: {
          household_id: household,
          shop_name: shop.trim(),
          ...(url ? { shop_url: url } : {}),
        } satisfies ChannelAccountBody,
      }),
    onSuccess: async () => {
      toast.success(t('nguongoc.households.shopSaved'));
      setShop('');
      setUrl('');
      await onSaved();
    },
    onError: useFailureToast(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const h = (label: string) => t(`nguongoc.households.${label}`);
  return (
    <form className="grid grid-cols-1 gap-3 md:grid-cols-5 md:items-end" onSubmit={submit}>
      <LabelledSelect
        id="nguongoc-household-shop-household"
        label={h('head')}
        choices={households.map((x) => ({ value: x.id, label: x.head_name }))}
        value={household}
        onChange={(event) => setHousehold(event.target.value)}
      />
      <LabelledSelect
        id="nguongoc-household-shop-exchange"
        label={h('exchange')}
        choices={EXCHANGES}
        value={exchange}
        onChange={(event) => setExchange(event.target.value)}
      />
      <LabelledInput
        id="nguongoc-household-shop-name"
        label={h('shopName')}
        value={shop}
        required
        onChange={(event) => setShop(event.target.value)}
      />
      <LabelledInput
        id="nguongoc-household-shop-url"
        label={h('shopUrl')}
        value={url}
        type="url"
        onChange={(event) => setUrl(event.target.value)}
      />
      <Button type="submit" size="small" variant="secondary" isLoading={save.isPending}>
        {h('saveShop')}
      </Button>
    </form>
  );
}
