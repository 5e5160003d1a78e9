// Product image URLs are typed by staff and read by the backend when it builds an exchange's
// listing (src/workflows/channel/public-image-fetch.ts). A URL on loopback must not be fetched;
// an image uploaded through the File Module is read from it.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, adminToken, backend, ok } from './_http.js';

interface Finding {
  severity: string;
  code: string;
  field: string;
  index?: number;
  message: { vi: string; en: string };
}

let probe: http.Server;
const hits: string[] = [];
let probeUrl: string;
let cooperativeId: string;
let productId: string;
let imagesBefore: { url: string }[] = [];

beforeAll(async () => {
  // A service on the backend's own machine, as an attacker would name it.
  probe = http.createServer((request, response) => {
    hits.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(5 * 1024 * 1024));
  });
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  probeUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
  const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
    await adminApi('/admin/cooperatives'),
  );
  cooperativeId = cooperatives.find((c) => c.handle === 'htx-cam-nghia-dan')!.id;
  const { listings } = await ok<{ listings: { product_id: string }[] }>(
    await adminApi(`/admin/cooperatives/${cooperativeId}/channels`),
  );
  productId = listings[0]!.product_id;
  const { product } = await ok<{ product: { images: { url: string }[] | null } }>(
    await adminApi(`/admin/products/${productId}?fields=images.url`),
  );
  imagesBefore = (product.images ?? []).map(({ url }) => ({ url }));
});

afterAll(async () => {
  // Other test files count this cooperative's images (channels.test.ts): put them back.
  if (productId) {
    await ok(
      await adminApi(`/admin/products/${productId}`, {
        method: 'POST',
        body: JSON.stringify({ images: imagesBefore }),
      }),
    );
  }
  probe?.closeAllConnections();
  probe?.close();
});

async function upload(name: string, content: Uint8Array<ArrayBuffer>): Promise<string> {
  const form = new FormData();
  form.append('files', new Blob([content], { type: 'image/png' }), name);
  const response = await fetch(`${backend().url}/admin/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await adminToken()}` },
    body: form,
  });
  const { files } = await ok<{ files: { url: string }[] }>(response);
  return files[0]!.url;
}

describe('product images for the exchanges', () => {
  it('refuses a loopback URL unfetched, and reads an uploaded image from the File Module', async () => {
    const uploaded = await upload('cam-vinh.png', new Uint8Array(Buffer.from('\x89PNG\r\n')));
    // The File Module's local provider serves uploads on this backend's own (loopback) address.
    expect(new URL(uploaded).origin).toBe(new URL(backend().url).origin);
    const images = [
      { url: `${probeUrl}/admin-only.jpg` },
      { url: uploaded },
      { url: 'http://169.254.169.254/latest/meta-data/' },
    ];
    await ok(
      await adminApi(`/admin/products/${productId}`, {
        method: 'POST',
        body: JSON.stringify({ images }),
      }),
    );
    const { listings } = await ok<{
      listings: { product_id: string; exchange: string; findings: Finding[] }[];
    }>(await adminApi(`/admin/cooperatives/${cooperativeId}/channels`));
    const findings = listings
      .filter((listing) => listing.product_id === productId && listing.exchange === 'voso')
      .flatMap((listing) => listing.findings)
      .filter((finding) => finding.code === 'image.unreadable');
    expect(findings.map((finding) => [finding.field, finding.index])).toEqual([
      ['images', 0],
      ['images', 2],
    ]);
    expect(findings[0]!.message.vi).toContain('trỏ tới địa chỉ nội bộ 127.0.0.1');
    expect(findings[0]!.message.en).toContain('points to the non-public address 127.0.0.1');
    expect(findings[1]!.message.vi).toContain('169.254.169.254');
    expect(hits).toEqual([]);
  });
});
