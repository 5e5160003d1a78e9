// The downloads `/xa/:communeCode/du-lieu.csv` and `.json`: the figures the page shows, as files
// named for the commune and year, public and cacheable like the page, readable from any origin
// (open data). A failure is answered in the file's own kind (JSON, or plain text for the CSV)
// with a stable code and the message in both languages.
import type { CommuneFigures } from '@nguongoc/contracts';
import {
  FIGURES_MAX_AGE_SECONDS,
  FiguresLookupError,
  communeFigures,
} from './commune-figures.server';
import { figuresCsv } from './figures-csv';
import { failureMessage } from './figures-failure';

export type DownloadFormat = 'csv' | 'json';

const CONTENT_TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

/** `nguongoc-xa-16941-2026.csv`. */
export function downloadName(figures: CommuneFigures, format: DownloadFormat): string {
  return `nguongoc-xa-${figures.commune.code}-${figures.year}.${format}`;
}

function body(figures: CommuneFigures, format: DownloadFormat): string {
  return format === 'csv' ? figuresCsv(figures) : `${JSON.stringify(figures, null, 2)}\n`;
}

/** The download of commune `code`'s figures for `year` (this year when null), as `format`. */
export async function figuresDownload(
  code: string,
  year: string | null,
  format: DownloadFormat,
): Promise<Response> {
  let figures: CommuneFigures;
  try {
    figures = await communeFigures(code, year);
  } catch (error) {
    if (!(error instanceof FiguresLookupError)) throw error;
    const message = failureMessage(error.failure);
    const headers = { 'Cache-Control': 'no-store' };
    return format === 'json'
      ? Response.json({ code: error.failure.reason, message }, { status: error.status, headers })
      : new Response(`${error.failure.reason}: ${message}\n`, {
          status: error.status,
          headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
        });
  }
  return new Response(body(figures, format), {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${downloadName(figures, format)}"`,
      'Cache-Control': `public, max-age=${FIGURES_MAX_AGE_SECONDS}`,
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
