import type { Message } from '@nguongoc/vn-locale';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LabelError } from './errors.js';

/** Millimetres, as every template is written. */
interface Size {
  width: number;
  height: number;
}

interface TemplateBase {
  id: string;
  /** Vietnamese name shown first; `nameEn` in English. */
  name: string;
  nameEn?: string;
  label: Size;
  /** Resolution the QR modules are snapped to: the printer's dots per inch. */
  dpi: number;
}

/** A sheet of die-cut labels (A4 decal, Avery): a grid with its margins and pitches. */
export interface SheetTemplate extends TemplateBase {
  kind: 'sheet';
  page: Size;
  columns: number;
  rows: number;
  /** From the page's top-left corner to the first label's top-left corner. */
  margin: { top: number; left: number };
  /** From one label's top-left corner to the next one's, across and down. */
  pitch: { x: number; y: number };
}

/** A roll of labels for a thermal printer (TSC, Xprinter, Zebra): one label across. */
export interface RollTemplate extends TemplateBase {
  kind: 'roll';
  /** Gap between two labels on the roll (the printer's gap sensor sees it). */
  gap: number;
}

export type LabelTemplate = SheetTemplate | RollTemplate;

const BUILT_IN_DIRECTORY = fileURLToPath(new URL('../templates/', import.meta.url));
const TOLERANCE_MM = 0.01;

/** The IDs of the templates shipped with the tool (templates/*.json). */
export function builtInTemplateIds(): string[] {
  return readdirSync(BUILT_IN_DIRECTORY)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** Every template shipped with the tool. */
export function builtInTemplates(): LabelTemplate[] {
  return builtInTemplateIds().map((id) => loadTemplate(id));
}

/**
 * A template by built-in ID (`a4-3x7`, `roll-50x30`, …) or from a JSON file of the same shape.
 * @throws LabelError naming the file and the field that is wrong, or a grid that leaves the page.
 */
export function loadTemplate(idOrFile: string): LabelTemplate {
  const builtIn = `${BUILT_IN_DIRECTORY}${idOrFile}.json`;
  const file = /^[a-z0-9-]+$/.test(idOrFile) && existsSync(builtIn) ? builtIn : idOrFile;
  if (!existsSync(file)) {
    throw new LabelError('template.unknown', {
      vi: `không có mẫu nhãn "${idOrFile}" (có sẵn: ${builtInTemplateIds().join(', ')}, hoặc một tệp .json)`,
      en: `no label template "${idOrFile}" (built in: ${builtInTemplateIds().join(', ')}, or a .json file)`,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new LabelError(
      'template.json',
      {
        vi: `tệp mẫu nhãn không phải JSON hợp lệ (${(error as Error).message})`,
        en: `the template file is not valid JSON (${(error as Error).message})`,
      },
      { file },
    );
  }
  return validateTemplate(data, file);
}

/**
 * Checks a template given as data and returns it typed.
 * @throws LabelError for a missing or non-positive field, or labels that do not fit the page.
 */
export function validateTemplate(data: unknown, file = 'template'): LabelTemplate {
  const fail = (field: string, reason: Message): never => {
    throw new LabelError(
      'template.invalid',
      { vi: `${field}: ${reason.vi}`, en: `${field}: ${reason.en}` },
      { file },
    );
  };
  if (typeof data !== 'object' || data === null)
    fail('(gốc/root)', { vi: 'phải là đối tượng', en: 'must be an object' });
  const record = data as Record<string, unknown>;
  const text = (field: string): string => {
    const value = record[field];
    if (typeof value !== 'string' || value.trim() === '')
      fail(field, { vi: 'thiếu chuỗi', en: 'a string is required' });
    return (value as string).normalize('NFC');
  };
  const positive = (path: string): number => {
    const value = path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], record);
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      fail(path, { vi: 'phải là số dương (mm)', en: 'must be a positive number (mm)' });
    }
    return value as number;
  };
  const nonNegative = (path: string): number => {
    const [outer, inner] = path.split('.') as [string, string];
    const value = (record[outer] as Record<string, unknown> | undefined)?.[inner];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      fail(path, { vi: 'phải là số không âm (mm)', en: 'must be a number of 0 or more (mm)' });
    }
    return value as number;
  };
  const whole = (field: string): number => {
    const value = record[field];
    if (!Number.isInteger(value) || (value as number) < 1) {
      fail(field, { vi: 'phải là số nguyên từ 1', en: 'must be a whole number of 1 or more' });
    }
    return value as number;
  };
  const base = {
    id: text('id'),
    name: text('name'),
    ...(typeof record.nameEn === 'string' && { nameEn: record.nameEn.normalize('NFC') }),
    label: { width: positive('label.width'), height: positive('label.height') },
    dpi: record.dpi === undefined && record.kind === 'sheet' ? 300 : positive('dpi'),
  };
  if (base.dpi < 150 || base.dpi > 1200)
    fail('dpi', { vi: 'phải từ 150 đến 1200', en: 'must be 150 to 1200' });
  if (record.kind === 'roll') {
    const gap = record.gap ?? 2;
    if (typeof gap !== 'number' || !Number.isFinite(gap) || gap < 0) {
      fail('gap', { vi: 'phải là số không âm (mm)', en: 'must be a number of 0 or more (mm)' });
    }
    return { ...base, kind: 'roll', gap: gap as number };
  }
  if (record.kind !== 'sheet')
    fail('kind', { vi: 'phải là "sheet" hoặc "roll"', en: 'must be "sheet" or "roll"' });
  const template: SheetTemplate = {
    ...base,
    kind: 'sheet',
    page: { width: positive('page.width'), height: positive('page.height') },
    columns: whole('columns'),
    rows: whole('rows'),
    margin: { top: nonNegative('margin.top'), left: nonNegative('margin.left') },
    pitch: { x: positive('pitch.x'), y: positive('pitch.y') },
  };
  checkSheetFits(template, fail);
  return template;
}

