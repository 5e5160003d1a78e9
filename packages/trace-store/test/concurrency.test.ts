import { lot } from '@nguongoc/trace-core/sample-lot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TraceStore, openTraceStore } from '../src/index.js';
import { type Driver, drivers } from './_drivers.js';
import { harvest, seedLedger } from './_seed.js';

const ORIGIN = 'nguongoc.vn/concurrency';
const APPENDERS = 8;
const EVENTS_EACH = 500;

// PostgreSQL: eight independent connections (eight stores) append to one ledger at once. SQLite's
// several-process case waits for BEGIN IMMEDIATE (see the README's state section).
for (const { name, make } of drivers().filter((driver) => driver.name !== 'sqlite')) {
  describe(`concurrent appenders: ${name}`, () => {
    const driver: Driver = make();
    let store: TraceStore;

    beforeAll(async () => {
      store = await driver.open();
      await seedLedger(store, ORIGIN);
    });

    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it(
      `${APPENDERS} appenders × ${EVENTS_EACH} events make one log: no gaps, no duplicates, verifies`,
      { timeout: 300_000 },
      async () => {
        const appenders = await Promise.all(
          Array.from({ length: APPENDERS }, () => openTraceStore({ url: store.url })),
        );
        try {
          const results = await Promise.all(
            appenders.map(async (appender, a) => {
              const indexes: number[] = [];
              for (let i = 0; i < EVENTS_EACH; i++) {
                // Every third event is sent by all eight at once: idempotent capture under a race.
                const n = i % 3 === 0 ? i : a * EVENTS_EACH + i;
                indexes.push((await appender.appendEvent(ORIGIN, harvest(n), lot.id)).leafIndex);
              }
              return indexes;
            }),
          );
          const distinct = new Set(results.flat());
          const expectedEvents =
            APPENDERS * EVENTS_EACH - (APPENDERS - 1) * Math.ceil(EVENTS_EACH / 3);
          expect(distinct.size).toBe(expectedEvents);
          const verification = await store.verifyLedger(ORIGIN);
          expect(verification.failures).toEqual([]);
          expect(verification.size).toBe(4 + expectedEvents);
          expect([...distinct].sort((x, y) => x - y)).toEqual(
            Array.from({ length: expectedEvents }, (_, i) => 4 + i),
          );
        } finally {
          await Promise.all(appenders.map((appender) => appender.close()));
        }
      },
    );
  });
}
