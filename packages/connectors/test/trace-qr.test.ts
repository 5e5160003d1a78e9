// The trace QR PNG is written by our own code around `qr`'s module matrix (ADRs 017, 019): these
// tests read it back with independent decoders (pngjs checks the chunks' CRCs and undoes the
// scanline filters, jsQR reads the code) for URLs of every shape a listing can carry.
import fc from 'fast-check';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { gs1CheckDigit, generateShortCode } from '@nguongoc/trace-core';
import { describe, expect, it } from 'vitest';
import { traceQrPng } from '../src/render/trace-qr.js';
import { traceUrlOf } from '../src/render/trace-url.js';

const jsQR = jsQRModule.default;

// The URLs a listing carries, made as the renderer makes them (trace-core's formatters): a short
// code from a seeded generator, or a GS1 Digital Link with a lot in GS1's character set.
const seeded = (seed: number) => (length: number) =>
  Uint8Array.from({ length }, () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 24;
  });
const shortCodeUrl = fc
  .integer()
  .map((seed) =>
    traceUrlOf({ base: 'https://nguongoc.vn', shortCode: generateShortCode(seeded(seed)) }),
  );
const digitalLinkUrl = fc
  .tuple(fc.stringMatching(/^[0-9]{12}$/), fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/))
  .map(([digits, lot]) =>
    traceUrlOf({
      base: 'https://truy-xuat.htx.vn',
      gtin: `${digits}${gs1CheckDigit(digits)}`,
      lot,
    }),
  );

function read(image: Uint8Array) {
  const png = PNG.sync.read(Buffer.from(image));
  return { png, text: jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data };
}

describe('trace QR PNG', () => {
  it('decodes back to its URL, at least as wide as asked, the same bytes each time', () => {
    fc.assert(
      fc.property(
        fc.oneof(shortCodeUrl, digitalLinkUrl),
        fc.integer({ min: 300, max: 640 }),
        (url, side) => {
          const image = traceQrPng(url, side);
          const { png, text } = read(image);
          expect(text).toBe(url);
          expect(png.width).toBe(png.height);
          expect(png.width).toBeGreaterThanOrEqual(side);
          expect(Buffer.from(traceQrPng(url, side)).equals(Buffer.from(image))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('has whole pixels per module and a white quiet zone of 4 modules', () => {
    const url = 'https://nguongoc.vn/t/3KX9T2M7QAH';
    const { png } = read(traceQrPng(url, 600));
    // Version 3 (29 modules) with 4 modules of quiet zone each side: 37 modules, 17 px each.
    expect(png.width).toBe(37 * 17);
    const dark = (x: number, y: number) => png.data[(y * png.width + x) * 4]! < 128;
    const quiet = 4 * 17;
    for (let i = 0; i < png.width; i++) {
      for (const edge of [0, quiet - 1, png.width - quiet, png.width - 1]) {
        expect(dark(i, edge) || dark(edge, i)).toBe(false);
      }
    }
    // The finder pattern's top-left corner starts exactly at the quiet zone's edge.
    expect(dark(quiet, quiet)).toBe(true);
    expect(dark(quiet + 17 * 7 - 1, quiet + 17 * 7 - 1)).toBe(true);
    expect(dark(quiet + 17 * 7, quiet + 17 * 7)).toBe(false);
  });

  it('refuses what cannot be a QR code, saying why', () => {
    expect(() => traceQrPng(`https://nguongoc.vn/t/${'X'.repeat(3000)}`)).toThrow(
      /3022 ký tự.*3022 characters, too many/,
    );
  });
});
