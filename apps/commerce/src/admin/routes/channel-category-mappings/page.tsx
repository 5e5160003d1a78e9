import { defineRouteConfig } from '@medusajs/admin-sdk';
import { Tag } from '@medusajs/icons';
import { Container, Heading, Text } from '@medusajs/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { categoryMappingsAnswer } from '@nguongoc/contracts';
import {
  CATEGORY_MAPPINGS_KEY,
  ChannelCategoryMappingTable,
} from '../../components/channel-category-mapping-table';
import { errorMessage, fetchAnswer } from '../../lib/sdk';

/**
 * "Danh mục trên sàn": which exchange category each NguonGoc and shop category is listed under,
 * on PostMart, VoSo and 37nghean; a product whose category has none goes into the exchange's
 * catch-all, and the exchanges page warns about it.
 */
function ChannelCategoryMappingsPage() {
  const { t } = useTranslation();
  const answer = useQuery({
    queryKey: CATEGORY_MAPPINGS_KEY,
    queryFn: () => fetchAnswer(categoryMappingsAnswer, '/admin/channel-category-mappings'),
  });
  return (
    <Container className="divide-y p-0" data-testid="nguongoc-channel-category-mappings">
      <div className="px-6 py-4">
        <Heading level="h1">{t('nguongoc.channels.mappings.heading')}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t('nguongoc.channels.mappings.subheading')}
        </Text>
      </div>
      {answer.isPending && <Text className="px-6 py-4">{t('nguongoc.common.loading')}</Text>}
      {answer.error && (
        <Text className="text-ui-fg-error px-6 py-4">{errorMessage(answer.error)}</Text>
      )}
      {answer.data && <ChannelCategoryMappingTable answer={answer.data} />}
    </Container>
  );
}

export const config = defineRouteConfig({
  label: 'nguongoc.channels.mappings.menu',
  translationNs: 'translation',
  icon: Tag,
});

export default ChannelCategoryMappingsPage;
