import type { LoaderFunctionArgs } from '@remix-run/node';
import { figuresDownload } from '../../open-data/figures-download.server';

// /xa/:communeCode/du-lieu.csv?year=: the commune's figures as CSV (layout in the README).
export function loader({ request, params }: LoaderFunctionArgs) {
  const year = new URL(request.url).searchParams.get('year');
  return figuresDownload(params.communeCode ?? '', year, 'csv');
}
