import { ContractError, lotDetailAnswer, productLotsAnswer, readAnswer } from '@nguongoc/contracts';
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
 * `GET /admin/products/:id/lots` for every lot of a product. Each answer is read through its
 * contract (`@nguongoc/contracts`).
 * @throws LabelError naming the lot or product the API does not know, its refusal, or the
 *   field of an answer that breaks its contract (`commerce.answer`).
 */
export async function lotsFromCommerce(
  api: CommerceApi,
  request: { lots?: string[]; product?: string },
): Promise<LotInfo[]> {
  const ids = [...(request.lots ?? [])];
  if (request.product !== undefined) {
    const body = await getJson(
      api,
      `/admin/products/${encodeURIComponent(request.product)}/lots`,
      `sản phẩm ${request.product}`,
      `product ${request.product}`,
      (answer) => readAnswer(productLotsAnswer, answer, 'GET /admin/products/:id/lots'),
    );
    if (body.lots.length === 0) {
      throw new LabelError(
        'lot.none',
        {
          vi: `sản phẩm ${request.product} chưa có lô nào`,
          en: `product ${request.product} has no lots`,
        },
        { file: api.url },
      );
    }
    ids.push(...body.lots.map((lot) => lot.id));
  }
  const lots: LotInfo[] = [];
  for (const id of ids) {
    const body = await getJson(
      api,
      `/admin/trace/lots/${encodeURIComponent(id)}`,
      `lô ${id}`,
      `lot ${id}`,
      (answer) => readAnswer(lotDetailAnswer, answer, 'GET /admin/trace/lots/:lot'),
    );
    const info = lotInfoFromBundle(body.bundle);
    if (!info) {
      throw new LabelError(
        'lot.incomplete',
        {
          vi: `lô ${id}: API không trả về sản phẩm của lô`,
          en: `lot ${id}: the API answer has no product record for it`,
        },
        { file: api.url },
      );
    }
    lots.push(info);
  }
  return lots;
}

/** GETs `path` and reads its JSON with `read` (a contract's `readAnswer`). */
async function getJson<T>(
  api: CommerceApi,
  path: string,
  whatVi: string,
  whatEn: string,
  read: (answer: unknown) => T,
): Promise<T> {
  const url = new URL(path, api.url.endsWith('/') ? api.url : `${api.url}/`).toString();
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${api.token}`, accept: 'application/json' },
    });
  } catch (error) {
    throw new LabelError('commerce.unreachable', {
      vi: `không kết nối được ${api.url} (${(error as Error).message})`,
      en: `cannot reach ${api.url} (${(error as Error).message})`,
    });
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
      { vi: `không tìm thấy ${whatVi} (404${said})`, en: `${whatEn} not found (404${said})` },
      { file: url },
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new LabelError(
      'commerce.unauthorized',
      {
        vi: `token quản trị bị từ chối (${response.status})`,
        en: `the admin token was refused (${response.status})`,
      },
      { file: url },
    );
  }
  if (!response.ok) {
    throw new LabelError(
      'commerce.error',
      {
        vi: `${whatVi}: API trả lỗi ${response.status}`,
        en: `${whatEn}: the API answered ${response.status}`,
      },
      { file: url },
    );
  }
  const answer: unknown = await response.json().catch(() => undefined);
  try {
    return read(answer);
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    throw new LabelError(
      'commerce.answer',
      {
        vi: `${whatVi}: ${error.messageVi}`,
        en: `${whatEn}: the API's answer breaks its contract: ${error.message}`,
      },
      { file: url },
    );
  }
}
