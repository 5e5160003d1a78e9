import type { Message } from '@nguongoc/vn-locale';
import { astring } from '../_assert.js';
import { base64ToBytes, bytesToBase64, utf8ToBytes } from '../_bytes.js';
import { TraceFormatError } from '../errors.js';
import type { VerificationFailure } from '../verification.js';
import { type NoteVerifier, isKeyName, parseSignerKey, parseVerifierKey } from './note-keys.js';

/**
 * A checkpoint: a commitment to the first `size` entries of the log named `origin`
 * (C2SP tlog-checkpoint, https://c2sp.org/tlog-checkpoint).
 */
export interface Checkpoint {
  /** Unique name of the log, a schema-less URL such as `nguongoc.vn/htx-con-cuong`. */
  origin: string;
  size: number;
  /** RFC 9162 root hash of the first `size` leaves, 32 bytes. */
  root: Uint8Array;
  /** Optional extension lines after the root; opaque to verifiers. */
  extensions?: string[];
}

/** One signature line of a note, and what verification made of it. */
export interface NoteSignature {
  name: string;
  keyId: number;
  /** A trusted key with this name and key ID was supplied. */
  trusted: boolean;
  /** The signature verified under that trusted key. Always false for untrusted keys. */
  valid: boolean;
}

/** The structured answer of {@link verifyCheckpoint}. */
export interface CheckpointVerification {
  ok: boolean;
  /** The parsed body, when it parsed. */
  checkpoint?: Checkpoint;
  signatures: NoteSignature[];
  failures: VerificationFailure[];
}

export interface VerifyCheckpointOptions {
  /** Reject checkpoints of any other log. */
  origin?: string;
  /** Key names that must each have a valid signature (e.g. a provincial co-signer). */
  required?: readonly string[];
}

const SIGNATURE_PREFIX = '\u2014 '; // "— ": EM DASH and a space, as signed-note requires
const MAX_SIGNATURES = 100;

/**
 * The checkpoint body: origin, decimal size, base64 root, extension lines, each ending in "\n".
 * @throws TraceFormatError for an empty or multi-line origin, a control character or a lone
 *   surrogate in the origin or an extension, a bad size or root.
 */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, size, root, extensions = [] } = checkpoint;
  astring(origin, 'checkpoint.origin', 1024);
  if (origin === '' || hasControlCharacter(origin)) {
    throw formatError('checkpoint.origin', {
      vi: 'phải là một dòng, không rỗng',
      en: 'must be one non-empty line',
    });
  }
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new RangeError(`checkpoint.size: expected a non-negative safe integer, got ${size}`);
  }
  if (!(root instanceof Uint8Array) || root.length !== 32) {
    throw new RangeError('checkpoint.root: expected 32 bytes');
  }
  for (const line of extensions) {
    if (line === '' || hasControlCharacter(line)) {
      throw formatError('checkpoint.extensions', {
        vi: 'mỗi dòng mở rộng phải là một dòng không rỗng',
        en: 'each extension must be one non-empty line',
      });
    }
  }
  const body = [origin, String(size), bytesToBase64(root), ...extensions].join('\n') + '\n';
  if (!isNoteText(body)) {
    throw formatError('checkpoint', {
      vi: 'tên sổ cái và dòng mở rộng phải là văn bản Unicode (không có nửa cặp surrogate lẻ)',
      en: 'origin and extensions must be Unicode text (no lone surrogate)',
    });
  }
  return body;
}

/**
 * Parses a checkpoint body (the note text without signatures).
 * @throws TraceFormatError naming the line that is wrong, or for a text that signed-note forbids
 *   (a control character other than newline, a lone surrogate).
 */
export function parseCheckpoint(text: string): Checkpoint {
  astring(text, 'text', 1 << 16);
  if (!isNoteText(text)) throw noteTextError('checkpoint');
  if (!text.endsWith('\n'))
    throw formatError('checkpoint', {
      vi: 'phải kết thúc bằng dấu xuống dòng',
      en: 'must end with a newline',
    });
  const lines = text.slice(0, -1).split('\n');
  const [origin, sizeLine, rootLine, ...extensions] = lines;
  if (origin === undefined || origin === '')
    throw formatError('checkpoint.origin', {
      vi: 'dòng 1 phải là tên sổ cái',
      en: 'line 1 must name the log',
    });
  if (
    sizeLine === undefined ||
    !/^(0|[1-9]\d{0,15})$/.test(sizeLine) ||
    !Number.isSafeInteger(Number(sizeLine))
  ) {
    throw formatError('checkpoint.size', {
      vi: 'dòng 2 phải là kích thước cây (số thập phân)',
      en: 'line 2 must be a decimal tree size',
    });
  }
  const root = rootLine === undefined ? undefined : base64ToBytes(rootLine);
  if (root === undefined || root.length !== 32) {
    throw formatError('checkpoint.root', {
      vi: 'dòng 3 phải là base64 của mã băm gốc 32 byte',
      en: 'line 3 must be the base64 of a 32-byte root hash',
    });
  }
  if (extensions.some((line) => line === '')) {
    throw formatError('checkpoint.extensions', {
      vi: 'dòng mở rộng không được rỗng',
      en: 'extension lines must not be empty',
    });
  }
  return extensions.length > 0
    ? { origin, size: Number(sizeLine), root, extensions }
    : { origin, size: Number(sizeLine), root };
}

