// The document around every page. No page is hydrated (ADR 040): each is server-rendered HTML
// with plain forms, so the root renders no Remix scripts, and the CSS is inline (one request
// for the first screen on a slow link).
import { type LoaderFunctionArgs, data } from '@remix-run/node';
import {
  Links,
  Meta,
  Outlet,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import type { ReactNode } from 'react';
import css from './styles/workspace.css?raw';
import { chooseLanguage } from './language.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const { language, setCookie } = await chooseLanguage(request);
  return data({ language }, setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined);
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>('root');
  return (
    <html lang={root?.language ?? 'vi'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1f6f43" />
        <Meta />
        <Links />
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>{children}</body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const detail = isRouteErrorResponse(error)
    ? typeof error.data === 'string'
      ? error.data
      : ''
    : '';
  return (
    <main className="page">
      <h1>
        {status === 404
          ? 'Không tìm thấy trang / page not found'
          : `Có lỗi (${status}) / something went wrong (${status})`}
      </h1>
      {detail ? <p role="alert">{detail}</p> : null}
      <p>
        <a href="/">Về trang chính / back to the start</a>
      </p>
    </main>
  );
}
