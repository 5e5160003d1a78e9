import { verifyScriptUrl } from '../../trace/verify-script.server';

// /trace-verify.js: the verification script, bundled on request, where no build has made it
// (Vite's dev server, tests). A built server names its fingerprinted file instead.
export async function loader() {
  if (verifyScriptUrl() !== '/trace-verify.js') return new Response('Not found', { status: 404 });
  const { bundleTraceScript } = await import('../../../scripts/trace-script.mjs');
  return new Response(await bundleTraceScript(), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
}
