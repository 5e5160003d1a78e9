// What the signed-in layout's loader (routes/_app.tsx) answered, for the pages under it: loaders
// cannot share, but a page's component can read the layout's answer instead of asking the
// backend for /coop/me a second time.
import { useRouteLoaderData } from '@remix-run/react';
import type { loader } from './routes/_app';

/** The layout's answer (kind, name, where, manager). */
export function useAppLayout() {
  const layout = useRouteLoaderData<typeof loader>('routes/_app');
  if (!layout) throw new Error('useAppLayout outside the signed-in layout');
  return layout;
}
