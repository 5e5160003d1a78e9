// @ts-check
// Request body limits (README, "Limits"): forms are read only up to FORM_LIMIT_BYTES, product
// photo uploads (multipart) up to UPLOAD_LIMIT_BYTES. A declared Content-Length over the limit is
// refused before a byte is read; a chunked body is counted as it arrives and refused once over
// (@nguongoc/remix-server/body-limit reads it and answers 413).

/** 64 KiB: the largest form (a place with a boundary of 500 points) is 16 KB URL-encoded. */
export const FORM_LIMIT_BYTES = 64 * 1024;
/** 8 photos of at most 5 MiB each (the backend's own limits) and the form around them. */
export const UPLOAD_LIMIT_BYTES = 8 * 5 * 1024 * 1024 + FORM_LIMIT_BYTES;

/**
 * The limit for a request: multipart bodies (photos) the upload limit, others the form limit.
 * @param {string | undefined} contentType
 */
export function limitFor(contentType) {
  return /^multipart\/form-data\b/i.test(contentType ?? '') ? UPLOAD_LIMIT_BYTES : FORM_LIMIT_BYTES;
}
