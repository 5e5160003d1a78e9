import { type Message, bothLanguages } from '@nguongoc/vn-locale';

/** Where in an input a problem was found: a file (or URL), and a 1-based line and column. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * An error a person can act on: a stable `code`, a message in Vietnamese then English
 * (`Vietnamese / English`), and where it was found. Thrown before anything is written or sent,
 * so that no job is printed half. The explanation is one `Message` (`{ vi, en }`), so that the
 * two languages cannot be swapped by argument order (ADR 028).
 * @example new LabelError('qr.too_long', { vi: 'mã QR quá dài', en: 'QR code too long' })
 */
export class LabelError extends Error {
  override readonly name = 'LabelError';
  readonly code: string;
  /** The explanation in both languages, without the location. */
  readonly reason: Message;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly location: ErrorLocation;

  constructor(code: string, reason: Message, location: ErrorLocation = {}) {
    super(`${formatLocation(location)}${bothLanguages(reason)}`);
    this.code = code;
    this.reason = reason;
    this.messageVi = reason.vi;
    this.messageEn = reason.en;
    this.location = location;
  }
}

function formatLocation({ file, line, column }: ErrorLocation): string {
  if (file === undefined && line === undefined) return '';
  const parts = [file ?? '', line === undefined ? '' : `dòng/line ${line}`];
  if (column !== undefined) parts.push(`cột/column ${column}`);
  return `${parts.filter((part) => part !== '').join(', ')}: `;
}
