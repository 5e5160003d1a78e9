// Vitest global setup of the end-to-end tests: the real commerce backend (a fresh seeded database
// on DATABASE_URL's server, else an embedded PostgreSQL; `medusa start` from its build) and the
// production storefront in front of it. Tests reach both through `inject('system')`.
import { type Backend, startBackend } from '@nguongoc/test-support/backend';
import { startStorefront } from '@nguongoc/test-support/storefront';
import type { TestProject } from 'vitest/node';

export interface System {
  backend: Backend;
  storefront: { url: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    system: System;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { backend, stop } = await startBackend({ name: 'storefront' });
  const storefront = await startStorefront(backend).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  project.provide('system', { backend, storefront: { url: storefront.url } });
  return async () => {
    await storefront.stop();
    await stop();
  };
}
