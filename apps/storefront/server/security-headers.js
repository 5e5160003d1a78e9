// @ts-check
// The headers every answer of the shop carries (README, "Security headers"): what a browser may
// run, load and post on its pages, and who may frame them.
//
// Scripts: only the shop's own files, and the inline scripts Remix writes (its context and scroll
// restoration) when they carry this answer's nonce; no eval. The trace and open-data pages are
// kept by the page cache and served to many readers, so their answers carry no nonce: they have
// no inline script (the trace page's one script is a file, its texts a JSON data block).
// Styles: the shop's stylesheet and the inline critical CSS of the trace and open-data pages
// (one <style> each, and a colour key in a style attribute); React escapes all text, so no
// stylesheet can be injected through a product's title. Forms post to the shop itself and to
// VNPay: a checkout paid by VNPay without JavaScript is a form post that the shop answers with a
// redirect to VNPay's payment page, and browsers check form-action on that redirect too.

/** @typedef {Record<string, string>} HeaderMap */

/**
 * The Content-Security-Policy of an answer.
 * @param {object} options
 * @param {string} [options.nonce] this answer's nonce for Remix's inline scripts
 * @param {string[]} options.formActions origins forms may post to besides the shop's (VNPay's)
 * @param {string[]} options.imageOrigins origins of product photos besides the shop's and https:
 */
export function contentSecurityPolicy({ nonce, formActions, imageOrigins }) {
  return [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: https:${imageOrigins.map((origin) => ` ${origin}`).join('')}`,
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${formActions.map((origin) => ` ${origin}`).join('')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Every security header of an answer.
 * @param {Parameters<typeof contentSecurityPolicy>[0]} options
 * @returns {HeaderMap}
 */
export function securityHeaders(options) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    // frame-ancestors for browsers that read only the older header.
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // Other sites learn the shop's origin, never a cart, an order ID or a trace code's path.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // No page asks for the phone's location, camera or the like: the trace page's buyer picks a
    // province from a list (never coordinates). A page that starts asking must be named here.
    'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), payment=(), usb=()',
  };
}

/**
 * The origin of an http(s) URL, or undefined when it is not one.
 * @param {string | undefined} value
 */
export function originOf(value) {
  try {
    const url = new URL(value ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
