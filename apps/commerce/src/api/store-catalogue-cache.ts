import { createHash } from 'node:crypto';
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { ICachingModuleService, MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';

/** At most this stale: what entity tags cannot see (a tax rate, a revoked key) waits this long. */
const TTL_SECONDS = 60;

/**
 * Tag of every cached answer that sums up a product's lots (by its trace record's ID): a new lot
 * or new field work on one clears it.
 */
export const traceLotsTag = (traceProductId: string) => `TraceLots:${traceProductId}`;

/**
 * Tag of every cached answer that shows a ledger master record (a product's OCOP rating, a
 * planting area's code, ADR 039): whoever writes a new version of it clears the tag
 * ({@link clearLedgerRecordCache}).
 */
export const traceRecordTag = (type: 'product' | 'location', id: string) =>
  `TraceRecord:${type}:${id}`;

/**
 * The tags of a product's origin answer, beside those computed from its body. Medusa's own:
 * `Product:list:*`, as the answer lists the cooperative's products (any product's event clears
 * it: published, unpublished, deleted), and the cooperative's, which its module's events clear.
 * NguonGoc's for its lots, which the admin's trace routes clear ({@link clearStoreCache}), and
 * for the ledger records its facts come from (the product record, the planting area).
 */
export function originCacheTags(
  productId: string,
  cooperativeId: string | undefined,
  traceProductId: string | undefined,
  plantingAreaId?: string,
): string[] {
  return [
    'Product:list:*',
    `Product:${productId}`,
    ...(cooperativeId ? [`Cooperative:${cooperativeId}`] : []),
    ...(traceProductId
      ? [traceLotsTag(traceProductId), traceRecordTag('product', traceProductId)]
      : []),
    ...(plantingAreaId ? [traceRecordTag('location', plantingAreaId)] : []),
  ];
}

/**
 * Clears the cached store answers that show a ledger record, after a new version of it is
 * recorded (a product's OCOP rating, a planting area's code): the shop shows the change at once.
 */
export function clearLedgerRecordCache(
  scope: MedusaContainer,
  record: { type: 'product' | 'location'; id: string },
): Promise<void> {
  return clearStoreCache(scope, [traceRecordTag(record.type, record.id)]);
}

/**
 * Clears the cached store answers with these tags, on every server that shares the cache. A
 * cache that cannot be cleared does not fail the write that asked: its answers expire anyway.
 */
export async function clearStoreCache(scope: MedusaContainer, tags: string[]): Promise<void> {
  try {
    await scope.resolve<ICachingModuleService>(Modules.CACHING).clear({ tags });
  } catch (error) {
    scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`store cache: ${tags.join(', ')}: ${error instanceof Error ? error.message : error}`);
  }
}

/**
 * Caches the store's catalogue answers (`GET /store/products`, `GET /store/products/:id` and
 * NguonGoc's `GET /store/products/:id/origin`) in Medusa's Caching Module, for anonymous
 * shoppers only: a signed-in customer may have prices of their own, so a request with a login
 * (bearer token or session cookie) always goes through.
 *
 * The key is the URL (filters, region, currency, fields) with the publishable key (sales
 * channels) and the language headers. Each entry is tagged with the entities in the answer
 * (products, variants, prices, categories...), so that the modules' own events clear it when
 * one changes, on this server or, with Redis, on every server; a product created joins the lists
 * through the tag `Product:list:*`. A route adds tags that its body does not show in
 * `res.locals.cacheTags` (the origin of a product: its lots in the trace ledger).
 */
export async function storeCatalogueCache(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
): Promise<void> {
  if (req.headers.authorization || /connect\.sid=/.test(req.headers.cookie ?? '')) return next();
  const caching = req.scope.resolve<ICachingModuleService>(Modules.CACHING);
  const key = `nguongoc:store:${createHash('sha256')
    .update(
      JSON.stringify([
        req.originalUrl,
        req.headers['x-publishable-api-key'],
        req.headers['x-medusa-locale'],
        req.headers['accept-language'],
      ]),
    )
    .digest('base64url')}`;
  const hit = (await caching.get({ key })) as { body?: string } | null;
  if (typeof hit?.body === 'string') {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('x-cache', 'HIT');
    res.end(hit.body);
    return;
  }
  const send = res.json.bind(res);
  res.json = (body: unknown) => {
    if (res.statusCode === 200 && body && typeof body === 'object') {
      const text = JSON.stringify(body);
      const extra = (res.locals.cacheTags ?? []) as string[];
      void caching
        .computeTags(body)
        .then((tags) =>
          caching.set({ key, data: { body: text }, tags: [...tags, ...extra], ttl: TTL_SECONDS }),
        )
        .catch(() => undefined); // a cache that cannot be written only costs the next request
    }
    res.setHeader('x-cache', 'MISS');
    return send(body);
  };
  next();
}
