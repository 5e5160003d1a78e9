import { setupServer } from 'msw/node';
import { medusaHandlers } from './medusa';

/** Every outside service the storefront talks to, mocked: only the Medusa backend. */
export const server = setupServer(...medusaHandlers);
