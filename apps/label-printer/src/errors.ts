/** Where in an input a problem was found: a file (or URL), and a 1-based line and column. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * An error a person can act on: a stable `code`, a message in Vietnamese then English
 * (`Vietnamese / English`), and where it was found. Thrown before anything is written or sent,
 * so that no job is printed half.
 */
export class LabelError extends Error {
  override readonly name = 'LabelError';
  readonly code: string;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly location: ErrorLocation;

  constructor(code: string, messageVi: string, messageEn: string, location: ErrorLocation = {}) {
    const where = formatLocation(location);
    super(`${where}${messageVi} / ${messageEn}`);
    this.code = code;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
    this.location = location;
  }
}

function formatLocation({ file, line, column }: ErrorLocation): string {
  if (file === undefined && line === undefined) return '';
  const parts = [file ?? '', line === undefined ? '' : `dòng/line ${line}`];
  if (column !== undefined) parts.push(`cột/column ${column}`);
  return `${parts.filter((part) => part !== '').join(', ')}: `;
}
