// Cooperatives (hợp tác xã, HTX) from apps/commerce's public routes.
import { medusa } from './medusa.server';
import type { CooperativeRef, StoreCooperative } from './types';

export async function listCooperatives(): Promise<StoreCooperative[]> {
  const { cooperatives } = await medusa().client.fetch<{ cooperatives: StoreCooperative[] }>(
    '/store/cooperatives',
  );
  return cooperatives;
}

/** A cooperative by handle; throws the SDK's FetchError (404) when there is none. */
export async function cooperativeByHandle(handle: string): Promise<StoreCooperative> {
  const { cooperative } = await medusa().client.fetch<{ cooperative: StoreCooperative }>(
    `/store/cooperatives/${encodeURIComponent(handle)}`,
  );
  return cooperative;
}

export function cooperativeRef(cooperative: StoreCooperative): CooperativeRef {
  return {
    handle: cooperative.handle,
    name: cooperative.name,
    province: cooperative.province,
    commune: cooperative.commune,
  };
}