/**
 * Signs a checkpoint with one or more signer keys and returns the signed note:
 * body, a blank line, then one `— <name> <base64(keyid || signature)>` line per key.
 * @throws TraceFormatError as {@link formatCheckpoint} does, for a bad signer key, or for a key
 *   name with a control character, which a signed note cannot carry.
 * @example signCheckpoint({ origin, size: log.size, root: log.root() }, signerKey)
 */
export function signCheckpoint(
  checkpoint: Checkpoint,
  signerKeys: string | readonly string[],
): string {
  const body = formatCheckpoint(checkpoint);
  const keys = typeof signerKeys === 'string' ? [signerKeys] : signerKeys;
  return body + '\n' + keys.map((key) => signatureLine(body, key)).join('');
}

/**
 * Adds a signature by another key (a provincial department's co-signature) to a signed note,
 * keeping the signatures it has. The co-signer signs the same body: it vouches for the same root.
 * @throws TraceFormatError if `note` is not a signed note (including one with a control character
 *   other than newline, or a lone surrogate), `signerKey` is bad or already signed it, or its
 *   name has a control character.
 */
export function cosignCheckpoint(note: string, signerKey: string): string {
  const { body, lines } = splitNote(note);
  const signer = parseSignerKey(signerKey);
  if (lines.some((line) => line.name === signer.name && line.keyId === signer.keyId)) {
    throw formatError('signerKey', {
      vi: `${signer.name} đã ký ghi chú này`,
      en: `${signer.name} has already signed this note`,
    });
  }
  return note + signatureLine(body, signerKey);
}

/**
 * Verifies a signed checkpoint against trusted verifier keys. Signatures by unknown keys are
 * listed and ignored; a signature that claims a trusted key but does not verify is a failure
 * (someone edited the note). `ok` needs the body to parse, at least one valid trusted
 * signature, every `required` signer, and the expected origin. A note that signed-note forbids
 * (a control character other than newline anywhere, a lone surrogate, a signature line whose
 * name breaks the key-name rule) fails the `checkpoint-format` check, whatever its signatures.
 */
