import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import type { StoreCooperativeAnswer } from '@nguongoc/contracts';
import {
  PRODUCT_FACTS_FIELDS,
  STORE_COOPERATIVE_FIELDS,
  storeCooperative,
  storeSalesChannels,
  withProductFacts,
} from '../_store-cooperative';

/** GET /store/cooperatives/:handle: one cooperative, as in the list, with its products' facts. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  const handle = req.params.handle!;
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'cooperative',
    fields: [...STORE_COOPERATIVE_FIELDS, ...PRODUCT_FACTS_FIELDS],
    filters: { handle },
  });
  const row = data[0];
  if (!row) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy hợp tác xã ${handle} / cooperative ${handle} not found`,
    );
  }
  res.json({
    cooperative: await withProductFacts(req, row, storeCooperative(row, storeSalesChannels(req))),
  } satisfies StoreCooperativeAnswer);
}
