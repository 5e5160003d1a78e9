// The document around every page, kept minimal: the trace page (/t/:code) renders inside it on
// cheap phones, so root links no stylesheet (the shop's is linked by routes/_shop) and renders
// Remix's scripts only when no matched route exports `handle = { hydrate: false }`.
import { type LinksFunction, type LoaderFunctionArgs, data } from '@remix-run/node';
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteLoaderData,
} from '@remix-run/react';
import type { ReactNode } from 'react';
import { ErrorPage } from './components/error-page';
import { browserEnvironment } from './env.server';
import { DEFAULT_LANGUAGE } from './i18n';
import { chooseLanguage } from './i18n/language.server';
import { useNonce } from './lib/nonce';
import { criticalCss, shouldHydrate } from './route-handle';

export const links: LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { language, setCookie } = await chooseLanguage(request);
  return data(
    { language, ENV: browserEnvironment() },
    setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined,
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>('root');
  const matches = useMatches();
  const hydrate = shouldHydrate(matches);
  const css = criticalCss(matches);
  const nonce = useNonce();
  return (
    <html lang={root?.language ?? DEFAULT_LANGUAGE}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {css ? <style dangerouslySetInnerHTML={{ __html: css }} /> : null}
      </head>
      <body>
        {children}
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
