import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { traceQrPng } from './trace-qr.js';

// Below this many codes per thread, starting a worker (about 30 ms) costs more than it saves.
const CODES_PER_WORKER = 250;
const MAX_WORKERS = 4;
// The worker is the compiled `trace-qr-worker.js` beside this file. Run from the TypeScript
// sources (the tests), there is none, and the codes are made on this thread.
const WORKER = new URL('./trace-qr-worker.js', import.meta.url);
const COMPILED = import.meta.url.endsWith('.js');

/** How many worker threads `traceQrPngs` uses for `count` codes by default. */
export function defaultQrWorkers(count: number): number {
  if (!COMPILED) return 0;
  const threads = Math.min(availableParallelism(), MAX_WORKERS);
  return threads < 2 ? 0 : Math.min(threads, Math.floor(count / CODES_PER_WORKER));
}

/**
 * `traceQrPng` for many URLs, in order, spread over worker threads (one per core, up to 4) so
 * that the export's own work on this thread goes on meanwhile. Each worker takes a contiguous
 * share, so the images are the same bytes as one thread would make.
 */
export async function traceQrPngs(
  urls: readonly string[],
  sidePx: number,
  workers = defaultQrWorkers(urls.length),
): Promise<Uint8Array[]> {
  if (workers <= 0) return urls.map((url) => traceQrPng(url, sidePx));
  if (!COMPILED) throw new Error('traceQrPngs: worker threads need the compiled package (dist)');
  const share = Math.ceil(urls.length / workers);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, index) =>
      runWorker(urls.slice(index * share, (index + 1) * share), sidePx),
    ),
  );
  return parts.flat();
}

function runWorker(urls: string[], sidePx: number): Promise<Uint8Array[]> {
  if (urls.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { urls, sidePx } });
    worker.once('message', (images: Uint8Array[]) => {
      resolve(images);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`traceQrPngs: a worker stopped with code ${code}`));
    });
  });
}
