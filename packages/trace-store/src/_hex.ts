// Hashes are stored as lowercase hex (ADR 007); these convert at the edge of the database.

export const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
export const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));
