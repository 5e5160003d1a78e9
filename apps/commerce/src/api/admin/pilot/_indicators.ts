import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import type {
  Granularity,
  PilotIndicators,
  PilotScope,
  SalesFigures,
} from '@nguongoc/pilot-report';
import { findCommune, findProvince } from '@nguongoc/vn-admin-units';
import { COOPERATIVE_MODULE } from '../../../modules/cooperative';
import type CooperativeModuleService from '../../../modules/cooperative/service';
import { SALES_MODULE } from '../../../modules/sales';
import type SalesModuleService from '../../../modules/sales/service';
import { catalogueFigures } from '../../_pilot/catalogue-figures';

/** Every indicator of the pilot for a scope and period: the dashboard's, the report's. */
export async function pilotIndicators(
  container: MedusaContainer,
  scope: PilotScope,
  period: { from: string; to: string; granularity: Granularity },
): Promise<PilotIndicators> {
  const generated_at = new Date().toISOString();
  const [catalogue, sales] = await Promise.all([
    catalogueFigures(container, scope),
    container
      .resolve<SalesModuleService>(SALES_MODULE)
      .pilotFigures({ from: period.from, to: period.to, ...scope }, period.granularity),
  ]);
  const commune = scope.commune_code ? findCommune(scope.commune_code) : undefined;
  return {
    scope: {
      ...scope,
      commune_name: commune?.fullName ?? null,
      province_name: commune ? (findProvince(commune.provinceCode)?.fullName ?? null) : null,
    },
    period,
    generated_at,
    catalogue,
    sales,
    names: await namesOf(container, sales),
  };
}

async function namesOf(container: MedusaContainer, sales: SalesFigures) {
  const cooperativeIds = [
    ...new Set([
      ...sales.by_cooperative.map((row) => row.cooperative_id),
      ...sales.by_product.map((row) => row.cooperative_id),
    ]),
  ];
  const productIds = sales.by_product.map((row) => row.product_id).filter(Boolean);
  const cooperatives =
    cooperativeIds.length === 0
      ? []
      : await container
          .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
          .listCooperatives({ id: cooperativeIds }, { select: ['id', 'name'] });
  const { data: products } =
    productIds.length === 0
      ? { data: [] }
      : await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: 'product',
          fields: ['id', 'title'],
          filters: { id: productIds },
          // A product deleted since keeps its figures; its name is then its ID.
          withDeleted: true,
        });
  return {
    cooperatives: Object.fromEntries(cooperatives.map((c) => [c.id, c.name])),
    products: Object.fromEntries(products.map((p) => [p.id, p.title])),
  };
}
