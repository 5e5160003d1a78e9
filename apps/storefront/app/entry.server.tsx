// Remix's Node entry, as its template has it (bots get the whole page, browsers the stream), with
// the environment checked when the server build is loaded (a bad setting stops the start) and
// the stray NUL bytes of React 18's stream removed (lib/react-stream-fix.server.ts), and the
// answer's Content-Security-Policy nonce (server/storefront.js) on every inline script.
import type { AppLoadContext, EntryContext } from '@remix-run/node';
import { createReadableStreamFromReadable } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { init } from './env.server';
import { NonceContext } from './lib/nonce';
import { withoutTrailingNulBytes } from './lib/react-stream-fix.server';
import './load-context';

init();

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  const whole = isbot(request.headers.get('user-agent') ?? '');
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer
          context={remixContext}
          url={request.url}
          abortDelay={ABORT_DELAY}
          {...(nonce ? { nonce } : {})}
        />
      </NonceContext.Provider>,
      {
        ...(nonce ? { nonce } : {}),
        [whole ? 'onAllReady' : 'onShellReady']() {
          shellRendered = true;
          const body = withoutTrailingNulBytes();
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are logged here; before it, onShellError rejects.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
