import type { LoaderFunctionArgs } from '@remix-run/node';
import { figuresDownload } from '../../open-data/figures-download.server';

// /xa/:communeCode/du-lieu.json?year=: the commune's figures as JSON, the contract's fields only.
export function loader({ request, params }: LoaderFunctionArgs) {
  const year = new URL(request.url).searchParams.get('year');
  return figuresDownload(params.communeCode ?? '', year, 'json');
}
