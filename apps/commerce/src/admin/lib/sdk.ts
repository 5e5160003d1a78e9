import Medusa from '@medusajs/js-sdk';
import { toast } from '@medusajs/ui';
import { useTranslation } from 'react-i18next';

/** The backend that serves this dashboard, with the dashboard's own session cookie. */
export const sdk = new Medusa({ baseUrl: '/', auth: { type: 'session' } });

/** The message of a failed request (NguonGoc's errors carry Vietnamese / English). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A mutation's `onError`: a toast saying it failed, with the server's message. */
export function useFailureToast(): (error: unknown) => void {
  const { t } = useTranslation();
  return (error) => toast.error(t('nguongoc.common.failed'), { description: errorMessage(error) });
}
