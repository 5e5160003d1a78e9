import type { ExchangeId } from '@nguongoc/connectors';
import type ChannelModuleService from '../../modules/channel/service';

/** The exchange's category for each NguonGoc key, as people have mapped them. */
export async function categoryMappingsOf(
  channel: ChannelModuleService,
  exchange: ExchangeId,
): Promise<Record<string, string>> {
  const rows = await channel.listCategoryMappings({ exchange });
  return Object.fromEntries(rows.map((row) => [row.category_key, row.exchange_category_id]));
}
