import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { traceQrPng } from './trace-qr.js';

// A code costs about 0.11 ms; below this many codes per thread, starting a worker (and copying
// its images back) costs more than it saves (ADR 019).
const CODES_PER_WORKER = 1000;
const MAX_WORKERS = 4;
// The worker is the compiled `trace-qr-worker.js` beside this file. Run from the TypeScript
// sources (the tests), there is none, and the codes are made on this thread.
const WORKER = new URL('./trace-qr-worker.js', import.meta.url);
const COMPILED = import.meta.url.endsWith('.js');

/**
 * How many worker threads `traceQrPngs` uses for `count` codes by default: one core is left to
 * this thread, which writes the workbook meanwhile (on 2 cores, one worker beat two: ADR 019).
 */
export function defaultQrWorkers(count: number): number {
  if (!COMPILED) return 0;
  const threads = Math.min(availableParallelism() - 1, MAX_WORKERS);
  return Math.min(threads, Math.floor(count / CODES_PER_WORKER));
}

/**
 * `traceQrPng` for many URLs, in order, spread over worker threads (one per core but this
 * thread's, up to 4) so that the export's own work on this thread goes on meanwhile. Each worker
 * takes a contiguous share, so the images are the same bytes as one thread would make.
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
    // The compiled worker needs none of this process's flags (a TypeScript loader such as tsx
    // would only slow its start).
    const worker = new Worker(WORKER, { workerData: { urls, sidePx }, execArgv: [] });
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
