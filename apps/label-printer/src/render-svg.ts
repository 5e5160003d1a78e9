import { type FontWeight, labelFont } from './fonts.js';
import type { LabelLayout, TextRun } from './label-layout.js';
import { darkRuns } from './qr-code.js';
import { starPoints } from './star-shape.js';

export interface SvgOptions {
  /** Leave the QR code out: thermal printers draw it with their own command. */
  withoutQr?: boolean;
  /** Draw the label's outline (a preview of where it is cut). */
  outline?: boolean;
}

/**
 * One label as a standalone SVG in millimetres. Text is drawn as the font's outlines, so the
 * file shows the same Vietnamese letters on any machine, with or without the font.
 */
export function labelSvg(layout: LabelLayout, options: SvgOptions = {}): string {
  const { width, height } = layout;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}mm" height="${n(height)}mm" viewBox="0 0 ${n(width)} ${n(height)}">`,
    `<title>${escapeXml(layout.data.product)}: ${escapeXml(layout.data.uri)}</title>`,
    `<rect width="${n(width)}" height="${n(height)}" fill="#fff"${options.outline ? ' stroke="#999" stroke-width="0.2"' : ''}/>`,
  ];
  if (!options.withoutQr) {
    const { qr } = layout;
    let d = '';
    const runs = darkRuns(qr.matrix);
    for (let i = 0; i < runs.length; i += 3)
      d += `M${runs[i]} ${runs[i + 1]}h${runs[i + 2]}v1h-${runs[i + 2]}z`;
    parts.push(
      `<path transform="translate(${n(qr.x)} ${n(qr.y)}) scale(${n(qr.module)})" shape-rendering="crispEdges" fill="#000" d="${d}"/>`,
    );
  }
  for (const run of layout.texts) parts.push(textPath(run));
  for (const star of layout.stars) {
    parts.push(`<polygon fill="#000" points="${starPoints(star).map(n).join(' ')}"/>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}

const glyphPaths = new Map<string, string>();

function textPath(run: TextRun): string {
  const font = labelFont(run.weight);
  const scale = run.size / font.font.unitsPerEm;
  const start = run.anchor === 'middle' ? run.x - (font.widthOf(run.text) * run.size) / 2 : run.x;
  let body = '';
  for (const { glyph, x } of font.shape(run.text)) {
    const d = glyphPath(run.weight, glyph.id, () => glyph.path.toSVG());
    if (d === '') continue;
    body += `<path transform="translate(${n(start + x * run.size)} ${n(run.y)}) scale(${n(scale, 6)} ${n(-scale, 6)})" d="${d}"/>`;
  }
  return `<g fill="#000" aria-label="${escapeXml(run.text)}">${body}</g>`;
}

function glyphPath(weight: FontWeight, id: number, make: () => string): string {
  const key = `${weight}:${id}`;
  let d = glyphPaths.get(key);
  if (d === undefined) {
    d = make();
    glyphPaths.set(key, d);
  }
  return d;
}

function n(value: number, digits = 3): string {
  return String(Number(value.toFixed(digits)));
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
  );
}
