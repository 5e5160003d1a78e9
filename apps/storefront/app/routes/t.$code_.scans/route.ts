import type { ActionFunctionArgs } from '@remix-run/node';
import { recordScan } from '../../trace/trace.server';

// POST /t/:code/scans: the page's script records a scan; the answer is the cloned-code verdict.
export function action({ request, params }: ActionFunctionArgs) {
  return recordScan(request, params.code ?? '');
}
