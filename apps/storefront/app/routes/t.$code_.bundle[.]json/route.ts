import type { LoaderFunctionArgs } from '@remix-run/node';
import { bundleResponse } from '../../trace/trace.server';

// /t/:code/bundle.json: the lot bundle and its ledger's keys, for the page's verification script.
export function loader({ params }: LoaderFunctionArgs) {
  return bundleResponse(params.code ?? '');
}
