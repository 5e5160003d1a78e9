// The commerce backend's two admin routes the label printer reads, answering with their
// contracts' shapes (@nguongoc/contracts: a fake that drifts from them does not compile), built
// from trace-core's sample lot. No Medusa is started. `answers` replaces an answer, to break it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LotDetailAnswer, ProductLotsAnswer } from '@nguongoc/contracts';
import { generateNoteKeys, lotStory, verifyLotBundle } from '@nguongoc/trace-core';
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

export async function startCommerceFake(answers: Record<string, unknown> = {}): Promise<{
  url: string;
  requests: string[];
  close: () => Promise<void>;
}> {
  const ledger = sampleLedger();
  const keys = generateNoteKeys(LEDGER_ORIGIN);
  const bundle = ledger.lotBundle(lot.id, ledger.signCheckpoint(keys.signerKey));
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.headers.authorization !== `Bearer ${ADMIN_TOKEN}`)
      return send(401, { type: 'unauthorized', message: 'Unauthorized' });
    const url = new URL(request.url ?? '/', 'http://fake');
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
    if (lotPath && decodeURIComponent(lotPath[1]!) === lot.id) {
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export { lot as sampleLot, product as sampleProduct };
