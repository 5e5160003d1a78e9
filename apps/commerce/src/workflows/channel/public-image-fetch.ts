import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { bothLanguages, type Message } from '@nguongoc/vn-locale';

// Product image URLs are typed by staff and fetched by the backend when it builds an exchange's
// listing. Without checks that lets anyone who can edit a product make the server read its own
// loopback services, the private network or the cloud metadata endpoint (SSRF). So a URL is
// fetched only over http(s), only from addresses that are public once the name is resolved,
// over a connection pinned to the address that was checked (a second DNS answer cannot swap it:
// DNS rebinding), following at most MAX_REDIRECTS redirects that are each checked again, with a
// size cap and one deadline for the whole fetch. Images uploaded through the File Module are
// read from it instead (see `ownFileKey`).

/** The largest image any exchange takes (37nghean: 5 MiB); a larger one would be refused anyway. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** One deadline for the whole fetch, redirects included. */
export const IMAGE_FETCH_TIMEOUT_MS = 10_000;
/** Image hosts and CDNs redirect once or twice (http → https, a signed URL). */
export const MAX_REDIRECTS = 3;

/** Why an image URL was not fetched: a stable code and a message in both languages. */
export class ImageFetchError extends Error {
  constructor(
    readonly code:
      | 'url.invalid'
      | 'url.scheme'
      | 'address.not_public'
      | 'dns.failed'
      | 'redirect.too_many'
      | 'redirect.invalid'
      | 'http.status'
      | 'too_large'
      | 'timeout'
      | 'network'
      | 'file.invalid',
    readonly detail: Message,
  ) {
    super(bothLanguages(detail));
    this.name = 'ImageFetchError';
  }
}

// Node's own `net.BlockList` classifies the ranges: no address library is a dependency of this
// workspace (ipaddr.js is only in node_modules as a dependency of the storefront's Express, and
// packages cannot be added here), and BlockList parses every IPv4/IPv6 spelling the way the
// socket will, and matches IPv4-mapped IPv6 (::ffff:a.b.c.d) against the IPv4 rules.
// Ranges: the IANA IPv4 and IPv6 special-purpose address registries (RFC 6890 and updates).
const BLOCKED_IPV4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 reaches the local host
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598); Alibaba's metadata 100.100.100.200
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local; cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // private (RFC 1918)
  ['192.0.0.0', 24], // IETF protocol assignments; Oracle's metadata 192.0.0.192
  ['192.0.2.0', 24], // documentation
  ['192.31.196.0', 24], // AS112
  ['192.52.193.0', 24], // AMT
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private (RFC 1918)
  ['192.175.48.0', 24], // AS112 direct delegation
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255 broadcast
];

const BLOCKED_IPV6: readonly [string, number][] = [
  ['::', 96], // unspecified ::, loopback ::1 and the old IPv4-compatible ::a.b.c.d
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments (Teredo, ORCHID, …)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: the IPv4 address inside is not checked, so refused whole
  ['3fff::', 20], // documentation
  ['fc00::', 7], // unique local; AWS's IPv6 metadata fd00:ec2::254
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
];

/** IPv6 that may be public: global unicast, and the two prefixes that carry an IPv4 address. */
const POSSIBLY_PUBLIC_IPV6: readonly [string, number][] = [
  ['2000::', 3],
  ['::ffff:0:0', 96], // IPv4-mapped: judged by the IPv4 rules (BlockList applies them)
  ['64:ff9b::', 96], // NAT64 (RFC 6052): judged by the IPv4 address inside, below
];

const blocked = new BlockList();
for (const [address, prefix] of BLOCKED_IPV4) {
  blocked.addSubnet(address, prefix, 'ipv4');
  // The same range reached through the NAT64 well-known prefix: 64:ff9b::a.b.c.d.
  blocked.addSubnet(`64:ff9b::${address}`, 96 + prefix, 'ipv6');
}
for (const [address, prefix] of BLOCKED_IPV6) blocked.addSubnet(address, prefix, 'ipv6');
const possiblyPublicIpv6 = new BlockList();
for (const [address, prefix] of POSSIBLY_PUBLIC_IPV6) {
  possiblyPublicIpv6.addSubnet(address, prefix, 'ipv6');
}

