// SHA-256 (FIPS 180-4) for every hash in trace-core. In browsers it is @noble/hashes. In Node it
// is the runtime's own OpenSSL implementation, found through `process.getBuiltinModule` (Node
// 20.16+) so that nothing is imported and the browser bundle is unchanged: a hub that ingests a
// province's events hashes about three times faster (docs/decisions/006). Both give the same
// bytes; test/sha256.test.ts checks them against each other.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

interface NodeHash {
  update(data: Uint8Array | string, encoding?: 'utf8'): NodeHash;
  digest(): Uint8Array;
}
type NodeCrypto = { createHash(algorithm: 'sha256'): NodeHash };

const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

/** Which implementation is in use: `node` (OpenSSL) or `noble` (pure JavaScript). */
export const sha256Implementation: 'node' | 'noble' = nodeCrypto ? 'node' : 'noble';

/** SHA-256 of bytes; always a fresh, unshared Uint8Array (never a pooled Node Buffer). */
export const sha256: (data: Uint8Array) => Uint8Array = nodeCrypto
  ? (data) => new Uint8Array(nodeCrypto.createHash('sha256').update(data).digest())
  : nobleSha256;

/** SHA-256 of the UTF-8 encoding of `text`. */
export const sha256Utf8: (text: string) => Uint8Array = nodeCrypto
  ? (text) => new Uint8Array(nodeCrypto.createHash('sha256').update(text, 'utf8').digest())
  : (text) => nobleSha256(utf8ToBytes(text));
