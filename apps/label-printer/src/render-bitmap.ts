import { Resvg } from '@resvg/resvg-js';
import type { LabelLayout } from './label-layout.js';
import { type SvgOptions, labelSvg } from './render-svg.js';

/** A label rendered at a printer's resolution: 1 bit per dot, rows padded to whole bytes. */
export interface MonoBitmap {
  width: number;
  height: number;
  bytesPerRow: number;
  /** Bit 7 of byte 0 is the top-left dot; 1 = black. */
  bits: Uint8Array;
}

function pixelWidth(layout: LabelLayout, dpi: number): number {
  return Math.round((layout.width / 25.4) * dpi);
}

/** One label as a PNG at `dpi` (default: the template's), white background. */
export function labelPng(layout: LabelLayout, dpi = layout.dpi, options: SvgOptions = {}): Buffer {
  const resvg = new Resvg(labelSvg(layout, options), {
    fitTo: { mode: 'width', value: pixelWidth(layout, dpi) },
    font: { loadSystemFonts: false },
    shapeRendering: 2,
  });
  return resvg.render().asPng();
}

/**
 * The label at the printer's resolution as black and white dots: what TSPL's BITMAP and ZPL's
 * ^GF receive. Thresholded at half grey, so thin strokes of diacritics keep their dots.
 */
export function labelBitmap(layout: LabelLayout, options: SvgOptions = {}): MonoBitmap {
  const resvg = new Resvg(labelSvg(layout, options), {
    fitTo: { mode: 'width', value: pixelWidth(layout, layout.dpi) },
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  const { width, height, pixels } = image;
  const bytesPerRow = Math.ceil(width / 8);
  const bits = new Uint8Array(bytesPerRow * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const luma = 0.299 * pixels[at]! + 0.587 * pixels[at + 1]! + 0.114 * pixels[at + 2]!;
      if (luma < 128) bits[y * bytesPerRow + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return { width, height, bytesPerRow, bits };
}