/**
 * Whether `address` (an IPv4 or IPv6 literal, without brackets) is a public unicast address: not
 * loopback, private, carrier-grade NAT, link-local (cloud metadata), unique-local, multicast,
 * documentation or otherwise reserved, in IPv4, IPv6 or IPv4 written as IPv6 (mapped, NAT64).
 * Anything that is not an IP literal (a zone index `fe80::1%eth0` included) is not public.
 */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  try {
    if (family === 4) return !blocked.check(address, 'ipv4');
    return possiblyPublicIpv6.check(address, 'ipv6') && !blocked.check(address, 'ipv6');
  } catch {
    return false;
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface PublicFetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** How host names are resolved; `dns.lookup` (the system resolver) unless a test names hosts. */
  resolve?: (host: string) => Promise<ResolvedAddress[]>;
  /**
   * Tests only: exact addresses let through although not public, because a test's server can
   * only listen on loopback. The classification itself is unchanged; production passes nothing.
   */
  allowedForTests?: ReadonlySet<string>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The bytes at `url`, fetched only from a public address.
 *
 * @throws ImageFetchError when the URL is not http(s), a name resolves to any non-public
 *   address, a redirect goes to one (or there are more than `maxRedirects`), the answer is not
 *   200, the body passes `maxBytes` (reading stops there) or `timeoutMs` passes.
 */
export async function fetchPublicImage(
  url: string,
  options: PublicFetchOptions = {},
): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? MAX_IMAGE_BYTES;
  const timeoutMs = options.timeoutMs ?? IMAGE_FETCH_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const resolve = options.resolve ?? systemResolve;
  const allowed = (address: string) =>
    isPublicAddress(address) || (options.allowedForTests?.has(address) ?? false);
  const signal = AbortSignal.timeout(timeoutMs);
  let current = parseUrl(url);
  try {
    for (let hop = 0; ; hop++) {
      const pinned = await checkedAddress(current, resolve, allowed, signal);
      const response = await get(current, pinned, signal);
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.destroy();
        const location = response.headers.location;
        if (!location) {
          throw new ImageFetchError('redirect.invalid', {
            vi: `chuyển hướng ${status} không có địa chỉ đích`,
            en: `redirect ${status} without a Location`,
          });
        }
        if (hop >= maxRedirects) {
          throw new ImageFetchError('redirect.too_many', {
            vi: `quá ${maxRedirects} lần chuyển hướng`,
            en: `more than ${maxRedirects} redirects`,
          });
        }
        current = parseUrl(location, current);
        continue;
      }
      if (status !== 200) {
        response.destroy();
        throw new ImageFetchError('http.status', {
          vi: `máy chủ ảnh trả lời ${status}`,
          en: `the image server answered ${status}`,
        });
      }
      return await readCapped(response, maxBytes, signal);
    }
  } catch (error) {
    if (error instanceof ImageFetchError) throw error;
    if (signal.aborted) {
      throw new ImageFetchError('timeout', {
        vi: `quá ${timeoutMs / 1000} giây`,
        en: `took longer than ${timeoutMs / 1000} s`,
      });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImageFetchError('network', {
      vi: `lỗi mạng: ${reason}`,
      en: `network error: ${reason}`,
    });
  }
}

function parseUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new ImageFetchError(base ? 'redirect.invalid' : 'url.invalid', {
      vi: `địa chỉ không hợp lệ: ${text}`,
      en: `not a valid URL: ${text}`,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImageFetchError('url.scheme', {
      vi: `chỉ tải ảnh qua http hoặc https, không qua ${url.protocol}`,
      en: `images are fetched over http or https only, not ${url.protocol}`,
    });
  }
  return url;
}

async function systemResolve(host: string): Promise<ResolvedAddress[]> {
  return dnsLookup(host, { all: true, verbatim: true });
}

