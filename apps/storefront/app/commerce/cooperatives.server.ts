// Cooperatives (hợp tác xã, HTX) from apps/commerce's public routes, read through their
// contracts: a break throws ContractError, which backendFailure shows as the error page.
import {
  type StoreCooperative,
  readAnswer,
  storeCooperativeAnswer,
  storeCooperativesAnswer,
} from '@nguongoc/contracts';
import { medusa } from './medusa.server';
import type { CooperativeRef } from './types';

export async function listCooperatives(): Promise<StoreCooperative[]> {
  const answer = await medusa().client.fetch<unknown>('/store/cooperatives');
  return readAnswer(storeCooperativesAnswer, answer, 'GET /store/cooperatives').cooperatives;
}

/** A cooperative by handle; throws the SDK's FetchError (404) when there is none. */
export async function cooperativeByHandle(handle: string): Promise<StoreCooperative> {
  const answer = await medusa().client.fetch<unknown>(
    `/store/cooperatives/${encodeURIComponent(handle)}`,
  );
  return readAnswer(storeCooperativeAnswer, answer, 'GET /store/cooperatives/:handle').cooperative;
}

export function cooperativeRef(cooperative: StoreCooperative): CooperativeRef {
  return {
    handle: cooperative.handle,
    name: cooperative.name,
    province: cooperative.province,
    commune: cooperative.commune,
  };
}
