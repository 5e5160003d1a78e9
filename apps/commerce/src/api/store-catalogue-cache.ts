import { createHash } from 'node:crypto';
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { ICachingModuleService } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';

/** At most this stale: what entity tags cannot see (a tax rate, a revoked key) waits this long. */
const TTL_SECONDS = 60;

/**
 * Caches the store's catalogue answers (`GET /store/products`, `GET /store/products/:id`) in
 * Medusa's Caching Module, for anonymous shoppers only: a signed-in customer may have prices of
 * their own, so a request with a login (bearer token or session cookie) always goes through.
 *
 * The key is the URL (filters, region, currency, fields) with the publishable key (sales
 * channels) and the language headers. Each entry is tagged with the entities in the answer
 * (products, variants, prices, categories...), so that the modules' own events clear it when
 * one changes, on this server or, with Redis, on every server; a product created joins the lists
 * through the tag `Product:list:*`.
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
      void caching
        .computeTags(body)
        .then((tags) => caching.set({ key, data: { body: text }, tags, ttl: TTL_SECONDS }))
        .catch(() => undefined); // a cache that cannot be written only costs the next request
    }
    res.setHeader('x-cache', 'MISS');
    return send(body);
  };
  next();
}
