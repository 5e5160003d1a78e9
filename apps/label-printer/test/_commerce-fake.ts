// The commerce backend's admin routes the label printer uses, answering with their contracts'
// shapes (@nguongoc/contracts: a fake that drifts from them does not compile), built from
// trace-core's sample lot and a second lot of a product with a GTIN. No Medusa is started.
// `answers` replaces an answer, to break it. `POST /admin/trace/lots/:lot/serials` is recorded in
// `serials` (the body as sent) and answered 201, or `serialsStatus` to refuse it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LotDetailAnswer, ProductLotsAnswer } from '@nguongoc/contracts';
import {
  type Lot,
  type Product,
  generateNoteKeys,
  generateShortCode,
  lotStory,
  verifyLotBundle,
} from '@nguongoc/trace-core';
import {
  LEDGER_ORIGIN,
  lot,
  orchard,
  packingHouse,
  product,
  sampleLedger,
} from '@nguongoc/trace-core/sample-lot';

export const ADMIN_TOKEN = 'sk_admin_test_label_printer';
export const PRODUCT_ID = 'prod_01CAMVINH';

/** A product with a GTIN: its unit labels carry serials (AI 21), which are registered. */
export const gtinProduct: Product = {
  ...product,
  id: 'mat-ong-hoa-nhan-500g',
  name: 'Mật ong hoa nhãn 500 g',
  sku: 'MO-500G',
  gtin: '08934602000019',
};
export const gtinLot: Lot = {
  ...lot,
  id: generateShortCode((length) => new Uint8Array(length).fill(7)),
  code: 'MO-2611-A',
  productId: gtinProduct.id,
};

/** A body the fake recorded from `POST /admin/trace/lots/:lot/serials`. */
export interface RecordedSerials {
  lot: string;
  body: unknown;
}

export async function startCommerceFake(
  answers: Record<string, unknown> = {},
  options: { serialsStatus?: number } = {},
): Promise<{
  url: string;
  requests: string[];
  serials: RecordedSerials[];
  close: () => Promise<void>;
}> {
  const ledger = sampleLedger();
  ledger.addRecord(gtinProduct);
  ledger.addRecord(gtinLot);
  const keys = generateNoteKeys(LEDGER_ORIGIN);
  const checkpoint = ledger.signCheckpoint(keys.signerKey);
  const bundles = new Map(
    [lot.id, gtinLot.id].map((id) => [id, ledger.lotBundle(id, checkpoint)] as const),
  );
  const requests: string[] = [];
  const serials: RecordedSerials[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.headers.authorization !== `Bearer ${ADMIN_TOKEN}`)
      return send(401, { type: 'unauthorized', message: 'Unauthorized' });
    const url = new URL(request.url ?? '/', 'http://fake');
    const serialsPath = /^\/admin\/trace\/lots\/([^/]+)\/serials$/.exec(url.pathname);
    if (serialsPath && request.method === 'POST') {
      const code = decodeURIComponent(serialsPath[1]!);
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        if (options.serialsStatus !== undefined) {
          return send(options.serialsStatus, {
            type: options.serialsStatus === 404 ? 'not_found' : 'unauthorized',
            message:
              options.serialsStatus === 404
                ? `Không tìm thấy lô ${code} / lot ${code} not found`
                : 'Unauthorized',
          });
        }
        if (!bundles.has(code)) {
          return send(404, {
            type: 'not_found',
            message: `Không tìm thấy lô ${code} / lot ${code} not found`,
          });
        }
        serials.push({ lot: code, body });
        send(201, { lot: code, from: body.from, to: body.to, width: body.width });
      });
      return;
    }
    if (url.pathname in answers) return send(200, answers[url.pathname]);
    if (url.pathname === `/admin/products/${PRODUCT_ID}/lots`) {
      return send(200, {
        lots: [
          {
            ...lot,
            trace_url: `https://nguongoc.vn/t/${lot.id}`,
            labels_url: `http://localhost:5180/?lot=${lot.id}`,
          },
        ],
        locations: [orchard, packingHouse],
      } satisfies ProductLotsAnswer);
    }
    const lotPath = /^\/admin\/trace\/lots\/([^/]+)$/.exec(url.pathname);
    const bundle = lotPath && bundles.get(decodeURIComponent(lotPath[1]!));
    if (bundle) {
      return send(200, {
        bundle,
        story: { vi: lotStory(bundle, 'vi'), en: lotStory(bundle, 'en') },
        verification: verifyLotBundle(bundle, [keys.verifierKey]),
      } satisfies LotDetailAnswer);
    }
    const code = lotPath?.[1] ?? url.pathname;
    return send(404, {
      type: 'not_found',
      message: `Không tìm thấy lô ${code} / lot ${code} not found`,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    serials,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export { lot as sampleLot, product as sampleProduct };
