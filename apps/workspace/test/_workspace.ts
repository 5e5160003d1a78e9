// The production workspace (`node server.js` on the build in dist/) on a free port, against a
// given backend: what the tests and the bench drive.
import { resolve } from 'node:path';
import { type RunningServer, startNodeServer } from '@nguongoc/test-support/http';

export type RunningWorkspace = RunningServer;

export function startWorkspace(
  backend: { url: string },
  options: { storefrontUrl?: string } = {},
): Promise<RunningWorkspace> {
  return startNodeServer({
    directory: resolve(import.meta.dirname, '..'),
    name: 'the workspace',
    env: (url) => ({
      MEDUSA_BACKEND_URL: backend.url,
      WORKSPACE_URL: url,
      STOREFRONT_URL: options.storefrontUrl ?? 'http://localhost:3000',
      WORKSPACE_SESSION_SECRET: 'workspace-test-secret-0123456789abcdef',
    }),
  });
}
