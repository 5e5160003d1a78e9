// Vitest global setup: one real backend for every HTTP test (@nguongoc/test-support/backend:
// a fresh seeded database, `medusa start` from the build), torn down afterwards. Tests reach it
// through `inject('backend')`.
import { type Backend, startBackend } from '@nguongoc/test-support/backend';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    backend: Backend;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { backend, stop } = await startBackend();
  project.provide('backend', backend);
  return stop;
}
