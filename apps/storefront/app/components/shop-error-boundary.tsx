// The error boundary of a shop page: inside the shop's layout, so header and footer stay.
import { useRouteError } from '@remix-run/react';
import { ErrorMessage } from './error-page';

export function ShopErrorBoundary() {
  return <ErrorMessage error={useRouteError()} />;
}
