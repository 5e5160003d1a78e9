// The QR codes of a large export are made on worker threads. Workers run the compiled package,
// so this test loads `dist/` (built before the tests by turbo) and compares it with the sources.
import { availableParallelism } from 'node:os';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { traceQrPng } from '../src/render/trace-qr.js';
import { defaultQrWorkers, traceQrPngs } from '../dist/render/trace-qr-pool.js';

const jsQR = jsQRModule.default;
const urls = Array.from(
  { length: 600 },
  (_, index) =>
    `https://nguongoc.vn/t/${(1_000_000_000 + index * 7919).toString(36).toUpperCase()}`,
);

describe('QR codes on worker threads', () => {
  it('gives, in order, the same bytes as one thread, and each decodes to its URL', async () => {
    const pooled = await traceQrPngs(urls, 500, 2);
    expect(pooled).toHaveLength(urls.length);
    pooled.forEach((image, index) => {
      expect(Buffer.from(image).equals(Buffer.from(traceQrPng(urls[index]!, 500)))).toBe(true);
    });
    for (const index of [0, 299, 300, 599]) {
      const png = PNG.sync.read(Buffer.from(pooled[index]!));
      expect(png.width).toBeGreaterThanOrEqual(500);
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(urls[index]);
    }
  });

  it('uses worker threads only where they pay, leaving a core to the workbook', () => {
    expect(defaultQrWorkers(10)).toBe(0);
    expect(defaultQrWorkers(999)).toBe(0);
    expect(defaultQrWorkers(10_000)).toBe(Math.min(availableParallelism() - 1, 4));
  });
});