/** Every address the host resolves to must be public; the first is the one connected to. */
async function checkedAddress(
  url: URL,
  resolve: (host: string) => Promise<ResolvedAddress[]>,
  allowed: (address: string) => boolean,
  signal: AbortSignal,
): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(host);
  let addresses: ResolvedAddress[];
  if (family !== 0) addresses = [{ address: host, family }];
  else {
    try {
      addresses = await abortable(resolve(host), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      addresses = [];
    }
  }
  const first = addresses[0];
  if (!first) {
    throw new ImageFetchError('dns.failed', {
      vi: `không tìm thấy địa chỉ của ${host}`,
      en: `${host} does not resolve`,
    });
  }
  const refused = addresses.find(({ address }) => !allowed(address));
  if (refused) {
    throw new ImageFetchError('address.not_public', {
      vi: `${host} trỏ tới địa chỉ nội bộ ${refused.address}; chỉ tải ảnh từ địa chỉ công khai (hoặc tải ảnh lên qua trang quản trị)`,
      en: `${host} points to the non-public address ${refused.address}; images are fetched from public addresses only (or upload the image in the admin)`,
    });
  }
  return first;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

/** A GET whose socket connects to `pinned`, whatever the name would resolve to now. */
function get(
  url: URL,
  pinned: ResolvedAddress,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  const lookup: LookupFunction = (_host, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, {
      lookup,
      signal,
      agent: false,
      headers: { accept: 'image/*', 'user-agent': 'NguonGoc-image-fetch' },
    });
    request.on('response', resolve);
    request.on('error', reject);
  });
}

/** The body, but never more than `maxBytes`: past it the connection is closed, unread. */
async function readCapped(
  body: Readable & { headers?: http.IncomingHttpHeaders },
  maxBytes: number,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new ImageFetchError('too_large', {
      vi: `ảnh lớn hơn ${formatMiB(maxBytes)}`,
      en: `the image is larger than ${formatMiB(maxBytes)}`,
    });
  const declared = Number(body.headers?.['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    body.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } finally {
    body.destroy();
  }
  if (signal?.aborted) throw signal.reason;
  return new Uint8Array(Buffer.concat(chunks, total));
}

function formatMiB(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${Number(mib.toFixed(1))} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/**
 * The File Module key of `url` when it is one of this backend's own uploaded files
 * (`<fileBaseUrl>/<key>`), else undefined. Private files (`private-…`, the exports) and keys that
 * climb out of the store (`..`) are not images a product may name.
 */
export function ownFileKey(url: string, fileBaseUrl: string): string | undefined {
  let parsed: URL;
  let base: URL;
  try {
    parsed = new URL(url);
    base = new URL(fileBaseUrl.replace(/\/*$/, '/'));
  } catch {
    return undefined;
  }
  if (parsed.origin !== base.origin || !parsed.pathname.startsWith(base.pathname)) {
    return undefined;
  }
  let key: string;
  try {
    key = decodeURIComponent(parsed.pathname.slice(base.pathname.length));
  } catch {
    return undefined;
  }
  const segments = key.split('/');
  const fine =
    key.length > 0 &&
    !key.startsWith('private-') &&
    !key.includes('\\') &&
    !key.includes('\0') &&
    segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
  return fine ? key : undefined;
}

/** What `readOwnFile` needs of Medusa's File Module service. */
export interface FileReader {
  getDownloadStream(id: string): Promise<Readable>;
}

/** An uploaded file's bytes from the File Module, with the same size cap as a download. */
export async function readOwnFile(
  files: FileReader,
  key: string,
  maxBytes = MAX_IMAGE_BYTES,
): Promise<Uint8Array> {
  let stream: Readable;
  try {
    stream = await files.getDownloadStream(key);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImageFetchError('file.invalid', {
      vi: `không đọc được tệp đã tải lên ${key}: ${reason}`,
      en: `the uploaded file ${key} could not be read: ${reason}`,
    });
  }
  try {
    return await readCapped(stream, maxBytes);
  } catch (error) {
    if (error instanceof ImageFetchError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImageFetchError('file.invalid', {
      vi: `không đọc được tệp đã tải lên ${key}: ${reason}`,
      en: `the uploaded file ${key} could not be read: ${reason}`,
    });
  }
}
