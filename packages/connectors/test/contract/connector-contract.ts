// The contract every exchange adapter passes: rules as sourced data, validation with actionable
// findings, deterministic renders (golden files), exports re-read with exceljs cell by cell,
// delta exports by payload hash, order imports (good, malformed, duplicated, re-imported), and
// the product feed. Each adapter's own test file runs it, then adds its own cases.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTE_NAMES,
  ATTRIBUTE_WORDS,
  ConnectorError,
  PRODUCT_FIELDS,
  ProductFeedTransport,
  RULE_NAMES,
  diffOrders,
  type CatalogueProduct,
  type ExchangeConnector,
  type ImportResult,
  type RuleFinding,
} from '../../src/index.js';
import { CAM_XA_DOAI, CATALOGUE, MAY_TRE_CON_CUONG, pngImage } from '../_catalogue.js';
import { expectGolden, workbookCells } from '../_golden.js';

// jsqr is CommonJS whose module object is the function and also has it as `default`.
const jsQR = jsQRModule.default;
const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixture = (name: string) => ({ name, path: new URL(name, FIXTURES).pathname });
const CREATED = new Date('2026-12-01T00:00:00Z');

const errorCodes = (connector: ExchangeConnector, product: CatalogueProduct) =>
  connector
    .validate(product)
    .findings.filter((finding) => finding.severity === 'error')
    .map((finding) => finding.code);

/**
 * A finding a cooperative's office can act on: "what: what to do" in both languages, a product
 * field to go to, and none of the developer's words (field names, raw zero values, the prefix).
 */
function expectPlainWords(finding: RuleFinding): void {
  expect(PRODUCT_FIELDS).toContain(finding.field);
  for (const text of [finding.message.vi, finding.message.en]) {
    expect(text).toMatch(/^\p{Lu}[^:]+: \S/u);
    expect(text).not.toMatch(
      /\[connectors\]|lengthCm|widthCm|heightCm|weightGrams|shelfLife|attributes\.|= 0|\b0 cm\b/,
    );
  }
}

