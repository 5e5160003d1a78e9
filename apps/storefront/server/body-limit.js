// @ts-check
// The request body limit (README, "Limits"): a body is read only up to BODY_LIMIT_BYTES. The
// largest body the shop takes is the checkout's address form, a few hundred bytes to a few KB
// (names, a street, a phone, codes); a scan is a few dozen bytes of JSON. 64 KiB leaves ten times
// the largest with room, and bounds what one request can make the server hold. A declared
// Content-Length above it is refused before a byte is read; a chunked body is counted as it
// arrives and refused as soon as it passes the limit.

/** 64 KiB. */
export const BODY_LIMIT_BYTES = 64 * 1024;

export const TOO_LARGE = Symbol('too large');

/**
 * The request's body, whole, or TOO_LARGE once it passes `limit` (the rest is left unread).
 * @param {import('node:http').IncomingMessage} request
 * @param {number} [limit]
 * @returns {Promise<Buffer | typeof TOO_LARGE>}
 */
export function readLimitedBody(request, limit = BODY_LIMIT_BYTES) {
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
 * Answers 413 in both languages (JSON to a client that asks for JSON) and closes the connection,
 * so that the rest of the body is never read.
 * @param {import('node:http').ServerResponse} response
 * @param {string | undefined} accept the request's Accept header
 * @param {number} [limit]
 */
export function sendTooLarge(response, accept, limit = BODY_LIMIT_BYTES) {
  const kib = Math.round(limit / 1024);
  const message = `Nội dung yêu cầu quá lớn (tối đa ${kib} KiB) / request body too large (at most ${kib} KiB)`;
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
