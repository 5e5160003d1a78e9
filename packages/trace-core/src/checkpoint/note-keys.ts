import type { Message } from '@nguongoc/vn-locale';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '../_sha256.js';
import { abytes, astring } from '../_assert.js';
import { base64ToBytes, bytesToBase64, bytesToHex, concatBytes, utf8ToBytes } from '../_bytes.js';
import { TraceFormatError } from '../errors.js';

// C2SP signed-note (https://c2sp.org/signed-note): keys are named; a signature line carries the
// 4-byte key ID, the first four bytes of SHA-256(name || "\n" || algorithm byte || public key),
// so a verifier picks the right key without trying them all. Ed25519 is algorithm 0x01.
const ED25519 = 0x01;

/** A signer: the private half, able to sign note text. */
export interface NoteSigner {
  readonly name: string;
  /** Key ID as a 32-bit unsigned integer (big-endian first four bytes of the key hash). */
  readonly keyId: number;
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
}

/** A verifier key: the public half that a trace page or a province trusts. */
export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  readonly publicKey: Uint8Array;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

/** The two encoded halves of a fresh key pair. */
export interface NoteKeyPair {
  /** `PRIVATE+KEY+<name>+<keyid hex>+<base64(0x01 || seed)>`: keep it secret. */
  signerKey: string;
  /** `<name>+<keyid hex>+<base64(0x01 || public key)>`: publish it. */
  verifierKey: string;
}

/**
 * Creates an Ed25519 key pair for signing notes (checkpoints) under `name`, in the encodings of
 * Go's `golang.org/x/mod/sumdb/note` that C2SP signed-note describes.
 * @param seed 32 random bytes; taken from `crypto.getRandomValues` when omitted.
 * @throws TraceFormatError for a name with a Unicode space (White_Space), `+`, a lone surrogate or
 *   nothing; RangeError for a bad seed.
 * @example const { signerKey, verifierKey } = generateNoteKeys('nguongoc.vn/htx-con-cuong');
 */
export function generateNoteKeys(name: string, seed?: Uint8Array): NoteKeyPair {
  checkKeyName(name);
  const secret = seed === undefined ? ed25519.utils.randomSecretKey() : abytes(seed, 'seed', 32);
  const publicKey = ed25519.getPublicKey(secret);
  const id = keyIdHex(name, publicKey);
  return {
    signerKey: `PRIVATE+KEY+${name}+${id}+${bytesToBase64(concatBytes(Uint8Array.of(ED25519), secret))}`,
    verifierKey: `${name}+${id}+${bytesToBase64(concatBytes(Uint8Array.of(ED25519), publicKey))}`,
  };
}

/**
 * Parses a signer key made by {@link generateNoteKeys}.
 * @throws TraceFormatError naming what is wrong (prefix, name, algorithm, key ID mismatch).
 */
export function parseSignerKey(signerKey: string): NoteSigner {
  astring(signerKey, 'signerKey', 1024);
  const parts = signerKey.startsWith('PRIVATE+KEY+') ? splitKey(signerKey.slice(12)) : undefined;
  if (parts === undefined) {
    throw keyError('signerKey', {
      vi: 'cần dạng PRIVATE+KEY+<tên>+<mã>+<khoá>',
      en: 'expected PRIVATE+KEY+<name>+<id>+<key>',
    });
  }
  const [name, id, encoded] = parts;
  const secret = decodeKey('signerKey', encoded);
  const publicKey = ed25519.getPublicKey(secret);
  checkKeyId('signerKey', name, id, publicKey);
  return {
    name,
    keyId: parseInt(id, 16),
    publicKey,
    sign: (message) => ed25519.sign(message, secret),
  };
}

/**
 * Parses a verifier key `<name>+<keyid hex>+<base64(0x01 || public key)>`.
 * @throws TraceFormatError naming what is wrong.
 * @example parseVerifierKey(verifierKey).verify(message, signature)
 */
export function parseVerifierKey(verifierKey: string): NoteVerifier {
  astring(verifierKey, 'verifierKey', 1024);
  const parts = splitKey(verifierKey);
  if (parts === undefined) {
    throw keyError('verifierKey', {
      vi: 'cần dạng <tên>+<mã>+<khoá>',
      en: 'expected <name>+<id>+<key>',
    });
  }
  const [name, id, encoded] = parts;
  const publicKey = decodeKey('verifierKey', encoded);
  checkKeyId('verifierKey', name, id, publicKey);
  return {
    name,
    keyId: parseInt(id, 16),
    publicKey,
    // Strict RFC 8032 verification (no ZIP-215 leniency): one signature, one answer everywhere.
    verify: (message, signature) => {
      try {
        return (
          signature.length === 64 &&
          ed25519.verify(signature, message, publicKey, { zip215: false })
        );
      } catch {
        return false;
      }
    },
  };
}

