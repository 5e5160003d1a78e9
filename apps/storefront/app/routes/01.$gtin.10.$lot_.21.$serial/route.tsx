import type { LoaderFunctionArgs } from '@remix-run/node';
import { TraceErrorBoundary, TraceRoute } from '../../trace/trace-route';
import { resolveDigitalLink, tracePage } from '../../trace/trace.server';

// /01/:gtin/10/:lot/21/:serial: a serialised unit's GS1 Digital Link. The page is its lot's; its
// scans are counted by serial, so that a copied unit label stands out.
export { handle, headers, meta } from '../../trace/trace-route';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = await resolveDigitalLink(params.gtin ?? '', params.lot ?? '');
  return tracePage(request, code, params.serial);
}

export default TraceRoute;
export const ErrorBoundary = TraceErrorBoundary;
