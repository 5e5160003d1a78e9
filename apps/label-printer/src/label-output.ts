import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LabelError } from './errors.js';
import { type LabelRow, type JobPlan, jobLayouts, layoutRow, planJob } from './label-job.js';
import type { EccLevel } from './qr-code.js';
import { parallelJobLayouts } from './qr-pool.js';
import { labelPng } from './render-bitmap.js';
import { writePdf } from './render-pdf.js';
import { labelSvg } from './render-svg.js';
import { tsplJob } from './render-tspl.js';
import { zplJob } from './render-zpl.js';
import type { LabelTemplate, RollTemplate } from './templates.js';
import { thermalLabel } from './thermal-parts.js';

export type OutputFormat = 'pdf' | 'tspl' | 'zpl' | 'png' | 'svg';

export interface JobOptions {
  template: LabelTemplate;
  ecc?: EccLevel;
  /** 1-based first free position on a partly used sheet. */
  start?: number;
  /** Calibration offset, mm. */
  offset?: { x: number; y: number };
  /** Sheets available; a job needing more is refused. */
  maxSheets?: number;
  outline?: boolean;
  /** Worker threads that make QR codes for large PDF jobs (0: all in this thread). */
  workers?: number;
}

/** Below this many rows, starting workers costs more than it saves. */
const PARALLEL_FROM_ROWS = 512;

/**
 * Writes a PDF job to `path`: first to `path.partial`, renamed when the last page is written, so
 * that an error on label 7,000 leaves no half-made file behind.
 */
export async function writePdfFile(
  rows: LabelRow[],
  path: string,
  options: JobOptions,
): Promise<JobPlan> {
  const plan = planJob(rows, options.template, options.start, options.maxSheets);
  const partial = `${path}.partial`;
  const file = createWriteStream(partial);
  const workers = options.workers ?? 0;
  const layouts =
    workers > 0 && rows.length >= PARALLEL_FROM_ROWS
      ? parallelJobLayouts(rows, options.template, { ...eccOf(options), workers })
      : jobLayouts(rows, options.template, eccOf(options));
  try {
    await writePdf(layouts, options.template, file, {
      startAt: plan.startAt,
      ...(options.offset && { offset: options.offset }),
      ...(options.outline !== undefined && { outline: options.outline }),
    });
    await rename(partial, path);
    return plan;
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** A PDF job in memory (for the spooler and the web page's download). */
export async function pdfBuffer(
  rows: LabelRow[],
  options: JobOptions,
): Promise<{ plan: JobPlan; pdf: Buffer }> {
  const plan = planJob(rows, options.template, options.start, options.maxSheets);
  const { Writable } = await import('node:stream');
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await writePdf(jobLayouts(rows, options.template, eccOf(options)), options.template, sink, {
    startAt: plan.startAt,
    ...(options.offset && { offset: options.offset }),
    ...(options.outline !== undefined && { outline: options.outline }),
  });
  return { plan, pdf: Buffer.concat(chunks) };
}

/**
 * A complete TSPL or ZPL job, built whole before anything is sent: a label that cannot be made
 * stops the job with nothing printed. Copies use the printer's own count (`PRINT 1,n`, `^PQn`).
 */
export function thermalJob(
  rows: LabelRow[],
  format: 'tspl' | 'zpl',
  options: JobOptions,
): { plan: JobPlan; job: Buffer } {
  const template = rollTemplate(options.template, format);
  const plan = planJob(rows, template, 1, options.maxSheets);
  const parts = rows.map((row) => ({
    part: thermalLabel(layoutRow(row, template, eccOf(options)), template, options.offset),
    copies: row.copies,
  }));
  return { plan, job: format === 'tspl' ? tsplJob(parts, template) : zplJob(parts) };
}

/** One PNG or SVG file per row (`label-0001.png`, …) in `directory`; returns the file names. */
export async function writeLabelImages(
  rows: LabelRow[],
  directory: string,
  format: 'png' | 'svg',
  options: JobOptions,
): Promise<string[]> {
  planJob(rows, options.template, 1);
  const files = rows.map((row, index) => {
    const layout = layoutRow(row, options.template, eccOf(options));
    const name = `label-${String(index + 1).padStart(4, '0')}.${format}`;
    const body =
      format === 'png'
        ? labelPng(layout, options.template.dpi, { outline: options.outline ?? false })
        : labelSvg(layout, { outline: options.outline ?? false });
    return { name, body };
  });
  await mkdir(directory, { recursive: true });
  for (const file of files) await writeFile(join(directory, file.name), file.body);
  return files.map((file) => file.name);
}

function rollTemplate(template: LabelTemplate, format: string): RollTemplate {
  if (template.kind !== 'roll') {
    throw new LabelError('template.not_roll', {
      vi: `${format.toUpperCase()} dành cho máy in nhiệt: mẫu ${template.id} là tờ A4, hãy chọn mẫu cuộn (roll-50x30, roll-40x30) hoặc --format pdf`,
      en: `${format.toUpperCase()} is for thermal printers: template ${template.id} is a sheet; choose a roll template (roll-50x30, roll-40x30) or --format pdf`,
    });
  }
  return template;
}

function eccOf(options: JobOptions): { ecc?: EccLevel } {
  return options.ecc === undefined ? {} : { ecc: options.ecc };
}
