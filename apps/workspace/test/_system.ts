// Vitest global setup: the real commerce backend (a fresh seeded database on DATABASE_URL's
// server, else an embedded PostgreSQL), the production storefront and the production workspace in
// front of it, the workspace's labels pointing at that storefront. Tests reach them through
// `inject('system')`.
import { type Backend, startBackend } from '@nguongoc/test-support/backend';
import { startStorefront } from '@nguongoc/test-support/storefront';
import type { TestProject } from 'vitest/node';
import { startWorkspace } from './_workspace.js';

export interface System {
  backend: Backend;
  workspace: { url: string };
  storefront: { url: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    system: System;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { backend, stop } = await startBackend({ name: 'workspace' });
  const stops: (() => Promise<void>)[] = [stop];
  const stopAll = async () => {
    for (const each of stops.reverse()) await each();
  };
  try {
    const storefront = await startStorefront(backend);
    stops.push(storefront.stop);
    const workspace = await startWorkspace(backend, { storefrontUrl: storefront.url });
    stops.push(workspace.stop);
    project.provide('system', {
      backend,
      workspace: { url: workspace.url },
      storefront: { url: storefront.url },
    });
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
