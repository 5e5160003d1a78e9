// SHA-256 (FIPS 180-4) for every hash in trace-core. In browsers it is @noble/hashes. In Node it
// is the runtime's own OpenSSL implementation through the one-shot `crypto.hash` (Node 20.12+),
// found with `process.getBuiltinModule` (Node 20.16+) so that nothing is imported and the
// browser bundle is unchanged: hashing is most of the cost of appending and verifying, and a hub
// ingesting a province's events should not pay JavaScript prices for it (docs/decisions/006).
// Both give the same bytes; test/sha256.test.ts checks them against each other.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';

type NodeCrypto = {
  hash(algorithm: 'sha256', data: Uint8Array | string, encoding: 'buffer'): Uint8Array;
  hash(algorithm: 'sha256', data: Uint8Array | string, encoding: 'hex'): string;
};

const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as Partial<NodeCrypto> | undefined;
const native = typeof nodeCrypto?.hash === 'function' ? (nodeCrypto as NodeCrypto) : undefined;

/** Which implementation is in use: `node` (OpenSSL) or `noble` (pure JavaScript). */
export const sha256Implementation: 'node' | 'noble' = native ? 'node' : 'noble';

// Node's one-shot hash takes bytes or a string (as UTF-8): one function serves both below.
const nativeSha256 =
  native && ((data: Uint8Array | string) => new Uint8Array(native.hash('sha256', data, 'buffer')));

/** SHA-256 of bytes; always a fresh, unshared Uint8Array (never a pooled Node Buffer). */
export const sha256: (data: Uint8Array) => Uint8Array = nativeSha256 ?? nobleSha256;

/**
 * SHA-256 of the UTF-8 encoding of `text`, as lowercase hex. (A leading U+0000 in `text` is the
 * single byte 0x00 in UTF-8, which is how RFC 9162 leaf hashes of text are taken.)
 */
export const sha256Utf8Hex: (text: string) => string = native
  ? (text) => native.hash('sha256', text, 'hex')
  : (text) => bytesToHex(nobleSha256(utf8ToBytes(text)));

/** SHA-256 of the UTF-8 encoding of `text`. */
export const sha256Utf8: (text: string) => Uint8Array =
  nativeSha256 ?? ((text) => nobleSha256(utf8ToBytes(text)));

/** SHA-256 of the concatenation of byte arrays. */
export const sha256Concat = (...parts: Uint8Array[]): Uint8Array => sha256(concatBytes(...parts));
