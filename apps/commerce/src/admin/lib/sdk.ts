import Medusa from '@medusajs/js-sdk';

/** The backend that serves this dashboard, with the dashboard's own session cookie. */
export const sdk = new Medusa({ baseUrl: '/', auth: { type: 'session' } });

/** The message of a failed request (NguonGoc's errors carry Vietnamese / English). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
