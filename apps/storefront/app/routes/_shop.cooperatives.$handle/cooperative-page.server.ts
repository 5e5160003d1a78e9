import { cooperativeByHandle } from '../../commerce/cooperatives.server';
import { backendFailure, fromBackend, hasStatus, notFound } from '../../commerce/medusa.server';
import { byStars, productsById } from '../../commerce/products.server';

export async function cooperativePage(handle: string) {
  let cooperative;
  try {
    cooperative = await cooperativeByHandle(handle);
  } catch (error) {
    if (hasStatus(error, 404)) notFound();
    backendFailure(error, `cooperative ${handle}`);
  }
  const products = await fromBackend(`products of ${handle}`, () =>
    productsById(cooperative.product_ids, [cooperative]),
  );
  return {
    cooperative: {
      handle: cooperative.handle,
      name: cooperative.name,
      description: cooperative.description,
      province: cooperative.province,
      commune: cooperative.commune,
    },
    products: products.sort(byStars),
  };
}
