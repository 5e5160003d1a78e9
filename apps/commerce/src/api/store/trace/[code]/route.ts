import { createHash } from 'node:crypto';
import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { StoreTraceAnswer } from '@nguongoc/contracts';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';

/**
 * GET /store/trace/:code: the lot bundle that the trace page verifies in the browser, with the
 * verifier keys of its ledger (`verifier_keys`). A bundle only changes when a new checkpoint is
 * signed, so its ETag is the checkpoint's hash, and a repeated request with If-None-Match costs
 * one indexed lookup and no body.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const code = req.params.code!;
  const checkpoint = await trace.lotCheckpoint(code);
  const etag = `"${createHash('sha256').update(checkpoint.note).digest('base64url').slice(0, 27)}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'public, max-age=30, stale-while-revalidate=300');
  if (req.headers['if-none-match'] === etag) {
    res.status(304).end();
    return;
  }
  const [bundle, verifierKeys] = await Promise.all([
    trace.lotBundle(code),
    trace.verifierKeys(checkpoint.origin),
  ]);
  res.json({ bundle, verifier_keys: verifierKeys } satisfies StoreTraceAnswer);
}