export function verifyCheckpoint(
  note: string,
  trustedKeys: readonly string[],
  options: VerifyCheckpointOptions = {},
): CheckpointVerification {
  const failures: VerificationFailure[] = [];
  const fail = (check: VerificationFailure['check'], reason: Message) =>
    failures.push({ check, reason });
  let split: ReturnType<typeof splitNote>;
  let checkpoint: Checkpoint;
  try {
    split = splitNote(note);
    checkpoint = parseCheckpoint(split.body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const messageVi = error instanceof TraceFormatError ? error.messageVi : message;
    fail('checkpoint-format', {
      vi: `checkpoint sai định dạng: ${messageVi}`,
      en: `the checkpoint is malformed: ${message}`,
    });
    return { ok: false, signatures: [], failures };
  }
  const verifiers: NoteVerifier[] = trustedKeys.map((key) => parseVerifierKey(key));
  const message = utf8ToBytes(split.body);
  const signatures = split.lines.map(({ name, keyId, signature }): NoteSignature => {
    const verifier = verifiers.find((v) => v.name === name && v.keyId === keyId);
    if (verifier === undefined) return { name, keyId, trusted: false, valid: false };
    const valid = verifier.verify(message, signature);
    if (!valid) {
      fail('checkpoint-signature', {
        vi: `chữ ký của ${name} không khớp với checkpoint`,
        en: `the signature of ${name} does not match the checkpoint`,
      });
    }
    return { name, keyId, trusted: true, valid };
  });
  if (options.origin !== undefined && checkpoint.origin !== options.origin) {
    fail('checkpoint-origin', {
      vi: `checkpoint thuộc sổ cái ${checkpoint.origin}, không phải ${options.origin}`,
      en: `the checkpoint is for log ${checkpoint.origin}, not ${options.origin}`,
    });
  }
  const required = signatures.some((s) => s.valid) ? (options.required ?? []) : [];
  if (required.length === 0 && !signatures.some((s) => s.valid)) {
    fail('checkpoint-signature', {
      vi: 'không có khoá tin cậy nào ký checkpoint',
      en: 'no trusted key signed the checkpoint',
    });
  }
  for (const name of required) {
    if (!signatures.some((s) => s.valid && s.name === name)) {
      fail('checkpoint-signature', {
        vi: `${name} chưa ký checkpoint`,
        en: `${name} has not signed the checkpoint`,
      });
    }
  }
  return { ok: failures.length === 0, checkpoint, signatures, failures };
}

interface SignatureLine {
  name: string;
  keyId: number;
  signature: Uint8Array;
}

function signatureLine(body: string, signerKey: string): string {
  const signer = parseSignerKey(signerKey);
  // A valid key name may hold a control character (the name rule forbids only spaces and "+"),
  // but the note may not: refuse rather than write a note that verifiers reject.
  if (!isNoteText(signer.name)) {
    throw formatError('signerKey', {
      vi: `tên khoá ${JSON.stringify(signer.name)} có ký tự điều khiển, không thể nằm trong ghi chú đã ký`,
      en: `the key name ${JSON.stringify(signer.name)} has a control character, which a signed note cannot carry`,
    });
  }
  const signature = signer.sign(utf8ToBytes(body));
  const id = new Uint8Array(4);
  new DataView(id.buffer).setUint32(0, signer.keyId);
  const both = new Uint8Array(68);
  both.set(id);
  both.set(signature, 4);
  return `${SIGNATURE_PREFIX}${signer.name} ${bytesToBase64(both)}\n`;
}

/** Splits a signed note at its last blank line into the body and the parsed signature lines. */
function splitNote(note: string): { body: string; lines: SignatureLine[] } {
  astring(note, 'note', 1 << 16);
  if (!isNoteText(note)) throw noteTextError('note');
  const at = note.lastIndexOf('\n\n');
  if (at < 0 || !note.endsWith('\n')) {
    throw formatError('note', {
      vi: 'cần phần nội dung, một dòng trống và các dòng chữ ký',
      en: 'expected the body, a blank line and signature lines',
    });
  }
  const body = note.slice(0, at + 1);
  const rawLines = note.slice(at + 2, -1).split('\n');
  if (rawLines.length > MAX_SIGNATURES) {
    throw formatError('note', {
      vi: `hơn ${MAX_SIGNATURES} chữ ký`,
      en: `more than ${MAX_SIGNATURES} signatures`,
    });
  }
  const lines = rawLines.map((line, i): SignatureLine => {
    // As Go's note.Open reads it: after "— ", the key name runs to the first U+0020 and must pass
    // the key-name rule; the rest is strict base64 of the key ID and at least one signature byte.
    const rest = line.startsWith(SIGNATURE_PREFIX) ? line.slice(SIGNATURE_PREFIX.length) : '';
    const space = rest.indexOf(' ');
    const name = space < 0 ? '' : rest.slice(0, space);
    const decoded = space < 0 ? undefined : base64ToBytes(rest.slice(space + 1));
    if (!isKeyName(name) || decoded === undefined || decoded.length < 5) {
      throw formatError('note', {
        vi: `dòng chữ ký ${i + 1} sai định dạng`,
        en: `signature line ${i + 1} is malformed`,
      });
    }
    return {
      name,
      keyId: new DataView(decoded.buffer, decoded.byteOffset).getUint32(0),
      signature: decoded.subarray(4),
    };
  });
  return { body, lines };
}

/**
 * C2SP signed-note, Format: "Signed notes MUST be valid UTF-8 and MUST NOT contain any ASCII
 * control characters (those below U+0020) other than newline." The rule covers the whole note,
 * body and signature lines alike (Go's note.Open checks every byte of the message before splitting
 * it). DEL (U+007F) and the C1 controls are not below U+0020 and pass, as they do in Go. A
 * JavaScript string is valid UTF-8 unless it holds a lone surrogate, which TextEncoder would sign as
 * U+FFFD: two different texts under one signature.
 */
function isNoteText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x0a) return false;
  }
  return !/\p{Cs}/u.test(text);
}

function noteTextError(field: string): TraceFormatError {
  return formatError(field, {
    vi: 'phải là văn bản UTF-8, không có ký tự điều khiển nào ngoài dấu xuống dòng (C2SP signed-note)',
    en: 'must be UTF-8 text without control characters other than newline (C2SP signed-note)',
  });
}

/** A line we write holds no control character; stricter than the format, DEL is refused too. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) < 0x20 || text.charCodeAt(i) === 0x7f) return true;
  return false;
}

function formatError(field: string, reason: Message): TraceFormatError {
  return new TraceFormatError('checkpoint.format', field, reason);
}
