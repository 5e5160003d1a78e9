// GET /commune/reports/file?kind=&year=&quarter=&format=: the report, made by the backend for
// the officer's commune and streamed from its File Module with the officer's token. A refusal
// (a year out of range) is shown as a page with the backend's words.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { BackendError } from '../backend.server';
import { reportDownload } from '../commune.server';
import { requireAccount } from '../session.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'officer');
  try {
    return await reportDownload(request, account, new URL(request.url).searchParams);
  } catch (error) {
    if (error instanceof BackendError) {
      throw new Response(error.message, { status: error.status === 404 ? 404 : 400 });
    }
    throw error;
  }
}
