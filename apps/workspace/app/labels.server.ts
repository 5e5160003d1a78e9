// A lot's labels from the workspace (issue #23, items 3 and 7): the label engine of
// @nguongoc/label-printer, run here with the member's own session. Every code a job prints is
// registered with its lot before the file is made (`POST /coop/lots/:lot/serials`), so a scan of
// any printed label is a known code; a refused registration makes no file. The QR codes open the
// configured storefront, the address the backend's `trace_url` names.
import type { LotDetailAnswer } from '@nguongoc/contracts';
import {
  LabelError,
  type LabelRow,
  type LabelTemplate,
  type LotInfo,
  builtInTemplates,
  labelsPerPage,
  lotInfoFromBundle,
  lotLabels,
  pdfBuffer,
  thermalJob,
} from '@nguongoc/label-printer';
import { type Message, bothLanguages, formatCount } from '@nguongoc/vn-locale';
import { backendJson, orNotFound } from './backend.server';
import { environment } from './env.server';
import type { SignedIn } from './session.server';

/** At most this many labels a job from the page (as the label tool's own page): ~4 s, 250 MB. */
export const MAX_LABELS_PER_PAGE_JOB = 10_000;

export type LabelFormat = 'pdf' | 'tspl' | 'zpl';
export type LabelKind = 'units' | 'lot';

/** What the form holds, as typed (kept on a refusal). */
export interface LabelFormValues {
  template: string;
  kind: LabelKind;
  from: string;
  to: string;
  copies: string;
  format: LabelFormat;
  start: string;
}

export interface TemplateChoice {
  id: string;
  name: Message;
  kind: 'sheet' | 'roll';
  perPage: number;
}

/** The built-in sheet templates and thermal rolls, sheets first. */
export function templateChoices(): TemplateChoice[] {
  return builtInTemplates()
    .map((template) => ({
      id: template.id,
      name: { vi: template.name, en: template.nameEn ?? template.name },
      kind: template.kind,
      perPage: labelsPerPage(template),
    }))
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'sheet' ? -1 : 1));
}

/**
 * The label tool's default sheet (A4 3×7) as a PDF, one sheet of unit serials from `from` (the
 * serial after the last one printed for the lot): what most print.
 */
export function defaultValues(from = 1): LabelFormValues {
  const sheet = templateChoices().find((choice) => choice.id === 'a4-3x7');
  const perPage = sheet?.perPage ?? 21;
  return {
    template: 'a4-3x7',
    kind: 'units',
    from: String(from),
    to: String(from + perPage - 1),
    copies: String(perPage),
    format: 'pdf',
    start: '1',
  };
}

/**
 * The lot's label facts (product, lot number, OCOP stars while they hold, NSX/HSD, cooperative),
 * read from `/coop/lots/:lot`: the backend decides whether this member may see the lot.
 * @throws Response 404 when the backend does not show it to them.
 */
export async function lotForLabels(
  request: Request,
  account: SignedIn,
  lot: string,
): Promise<LotInfo> {
  const answer = await orNotFound(
    backendJson<LotDetailAnswer>(request, account, `/coop/lots/${encodeURIComponent(lot)}`),
  );
  const info = lotInfoFromBundle(answer.bundle);
  if (!info) {
    throw new Response(`Lô ${lot} chưa có sản phẩm / lot ${lot} has no product record`, {
      status: 404,
    });
  }
  return info;
}

/** What `GET /coop/lots/:lot/serials` answers: the ranges printed, newest first, and what is next. */
export interface PrintedSerialsAnswer {
  lot: string;
  ranges: { first: number; last: number; width: number; printed_at: string }[];
  next_serial: number;
}

/** The unit serials already printed for the lot, newest first, and the serial that comes next. */
export function printedSerials(
  request: Request,
  account: SignedIn,
  lot: string,
): Promise<PrintedSerialsAnswer> {
  return backendJson<PrintedSerialsAnswer>(
    request,
    account,
    `/coop/lots/${encodeURIComponent(lot)}/serials`,
  );
}

/** The form's values, each kept as typed, or the default where a field is missing. */
export function formValues(form: FormData | URLSearchParams): LabelFormValues {
  const fallback = defaultValues();
  const text = (name: keyof LabelFormValues) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim().slice(0, 40) : fallback[name];
  };
  const format = text('format');
  return {
    template: text('template'),
    kind: text('kind') === 'lot' ? 'lot' : 'units',
    from: text('from'),
    to: text('to'),
    copies: text('copies'),
    format: format === 'tspl' || format === 'zpl' ? format : 'pdf',
    start: text('start'),
  };
}

