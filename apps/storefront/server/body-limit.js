// @ts-check
// The request body limit (README, "Limits"): a body is read only up to BODY_LIMIT_BYTES. The
// largest body the shop takes is the checkout's address form, a few hundred bytes to a few KB
// (names, a street, a phone, codes); a scan is a few dozen bytes of JSON. 64 KiB leaves ten times
// the largest with room, and bounds what one request can make the server hold. A declared
// Content-Length above it is refused before a byte is read; a chunked body is counted as it
// arrives and refused as soon as it passes the limit (@nguongoc/remix-server/body-limit reads it
// and answers 413).

/** 64 KiB. */
export const BODY_LIMIT_BYTES = 64 * 1024;
