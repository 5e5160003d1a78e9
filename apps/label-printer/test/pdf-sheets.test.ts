import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type LabelData,
  type LabelRow,
  type SheetTemplate,
  labelPosition,
  loadTemplate,
  lotLabels,
  parseSerialRange,
  writePdfFile,
} from '../src/index.js';
import { decodeAt, locateAt, pdfText, renderPdf } from './_decode.js';
import { BASE, VIETNAMESE_LETTERS, honey, tea, vietnameseLabel } from './_fixtures.js';

const directory = mkdtempSync(join(tmpdir(), 'labels-pdf-'));

/** Prints `labels` on `templateId`, renders the PDF and decodes the QR code of every position. */
async function printAndDecode(
  templateId: string,
  labels: LabelData[],
  options: { start?: number; offset?: { x: number; y: number } } = {},
) {
  const template = loadTemplate(templateId) as SheetTemplate;
  const file = join(directory, `${templateId}-${labels.length}-${options.start ?? 1}.pdf`);
  const rows: LabelRow[] = labels.map((data) => ({ data, copies: 1 }));
  const plan = await writePdfFile(rows, file, { template, ...options });
  const pages = await renderPdf(file);
  const perPage = template.columns * template.rows;
  const decoded: (string | undefined)[] = [];
  for (let slot = 0; slot < pages.length * perPage; slot++) {
    const { x, y } = labelPosition(template, slot % perPage);
    const dx = options.offset?.x ?? 0;
    const dy = options.offset?.y ?? 0;
    decoded.push(
      decodeAt(
        pages[Math.floor(slot / perPage)]!,
        x + dx,
        y + dy,
        template.label.width,
        template.label.height,
      ),
    );
  }
  return { file, plan, pages, decoded };
}

describe('PDF sheets: every QR code decodes back to exactly its URI (pdf.js + jsQR)', () => {
  it('A4 3×7: 25 unit labels with GS1 Digital Link serials (AI 21), on two pages', async () => {
    const labels = lotLabels(honey, { base: BASE, serials: parseSerialRange('1-25') });
    const { plan, pages, decoded } = await printAndDecode('a4-3x7', labels);
    expect(plan).toEqual({ labels: 25, pages: 2, startAt: 0 });
    expect(pages).toHaveLength(2);
    expect(decoded.slice(0, 25)).toEqual(labels.map((label) => label.uri));
    expect(decoded[0]).toBe('https://nguongoc.vn/01/08934602000019/10/MO-2611-A/21/1');
    expect(decoded.slice(25)).toEqual(Array(42 - 25).fill(undefined)); // the rest of page 2 is blank
  });

  it('A4 4×10 and Avery L7160: zero-padded serials', async () => {
    for (const id of ['a4-4x10', 'avery-l7160']) {
      const labels = lotLabels(honey, { base: BASE, serials: parseSerialRange('0998-1012') });
      const { decoded } = await printAndDecode(id, labels);
      expect(decoded.slice(0, labels.length)).toEqual(labels.map((label) => label.uri));
      expect(decoded[0]).toMatch(/\/21\/0998$/);
    }
  });

  it("A4 5×13: a product without a GTIN: the lot's short code with each unit's serial", async () => {
    // tea's fixture has a made-up ID; a lot's ID is a real short code, which the URL is checked for.
    const teaLot = { ...tea, id: '547HSGYXG1H' };
    const labels = lotLabels(teaLot, { base: BASE, serials: parseSerialRange('001-070') });
    expect(new Set(labels.map((label) => label.uri)).size).toBe(70);
    const { decoded } = await printAndDecode('a4-5x13', labels);
    expect(decoded.slice(0, 70)).toEqual(labels.map((label) => label.uri));
    expect(decoded[0]).toBe(`${BASE}/t/${teaLot.id}?s=001`);
    expect(decoded[69]).toBe(`${BASE}/t/${teaLot.id}?s=070`);
  });

  it('A4 2×5: Vietnamese text stays NFC, in the embedded font, and the QR codes still decode', async () => {
    const labels = [vietnameseLabel(`${BASE}/t/${tea.id}`), ...lotLabels(honey, { base: BASE })];
    const { file, decoded } = await printAndDecode('a4-2x5', labels);
    expect(decoded.slice(0, 2)).toEqual([
      `${BASE}/t/${tea.id}`,
      'https://nguongoc.vn/01/08934602000019/10/MO-2611-A',
    ]);
    const text = await pdfText(file);
    expect(text).toContain(`Bánh đậu xanh ${VIETNAMESE_LETTERS}`); // NFC: the input was NFD
    expect(text).not.toContain('Bánh'.normalize('NFD'));
    for (const line of [
      'Mật ong hoa nhãn Khoái Châu',
      'HTX Ong mật Ẩn Thi, Hưng Yên',
      'Lô: MO-2611-A',
      'NSX: 24/11/2026',
      'HSD: 24/11/2028',
      'Cơ sở Rồng Vàng',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('ECC Q codes decode too', async () => {
    const template = loadTemplate('a4-3x7');
    const labels = lotLabels(honey, { base: BASE, serials: parseSerialRange('1-3') });
    const file = join(directory, 'ecc-q.pdf');
    await writePdfFile(
      labels.map((data) => ({ data, copies: 1 })),
      file,
      { template, ecc: 'Q' },
    );
    const [page] = await renderPdf(file);
    for (let slot = 0; slot < 3; slot++) {
      const { x, y } = labelPosition(template, slot);
      expect(decodeAt(page!, x, y, template.label.width, template.label.height)).toBe(
        labels[slot]!.uri,
      );
    }
  });

  it('starts at label N of a partly used sheet, and copies repeat a row', async () => {
    const template = loadTemplate('a4-3x7');
    const [label] = lotLabels(honey, { base: BASE });
    const file = join(directory, 'start.pdf');
    const plan = await writePdfFile([{ data: label!, copies: 4 }], file, { template, start: 20 });
    expect(plan).toEqual({ labels: 4, pages: 2, startAt: 19 });
    const pages = await renderPdf(file);
    const at = (page: number, slot: number) => {
      const { x, y } = labelPosition(template, slot);
      return decodeAt(pages[page]!, x, y, template.label.width, template.label.height);
    };
    expect([at(0, 0), at(0, 18)]).toEqual([undefined, undefined]); // the used labels stay blank
    expect([at(0, 19), at(0, 20), at(1, 0), at(1, 1), at(1, 2)]).toEqual([
      label!.uri,
      label!.uri,
      label!.uri,
      label!.uri,
      undefined,
    ]);
  });

  it('moves every label by the calibration offset', async () => {
    const labels = lotLabels(honey, { base: BASE, serials: parseSerialRange('1-2') });
    const template = loadTemplate('a4-2x5');
    const corners = [];
    for (const offset of [
      { x: 0, y: 0 },
      { x: 3, y: -2 },
    ]) {
      const file = join(directory, `offset-${offset.x}.pdf`);
      await writePdfFile(
        labels.map((data) => ({ data, copies: 1 })),
        file,
        { template, offset },
      );
      expect(existsSync(`${file}.partial`)).toBe(false);
      const [page] = await renderPdf(file);
      corners.push(locateAt(page!, 0, 0, 100, 57)); // the first label only
    }
    const [plain, moved] = corners;
    expect(plain?.data).toBe(labels[0]!.uri);
    expect(moved?.data).toBe(labels[0]!.uri);
    expect(moved!.x - plain!.x).toBeCloseTo(3, 0);
    expect(moved!.y - plain!.y).toBeCloseTo(-2, 0);
  });
});
