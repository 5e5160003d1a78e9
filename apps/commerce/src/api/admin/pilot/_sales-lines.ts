import type { MedusaContainer } from '@medusajs/framework/types';
import { SALES_MODULE } from '../../../modules/sales';
import type SalesModuleService from '../../../modules/sales/service';

/** A page of the sales lines matching `filters`, newest first, and how many match in all. */
export function listSalesLines(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  page: { take: number; skip: number },
) {
  return container
    .resolve<SalesModuleService>(SALES_MODULE)
    .listAndCountSalesLines(filters, { order: { ordered_at: 'DESC', key: 'ASC' }, ...page });
}
