import type { LoaderFunctionArgs } from '@remix-run/node';
import { TraceErrorBoundary, TraceRoute } from '../../trace/trace-route';
import { resolveDigitalLink, tracePage } from '../../trace/trace.server';

// /01/:gtin/10/:lot: the trace page of a lot from a GS1 Digital Link (GTIN and lot number).
export { handle, headers, meta } from '../../trace/trace-route';

export async function loader({ request, params }: LoaderFunctionArgs) {
  return tracePage(request, await resolveDigitalLink(params.gtin ?? '', params.lot ?? ''));
}

export default TraceRoute;
export const ErrorBoundary = TraceErrorBoundary;
