import { createHash } from 'node:crypto';

// Hashes are stored as lowercase hex (ADR 007); these convert at the edge of the database.

export const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
export const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));

/** RFC 9162 leaf hash of a ledger entry's text, `SHA-256(0x00 || UTF-8(text))`, as hex. */
export const leafHashHex = (entryText: string): string =>
  createHash('sha256')
    .update('\u0000' + entryText, 'utf8')
    .digest('hex');
