import { sha256, sha256Utf8 } from '../_sha256.js';
import { abytes, astring } from '../_assert.js';

// RFC 6962 section 2.1 / RFC 9162 section 2.1.1: domain separation keeps a leaf from ever being
// mistaken for an interior node (second-preimage protection): 0x00 prefixes leaves, 0x01 nodes.
const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

/** Size of every hash in the log: SHA-256, 32 bytes. */
export const HASH_SIZE = 32;

/**
 * The Merkle Tree Hash of a single entry: `SHA-256(0x00 || data)` (RFC 9162 section 2.1.1).
 * @throws TypeError if `data` is not a Uint8Array.
 * @example leafHash(new Uint8Array()) // SHA-256 of the one byte 0x00
 */
export function leafHash(data: Uint8Array): Uint8Array {
  abytes(data, 'data');
  const input = new Uint8Array(data.length + 1);
  input[0] = LEAF_PREFIX;
  input.set(data, 1);
  return sha256(input);
}

/**
 * The Merkle Tree Hash of a single entry given as text: `SHA-256(0x00 || UTF-8(text))`, the same
 * as `leafHash(utf8ToBytes(text))` (RFC 9162 section 2.1.1). U+0000 is the byte 0x00 in UTF-8,
 * so the prefixed text hashes to exactly that, with no copy of the bytes. Ledger entries are
 * text (RFC 8785 canonical JSON); this is how every ledger leaf is hashed, in trace-core and in
 * the stores (ADR 024).
 * @throws TypeError if `text` is not a string.
 * @example leafHashUtf8('') // equals leafHash(new Uint8Array())
 */
export function leafHashUtf8(text: string): Uint8Array {
  return _leafHashUtf8(astring(text, 'text'));
}

/** leafHashUtf8 without the boundary check, for callers that made the text themselves. */
export const _leafHashUtf8 = (text: string): Uint8Array => sha256Utf8(`\u0000${text}`);

/**
 * The hash of an interior node: `SHA-256(0x01 || left || right)` (RFC 9162 section 2.1.1).
 * @throws TypeError if an argument is not a Uint8Array; RangeError if it is not 32 bytes.
 */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  abytes(left, 'left', HASH_SIZE);
  abytes(right, 'right', HASH_SIZE);
  return _nodeHash(left, right);
}

// One scratch input for every node hash: hashing is synchronous and neither SHA-256 keeps it.
const NODE_INPUT = new Uint8Array(1 + 2 * HASH_SIZE);
NODE_INPUT[0] = NODE_PREFIX;

/** nodeHash without the boundary checks, for callers that already hold 32-byte hashes. */
export function _nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  NODE_INPUT.set(left, 1);
  NODE_INPUT.set(right, 1 + HASH_SIZE);
  return sha256(NODE_INPUT);
}

/** The root of the empty tree: SHA-256 of the empty string (RFC 9162 section 2.1.1). */
export function emptyRoot(): Uint8Array {
  return sha256(new Uint8Array());
}

/** The largest power of two strictly less than `n` (n >= 2): the split point `k` of RFC 9162. */
export function _splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * Whether `n` is 2^k for some k >= 0; exact for every safe integer. Below 2^31 by the bit test
 * (a proof plan asks thousands of times per lot bundle); above, Math.log2 is exact on powers of two.
 */
export function _isPowerOfTwo(n: number): boolean {
  if (n < 1) return false;
  if (n <= 0x7fffffff) return (n & (n - 1)) === 0;
  return 2 ** Math.round(Math.log2(n)) === n;
}