/** The key ID of `name` and an Ed25519 public key, as eight lowercase hex digits. */
export function keyIdHex(name: string, publicKey: Uint8Array): string {
  const hash = sha256(concatBytes(utf8ToBytes(name), Uint8Array.of(0x0a, ED25519), publicKey));
  return bytesToHex(hash.subarray(0, 4));
}

/**
 * The fingerprint a person compares to trust a verifier key (ADR 035): the first 16 bytes of the
 * key hash, SHA-256(name || "\n" || 0x01 || public key), as 32 lowercase hex digits in groups of
 * four. Its first eight digits are the key ID that signature lines carry; 128 bits cannot be
 * matched by grinding keys, as the 32-bit key ID can.
 * @throws TraceFormatError for a malformed verifier key.
 * @example keyFingerprint(verifierKey) // '3f1c 9a2e 77d0 …'
 */
export function keyFingerprint(verifierKey: string): string {
  const { name, publicKey } = parseVerifierKey(verifierKey);
  const hash = sha256(concatBytes(utf8ToBytes(name), Uint8Array.of(0x0a, ED25519), publicKey));
  return bytesToHex(hash.subarray(0, 16)).replace(/(.{4})(?!$)/g, '$1 ');
}

// C2SP signed-note, Format: "Key names MUST be non-empty and MUST NOT contain any Unicode spaces or
// plus (U+002B) characters." Go's reference, golang.org/x/mod/sumdb/note isValidName, reads
// "Unicode spaces" as unicode.IsSpace, which is the Unicode White_Space property: U+0009-U+000D,
// U+0020, U+0085 (NEL), U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
// JavaScript's \s is another set: it adds U+FEFF (White_Space only until Unicode 4.0.1) and lacks
// U+0085, so the property is named. Go also requires valid UTF-8; a JavaScript string has no UTF-8
// form when it holds a lone surrogate (\p{Cs} in a u-mode pattern matches only unpaired ones).
const NOT_IN_KEY_NAME = /[\p{White_Space}+]|\p{Cs}/u;

/** The signed-note key-name rule, as a test: non-empty Unicode without White_Space or `+`. */
export function isKeyName(name: string): boolean {
  return name !== '' && !NOT_IN_KEY_NAME.test(name);
}

/**
 * C2SP signed-note: a key name is non-empty UTF-8 without Unicode spaces (White_Space) or `+`.
 * @throws TraceFormatError for any other name.
 */
export function checkKeyName(name: string): void {
  astring(name, 'name', 256);
  if (!isKeyName(name)) {
    throw keyError('name', {
      vi: `${JSON.stringify(name)} phải là văn bản Unicode không rỗng, không chứa khoảng trắng hay "+"`,
      en: `${JSON.stringify(name)} must be non-empty Unicode text, without spaces or "+"`,
    });
  }
}

/** `<name>+<id>+<key>`: names and IDs hold no `+`, but the base64 key may. */
function splitKey(text: string): [string, string, string] | undefined {
  const first = text.indexOf('+');
  const second = text.indexOf('+', first + 1);
  if (first < 0 || second < 0) return undefined;
  return [text.slice(0, first), text.slice(first + 1, second), text.slice(second + 1)];
}

function decodeKey(field: string, encoded: string): Uint8Array {
  const bytes = base64ToBytes(encoded);
  if (bytes === undefined || bytes.length !== 33 || bytes[0] !== ED25519) {
    throw keyError(field, {
      vi: 'khoá phải là base64 của 0x01 và 32 byte (Ed25519)',
      en: 'key must be base64 of 0x01 followed by 32 bytes (Ed25519)',
    });
  }
  return bytes.subarray(1);
}

function checkKeyId(field: string, name: string, id: string, publicKey: Uint8Array): void {
  checkKeyName(name);
  if (!/^[0-9a-f]{8}$/.test(id) || keyIdHex(name, publicKey) !== id) {
    throw keyError(field, {
      vi: `mã khoá ${JSON.stringify(id)} không khớp với tên và khoá`,
      en: `key ID ${JSON.stringify(id)} does not match the name and key`,
    });
  }
}

function keyError(field: string, reason: Message): TraceFormatError {
  return new TraceFormatError('note.key', field, reason);
}
