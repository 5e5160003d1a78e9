// Byte helpers used across trace-core. Hex and UTF-8 come from @noble/hashes; base64 (RFC 4648
// section 4, with padding) is here because Node 20 has no Uint8Array.fromBase64 and the browser
// build must not pull in Buffer.
export { bytesToHex, hexToBytes, utf8ToBytes, concatBytes } from '@noble/hashes/utils.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  // Three bytes make four symbols; a last group of one or two bytes is padded with "=".
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out +=
      ALPHABET[n >> 18]! +
      ALPHABET[(n >> 12) & 63]! +
      (rest > 1 ? ALPHABET[(n >> 6) & 63]! : '=') +
      (rest > 2 ? ALPHABET[n & 63]! : '=');
  }
  return out;
}

/**
 * Strict base64 decoding: canonical padding, no whitespace, no non-zero trailing bits. Returns
 * `undefined` for anything else, so that verifiers can reject a malformed encoding without throwing.
 */
export function base64ToBytes(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const code = text.charCodeAt(i + j);
      const isPad = code === 61 && i + 4 === text.length && j >= 4 - padding;
      const v = isPad ? 0 : code < 128 ? DECODE[code]! : -1;
      if (v < 0) return undefined;
      n = (n << 6) | v;
    }
    // Three bytes; those past the end (under the padding) must be zero bits.
    for (let shift = 16; shift >= 0; shift -= 8) {
      const byte = (n >> shift) & 255;
      if (o < out.length) out[o++] = byte;
      else if (byte !== 0) return undefined;
    }
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
