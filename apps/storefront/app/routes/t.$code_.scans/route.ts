import type { ActionFunctionArgs } from '@remix-run/node';
import { recordScan } from '../../trace/scan.server';

// POST /t/:code/scans: the page's script records a scan; the answer is the cloned-code verdict.
// The buyer's address (Express's req.ip) goes on to the backend for its per-client limit.
export function action({ request, params, context }: ActionFunctionArgs) {
  return recordScan(request, params.code ?? '', context.clientIp);
}
