// Medusa in the test's own process, from the build (`.medusa/server`), on a fresh migrated
// database: the container the workflows run in, so that a test can compose the build's real
// steps with a step of its own that fails, and look at what the compensations left.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MedusaContainer } from '@medusajs/framework/types';
import { freshDatabase, postgresServer } from '@nguongoc/test-support/database';

const commerce = dirname(createRequire(import.meta.url).resolve('@nguongoc/commerce/package.json'));
const server = join(commerce, '.medusa/server');
/** `require` as the build's own files resolve modules. */
export const buildRequire = createRequire(join(server, 'package.json'));

export interface InProcessMedusa {
  container: MedusaContainer;
  stop: () => Promise<void>;
}

/** Migrates a fresh database with the build's `medusa db:migrate`, then loads Medusa on it. */
export async function medusaInProcess(name: string): Promise<InProcessMedusa> {
  const postgres = await postgresServer();
  const database = await freshDatabase(postgres.url, `ng_commerce_test_${name}_${process.pid}`);
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    JWT_SECRET: 'test-jwt-secret-test-jwt-secret-0002',
    COOKIE_SECRET: 'test-cookie-secret-test-cookie-0002',
    TRACE_MASTER_KEY: Buffer.alloc(32, 9).toString('base64'),
    VNPAY_TMN_CODE: 'NGTEST02',
    VNPAY_SECURE_SECRET: 'VNPAYTESTSECRETVNPAYTESTSECRET02',
    // No payment leaves the tests: the VNPay sandbox defaults are meant, in production mode too.
    VNPAY_ALLOW_SANDBOX: 'true',
    ADMIN_DISABLED: 'true',
    // No subscriber or job of this container runs: it only runs the tests' workflows.
    MEDUSA_WORKER_MODE: 'server',
    MEDUSA_DISABLE_TELEMETRY: 'true',
    LOG_LEVEL: 'error',
  };
  await migrate({ ...process.env, ...env });
  Object.assign(process.env, env);
  delete process.env.REDIS_URL;
  // Medusa resolves the configuration's `./src/modules/…` from the working directory, as
  // `medusa start` runs in the build (the test project runs in a process of its own).
  const directory = process.cwd();
  process.chdir(server);
  const { default: load } = buildRequire('@medusajs/medusa/loaders/index') as {
    default: (options: {
      directory: string;
      expressApp: unknown;
      skipLoadingEntryPoints: boolean;
    }) => Promise<{ container: MedusaContainer; shutdown: () => Promise<void> }>;
  };
  const express = buildRequire('express') as () => unknown;
  const medusa = await load({
    directory: server,
    expressApp: express(),
    skipLoadingEntryPoints: true,
  });
  return {
    container: medusa.container,
    stop: async () => {
      await medusa.shutdown();
      process.chdir(directory);
      await database.drop();
      await postgres.stop();
    },
  };
}

function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  const cli = buildRequire.resolve('@medusajs/cli/cli.js');
  return new Promise((done, fail) => {
    let output = '';
    const child = spawn(process.execPath, [cli, 'db:migrate'], { cwd: server, env });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`medusa db:migrate failed:\n${output}`)),
    );
  });
}
