import { LabelError, type ErrorLocation } from './errors.js';
import type { LabelData } from './label-data.js';
import { type LabelLayout, type LayoutOptions, layoutLabel } from './label-layout.js';
import { MAX_LABELS_PER_JOB } from './lot-labels.js';
import { type LabelTemplate, labelsPerPage } from './templates.js';

/** One row of input: a label and how many copies of it to print. */
export interface LabelRow {
  data: LabelData;
  copies: number;
  /** Where the row came from (a CSV line), for errors. */
  where?: ErrorLocation;
}

export interface JobPlan {
  labels: number;
  /** Sheets (or roll labels) the job uses, counting the used positions skipped on the first. */
  pages: number;
  /** 0-based position of the first label on the first sheet. */
  startAt: number;
}

/**
 * Counts a job and checks it against the paper there is, before anything is drawn.
 * @param startAt 1-based position of the first free label on a partly used sheet.
 * @param maxSheets the sheets in the printer's tray, when given.
 * @throws LabelError for a start position off the sheet, an empty job, too many labels, or more
 *   sheets than `maxSheets`.
 */
export function planJob(
  rows: readonly LabelRow[],
  template: LabelTemplate,
  startAt = 1,
  maxSheets?: number,
): JobPlan {
  const perPage = labelsPerPage(template);
  if (!Number.isInteger(startAt) || startAt < 1 || startAt > perPage) {
    throw new LabelError('job.start', {
      vi: `--start ${startAt}: mẫu ${template.id} có ${perPage} nhãn mỗi tờ, hãy chọn từ 1 đến ${perPage}`,
      en: `--start ${startAt}: template ${template.id} has ${perPage} labels a sheet, choose 1 to ${perPage}`,
    });
  }
  const labels = rows.reduce((sum, row) => sum + row.copies, 0);
  if (labels === 0)
    throw new LabelError('job.empty', {
      vi: 'không có nhãn nào để in',
      en: 'there are no labels to print',
    });
  if (labels > MAX_LABELS_PER_JOB) {
    throw new LabelError('job.too_many', {
      vi: `${labels} nhãn, quá ${MAX_LABELS_PER_JOB} nhãn một lệnh in`,
      en: `${labels} labels, more than ${MAX_LABELS_PER_JOB} per job`,
    });
  }
  const pages = Math.ceil((labels + startAt - 1) / perPage);
  if (maxSheets !== undefined && pages > maxSheets) {
    const fits = maxSheets * perPage - (startAt - 1);
    throw new LabelError('job.too_many_sheets', {
      vi: `${labels} nhãn cần ${pages} tờ ${template.id}, chỉ có ${maxSheets} tờ (đủ cho ${Math.max(0, fits)} nhãn): bớt số sê-ri hoặc thêm giấy`,
      en: `${labels} labels need ${pages} sheets of ${template.id}, only ${maxSheets} are available (room for ${Math.max(0, fits)} labels): shorten the serial range or add sheets`,
    });
  }
  return { labels, pages, startAt: startAt - 1 };
}

/**
 * The layout of every label, copies included, made as they are drawn (a 10,000-label job never
 * holds 10,000 layouts). An error names the row it came from.
 */
export function* jobLayouts(
  rows: Iterable<LabelRow>,
  template: LabelTemplate,
  options: LayoutOptions = {},
): Generator<LabelLayout> {
  for (const row of rows) {
    const layout = layoutRow(row, template, options);
    for (let copy = 0; copy < row.copies; copy++) yield layout;
  }
}

/** One row's layout; a layout error is given the row's CSV line. */
export function layoutRow(
  row: LabelRow,
  template: LabelTemplate,
  options: LayoutOptions = {},
): LabelLayout {
  try {
    return layoutLabel(row.data, template, options);
  } catch (error) {
    if (
      error instanceof LabelError &&
      row.where !== undefined &&
      error.location.line === undefined
    ) {
      throw new LabelError(error.code, error.reason, row.where);
    }
    throw error;
  }
}
