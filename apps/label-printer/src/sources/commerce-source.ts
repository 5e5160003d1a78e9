import type { LotBundle } from '@nguongoc/trace-core';
import { LabelError } from '../errors.js';
import type { LotInfo } from '../lot-labels.js';
import { lotInfoFromBundle } from './bundle-lot-info.js';

/** How to reach the commerce backend's admin API. */
export interface CommerceApi {
  /** `http://localhost:9000` */
  url: string;
  /** An admin API token (sent as `Authorization: Bearer …`). */
  token: string;
}

/**
 * Lots from the commerce admin API: `GET /admin/trace/lots/:lot` for each named lot, and
 * `GET /admin/products/:id/lots` for every lot of a product.
 * @throws LabelError naming the lot or product the API does not know, or its refusal.
 */
export async function lotsFromCommerce(
  api: CommerceApi,
  request: { lots?: string[]; product?: string },
): Promise<LotInfo[]> {
  const ids = [...(request.lots ?? [])];
  if (request.product !== undefined) {
    const body = (await getJson(
      api,
      `/admin/products/${encodeURIComponent(request.product)}/lots`,
      `sản phẩm ${request.product}`,
      `product ${request.product}`,
    )) as {
      lots?: { id: string }[];
    };
    if (!Array.isArray(body.lots) || body.lots.length === 0) {
      throw new LabelError(
        'lot.none',
        `sản phẩm ${request.product} chưa có lô nào`,
        `product ${request.product} has no lots`,
        { file: api.url },
      );
    }
    ids.push(...body.lots.map((lot) => lot.id));
  }
  const lots: LotInfo[] = [];
  for (const id of ids) {
    const body = (await getJson(
      api,
      `/admin/trace/lots/${encodeURIComponent(id)}`,
      `lô ${id}`,
      `lot ${id}`,
    )) as {
      bundle?: LotBundle;
    };
    const info = body.bundle && lotInfoFromBundle(body.bundle);
    if (!info) {
      throw new LabelError(
        'lot.incomplete',
        `lô ${id}: API không trả về sản phẩm của lô`,
        `lot ${id}: the API answer has no product record for it`,
        { file: api.url },
      );
    }
    lots.push(info);
  }
  return lots;
}

async function getJson(
  api: CommerceApi,
  path: string,
  whatVi: string,
  whatEn: string,
): Promise<unknown> {
  const url = new URL(path, api.url.endsWith('/') ? api.url : `${api.url}/`).toString();
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${api.token}`, accept: 'application/json' },
    });
  } catch (error) {
    throw new LabelError(
      'commerce.unreachable',
      `không kết nối được ${api.url} (${(error as Error).message})`,
      `cannot reach ${api.url} (${(error as Error).message})`,
    );
  }
  if (response.status === 404) {
    // Medusa's error body carries the backend's own (bilingual) message.
    const said = await response.json().then(
      (body: unknown) => {
        const message = (body as { message?: unknown } | null)?.message;
        return typeof message === 'string' ? `: ${message}` : '';
      },
      () => '',
    );
    throw new LabelError(
      'lot.unknown',
      `không tìm thấy ${whatVi} (404${said})`,
      `${whatEn} not found (404${said})`,
      { file: url },
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new LabelError(
      'commerce.unauthorized',
      `token quản trị bị từ chối (${response.status})`,
      `the admin token was refused (${response.status})`,
      { file: url },
    );
  }
  if (!response.ok) {
    throw new LabelError(
      'commerce.error',
      `${whatVi}: API trả lỗi ${response.status}`,
      `${whatEn}: the API answered ${response.status}`,
      { file: url },
    );
  }
  return response.json();
}
