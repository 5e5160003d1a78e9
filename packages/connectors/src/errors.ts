import { type Message, bothLanguages } from '@nguongoc/vn-locale';
import type { ExchangeId } from './types.js';

/** Where in an input file a problem is. */
export interface FileLocation {
  file: string;
  row?: number;
  column?: string;
}

/**
 * A connector could not do what it was asked (unreadable file, bad argument). Problems inside a
 * product or an order row are not thrown: they come back as findings and problems.
 * The message reads `[connectors] [voso] <Vietnamese> / <English>`, naming the file, row and column.
 */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  constructor(
    readonly code: string,
    readonly exchange: ExchangeId | undefined,
    reason: Message,
    readonly location?: FileLocation,
  ) {
    super(connectorMessage(exchange, reason, location));
  }
}

/** `[connectors] [voso] <vi> / <en>` with `(tệp x, dòng 3, cột "SKU") / (file x, row 3, column "SKU")`. */
export function connectorMessage(
  exchange: ExchangeId | undefined,
  reason: Message,
  location?: FileLocation,
): string {
  const prefix = exchange === undefined ? '[connectors]' : `[connectors] [${exchange}]`;
  if (location === undefined) return `${prefix} ${bothLanguages(reason)}`;
  const where = (file: string, row: string, column: string) =>
    [
      `${file} ${location.file}`,
      location.row === undefined ? undefined : `${row} ${location.row}`,
      location.column === undefined || location.column === ''
        ? undefined
        : `${column} "${location.column}"`,
    ]
      .filter((part) => part !== undefined)
      .join(', ');
  return `${prefix} ${reason.vi} (${where('tệp', 'dòng', 'cột')}) / ${reason.en} (${where('file', 'row', 'column')})`;
}
