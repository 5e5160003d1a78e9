// Ports and readiness for the servers the tests start, and a Node server of the apps' own
// (`node server.js`) started on a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
    });
  });
}

/**
 * Waits until `url` answers 200, or fails with what the child printed: when it exits, or after
 * `seconds` (then it is killed). `name` says in the error which server it was.
 */
export async function waitForHealth(
  url: string,
  child: ChildProcess,
  log: () => string,
  { name = 'medusa start', seconds = 180 } = {},
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer ${url} within ${seconds} s:\n${log()}`);
}

/** Stops a child with SIGTERM and waits for it to exit. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((done) => child.once('exit', done));
}

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
  /** What the server printed (for a failing test's message). */
  log: () => string;
}

/**
 * `node server.js` in `directory` on a free port of 127.0.0.1 (PORT), with `env(url)` added to this
 * process's environment, once its `/healthz` answers 200 (at most 60 s). `name` says in an error
 * which server it was.
 */
export async function startNodeServer({
  directory,
  name,
  env = () => ({}),
}: {
  directory: string;
  name: string;
  env?: (url: string) => Record<string, string>;
}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server.js'], {
    cwd: directory,
    env: { ...process.env, PORT: String(port), ...env(url) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForHealth(`${url}/healthz`, child, () => output, { name, seconds: 60 });
  return { url, log: () => output, stop: () => stopChild(child) };
}
