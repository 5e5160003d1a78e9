// The shop's layout: header (logo, navigation, cart count, language), footer, and the shop's
// stylesheet, linked here rather than from root so that pages outside the shop stay small.
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData } from '@remix-run/react';
import { cartCount } from '../../commerce/cart.server';
import { ShopErrorBoundary } from '../../components/shop-error-boundary';
import { SiteFooter } from '../../components/site-footer';
import { SiteHeader } from '../../components/site-header';
import shopStyles from '../../styles/shop.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: shopStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  return { cartCount: await cartCount(request) };
}

export default function ShopLayout() {
  const { cartCount } = useLoaderData<typeof loader>();
  return (
    <>
      <SiteHeader cartCount={cartCount} />
      <main id="main" className="container">
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}

export function ErrorBoundary() {
  return (
    <>
      <SiteHeader cartCount={null} />
      <main id="main" className="container">
        <ShopErrorBoundary />
      </main>
      <SiteFooter />
    </>
  );
}
