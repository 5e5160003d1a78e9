import type { LoaderFunctionArgs } from '@remix-run/node';
import { TraceErrorBoundary, TraceRoute } from '../../trace/trace-route';
import { tracePage } from '../../trace/trace.server';

// /t/:code: the trace page of a lot, from the short code on its QR label.
export { handle, headers, meta } from '../../trace/trace-route';

export function loader({ request, params }: LoaderFunctionArgs) {
  return tracePage(request, params.code ?? '');
}

export default TraceRoute;
export const ErrorBoundary = TraceErrorBoundary;