export function connectorContract(connector: ExchangeConnector): void {
  const { id, rules } = connector;
  const prefix = `[connectors] [${id}] `;

  describe(`${id}: rules as data`, () => {
    it('declares its capabilities', () => {
      expect(connector.capabilities.validate).toBe(true);
      expect(connector.capabilities.render).toBe(true);
      expect(connector.capabilities.export).toContain('xlsx');
      expect([...connector.capabilities.importOrders].sort()).toEqual(['csv', 'xlsx']);
      expect(connector.capabilities.push).toContain('product-feed');
    });

    it('gives every rule a source and says it was never checked live', () => {
      expect(rules.exchange).toBe(id);
      expect(rules.version).toMatch(new RegExp(`^${id}-\\d{4}-\\d{2}-\\d{2}$`));
      for (const name of RULE_NAMES) {
        const rule = rules[name];
        expect(rule.source, name).toMatch(/^https:\/\/\S+ \(.+\)$/);
        expect(rule.checked, name).toBeNull();
      }
    });

    it('maps only into its own tree, has a catch-all, and a column for every required attribute', () => {
      const ids = new Set<string>();
      const walk = (nodes: typeof rules.categoryTree.value) =>
        nodes.forEach((node) => {
          expect(ids.has(node.id), `duplicate category ${node.id}`).toBe(false);
          ids.add(node.id);
          walk(node.children ?? []);
        });
      walk(rules.categoryTree.value);
      for (const target of Object.values(rules.categoryMapping.value))
        expect(ids).toContain(target);
      expect(ids).toContain(rules.fallbackCategory.value);
      for (const name of rules.requiredAttributes.value) {
        expect(rules.attributeColumns.value[name], name).toBeTypeOf('string');
      }
      for (const name of Object.keys(rules.attributeColumns.value)) {
        expect(ATTRIBUTE_NAMES as readonly string[]).toContain(name);
      }
    });
  });

  describe(`${id}: validate`, () => {
    it('finds the sample catalogue ready, and says so in the adapter’s name', () => {
      for (const product of CATALOGUE) {
        const result = connector.validate(product);
        expect(
          result.findings.filter((f) => f.severity === 'error'),
          product.sku,
        ).toEqual([]);
        expect(result.ready).toBe(true);
        for (const finding of result.findings) expectPlainWords(finding);
      }
    });

    it('refuses a name too long for any title, naming the rule', () => {
      const result = connector.validate({ ...CAM_XA_DOAI, name: 'Cam ngon '.repeat(40).trim() });
      expect(result.ready).toBe(false);
      const finding = result.findings.find((f) => f.code === 'title.too_long');
      expect(finding).toMatchObject({ severity: 'error', field: 'title', rule: 'titleLength' });
      expect(finding!.message.vi).toBe(
        `Tên sản phẩm quá dài: rút gọn tên (sàn nhận tối đa ${rules.titleLength.value.max} ký tự)`,
      );
      expect(finding!.message.en).toContain(`at most ${rules.titleLength.value.max} characters`);
    });

    it('refuses a missing required attribute', () => {
      const required = rules.requiredAttributes.value[0]!;
      const attributes: Record<string, string> = { ...CAM_XA_DOAI.attributes };
      delete attributes[required];
      const result = connector.validate({ ...CAM_XA_DOAI, attributes });
      expect(result.ready).toBe(false);
      const finding = result.findings.find((f) => f.code === 'attribute.required');
      expect(finding).toMatchObject({
        severity: 'error',
        field: ATTRIBUTE_WORDS[required].field,
        rule: 'requiredAttributes',
      });
      expect(finding!.message.vi).toMatch(/^Thiếu /);
      expect(finding!.message.en).toMatch(/ missing: enter /);
      expectPlainWords(finding!);
    });

    it('says a missing box size once, in plain words, with the field that fixes it', () => {
      const flat = { ...CAM_XA_DOAI.package, lengthCm: 0, widthCm: 0 };
      const result = connector.validate({ ...CAM_XA_DOAI, package: flat });
      expect(result.ready).toBe(false);
      expect(result.findings.filter((f) => f.code === 'shipping.dimensions')).toEqual([
        {
          severity: 'error',
          code: 'shipping.dimensions',
          field: 'dimensions',
          message: {
            vi: 'Thiếu kích thước hộp đóng gói: nhập chiều dài, rộng, cao của hộp (cm)',
            en: 'Package size missing: enter the box’s length, width and height (cm)',
          },
          rule: 'shipping',
        },
      ]);
    });

    it('checks each image’s format, size and ratio from its bytes', () => {
      const small = rules.imageSize.value.minSidePx - 1;
      const images = [
        pngImage('nho.png', small, small),
        pngImage('dai.png', 1600, 500),
        { fileName: 'khong-phai-anh.jpg', data: new TextEncoder().encode('not an image') },
      ];
      const result = connector.validate({ ...CAM_XA_DOAI, images });
      const byImage = (index: number) =>
        result.findings.filter((f) => f.field === 'images' && f.index === index).map((f) => f.code);
      expect(byImage(0)).toEqual(['image.too_small']);
      expect(byImage(1)).toContain('image.ratio');
      expect(byImage(2)).toEqual(['image.format']);
      const tooSmall = result.findings.find((f) => f.code === 'image.too_small')!;
      expect(tooSmall.message.vi).toMatch(/^Ảnh thứ 1 quá nhỏ: thay bằng ảnh/);
      expect(tooSmall.message.en).toMatch(/^Photo 1 is too small: replace it/);
    });

    it('counts the QR image against the image limit', () => {
      const max = rules.imageCount.value.max;
      const images = Array.from({ length: max }, (_, i) => pngImage(`a${i}.png`, 800, 800));
      expect(errorCodes(connector, { ...CAM_XA_DOAI, images })).toEqual(['images.too_many']);
      const fits = images.slice(0, max - 1);
      expect(errorCodes(connector, { ...CAM_XA_DOAI, images: fits })).toEqual([]);
    });

    it('refuses prices, stock, weights and sides out of range', () => {
      expect(errorCodes(connector, { ...CAM_XA_DOAI, priceVnd: 65_000.5 })).toEqual([
        'price.range',
      ]);
      expect(
        errorCodes(connector, { ...CAM_XA_DOAI, priceVnd: rules.price.value.maxVnd + 1 }),
      ).toEqual(['price.range']);
      expect(errorCodes(connector, { ...CAM_XA_DOAI, stock: -1 })).toEqual(['stock.invalid']);
      const heavy = {
        ...CAM_XA_DOAI.package,
        weightGrams: rules.shipping.value.maxWeightGrams + 1,
      };
      expect(errorCodes(connector, { ...CAM_XA_DOAI, package: heavy })).toEqual([
        'shipping.weight',
      ]);
      const long = { ...CAM_XA_DOAI.package, lengthCm: rules.shipping.value.maxSideCm + 1 };
      expect(errorCodes(connector, { ...CAM_XA_DOAI, package: long })).toEqual([
        'shipping.dimensions',
      ]);
    });

    it('refuses an unknown commune and a mistyped trace code, and will not render them', () => {
      const nowhere = { ...CAM_XA_DOAI, origin: { ...CAM_XA_DOAI.origin, communeCode: '99999' } };
      expect(errorCodes(connector, nowhere)).toEqual(['origin.unknown_commune']);
      expect(() => connector.render(nowhere)).toThrow(ConnectorError);
      const typo = {
        ...CAM_XA_DOAI,
        trace: { base: 'https://nguongoc.vn', shortCode: '3KX9T2M7QAV' },
      };
      expect(errorCodes(connector, typo)).toEqual(['trace.invalid']);
      expect(() => connector.render(typo)).toThrow(prefix);
    });

    it('refuses an OCOP claim without its decision or a real expiry, and never prints a blank', () => {
      const ocop = CAM_XA_DOAI.ocop!;
      const unproven = { ...CAM_XA_DOAI, ocop: { ...ocop, decisionNumber: ' ', expiresOn: '' } };
      expect(errorCodes(connector, unproven)).toEqual(['ocop.decision', 'ocop.expiry']);
      const line = connector
        .render(unproven)
        .description.split('\n')
        .find((l) => l.includes('OCOP'));
      expect(line).toBe('Sản phẩm OCOP 4 sao ★★★★.');
      for (const expiresOn of ['2027-02-29', '2028-13-01', '30/06/2028']) {
        const wrongDate = { ...CAM_XA_DOAI, ocop: { ...ocop, expiresOn } };
        expect(errorCodes(connector, wrongDate)).toEqual(['ocop.expiry']);
        expect(connector.render(wrongDate).description).not.toMatch(/undefined|hiệu lực đến/);
      }
      const leapDay = { ...CAM_XA_DOAI, ocop: { ...ocop, expiresOn: '2028-02-29' } };
      expect(errorCodes(connector, leapDay)).toEqual([]);
      expect(connector.render(leapDay).description).toContain(
        '(Quyết định 1234/QĐ-UBND, hiệu lực đến 29/02/2028).',
      );
    });

    it('puts an unknown category under the catch-all with a warning, never a silent guess', () => {
      const product = { ...CAM_XA_DOAI, category: 'xe-may' };
      const result = connector.validate(product);
      expect(result.findings).toContainEqual(
        expect.objectContaining({
          severity: 'warning',
          code: 'category.fallback',
          field: 'category',
        }),
      );
      expect(connector.render(product).category).toMatchObject({
        kind: 'fallback',
        id: rules.fallbackCategory.value,
      });
    });

    it('takes the caller’s category mapping over its own', () => {
      const target = rules.fallbackCategory.value;
      const listing = connector.render(CAM_XA_DOAI, {
        categoryMappings: { 'trai-cay/cam': target },
      });
      expect(listing.category).toMatchObject({ kind: 'mapped', id: target });
    });

    it('warns about attributes it does not take', () => {
      const result = connector.validate({
        ...CAM_XA_DOAI,
        attributes: { ...CAM_XA_DOAI.attributes, mauSac: 'cam' },
      });
      expect(result.ready).toBe(true);
      expect(result.findings).toContainEqual(
        expect.objectContaining({
          severity: 'warning',
          code: 'attribute.unknown',
          field: 'attributes',
        }),
      );
    });
  });

  describe(`${id}: render`, () => {
    it('matches the golden renders of the sample catalogue', async () => {
      await expectGolden(
        `${id}-render.json`,
        CATALOGUE.map((product) => connector.render(product)),
      );
    });

    it('does not repeat the net content a name already says', () => {
      const net = { quantity: 500, unit: 'GRM' } as const;
      for (const name of [
        'Nem chua Thanh Hoá 500 g',
        'Nem chua Thanh Hoá 500g',
        'Nem chua Thanh Hoá 0,5 kg',
        'NEM CHUA THANH HOA 500 GR',
      ]) {
        const { title } = connector.render({ ...CAM_XA_DOAI, name, net });
        expect(title, name).toContain(name);
        expect(title.replace(name, ''), name).not.toMatch(/500|0,5/);
        expect(title, name).not.toMatch(/ {2}/);
      }
      const plain = connector.render({ ...CAM_XA_DOAI, name: 'Nem chua Thanh Hoá', net });
      expect(plain.title).toMatch(/^(\[OCOP 4★\] )?Nem chua Thanh Hoá (Nghĩa Đàn )?500 g/);
    });

    it('is deterministic and writes NFC whatever the input', () => {
      const decomposed = { ...CAM_XA_DOAI, name: CAM_XA_DOAI.name.normalize('NFD') };
      const listing = connector.render(decomposed);
      expect(listing).toEqual(connector.render(CAM_XA_DOAI));
      expect(listing.title).toBe(listing.title.normalize('NFC'));
    });

    it('says OCOP stars, origin, planting area and the trace URL, within the length rules', () => {
      const listing = connector.render(CAM_XA_DOAI);
      expect(listing.description).toContain('OCOP 4 sao ★★★★');
      expect(listing.description).toContain('Xã Nghĩa Đàn, Tỉnh Nghệ An');
      expect(listing.description).toContain('VN-NA-ND-0123');
      expect(listing.description).toContain('https://nguongoc.vn/t/3KX9T2M7QAH');
      expect(listing.title).toMatch(/OCOP 4/);
      expect([...listing.title].length).toBeLessThanOrEqual(rules.titleLength.value.max);
      expect(listing.qrImage).toBe('CAM-XD-1KG-qr.png');
      const gtin = connector.render(CATALOGUE[1]!);
      expect(gtin.traceUrl).toBe('https://nguongoc.vn/01/08934602000019/10/VQ-2611');
    });

    it('shortens only the producer’s text when the description is too long, with a warning', () => {
      const long = { ...CAM_XA_DOAI, description: 'Cam ngọt. '.repeat(2000) };
      const listing = connector.render(long);
      expect([...listing.description].length).toBeLessThanOrEqual(
        rules.descriptionLength.value.max,
      );
      expect(listing.description).toContain('https://nguongoc.vn/t/3KX9T2M7QAH');
      expect(connector.validate(long).findings.map((f) => f.code)).toContain(
        'description.truncated',
      );
    });
  });

  describe(`${id}: export`, () => {
    it('writes the bulk-upload sheet the golden file holds, cell by cell', async () => {
      const result = await connector.exportCatalogue(CATALOGUE, {
        createdAt: CREATED,
        skipQrImages: true,
      });
      expect(result.refused).toEqual([]);
      const cells = await workbookCells(result.workbook);
      await expectGolden(`${id}-export.json`, cells);
      const listings = CATALOGUE.map((product) => connector.render(product));
      const skus = cells.rows.slice(-listings.length).map((row) => row[0]);
      expect(skus).toEqual(listings.map((listing) => listing.sku));
    });

    it('writes every named image and a QR code that scans to the trace URL', async () => {
      const result = await connector.exportCatalogue([CAM_XA_DOAI, MAY_TRE_CON_CUONG]);
      const files = unzipSync(result.archive);
      const listing = connector.render(CAM_XA_DOAI);
      expect(Object.keys(files).sort()).toEqual(
        [
          ...listing.images.map((i) => i.name),
          listing.qrImage,
          'GIO-MAY-01-1.png',
          'GIO-MAY-01-2.png',
          'GIO-MAY-01-3.png',
          'GIO-MAY-01-qr.png',
        ].sort(),
      );
      expect(files['CAM-XD-1KG-2.png']).toEqual(CAM_XA_DOAI.images[1]!.data);
      const png = PNG.sync.read(Buffer.from(files['CAM-XD-1KG-qr.png']!));
      expect(Math.min(png.width, png.height)).toBeGreaterThanOrEqual(
        rules.imageSize.value.minSidePx,
      );
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe('https://nguongoc.vn/t/3KX9T2M7QAH');
    });

    it('leaves out refused products and says why', async () => {
      const bad = { ...CAM_XA_DOAI, sku: 'CAM-BAD', priceVnd: 0 };
      const result = await connector.exportCatalogue([bad, MAY_TRE_CON_CUONG], {
        skipQrImages: true,
      });
      expect(result.refused.map((r) => [r.sku, r.ready])).toEqual([['CAM-BAD', false]]);
      expect(result.exported.map((e) => e.sku)).toEqual(['GIO-MAY-01']);
      const cells = await workbookCells(result.workbook);
      expect(cells.rows.flat()).not.toContain('CAM-BAD');
    });

    it('exports only what changed since the previous hashes', async () => {
      const first = await connector.exportCatalogue(CATALOGUE, { skipQrImages: true });
      const previousHashes = new Map(first.exported.map((entry) => [entry.sku, entry.hash]));
      const again = await connector.exportCatalogue(CATALOGUE, {
        previousHashes,
        skipQrImages: true,
      });
      expect(again.exported).toEqual([]);
      expect(again.unchanged).toEqual(CATALOGUE.map((product) => product.sku));

      const cheaper = CATALOGUE.map((p) =>
        p.sku === 'GAO-TX-5KG' ? { ...p, priceVnd: 169_000 } : p,
      );
      const newImage = CATALOGUE.map((p) =>
        p.sku === 'GIO-MAY-01'
          ? { ...p, images: [pngImage('x.png', 800, 800, 7), ...p.images.slice(1)] }
          : p,
      );
      for (const [changed, sku] of [
        [cheaper, 'GAO-TX-5KG'],
        [newImage, 'GIO-MAY-01'],
      ] as const) {
        const delta = await connector.exportCatalogue(changed, {
          previousHashes,
          skipQrImages: true,
        });
        expect(delta.exported.map((e) => e.sku)).toEqual([sku]);
        expect(delta.exported[0]!.hash).not.toBe(previousHashes.get(sku));
        const rows = (await workbookCells(delta.workbook)).rows;
        expect(rows.filter((row) => row[0] === sku)).toHaveLength(1);
        expect(rows.filter((row) => row[0] === 'CAM-XD-1KG')).toHaveLength(0);
        expect(Object.keys(unzipSync(delta.archive)).every((name) => name.startsWith(sku))).toBe(
          true,
        );
      }
    });

    it('refuses a catalogue with one SKU twice', async () => {
      await expect(connector.exportCatalogue([CAM_XA_DOAI, CAM_XA_DOAI])).rejects.toThrow(
        `${prefix}SKU CAM-XD-1KG`,
      );
    });
  });

  describe(`${id}: import orders`, () => {
    const expectGoodFile = (result: ImportResult) => {
      expect(result.exchange).toBe(id);
      expect(result.rowsRead).toBe(6);
      expect(result.rowsKept).toBe(6);
      expect(result.orders.map((o) => o.externalOrderId)).toEqual([
        'A1001',
        'A1002',
        'A1003',
        'A1004',
        'A1005',
      ]);
      expect(result.orders.reduce((sum, o) => sum + o.totalVnd, 0)).toBe(1_535_000);
      const [a1001, a1002, a1003, a1004, a1005] = result.orders;
      expect(a1001).toMatchObject({
        key: `${id}:A1001`,
        placedAt: '2026-11-02T08:15:00+07:00',
        status: 'delivered',
        totalVnd: 380_000,
        buyer: { provinceCode: '40', communeCode: '16941' },
      });
      // The order's two rows, one after the other below the header (and any title rows).
      const firstRow = a1001!.lines[0]!.row;
      expect(firstRow).toBeGreaterThanOrEqual(2);
      expect(a1001!.lines).toEqual([
        {
          key: `${id}:A1001:CAM-XD-1KG`,
          sku: 'CAM-XD-1KG',
          quantity: 2,
          unitPriceVnd: 65_000,
          amountVnd: 130_000,
          row: firstRow,
        },
        {
          key: `${id}:A1001:MATONG-VQ-500`,
          sku: 'MATONG-VQ-500',
          quantity: 1,
          unitPriceVnd: 250_000,
          amountVnd: 250_000,
          row: firstRow + 1,
        },
      ]);
      expect(result.skuColumn).not.toBe('');
      expect(a1002).toMatchObject({
        placedAt: '2026-11-03T19:40:00+07:00',
        status: 'shipping',
        totalVnd: 525_000,
      });
      expect(a1002!.buyer).toMatchObject({ provinceCode: '38', communeCode: '15499' }); // "Thanh Hóa" / "Thanh Hoá"
      expect(a1003).toMatchObject({ placedAt: '2026-11-04T10:05:00+07:00', status: 'cancelled' });
      expect(a1003!.buyer).toMatchObject({ provinceCode: '79', communeCode: '26743' });
      expect(a1004).toMatchObject({ status: 'confirmed', totalVnd: 240_000 });
      expect(a1004!.buyer).toMatchObject({ provinceCode: '01', communeCode: '00070' }); // "ha noi" / "hoan kiem"
      expect(a1005).toMatchObject({
        status: 'pending',
        buyer: { provinceText: 'Quảng Bình', provinceCode: null, communeCode: null },
      });
      expect(result.problems).toEqual([
        expect.objectContaining({
          severity: 'warning',
          code: 'address.unmatched',
          file: result.file,
        }),
      ]);
      expect(result.problems[0]!.message).toContain('Quảng Bình');
    };

    for (const kind of ['xlsx', 'csv'] as const) {
      it(`reads its ${kind} order export`, async () => {
        expectGoodFile(await connector.importOrders(fixture(`${id}-orders.${kind}`)));
      });
    }

    it('reads the same orders from bytes as from a path, in both formats alike', async () => {
      const name = `${id}-orders.xlsx`;
      const fromBytes = await connector.importOrders({
        name,
        data: readFileSync(fixture(name).path),
      });
      const fromCsv = await connector.importOrders(fixture(`${id}-orders.csv`));
      const fromPath = await connector.importOrders(fixture(name));
      expect(fromBytes.orders).toEqual(fromPath.orders);
      expect(fromCsv.orders).toEqual(fromPath.orders);
    });

    it('sees the same orders in an export whose rows come in another order', async () => {
      const name = `${id}-orders.csv`;
      const lines = readFileSync(fixture(name).path, 'utf8').trimEnd().split('\r\n');
      const original = await connector.importOrders({
        name,
        data: Buffer.from(lines.join('\r\n')),
      });
      const firstData = original.orders[0]!.lines[0]!.row - 1; // 0-based index of the first data row
      const reversed = [...lines.slice(0, firstData), ...lines.slice(firstData).reverse()];
      const resorted = await connector.importOrders({
        name,
        data: Buffer.from(reversed.join('\n')),
      });
      const hashes = (result: typeof original) =>
        new Map(result.orders.map((order) => [order.key, order.contentHash]));
      expect(hashes(resorted)).toEqual(hashes(original));
      // The rows moved, and the lines say where they are now.
      const row = (result: typeof original) =>
        result.orders.find((order) => order.key === `${id}:A1001`)!.lines[0]!.row;
      expect(row(resorted)).not.toBe(row(original));
    });

    it('creates nothing new when the same file is imported twice, and sees a status move on', async () => {
      const first = await connector.importOrders(fixture(`${id}-orders.xlsx`));
      const kept = new Map(first.orders.map((order) => [order.key, order.contentHash]));
      const second = await connector.importOrders(fixture(`${id}-orders.csv`));
      const diff = diffOrders(kept, second.orders);
      expect(diff.added).toEqual([]);
      expect(diff.changed).toEqual([]);
      expect(diff.unchanged).toHaveLength(5);
      expect(diffOrders(new Set(kept.keys()), second.orders).added).toEqual([]);

      const moved = {
        ...second.orders[1]!,
        status: 'delivered' as const,
        contentHash: 'different',
      };
      const later = diffOrders(kept, [moved, second.orders[0]!]);
      expect(later.changed.map((o) => o.key)).toEqual([`${id}:A1002`]);
      expect(diffOrders(new Map(), second.orders).added).toHaveLength(5);
    });

    it('keeps the good rows of a malformed file and names each bad one by row, column and reason', async () => {
      const style = id === 'voso' ? 'csv' : 'xlsx';
      const result = await connector.importOrders(fixture(`${id}-orders-malformed.${style}`));
      const headerRow = id === 'postmart' ? 3 : 1; // PostMart puts two title lines above its header
      const row = (n: number) => headerRow + n;
      expect(result.orders.map((o) => [o.externalOrderId, o.lines.length, o.totalVnd])).toEqual([
        ['B2001', 1, 65_000],
        ['B2002', 1, 250_000],
        ['B2003', 1, 350_000],
      ]);
      expect(result.rowsRead).toBe(13); // the empty row is not a row
      expect(result.rowsKept).toBe(3);
      const seen = result.problems.map((p) => [p.severity, p.row, p.code]);
      expect(seen).toEqual([
        ['error', row(2), 'order_id.missing'],
        ['error', row(3), 'sku.invalid'],
        ['error', row(4), 'quantity.invalid'],
        ['error', row(5), 'amount.mismatch'],
        ['error', row(6), 'time.unreadable'],
        ['error', row(7), 'status.unknown'],
        ['error', row(8), 'amount.unreadable'],
        ['warning', row(9), 'row.duplicate'],
        ['error', row(10), 'line.conflict'],
        ['warning', row(11), 'address.unmatched'],
        ['error', row(12), 'order.conflict'],
      ]);
      for (const problem of result.problems) {
        expect(problem.message.startsWith(prefix)).toBe(true);
        expect(problem.message).toContain(`dòng ${problem.row}`);
        expect(problem.message).toContain(`row ${problem.row}`);
        if (problem.column !== '') expect(problem.message).toContain(`"${problem.column}"`);
      }
      expect(result.problems.find((p) => p.code === 'status.unknown')!.message).toContain(
        'Đang xử lý kho',
      );
    });

    it('refuses a file without the needed columns, naming them', async () => {
      const data = new TextEncoder().encode('Mã đơn hàng,Ghi chú\nA1,x\n');
      await expect(connector.importOrders({ name: 'thieu-cot.csv', data })).rejects.toThrow(
        /\[connectors\] \[.+\] không tìm thấy dòng tiêu đề.*"Số lượng".*thieu-cot\.csv/,
      );
    });

    it('refuses a file that is not what its name says', async () => {
      const data = new TextEncoder().encode('Mã đơn hàng,SKU\n');
      await expect(connector.importOrders({ name: 'don-hang.xlsx', data })).rejects.toMatchObject({
        code: 'import.unreadable',
        exchange: id,
      });
      await expect(connector.importOrders({ name: 'don-hang.pdf', data })).rejects.toMatchObject({
        code: 'import.format',
      });
    });
  });

  describe(`${id}: push`, () => {
    it('publishes the rendered listings as a JSON and an XML product feed', async () => {
      const listings = CATALOGUE.map((product) => connector.render(product));
      const feed = new ProductFeedTransport({
        title: 'HTX Cam Nghĩa Đàn',
        link: 'https://nguongoc.vn/htx/cam-nghia-dan',
        imageBase: `https://nguongoc.vn/media/${id}/`,
        generatedAt: CREATED,
      });
      const result = await feed.push(listings);
      expect(result.count).toBe(4);
      const decode = (name: string) =>
        new TextDecoder().decode(result.files.find((f) => f.name === name)!.data);
      const json = JSON.parse(decode('feed.json'));
      expect(json.format).toBe('nguongoc-product-feed/1');
      expect(json.items.map((item: { id: string }) => item.id)).toEqual([
        'CAM-XD-1KG',
        'GAO-TX-5KG',
        'GIO-MAY-01',
        'MATONG-VQ-500',
      ]);
      const xml = new XMLParser({ ignoreAttributes: false }).parse(decode('feed.xml'));
      const items = xml.rss.channel.item as Record<string, unknown>[];
      expect(items.map((item) => item['g:id'])).toEqual(
        json.items.map((item: { id: string }) => item.id),
      );
      const cam = items[0]!;
      expect(cam.title).toBe(listings[0]!.title);
      expect(cam['g:price']).toBe('65000 VND');
      expect(cam['g:image_link']).toBe(`https://nguongoc.vn/media/${id}/CAM-XD-1KG-1.png`);
      expect(cam.link).toBe('https://nguongoc.vn/t/3KX9T2M7QAH');
      expect(items[1]!['g:availability']).toBe('out_of_stock');
    });
  });
}
