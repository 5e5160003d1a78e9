import { readAnswer, storeGs1LotAnswer } from '@nguongoc/contracts';
import { TraceFormatError, normalizeGtin, normalizeShortCode } from '@nguongoc/trace-core';
import { data } from '@remix-run/node';
import { LRUCache } from 'lru-cache';
import { environment } from '../env.server';
import { otherLanguage, translator } from '../i18n';
import { languageOf } from '../i18n/language.server';
import {
  BundleLookupError,
  type BundleCache,
  createBundleCache,
  outsideContract,
} from './bundle-cache.server';
import { provinceChoices } from './provinces.server';
import { traceMessages } from './trace-messages';
import { traceView } from './trace-view.server';
import { verifyScriptUrl } from './verify-script.server';

// The trace page's server side: the lot bundle from the backend (kept by bundle-cache.server.ts),
// read into the page's content; GS1 Digital Link paths resolved to the lot's short code (scans
// are passed on by scan.server.ts). Every answer of the backend is read through its contract
// (@nguongoc/contracts), so the browser gets only what the contract names.

/** How long a trace page may be kept by the page cache and browsers: that of its bundle. */
const PAGE_MAX_AGE_SECONDS = 30;

/** What a trace route's error boundary gets: which code was asked for, and what went wrong. */
export interface TraceFailure {
  code: string;
  reason: 'not_found' | 'unavailable';
}

let bundles: BundleCache | undefined;
const bundleCache = () =>
  (bundles ??= createBundleCache({
    backendUrl: environment().MEDUSA_BACKEND_URL,
    publishableKey: environment().MEDUSA_PUBLISHABLE_KEY,
  }));

/** The trace page of `code` (a lot's short code), for the `/t/:code` and GS1 routes' loaders. */
export async function tracePage(request: Request, code: string, serial?: string) {
  const language = await languageOf(request);
  const { bundle } = await lookup(code, () => bundleCache().get(normalizeShortCode(code)));
  const view = traceView(bundle, language);
  const t = translator(language);
  const url = new URL(request.url);
  return data(
    {
      language,
      view,
      serial,
      messages: traceMessages(t, view, provinceChoices(language)),
      links: {
        bundle: `/t/${view.code}/bundle.json`,
        scans: `/t/${view.code}/scans`,
        script: verifyScriptUrl(),
        otherLanguage: `${url.pathname}?lang=${otherLanguage(language)}`,
        product: `/products/${encodeURIComponent(bundle.records.find((r) => r.record.type === 'product')?.record.id ?? '')}`,
      },
      canonicalUrl: `${environment().STOREFRONT_URL}${url.pathname}`,
    },
    { headers: { 'Cache-Control': `public, max-age=${PAGE_MAX_AGE_SECONDS}` } },
  );
}

/** The JSON the verification script fetches: `{ bundle, verifierKeys }`, as the backend sent. */
export async function bundleResponse(code: string): Promise<Response> {
  const { body, etag } = await lookup(code, () => bundleCache().get(normalizeShortCode(code)));
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': `public, max-age=${PAGE_MAX_AGE_SECONDS}`,
      ...(etag ? { ETag: etag } : {}),
    },
  });
}

const gs1Codes = new LRUCache<string, string>({ max: 10_000, ttl: 300_000 });

/** The short code of the lot that a GS1 Digital Link (`/01/<gtin>/10/<lot>`) names. */
export async function resolveDigitalLink(gtin: string, lotNumber: string): Promise<string> {
  const key = `${gtin}/${lotNumber}`;
  const known = gs1Codes.get(key);
  if (known) return known;
  const code = await lookup(`01/${gtin}/10/${lotNumber}`, async () => {
    const url = new URL(
      `/store/trace/gs1/${encodeURIComponent(normalizeGtin(gtin))}/${encodeURIComponent(lotNumber)}`,
      environment().MEDUSA_BACKEND_URL,
    );
    const response = await fetch(url, {
      headers: { 'x-publishable-api-key': environment().MEDUSA_PUBLISHABLE_KEY },
    }).catch((error: unknown) => {
      throw new BundleLookupError(502, {
        vi: `không kết nối được máy chủ: ${String(error)}`,
        en: `backend unreachable: ${String(error)}`,
      });
    });
    if (!response.ok) {
      throw new BundleLookupError(response.status, {
        vi: `tra mã GS1: ${response.status}`,
        en: `GS1 lookup: ${response.status}`,
      });
    }
    try {
      const answer: unknown = await response.json();
      return readAnswer(storeGs1LotAnswer, answer, 'GET /store/trace/gs1/:gtin/:lot').code;
    } catch (error) {
      throw outsideContract(error, `GET ${url.pathname}`);
    }
  });
  gs1Codes.set(key, code);
  return code;
}

// Scans: scan.server.ts.

/** Runs a lookup; a code that is not a code, or that the backend does not know, is a 404. */
async function lookup<T>(code: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const notFound =
      error instanceof TraceFormatError ||
      (error instanceof BundleLookupError && (error.status === 404 || error.status === 400));
    if (!notFound) {
      console.error(
        `[storefront] [trace] ${code}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    throw data<TraceFailure>(
      { code, reason: notFound ? 'not_found' : 'unavailable' },
      { status: notFound ? 404 : 503 },
    );
  }
}
