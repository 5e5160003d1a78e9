// The whole app started by Vite with the Remix plugin (as `npm run dev` does), in this process:
// its request handler answers real Requests and its backend calls meet the MSW mock. For the
// document tests and the browser check of the open-data page.
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
