import type { MedusaContainer } from '@medusajs/framework/types';
import type { CatalogueFigures, SalesFigures } from '@nguongoc/pilot-report';
import { SALES_MODULE } from '../../../modules/sales';
import type SalesModuleService from '../../../modules/sales/service';
import { catalogueFigures } from '../../_pilot/catalogue-figures';

/** A commune's catalogue as of now, and its sales of local days `from`..`to` by month. */
export async function communeFigures(
  container: MedusaContainer,
  commune_code: string,
  from: string,
  to: string,
): Promise<{ catalogue: CatalogueFigures; sales: SalesFigures }> {
  const scope = { commune_code, cooperative_id: null };
  const [catalogue, sales] = await Promise.all([
    catalogueFigures(container, scope),
    container
      .resolve<SalesModuleService>(SALES_MODULE)
      .pilotFigures({ ...scope, from, to }, 'month'),
  ]);
  return { catalogue, sales };
}
