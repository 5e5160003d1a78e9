import Medusa from '@medusajs/js-sdk';
import { toast } from '@medusajs/ui';
import { readAnswer } from '@nguongoc/contracts';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorMessage } from './error-message';

export { errorMessage };

/** The backend that serves this dashboard, with the dashboard's own session cookie. */
export const sdk = new Medusa({ baseUrl: '/', auth: { type: 'session' } });

type FetchInit = Parameters<typeof sdk.client.fetch>[1];

/**
 * One of NguonGoc's admin routes, its answer read with its contract (@nguongoc/contracts): only
 * the contract's fields, or a ContractError naming the first field that breaks it.
 */
export async function fetchAnswer<Schema extends z.ZodType>(
  schema: Schema,
  path: string,
  init?: FetchInit,
): Promise<z.output<Schema>> {
  const answer = await sdk.client.fetch<unknown>(path, init);
  return readAnswer(schema, answer, `${init?.method ?? 'GET'} ${path}`);
}

/** A mutation's `onError`: a toast saying it failed, with the server's message. */
export function useFailureToast(): (error: unknown) => void {
  const { t } = useTranslation();
  return (error) => toast.error(t('nguongoc.common.failed'), { description: errorMessage(error) });
}
