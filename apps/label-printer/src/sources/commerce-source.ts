import { ContractError, lotDetailAnswer, productLotsAnswer, readAnswer } from '@nguongoc/contracts';
import { LabelError } from '../errors.js';
import type { LotInfo, SerialRange } from '../lot-labels.js';
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
    const body = await apiJson(
      api,
      { method: 'GET' },
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
    const body = await apiJson(
      api,
      { method: 'GET' },
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

/**
 * Registers unit serials the label printer is about to print: `POST /admin/trace/lots/:lot/serials`
 * `{from, to, width}` (contract `printedSerialsBody`), answered 201 with the range recorded. The hub
 * accepts scans of a unit serial only once it is registered (issue #22, ADR 036), so this is done
 * before the job is made, and a refusal stops the job.
 * @param lot The lot's short code (its record ID, as in `GET /admin/trace/lots/:lot`).
 * @throws LabelError `serials.unregistered`, naming the range, the lot and why.
 */
export async function registerPrintedSerials(
  api: CommerceApi,
  lot: string,
  range: SerialRange,
): Promise<void> {
  const body = { from: range.from, to: range.to, width: range.width };
  await apiJson(
    api,
    { method: 'POST', body },
    `/admin/trace/lots/${encodeURIComponent(lot)}/serials`,
    `lô ${lot}`,
    `lot ${lot}`,
    (answer) => {
      const recorded = answer as Partial<typeof body> | null;
      if (
        recorded?.from !== body.from ||
        recorded.to !== body.to ||
        recorded.width !== body.width
      ) {
        throw new ContractError('POST /admin/trace/lots/:lot/serials', {
          vi: 'câu trả lời không nêu đúng dải số sê-ri đã gửi',
          en: 'the answer does not name the range that was sent',
        });
      }
    },
  ).catch((error: unknown) => {
    throw error instanceof LabelError ? unregistered(lot, range, error) : error;
  });
}

/** The range as the labels write it: `0001-0200`. */
export function serialRangeText(range: SerialRange): string {
  const text = (serial: number) => String(serial).padStart(range.width, '0');
  return range.from === range.to ? text(range.from) : `${text(range.from)}-${text(range.to)}`;
}

/** A registration that failed: the job is not made (a unit label the hub does not know). */
export function unregistered(lot: string, range: SerialRange, cause: LabelError): LabelError {
  const serials = serialRangeText(range);
  return new LabelError(
    'serials.unregistered',
    {
      vi: `không đăng ký được số sê-ri ${serials} của lô ${lot} nên không in (máy chủ chưa biết các số này, quét nhãn sẽ báo "không kiểm tra được"): ${cause.messageVi}`,
      en: `could not register serials ${serials} of lot ${lot}, so nothing is printed (the hub would not know them, and a scan would say "could not check"): ${cause.messageEn}`,
    },
    cause.location,
  );
}

/** Sends `request` to `path` and reads the JSON answer with `read` (a contract's `readAnswer`). */
async function apiJson<T>(
  api: CommerceApi,
  request: { method: 'GET' } | { method: 'POST'; body: unknown },
  path: string,
  whatVi: string,
  whatEn: string,
  read: (answer: unknown) => T,
): Promise<T> {
  const url = new URL(path, api.url.endsWith('/') ? api.url : `${api.url}/`).toString();
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method,
      headers: {
        authorization: `Bearer ${api.token}`,
        accept: 'application/json',
        ...(request.method === 'POST' && { 'content-type': 'application/json' }),
      },
      ...(request.method === 'POST' && { body: JSON.stringify(request.body) }),
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
