// @ts-check
// Express and Remix's Fetch API handler, as @remix-run/express joins them (createRemixRequest,
// sendRemixResponse), except that the body is the one already read within the app's limit
// (body-limit.js): @remix-run/express hands Remix the Node stream itself, read to its end by
// `request.formData()` or `request.json()`.
import { writeReadableStreamToWritable } from '@remix-run/node';

/**
 * The Fetch API Request Remix takes.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 * @param {Buffer | undefined} body the body read within the limit; undefined for GET and HEAD
 * @param {object} [options]
 * @param {string} [options.clientIpHeader] a header set to the client's address (req.ip, without
 *   the IPv6-mapped prefix), replacing whatever the client sent under that name
 * @returns {Request}
 */
export function remixRequest(req, res, body, options = {}) {
  // req.hostname respects "trust proxy"; the port comes from X-Forwarded-Host or Host.
  const port = [req.get('X-Forwarded-Host'), req.get('host')]
    .map((host) => Number.parseInt(host?.split(':')[1] ?? '', 10))
    .find((each) => Number.isSafeInteger(each));
  const url = new URL(
    `${req.protocol}://${req.hostname ?? 'localhost'}${port ? `:${port}` : ''}${req.originalUrl}`,
  );
  /** @type {AbortController | null} */
  let controller = new AbortController();
  const signal = controller.signal;
  // Abort loaders and actions once no answer can be written (close without finish).
  res.on('finish', () => (controller = null));
  res.on('close', () => controller?.abort());
  const headers = new Headers();
  for (const [name, values] of Object.entries(req.headers)) {
    for (const value of [values ?? []].flat()) headers.append(name, value);
  }
  if (options.clientIpHeader) {
    headers.set(options.clientIpHeader, req.ip?.replace(/^::ffff:/, '') ?? '');
  }
  /** @type {RequestInit & { duplex?: 'half' }} */
  const init = { method: req.method, headers, signal };
  if (body !== undefined) {
    // A Buffer is a Uint8Array, which fetch takes; TypeScript's DOM types want an ArrayBuffer.
    init.body = /** @type {BodyInit} */ (/** @type {unknown} */ (body));
    init.duplex = 'half';
  }
  return new Request(url.href, init);
}

/**
 * Sends Remix's answer through Express.
 * @param {import('express').Response} res
 * @param {Response} response
 * @returns {Promise<void>}
 */
export async function sendResponse(res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