function checkSheetFits(
  template: SheetTemplate,
  fail: (field: string, reason: Message) => never,
): void {
  const { label, pitch, margin, page, columns, rows } = template;
  if (pitch.x + TOLERANCE_MM < label.width) {
    fail('pitch.x', {
      vi: `nhỏ hơn chiều rộng nhãn ${label.width} mm: các nhãn chồng lên nhau`,
      en: `is less than the label width ${label.width} mm: labels overlap`,
    });
  }
  if (pitch.y + TOLERANCE_MM < label.height) {
    fail('pitch.y', {
      vi: `nhỏ hơn chiều cao nhãn ${label.height} mm: các nhãn chồng lên nhau`,
      en: `is less than the label height ${label.height} mm: labels overlap`,
    });
  }
  const right = margin.left + (columns - 1) * pitch.x + label.width;
  if (right > page.width + TOLERANCE_MM) {
    fail('columns', {
      vi: `${columns} cột kết thúc ở ${round(right)} mm, vượt trang rộng ${page.width} mm`,
      en: `${columns} columns end at ${round(right)} mm, past the page width ${page.width} mm`,
    });
  }
  const bottom = margin.top + (rows - 1) * pitch.y + label.height;
  if (bottom > page.height + TOLERANCE_MM) {
    fail('rows', {
      vi: `${rows} hàng kết thúc ở ${round(bottom)} mm, vượt trang cao ${page.height} mm`,
      en: `${rows} rows end at ${round(bottom)} mm, past the page height ${page.height} mm`,
    });
  }
}

/** Labels per page (sheets) or 1 (a roll prints one label at a time). */
export function labelsPerPage(template: LabelTemplate): number {
  return template.kind === 'sheet' ? template.columns * template.rows : 1;
}

/** Top-left corner of the label at `index` (0-based, row by row) on its page, in mm. */
export function labelPosition(template: LabelTemplate, index: number): { x: number; y: number } {
  if (template.kind === 'roll') return { x: 0, y: 0 };
  const column = index % template.columns;
  const row = Math.floor(index / template.columns) % template.rows;
  return {
    x: template.margin.left + column * template.pitch.x,
    y: template.margin.top + row * template.pitch.y,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