/** A job the form describes, checked: what is printed, on what, as which file. */
export interface LabelJob {
  template: LabelTemplate;
  format: LabelFormat;
  start: number;
  /** Unit serials to print and register (none for lot-code labels). */
  serials?: { from: number; to: number; width: number };
  /** Copies of the lot's own label (lot-code labels). */
  copies: number;
}

const wholeNumber = (text: string, name: Message, min: number, max: number): number => {
  if (!/^\d{1,12}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new LabelError('form.number', {
      vi: `${name.vi}: cần số nguyên từ ${min} đến ${formatCount(max, 'vi')}, không phải "${text}"`,
      en: `${name.en}: a whole number from ${min} to ${formatCount(max, 'en')} is needed, not "${text}"`,
    });
  }
  return Number(text);
};

/** @throws LabelError naming the field and why, in both languages. */
export function checkJob(values: LabelFormValues): LabelJob {
  const template = builtInTemplates().find((choice) => choice.id === values.template);
  if (!template) {
    throw new LabelError('form.template', {
      vi: `không có mẫu nhãn "${values.template}"`,
      en: `there is no label template "${values.template}"`,
    });
  }
  if (template.kind === 'sheet' && values.format !== 'pdf') {
    throw new LabelError('form.format', {
      vi: `${values.format.toUpperCase()} dành cho máy in nhiệt: mẫu ${template.name} là tờ giấy, hãy chọn PDF hoặc một mẫu cuộn`,
      en: `${values.format.toUpperCase()} is for thermal printers: ${template.nameEn ?? template.name} is a sheet; choose PDF or a roll template`,
    });
  }
  const start =
    template.kind === 'sheet'
      ? wholeNumber(
          values.start,
          { vi: 'Bắt đầu ở nhãn', en: 'Start at label' },
          1,
          labelsPerPage(template),
        )
      : 1;
  if (values.kind === 'lot') {
    const copies = wholeNumber(
      values.copies,
      { vi: 'Số nhãn lô', en: 'Lot labels' },
      1,
      MAX_LABELS_PER_PAGE_JOB,
    );
    return { template, format: values.format, start, copies };
  }
  const from = wholeNumber(values.from, { vi: 'Từ số', en: 'From serial' }, 1, 999_999_999_999);
  const to = wholeNumber(values.to, { vi: 'Đến số', en: 'To serial' }, 1, 999_999_999_999);
  if (to < from) {
    throw new LabelError('form.reversed', {
      vi: `Đến số ${to} nhỏ hơn từ số ${from}`,
      en: `To serial ${to} is below from serial ${from}`,
    });
  }
  if (to - from + 1 > MAX_LABELS_PER_PAGE_JOB) {
    throw new LabelError('form.too_many', {
      vi: `${formatCount(to - from + 1, 'vi')} nhãn là quá ${formatCount(MAX_LABELS_PER_PAGE_JOB, 'vi')} nhãn một lần in; hãy chia thành nhiều lần`,
      en: `${formatCount(to - from + 1, 'en')} labels is more than ${formatCount(MAX_LABELS_PER_PAGE_JOB, 'en')} per job; print them in several jobs`,
    });
  }
  return { template, format: values.format, start, copies: 1, serials: { from, to, width: 0 } };
}

/**
 * Registers the job's unit serials with the lot (`POST /coop/lots/:lot/serials`), then makes the
 * file. A lot-code label's code is the lot's own, which the backend knows from the lot's opening.
 * @throws BackendError when the backend refuses the registration (no file is made);
 *   LabelError when the engine cannot make a label.
 */
export async function printLabels(
  request: Request,
  account: SignedIn,
  lot: LotInfo,
  job: LabelJob,
): Promise<{ body: Buffer; type: string; name: string }> {
  const base = environment().STOREFRONT_URL;
  const labels = lotLabels(lot, { base, ...(job.serials && { serials: job.serials }) });
  const rows: LabelRow[] = labels.map((data) => ({ data, copies: job.serials ? 1 : job.copies }));
  if (job.serials) {
    await backendJson(request, account, `/coop/lots/${encodeURIComponent(lot.id)}/serials`, {
      body: job.serials,
    });
  }
  const what = job.serials ? `${lot.id}-${job.serials.from}-${job.serials.to}` : `${lot.id}-lo`;
  if (job.format === 'pdf') {
    const { pdf } = await pdfBuffer(rows, { template: job.template, start: job.start });
    return { body: pdf, type: 'application/pdf', name: `nhan-${what}.pdf` };
  }
  const { job: bytes } = thermalJob(rows, job.format, { template: job.template });
  return { body: bytes, type: 'application/octet-stream', name: `nhan-${what}.${job.format}` };
}

/** A LabelError's message as the page shows it: Vietnamese / English. */
export function labelErrorText(error: LabelError): string {
  return bothLanguages({ vi: error.messageVi, en: error.messageEn });
}
