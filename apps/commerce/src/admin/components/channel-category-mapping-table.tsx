import { Badge, Table, Text, toast } from '@medusajs/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CategoryMappingBody, CategoryMappingsAnswer, ExchangeId } from '@nguongoc/contracts';
import { sdk, useFailureToast } from '../lib/sdk';

type Exchange = CategoryMappingsAnswer['exchanges'][number];
type Category = CategoryMappingsAnswer['categories'][number];

export const CATEGORY_MAPPINGS_KEY = ['nguongoc', 'channel-category-mappings'] as const;

/**
 * NguonGoc's and the shop's categories × the three exchanges: each cell the exchange category a
 * product of that category is listed under, chosen from the exchange's tree. Without a person's
 * choice the rules' own mapping applies, or else the exchange's catch-all (with a warning on the
 * exchanges page): the cell says which.
 */
export function ChannelCategoryMappingTable({ answer }: { answer: CategoryMappingsAnswer }) {
  const { t } = useTranslation();
  return (
    <Table data-testid="nguongoc-category-mappings">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t('nguongoc.channels.mappings.category')}</Table.HeaderCell>
          {answer.exchanges.map((exchange) => (
            <Table.HeaderCell key={exchange.id}>{exchange.name}</Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {answer.categories.map((category) => (
          <Table.Row
            key={category.key}
            data-testid={`nguongoc-mapping-${category.key}`}
            className="[&_td]:py-2 [&_td]:align-top"
          >
            <Table.Cell className="whitespace-normal">
              <Text size="small" weight="plus">
                {category.name}
              </Text>
              <div className="flex items-center gap-2">
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {category.key}
                </Text>
                <Badge size="2xsmall" color={category.kind === 'shop' ? 'blue' : 'grey'}>
                  {t(`nguongoc.channels.mappings.kind.${category.kind}`)}
                </Badge>
              </div>
            </Table.Cell>
            {answer.exchanges.map((exchange) => (
              <Table.Cell key={exchange.id} className="whitespace-normal">
                <MappingCell
                  category={category}
                  exchange={exchange}
                  saved={
                    answer.mappings.find(
                      (m) => m.exchange === exchange.id && m.category_key === category.key,
                    )?.exchange_category_id
                  }
                />
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** The rules' mapping of a key or, for a sub-key, of its parent. */
function ruleDefault(exchange: Exchange, key: string): string | undefined {
  return exchange.defaults[key] ?? exchange.defaults[key.split('/')[0]!];
}

function MappingCell({
  category,
  exchange,
  saved,
}: {
  category: Category;
  exchange: Exchange;
  saved: string | undefined;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const pathOf = (id: string | undefined) =>
    exchange.categories.find((node) => node.id === id)?.path ?? id ?? '';
  const save = useMutation({
    mutationFn: (exchangeCategoryId: string) =>
      sdk.client.fetch('/admin/channel-category-mappings', {
        method: 'POST',
        body: {
          exchange: exchange.id as ExchangeId,
          category_key: category.key,
          exchange_category_id: exchangeCategoryId,
        } satisfies CategoryMappingBody,
      }),
    onSuccess: async (_answer, exchangeCategoryId) => {
      toast.success(
        t('nguongoc.channels.mappings.saved', {
          category: category.name,
          exchange: exchange.name,
          path: pathOf(exchangeCategoryId),
        }),
      );
      await queryClient.invalidateQueries({ queryKey: CATEGORY_MAPPINGS_KEY });
    },
    onError: useFailureToast(),
  });
  const byDefault = ruleDefault(exchange, category.key);
  const id = `nguongoc-mapping-${exchange.id}-${category.key}`;
  return (
    <div className="flex flex-col gap-1">
      <select
        id={id}
        aria-label={`${category.name} – ${exchange.name}`}
        className="bg-ui-bg-field shadow-borders-base txt-compact-small h-8 rounded-md px-2"
        value={saved ?? ''}
        disabled={save.isPending}
        onChange={(event) => {
          if (event.target.value !== '') save.mutate(event.target.value);
        }}
      >
        {saved === undefined && (
          <option value="">
            {byDefault
              ? t('nguongoc.channels.mappings.byDefault', { path: pathOf(byDefault) })
              : t('nguongoc.channels.mappings.unmapped', { path: pathOf(exchange.fallback) })}
          </option>
        )}
        {exchange.categories.map((node) => (
          <option key={node.id} value={node.id}>
            {node.path}
          </option>
        ))}
      </select>
      {saved === undefined && !byDefault && (
        <Text size="xsmall" className="text-ui-tag-orange-text">
          {t('nguongoc.channels.mappings.needsChoice')}
        </Text>
      )}
    </div>
  );
}
