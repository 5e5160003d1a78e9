import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { cooperativeScope } from '../../../lib/cooperative-scope';
import { CHANNEL_MODULE } from '../../../modules/channel';
import type ChannelModuleService from '../../../modules/channel/service';
import type { CategoryMappingBody } from '../../validators';

/** GET /admin/channel-category-mappings: NguonGoc category → each exchange's category. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const channel = req.scope.resolve<ChannelModuleService>(CHANNEL_MODULE);
  res.json({ mappings: await channel.listCategoryMappings({}) });
}

/** POST /admin/channel-category-mappings: sets one mapping (the commune administrator only). */
export async function POST(
  req: AuthenticatedMedusaRequest<CategoryMappingBody>,
  res: MedusaResponse,
): Promise<void> {
  if (await cooperativeScope(req)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      'Chỉ cán bộ xã mới sửa được ánh xạ danh mục / only the commune administrator can change category mappings',
    );
  }
  const channel = req.scope.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const { exchange, category_key, exchange_category_id } = req.validatedBody;
  const [existing] = await channel.listCategoryMappings({ exchange, category_key });
  const mapping = existing
    ? await channel.updateCategoryMappings({ id: existing.id, exchange_category_id })
    : await channel.createCategoryMappings({ exchange, category_key, exchange_category_id });
  res.json({ mapping });
}
