import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TraceStore } from '../src/index.js';
import { type Driver, drivers, sql } from './_drivers.js';
import { seedLedger } from './_seed.js';

const ORIGIN = 'nguongoc.vn/crash';
const KILLS = 20;
const CHILD = fileURLToPath(new URL('./fixtures/append-until-killed.ts', import.meta.url));

/** Runs the appending child until it has reported some appends, then SIGKILLs it mid-append. */
function appendUntilKilled(url: string, start: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, url, ORIGIN, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      // Once appends flow, kill at a random moment within the next half second.
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), 50 + Math.random() * 450);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    const deadline = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(deadline);
      clearTimeout(killTimer);
      if (signal !== 'SIGKILL' || killTimer === undefined)
        reject(new Error(`child ended by itself (${signal}): ${errors}`));
      else
        resolve(
          output
            .split('\n')
            .filter((line) => line.startsWith('ok '))
            .map((line) => line.slice(3)),
        );
    });
  });
}

for (const { name, make } of drivers()) {
  describe(`crash safety: ${name}`, () => {
    const driver: Driver = make();
    let store: TraceStore;
    let url: string;

    beforeAll(async () => {
      store = await driver.open();
      url = store.url;
      await seedLedger(store, ORIGIN);
    });

    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it(
      `keeps every acknowledged append through ${KILLS} SIGKILLs, and the log verifies`,
      { timeout: 600_000 },
      async () => {
        const acknowledged: string[] = [];
        for (let round = 0; round < KILLS; round++) {
          acknowledged.push(...(await appendUntilKilled(url, round * 100_000)));
        }
        expect(acknowledged.length).toBeGreaterThan(KILLS);
        console.info(
          `${name}: ${acknowledged.length} acknowledged appends across ${KILLS} SIGKILLs`,
        );
        const rows = (await sql(store, 'SELECT event_id FROM events')) as { event_id: string }[];
        const stored = new Set(rows.map((row) => row.event_id));
        expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
        const verification = await store.verifyLedger(ORIGIN);
        expect(verification.failures).toEqual([]);
        expect(verification.size).toBe(4 + stored.size);
      },
    );
  });
}
