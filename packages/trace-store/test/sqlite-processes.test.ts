import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openTraceStore } from '../src/index.js';
import { seedLedger } from './_seed.js';

const CHILD = fileURLToPath(new URL('./fixtures/append-many.ts', import.meta.url));
const ORIGIN = 'nguongoc.vn/sqlite-processes';
const PROCESSES = 4;
const EACH = 150;

function appendMany(url: string, start: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, url, ORIGIN, String(start), String(EACH)],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`appender ${start} failed: ${errors}`)),
    );
  });
}

describe('several processes on one SQLite file', () => {
  const directory = mkdtempSync(join(tmpdir(), 'ng-sqlite-processes-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it(
    `${PROCESSES} processes × ${EACH} appends: one log, no gaps, verifies`,
    { timeout: 300_000 },
    async () => {
      const url = `file:${join(directory, 'shared.db')}`;
      const setup = await openTraceStore({ url });
      await seedLedger(setup, ORIGIN);
      await setup.close();
      await Promise.all(Array.from({ length: PROCESSES }, (_, p) => appendMany(url, p * 10_000)));
      const store = await openTraceStore({ url });
      try {
        const verification = await store.verifyLedger(ORIGIN);
        expect(verification.failures).toEqual([]);
        expect(verification.size).toBe(4 + PROCESSES * EACH);
      } finally {
        await store.close();
      }
    },
  );
});
