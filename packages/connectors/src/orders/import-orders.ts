import { createHash } from 'node:crypto';
import { canonicalize } from '@nguongoc/trace-core';
import { type Message, foldForSearch } from '@nguongoc/vn-locale';
import { ConnectorError, connectorMessage } from '../errors.js';
import { cleanText } from '../_text.js';
import { parseVnd } from '../money.js';
import type {
  ExchangeId,
  ImportOptions,
  ImportProblem,
  ImportResult,
  NormalisedOrder,
  OrderLine,
  OrderFile,
  OrderStatus,
} from '../types.js';
import { matchBuyerAddress } from './buyer-address.js';
import {
  COMMON_HEADERS,
  REQUIRED_FIELDS,
  headerLookup,
  statusLookup,
  type OrderField,
  type OrderFormat,
} from './order-format.js';
import { parseOrderTime } from './order-time.js';
import { readRows, type CellValue } from './read-rows.js';

const SKU = /^[A-Za-z0-9._-]{1,40}$/;
/** Rows searched for the header (exports put a title or a date range above it). */
const HEADER_SEARCH_ROWS = 20;

type Columns = Partial<Record<OrderField, { index: number; header: string }>>;

interface OrderDraft {
  order: Omit<NormalisedOrder, 'contentHash' | 'totalVnd'>;
  firstRow: number;
}

function findColumns(cells: CellValue[], lookup: Map<string, OrderField>): Columns {
  const columns: Columns = {};
  cells.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const field = lookup.get(foldForSearch(cell));
    if (field !== undefined && columns[field] === undefined)
      columns[field] = { index, header: cleanText(cell) };
  });
  return columns;
}

function isHeader(columns: Columns): boolean {
  return (
    REQUIRED_FIELDS.every((field) => columns[field]) &&
    (columns.unitPrice !== undefined || columns.amount !== undefined)
  );
}

function text(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return cleanText(String(cell));
}

/**
 * Reads an exchange's order export into normalised orders. Columns are found by their header
 * (Vietnamese variants, case and diacritics ignored), wherever they are. A row that cannot be
 * read is left out and reported with its row, column and reason; the other rows are kept. Rows of
 * one order become its lines; a row repeated word for word is reported once and counted once.
 * @throws ConnectorError when the file cannot be read or has no header with the needed columns.
 */
