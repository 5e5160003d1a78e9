// The whole app started by Vite with the Remix plugin (as `npm run dev` does), in this process:
// its request handler answers real Requests and its backend calls meet the MSW mock. For the
// document tests and the browser check of the open-data page.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type ServerBuild, createRequestHandler } from '@remix-run/node';
import { type ViteDevServer, createServer } from 'vite';
import { STOREFRONT } from './remix';

export interface App {
  handle: (request: Request) => Promise<Response>;
  close: () => Promise<void>;
}

export async function startApp(): Promise<App> {
  const vite: ViteDevServer = await createServer({
    configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
  });
  const build = (await vite.ssrLoadModule('virtual:remix/server-build')) as ServerBuild;
  const handler = createRequestHandler(build, 'development');
  return { handle: (request) => handler(request), close: () => vite.close() };
}

/** GET (or `init`) `path` on the app: the Response and its body as text. */
export async function page(app: App, path: string, init: RequestInit = {}) {
  const response = await app.handle(new Request(new URL(path, STOREFRONT), init));
  return { response, html: await response.text() };
}

/**
 * The app behind a local HTTP server of this process (GET pages and their headers), for the
 * browser checks: its origin, and a close that stops the server, then the app.
 */
export async function serveApp(): Promise<{ origin: string; close: () => Promise<void> }> {
  const app = await startApp();
  let origin = '';
  const server = createHttpServer((incoming, outgoing) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      for (const one of [value ?? []].flat()) headers.append(name, one);
    }
    app
      .handle(new Request(new URL(incoming.url ?? '/', origin), { headers }))
      .then(async (response) => {
        outgoing.statusCode = response.status;
        response.headers.forEach((value, name) => outgoing.appendHeader(name, value));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        outgoing.statusCode = 500;
        outgoing.end(String(error));
      });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: async () => {
      await new Promise((closed) => server.close(closed));
      await app.close();
    },
  };
}
