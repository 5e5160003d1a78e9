// GET /listings/file?path=/static/<file>&name=: an export's file from the backend's File
// Module, streamed with the member's token. Only a plain file under /static is fetched.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { fileDownload, staticPath } from '../backend-file.server';
import { requireAccount } from '../session.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const query = new URL(request.url).searchParams;
  const path = staticPath(query.get('path') ?? '');
  if (!path || !query.get('path')?.startsWith('/static/')) {
    throw new Response('Không có tệp này / no such file', { status: 404 });
  }
  const name = query.get('name') || path.slice('/static/'.length);
  return fileDownload(request, account, path, name);
}