export async function importOrderRows(
  exchange: ExchangeId,
  format: OrderFormat,
  file: OrderFile,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const lookup = headerLookup(format);
  const statuses = statusLookup(format);
  const problems: ImportProblem[] = [];
  const drafts = new Map<string, OrderDraft>();
  const lineSignatures = new Map<string, string>();
  let columns: Columns | undefined;
  let best: Columns = {};
  let rowsRead = 0;
  let rowsKept = 0;

  const problem = (
    severity: ImportProblem['severity'],
    row: number,
    column: string,
    code: string,
    reason: Message,
  ) =>
    problems.push({
      severity,
      file: file.name,
      row,
      column,
      code,
      message: connectorMessage(exchange, reason, { file: file.name, row, column }),
    });

  for await (const { row, cells } of readRows(exchange, file, options.format)) {
    if (columns === undefined) {
      const found = findColumns(cells, lookup);
      if (isHeader(found)) columns = found;
      else if (Object.keys(found).length > Object.keys(best).length) best = found;
      if (columns === undefined && row >= HEADER_SEARCH_ROWS) break;
      continue;
    }
    if (cells.every((cell) => text(cell) === '')) continue;
    rowsRead += 1;
    const at = (field: OrderField) => {
      const column = columns![field];
      return column === undefined ? undefined : cells[column.index];
    };
    const header = (field: OrderField) => columns![field]?.header ?? COMMON_HEADERS[field][0]!;
    const refuse = (field: OrderField | '', code: string, reason: Message) => {
      problem('error', row, field === '' ? '' : header(field), code, reason);
      return undefined;
    };

    const read = ():
      | (Omit<OrderDraft['order'], 'key' | 'lines'> & { line: Omit<OrderLine, 'row'> })
      | undefined => {
      const externalOrderId = text(at('orderId'));
      if (externalOrderId === '')
        return refuse('orderId', 'order_id.missing', {
          vi: 'thiếu mã đơn hàng',
          en: 'the order ID is missing',
        });
      const sku = text(at('sku'));
      if (!SKU.test(sku)) {
        return refuse('sku', 'sku.invalid', {
          vi:
            sku === '' ? 'thiếu mã SKU' : `mã SKU "${sku}" không hợp lệ (chữ không dấu, số, . _ -)`,
          en:
            sku === ''
              ? 'the SKU is missing'
              : `SKU "${sku}" is not valid (letters without diacritics, digits, . _ -)`,
        });
      }
      const quantityCell = at('quantity');
      const quantity =
        typeof quantityCell === 'number'
          ? quantityCell
          : /^\d+$/.test(text(quantityCell))
            ? Number(text(quantityCell))
            : NaN;
      if (!Number.isSafeInteger(quantity) || quantity <= 0) {
        return refuse('quantity', 'quantity.invalid', {
          vi: `số lượng "${text(quantityCell)}" phải là số nguyên dương`,
          en: `quantity "${text(quantityCell)}" must be a positive whole number`,
        });
      }
      const unitCell = at('unitPrice');
      const amountCell = at('amount');
      const unitGiven = columns!.unitPrice !== undefined && text(unitCell) !== '';
      const amountGiven = columns!.amount !== undefined && text(amountCell) !== '';
      const unitPrice = unitGiven ? parseVnd(unitCell) : undefined;
      const amountRead = amountGiven ? parseVnd(amountCell) : undefined;
      if (unitGiven && unitPrice === undefined) {
        return refuse('unitPrice', 'amount.unreadable', {
          vi: `đơn giá "${text(unitCell)}" không phải số tiền VND nguyên`,
          en: `unit price "${text(unitCell)}" is not a whole VND amount`,
        });
      }
      if (amountGiven && amountRead === undefined) {
        return refuse('amount', 'amount.unreadable', {
          vi: `thành tiền "${text(amountCell)}" không phải số tiền VND nguyên`,
          en: `amount "${text(amountCell)}" is not a whole VND amount`,
        });
      }
      if (unitPrice === undefined && amountRead === undefined) {
        return refuse(columns!.unitPrice ? 'unitPrice' : 'amount', 'amount.missing', {
          vi: 'thiếu đơn giá và thành tiền',
          en: 'both the unit price and the amount are missing',
        });
      }
      const amountVnd = amountRead ?? unitPrice! * quantity;
      const unitPriceVnd = unitPrice ?? amountVnd / quantity;
      if (!Number.isSafeInteger(unitPriceVnd) || unitPriceVnd * quantity !== amountVnd) {
        return refuse('amount', 'amount.mismatch', {
          vi: `thành tiền ${amountVnd} khác số lượng × đơn giá (${quantity} × ${unitPrice ?? '?'})`,
          en: `amount ${amountVnd} is not quantity × unit price (${quantity} × ${unitPrice ?? '?'})`,
        });
      }
      const placedAt = parseOrderTime(at('placedAt'));
      if (placedAt === undefined) {
        return refuse('placedAt', 'time.unreadable', {
          vi: `không đọc được thời gian "${text(at('placedAt'))}" (dd/mm/yyyy hh:mm)`,
          en: `time "${text(at('placedAt'))}" cannot be read (dd/mm/yyyy hh:mm)`,
        });
      }
      const statusText = text(at('status'));
      const status: OrderStatus | undefined = statuses.get(foldForSearch(statusText));
      if (status === undefined) {
        return refuse('status', 'status.unknown', {
          vi: `trạng thái "${statusText}" không có trong danh sách trạng thái của sàn`,
          en: `status "${statusText}" is not one this exchange's exports use`,
        });
      }
      const provinceText = text(at('province'));
      const communeText = text(at('commune'));
      const match = matchBuyerAddress(provinceText, communeText);
      if ('doubt' in match) {
        problem('warning', row, header(match.doubt.column), 'address.unmatched', {
          vi: `${match.doubt.vi}; đơn vẫn được nhập, không có mã xã`,
          en: `${match.doubt.en}; the order is kept without a commune code`,
        });
      }
      return {
        exchange,
        externalOrderId,
        placedAt,
        status,
        buyer: {
          provinceText,
          communeText,
          provinceCode: match.provinceCode,
          communeCode: match.communeCode,
        },
        line: {
          key: `${exchange}:${externalOrderId}:${sku}`,
          sku,
          quantity,
          unitPriceVnd,
          amountVnd,
        },
      };
    };

    const parsed = read();
    if (parsed === undefined) continue;
    const { line, ...head } = parsed;
    // A digest, not the canonical JSON itself: 50,000 of those held about 25 MB until the end.
    const signature = createHash('sha256').update(canonicalize({ head, line })).digest('base64');
    const seen = lineSignatures.get(line.key);
    if (seen !== undefined) {
      if (seen === signature) {
        problem('warning', row, '', 'row.duplicate', {
          vi: `dòng trùng hoàn toàn với một dòng trước (đơn ${head.externalOrderId}, SKU ${line.sku}); chỉ tính một lần`,
          en: `the row repeats an earlier one word for word (order ${head.externalOrderId}, SKU ${line.sku}); counted once`,
        });
      } else {
        problem('error', row, header('sku'), 'line.conflict', {
          vi: `đơn ${head.externalOrderId} đã có dòng SKU ${line.sku} khác nội dung; dòng này bị bỏ`,
          en: `order ${head.externalOrderId} already has a different line for SKU ${line.sku}; this row is left out`,
        });
      }
      continue;
    }
    const key = `${exchange}:${head.externalOrderId}`;
    const draft = drafts.get(key);
    if (draft) {
      const mismatch =
        (['placedAt', 'status'] as const).find((field) => draft.order[field] !== head[field]) ??
        (draft.order.buyer.provinceText !== head.buyer.provinceText ||
        draft.order.buyer.communeText !== head.buyer.communeText
          ? 'province'
          : undefined);
      if (mismatch !== undefined) {
        problem('error', row, header(mismatch), 'order.conflict', {
          vi: `dòng này khác dòng ${draft.firstRow} của cùng đơn ${head.externalOrderId} ở cột này; dòng bị bỏ`,
          en: `this row disagrees with row ${draft.firstRow} of the same order ${head.externalOrderId} in this column; left out`,
        });
        continue;
      }
      draft.order.lines.push({ ...line, row });
    } else {
      drafts.set(key, { order: { key, ...head, lines: [{ ...line, row }] }, firstRow: row });
    }
    lineSignatures.set(line.key, signature);
    rowsKept += 1;
  }

  if (columns === undefined) {
    const missing = REQUIRED_FIELDS.filter((field) => !best[field]).map(
      (field) => `"${COMMON_HEADERS[field][0]}"`,
    );
    if (!best.unitPrice && !best.amount)
      missing.push(`"${COMMON_HEADERS.unitPrice[0]}" / "${COMMON_HEADERS.amount[0]}"`);
    throw new ConnectorError(
      'import.missing_columns',
      exchange,
      {
        vi: `không tìm thấy dòng tiêu đề có đủ cột; thiếu ${missing.join(', ')}`,
        en: `no header row with the needed columns; missing ${missing.join(', ')}`,
      },
      { file: file.name },
    );
  }

  const orders: NormalisedOrder[] = [...drafts.values()].map(({ order }) => {
    const lines = [...order.lines].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
    const complete = {
      ...order,
      lines,
      totalVnd: lines.reduce((sum, line) => sum + line.amountVnd, 0),
    };
    // Where a line sits in the file is not what was sold: a re-sorted export is the same order.
    const content = { ...complete, lines: lines.map(({ row: _row, ...line }) => line) };
    return {
      ...complete,
      contentHash: createHash('sha256').update(canonicalize(content)).digest('hex'),
    };
  });
  const skuColumn = columns.sku?.header ?? COMMON_HEADERS.sku[0]!;
  return { exchange, file: file.name, orders, skuColumn, problems, rowsRead, rowsKept };
}
