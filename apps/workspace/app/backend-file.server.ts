// Files the backend writes through Medusa's File Module (reports, exchange exports), handed to
// the person by this server. The local provider serves them under the backend's /static; those
// are fetched from MEDUSA_BACKEND_URL with the account's token and streamed, so the browser never
// needs the backend's address. A file elsewhere (S3: a signed URL) is fetched as given.
import { backendFetch } from './backend.server';
import { environment } from './env.server';
import type { SignedIn } from './session.server';

/** The backend path of a File Module URL served by the backend itself, or undefined. */
export function staticPath(url: string): string | undefined {
  let path: string;
  try {
    const parsed = new URL(url, environment().MEDUSA_BACKEND_URL);
    path = parsed.pathname;
  } catch {
    return undefined;
  }
  // Only a plain file name under /static: never another backend route.
  return /^\/static\/[A-Za-z0-9._-]+$/.test(path) ? path : undefined;
}

/** A file name safe inside a Content-Disposition header. */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 150) || 'tep';
}

/**
 * The answer that hands `url`'s bytes to the browser as a download named `name`.
 * @throws Response 502 when the file cannot be read.
 */
export async function fileDownload(
  request: Request,
  account: SignedIn,
  url: string,
  name: string,
  type?: string,
): Promise<Response> {
  const path = staticPath(url);
  const response = path
    ? await backendFetch(request, account, path)
    : await fetch(url, { signal: request.signal });
  if (!response.ok || !response.body) {
    throw new Response(
      `Không tải được tệp ${name} (${response.status}) / could not fetch the file ${name} (${response.status})`,
      { status: 502 },
    );
  }
  return new Response(response.body, {
    headers: {
      'Content-Type': type ?? response.headers.get('content-type') ?? 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${safeName(name)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
