import { type Font, type Glyph, create } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The two weights a label uses. */
export type FontWeight = 'regular' | 'bold';

// Be Vietnam Pro (SIL OFL 1.1) was drawn for Vietnamese: every precomposed letter with its
// stacked diacritics (ắ ầ ẩ ẫ ậ ơ ư đ) has its own glyph. The npm package ships plain TTF files,
// which PDFKit embeds as a subset and fontkit turns into outlines for SVG and printer bitmaps.
const FILES: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
};

/** A loaded face with the metrics a layout needs and a cache of measured widths. */
export interface LabelFont {
  weight: FontWeight;
  file: string;
  bytes: Buffer;
  font: Font;
  /** Ascender and descender, as fractions of the font size. */
  ascent: number;
  descent: number;
  /** Width of `text` at size 1 (multiply by the font size). */
  widthOf(text: string): number;
  /** The glyphs of `text`, shaped, with advances in units of the font size. */
  shape(text: string): { glyph: Glyph; x: number }[];
  covers(text: string): boolean;
}

const require = createRequire(import.meta.url);
const loaded = new Map<FontWeight, LabelFont>();

/** The label font of that weight, loaded once per process. */
export function labelFont(weight: FontWeight): LabelFont {
  const cached = loaded.get(weight);
  if (cached) return cached;
  const file = require.resolve(FILES[weight]);
  const bytes = readFileSync(file);
  const font = create(bytes) as Font;
  const scale = 1 / font.unitsPerEm;
  const widths = new Map<string, number>();
  const labelFontValue: LabelFont = {
    weight,
    file,
    bytes,
    font,
    ascent: font.ascent * scale,
    descent: -font.descent * scale,
    widthOf(text) {
      let width = widths.get(text);
      if (width === undefined) {
        width = font.layout(text).advanceWidth * scale;
        if (widths.size > 10_000) widths.clear();
        widths.set(text, width);
      }
      return width;
    },
    shape(text) {
      const run = font.layout(text);
      let x = 0;
      return run.glyphs.map((glyph, i) => {
        const position = run.positions[i]!;
        const placed = { glyph, x: (x + position.xOffset) * scale };
        x += position.xAdvance;
        return placed;
      });
    },
    covers(text) {
      for (const character of text) {
        if (/\s/.test(character)) continue;
        if (!font.hasGlyphForCodePoint(character.codePointAt(0)!)) return false;
      }
      return true;
    },
  };
  loaded.set(weight, labelFontValue);
  return labelFontValue;
}
