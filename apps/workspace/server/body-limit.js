// @ts-check
// Request body limits (README, "Limits"): forms are read only up to FORM_LIMIT_BYTES, product
// photo uploads (multipart) up to UPLOAD_LIMIT_BYTES. A declared Content-Length over the limit is
// refused before a byte is read; a chunked body is counted as it arrives and refused once over.

/** 64 KiB: the largest form (a place with a boundary of 500 points) is about 30 KB. */
export const FORM_LIMIT_BYTES = 64 * 1024;
/** 8 photos of at most 5 MiB each (the backend's own limits) and the form around them. */
export const UPLOAD_LIMIT_BYTES = 8 * 5 * 1024 * 1024 + FORM_LIMIT_BYTES;

export const TOO_LARGE = Symbol('too large');

/**
 * The limit for a request: multipart bodies (photos) the upload limit, others the form limit.
 * @param {string | undefined} contentType
 */
export function limitFor(contentType) {
  return /^multipart\/form-data\b/i.test(contentType ?? '') ? UPLOAD_LIMIT_BYTES : FORM_LIMIT_BYTES;
}

/**
 * The request's body, whole, or TOO_LARGE once it passes `limit` (the rest is left unread).
 * @param {import('node:http').IncomingMessage} request
 * @param {number} limit
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
 * Answers 413 in both languages and closes the connection, so the rest is never read.
 * @param {import('node:http').ServerResponse} response
 * @param {number} limit
 */
export function sendTooLarge(response, limit) {
  const size =
    limit >= 1024 * 1024
      ? `${Math.round(limit / 1024 / 1024)} MiB`
      : `${Math.round(limit / 1024)} KiB`;
  const body = `Nội dung gửi lên quá lớn (tối đa ${size}) / request body too large (at most ${size})`;
  response.writeHead(413, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  response.end(body);
}
