// @ts-check
// A request body read only up to a limit, and the 413 answer past it. Each app sets its own limits
// (apps/storefront/server/body-limit.js, apps/workspace/server/body-limit.js). A declared
// Content-Length above the limit is refused before a byte is read; a chunked body is counted as it
// arrives and refused as soon as it passes the limit, the rest left unread.

export const TOO_LARGE = Symbol('too large');

/**
 * The request's body, whole, or TOO_LARGE once it passes `limit` (the rest is left unread).
 * @param {import('node:http').IncomingMessage} request
 * @param {number} limit in bytes
 * @returns {Promise<Buffer | typeof TOO_LARGE>}
 */
export function readLimitedBody(request, limit) {
  const declared = request.headers['content-length'];
  if (declared !== undefined && !(Number(declared) <= limit)) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        request.pause();
        resolve(TOO_LARGE);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    /** @param {Error} error */
    const onError = (error) => {
      stop();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

/**
 * A limit as a person reads it: whole MiB from 1 MiB up, else KiB.
 * @param {number} bytes
 */
function sizeInWords(bytes) {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / 1024 / 1024)} MiB`
    : `${Math.round(bytes / 1024)} KiB`;
}

/**
 * Answers 413 in both languages (JSON `{ code: 'body_too_large', message }` to a client whose
 * Accept asks for JSON) and closes the connection, so that the rest of the body is never read.
 * @param {import('node:http').ServerResponse} response
 * @param {string | undefined} accept the request's Accept header
 * @param {number} limit the limit that was passed, in bytes
 */
export function sendTooLarge(response, accept, limit) {
  const size = sizeInWords(limit);
  const message = `Nội dung yêu cầu quá lớn (tối đa ${size}) / request body too large (at most ${size})`;
  const json = /\bapplication\/json\b/.test(accept ?? '');
  const body = json ? JSON.stringify({ code: 'body_too_large', message }) : message;
  response.writeHead(413, {
    'Content-Type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  response.end(body);
}
