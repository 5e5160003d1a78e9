// A worker thread of `traceQrPngs`: the PNG QR codes of its share of the trace URLs.
import { parentPort, workerData } from 'node:worker_threads';
import { traceQrPng } from './trace-qr.js';

const { urls, sidePx } = workerData as { urls: string[]; sidePx: number };
parentPort!.postMessage(urls.map((url) => traceQrPng(url, sidePx)));
