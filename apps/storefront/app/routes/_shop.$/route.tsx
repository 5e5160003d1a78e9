// Any other URL: a 404 inside the shop's layout (header, footer, stylesheet), not a bare page.
// Every named route, the trace pages included, ranks above this splat.
import { notFound } from '../../commerce/medusa.server';
import { ShopErrorBoundary } from '../../components/shop-error-boundary';

export function loader(): never {
  notFound();
}

export default function NotFound() {
  return null;
}

export const ErrorBoundary = ShopErrorBoundary;
