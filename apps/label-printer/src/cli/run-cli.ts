import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { LabelError } from '../errors.js';
import { type LabelData, normalizeLabel } from '../label-data.js';
import type { LabelRow } from '../label-job.js';
import {
  type JobOptions,
  type OutputFormat,
  pdfBuffer,
  thermalJob,
  writeLabelImages,
  writePdfFile,
} from '../label-output.js';
import { type LotInfo, lotLabels, parseSerialRange } from '../lot-labels.js';
import { sendToNetworkPrinter, sendToSpooler } from '../printer-transport.js';
import { labelRowsFromCsv } from '../sources/csv-source.js';
import {
  lotsFromCommerce,
  registerPrintedSerials,
  serialRangeText,
} from '../sources/commerce-source.js';
import { lotsFromTraceStore, recordSerialsInTraceStore } from '../sources/trace-store-source.js';
import { builtInTemplates, loadTemplate } from '../templates.js';
import { startLabelServer } from '../server/label-server.js';

/**
 * The shop `npm start` serves: a label's QR code must open a trace page that exists, so the
 * default is the configured storefront (as the backend's `trace_url`), never a public host the
 * cooperative did not choose.
 */
export const DEFAULT_TRACE_BASE = 'http://localhost:3000';

/** The trace host: --base, else NGUONGOC_TRACE_BASE, else STOREFRONT_URL, else npm start's shop. */
export function traceBase(option: string | undefined, env: NodeJS.ProcessEnv): string {
  const given = [option, env.NGUONGOC_TRACE_BASE, env.STOREFRONT_URL].find(
    (value) => value !== undefined && value.trim() !== '',
  );
  return (given ?? DEFAULT_TRACE_BASE).trim().replace(/\/+$/, '');
}

export const USAGE = `nguongoc-labels: nhãn QR truy xuất nguồn gốc / QR traceability labels

  nguongoc-labels print [tuỳ chọn / options]   tạo và in nhãn / make and print labels
  nguongoc-labels templates                     các mẫu nhãn có sẵn / built-in templates
  nguongoc-labels serve [--port 5180]           trang web xem trước / the web page with a live preview

Nguồn / input (một trong / one of):
  --csv FILE                 CSV: product, lot, uri | gtin | short_code, serial, code, stars,
                             produced, expires, cooperative, copies
  --lot ID [--lot ID …]      lô từ / lots from --store URL (file:./htx.db) hoặc / or --api URL
  --product ID               mọi lô của sản phẩm / every lot of a product (--api)
  --api URL --token T        API quản trị commerce / commerce admin API (or NGUONGOC_ADMIN_TOKEN)
  --serials 1-2000           một nhãn mỗi đơn vị / one label per unit (GS1 AI 21, or /t/<lô>?s=)
                             đăng ký dải số trước khi in / the range is registered at --api or
                             --store before printing (not on --dry-run)

Nhãn / label:
  --template ID|FILE.json    ${'a4-3x7'} (mặc định / default), a4-4x10, a4-5x13, a4-2x5, avery-l7160,
                             roll-50x30, roll-40x30, or a custom JSON template
  --base URL                 cửa hàng có trang truy xuất / the shop whose trace pages the QR codes
                             open (default NGUONGOC_TRACE_BASE, else STOREFRONT_URL, else the
                             shop of \`npm start\`, ${DEFAULT_TRACE_BASE})
  --ecc M|Q                  mức sửa lỗi QR / QR error correction (default M)
  --copies N                 số bản mỗi dòng / copies of each row
  --start N                  bắt đầu ở nhãn N của tờ đã dùng dở / first free label on a used sheet
  --offset X,Y               hiệu chỉnh lệch, mm / calibration offset in mm
  --sheets N                 số tờ có trong khay / sheets available (the job must fit)
  --produced YYYY-MM-DD      NSX (ghi đè / overrides)
  --expires YYYY-MM-DD       HSD (ghi đè / overrides)
  --outline                  vẽ viền nhãn để căn chỉnh / draw label outlines for calibration

Đầu ra / output:
  --format pdf|tspl|zpl|png|svg   (default: from --out, else pdf for sheets and tspl for rolls)
  --out FILE|DIR             tệp PDF/TSPL/ZPL, hoặc thư mục PNG/SVG / a file, or a folder for PNG/SVG
  --printer tcp://HOST[:9100] | lp | lp:QUEUE    gửi tới máy in / send to a printer
  --dry-run FILE             ghi lệnh in ra tệp thay vì gửi / write the job to a file instead of sending

Trang web / web page (serve):
  --port N --host ADDR       mặc định / default 5180 on 127.0.0.1
  --page-token T             mã truy cập trang / the page's access token (or NGUONGOC_LABELS_TOKEN;
                             default: a new random one, printed in the page's address)
  --allow-host NAME          tên máy khác được nhận / another Host name to answer (repeatable)`;

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

const defaultIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

/** Runs the command line; returns the exit code (0 done, 1 refused input, 2 usage). */
export async function runCli(args: string[], io: CliIo = defaultIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof LabelError) {
      io.stderr(`lỗi / error [${error.code}]: ${error.message}`);
      io.stderr('Không có nhãn nào được in / nothing was printed.');
      return 1;
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      csv: { type: 'string' },
      lot: { type: 'string', multiple: true },
      product: { type: 'string' },
      store: { type: 'string' },
      api: { type: 'string' },
      token: { type: 'string' },
      serials: { type: 'string' },
      template: { type: 'string', default: 'a4-3x7' },
      base: { type: 'string' },
      ecc: { type: 'string', default: 'M' },
      copies: { type: 'string', default: '1' },
      start: { type: 'string', default: '1' },
      offset: { type: 'string' },
      sheets: { type: 'string' },
      produced: { type: 'string' },
      expires: { type: 'string' },
      outline: { type: 'boolean', default: false },
      format: { type: 'string' },
      out: { type: 'string' },
      printer: { type: 'string' },
      'dry-run': { type: 'string' },
      port: { type: 'string', default: '5180' },
      host: { type: 'string', default: '127.0.0.1' },
      'page-token': { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command] = positionals;
  if (values.help || command === undefined) {
    io.stdout(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const base = traceBase(values.base, io.env);
  const token = values.token ?? io.env.NGUONGOC_ADMIN_TOKEN;
  if (command === 'templates') {
    for (const template of builtInTemplates()) {
      io.stdout(`${template.id.padEnd(14)} ${template.name} / ${template.nameEn ?? template.name}`);
    }
    return 0;
  }
  if (command === 'serve') {
    const pageToken = values['page-token'] ?? io.env.NGUONGOC_LABELS_TOKEN;
    const server = await startLabelServer({
      port: wholeNumber(values.port, '--port', 0),
      host: values.host,
      base,
      ...(values.store !== undefined && { store: values.store }),
      ...(values.api !== undefined && token !== undefined && { api: { url: values.api, token } }),
      ...(pageToken !== undefined && pageToken !== '' && { token: pageToken }),
      ...(values['allow-host'] && { allowedHosts: values['allow-host'] }),
    });
    // As Jupyter: the address to open carries the access token (README, "Web page").
    io.stdout(`Trang nhãn / label page: ${server.pageUrl}`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return 0;
  }
  if (command !== 'print') {
    io.stderr(`lệnh không rõ / unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }

  const template = loadTemplate(values.template);
  const format = outputFormat(values.format, values.out, template.kind);
  const ecc = values.ecc.toUpperCase();
  if (ecc !== 'M' && ecc !== 'Q')
    throw new LabelError('option.ecc', {
      vi: `--ecc ${values.ecc}: chỉ M hoặc Q`,
      en: `--ecc ${values.ecc}: M or Q only`,
    });
  const options: JobOptions = {
    template,
    ecc,
    start: wholeNumber(values.start, '--start', 1),
    outline: values.outline,
    // A second core makes the QR codes of a large PDF job while this one writes pages.
    workers: 1,
    ...(values.offset !== undefined && { offset: parseOffset(values.offset) }),
    ...(values.sheets !== undefined && { maxSheets: wholeNumber(values.sheets, '--sheets', 1) }),
  };
  const { rows, register } = await inputRows(
    values,
    base,
    token,
    wholeNumber(values.copies, '--copies', 1),
  );

  if (format === 'png' || format === 'svg') {
    if (!values.out)
      throw new LabelError('option.out', {
        vi: `--format ${format} cần --out THƯ_MỤC`,
        en: `--format ${format} needs --out FOLDER`,
      });
    await register?.(io);
    const files = await writeLabelImages(rows, values.out, format, options);
    io.stdout(`${files.length} tệp ${format.toUpperCase()} trong / files in ${values.out}`);
    return 0;
  }
  const destination = values.printer;
  if (!values.out && !destination && !values['dry-run']) {
    throw new LabelError('option.out', {
      vi: 'cần --out, --printer hoặc --dry-run',
      en: '--out, --printer or --dry-run is needed',
    });
  }
  // Unit serials are registered before the job is made, never for a dry run.
  if (!values['dry-run']) await register?.(io);
  if (format === 'pdf' && values.out && !destination && !values['dry-run']) {
    const plan = await writePdfFile(rows, values.out, options);
    io.stdout(`${plan.labels} nhãn, ${plan.pages} trang / labels, pages: ${values.out}`);
    return 0;
  }
  const { plan, job } =
    format === 'pdf'
      ? await pdfBuffer(rows, options).then(({ plan, pdf }) => ({ plan, job: pdf }))
      : thermalJob(rows, format, options);
  const summary = `${plan.labels} nhãn / labels, ${job.length} bytes`;
  if (values['dry-run']) {
    await writeFile(values['dry-run'], job);
    io.stdout(
      `Chạy thử: lệnh in ghi vào / dry run: job written to ${values['dry-run']} (${summary}${destination ? `, không gửi tới / not sent to ${destination}` : ''})`,
    );
    return 0;
  }
  if (values.out) {
    await writeFile(values.out, job);
    io.stdout(`${summary}: ${values.out}`);
  }
  if (destination) {
    await sendJob(destination, job, format, io);
    io.stdout(`Đã gửi / sent to ${destination}: ${summary}`);
  }
  return 0;
}

type Values = Record<string, string | string[] | boolean | undefined>;

/**
 * The rows to print and, for unit labels of a GTIN product from --api or --store, how to register
 * their serials (README, "Unit serials are registered").
 */
async function inputRows(
  values: Values,
  base: string,
  token: string | undefined,
  copies: number,
): Promise<{ rows: LabelRow[]; register?: (io: CliIo) => Promise<void> }> {
  const csv = values.csv as string | undefined;
  const lots = (values.lot as string[] | undefined) ?? [];
  const product = values.product as string | undefined;
  const sources = [csv !== undefined, lots.length > 0 || product !== undefined].filter(
    Boolean,
  ).length;
  if (sources !== 1) {
    throw new LabelError('option.input', {
      vi: 'chọn một nguồn: --csv, hoặc --lot/--product (với --store hoặc --api)',
      en: 'choose one input: --csv, or --lot/--product (with --store or --api)',
    });
  }
  const overrides = (data: LabelData): LabelData =>
    normalizeLabel({
      ...data,
      ...(values.produced !== undefined && { producedOn: values.produced as string }),
      ...(values.expires !== undefined && { expiresOn: values.expires as string }),
    });
  if (csv !== undefined) {
    if (values.serials !== undefined) {
      throw new LabelError('option.serials', {
        vi: '--serials dùng với --lot, không dùng với --csv (CSV có cột serial)',
        en: '--serials goes with --lot, not --csv (the CSV has a serial column)',
      });
    }
    let text: string;
    try {
      text = readFileSync(csv, 'utf8');
    } catch (error) {
      throw new LabelError(
        'csv.read',
        {
          vi: `không đọc được tệp (${(error as Error).message})`,
          en: `cannot read the file (${(error as Error).message})`,
        },
        { file: csv },
      );
    }
    // A CSV's serials are not registered: it names no lot record (README).
    return {
      rows: labelRowsFromCsv(text, csv, base).map((row) => ({
        ...row,
        data: overrides(row.data),
        copies: row.copies * copies,
      })),
    };
  }
  let infos: LotInfo[];
  if (values.store !== undefined) {
    if (product !== undefined)
      throw new LabelError('option.product', {
        vi: '--product cần --api',
        en: '--product needs --api',
      });
    infos = await lotsFromTraceStore(values.store as string, lots);
  } else if (values.api !== undefined) {
    if (token === undefined)
      throw new LabelError('option.token', {
        vi: '--api cần --token hoặc NGUONGOC_ADMIN_TOKEN',
        en: '--api needs --token or NGUONGOC_ADMIN_TOKEN',
      });
    infos = await lotsFromCommerce(
      { url: values.api as string, token },
      { lots, ...(product !== undefined && { product }) },
    );
  } else {
    throw new LabelError('option.input', {
      vi: '--lot cần --store (tệp kho truy xuất) hoặc --api',
      en: '--lot needs --store (a trace-store file) or --api',
    });
  }
  const serials =
    values.serials === undefined ? undefined : parseSerialRange(values.serials as string);
  if (serials && infos.length !== 1) {
    throw new LabelError('option.serials', {
      vi: `--serials cho đúng một lô, đã chọn ${infos.length} lô`,
      en: `--serials is for exactly one lot, ${infos.length} were chosen`,
    });
  }
  const rows = infos.flatMap((info) =>
    lotLabels(info, { base, ...(serials && { serials }) }).map((data) => ({
      data: overrides(data),
      copies,
    })),
  );
  const [unitLot] = infos;
  // Unit serials, with or without a GTIN (`/t/<lot>?s=<serial>`), are the lot's: registered.
  if (!serials || unitLot === undefined) return { rows };
  const store = values.store as string | undefined;
  const api = { url: values.api as string, token: token! };
  return {
    rows,
    register: async (io) => {
      const range = `${serialRangeText(serials)} (${unitLot.id})`;
      if (store !== undefined) {
        await recordSerialsInTraceStore(store, unitLot.id, serials);
        io.stdout(
          `Đã ghi số sê-ri ${range} vào kho / serials ${range} recorded in the store ${store}. Kho ngoại tuyến: máy chủ chỉ biết các số này khi chúng được đăng ký ở đó (bản xuất sổ cái không mang số sê-ri) / an offline store's serials reach the hub only when registered there (a ledger export does not carry them).`,
        );
      } else {
        await registerPrintedSerials(api, unitLot.id, serials);
        io.stdout(`Đã đăng ký số sê-ri ${range} / serials ${range} registered at ${api.url}`);
      }
    },
  };
}

async function sendJob(
  destination: string,
  job: Buffer,
  format: OutputFormat,
  io: CliIo,
): Promise<void> {
  const tcp = /^tcp:\/\/([^:/]+)(?::(\d+))?\/?$/.exec(destination);
  if (tcp) {
    if (format === 'pdf')
      throw new LabelError('printer.format', {
        vi: 'cổng 9100 nhận TSPL hoặc ZPL; PDF hãy gửi qua lp',
        en: 'port 9100 takes TSPL or ZPL; send a PDF through lp',
      });
    await sendToNetworkPrinter(tcp[1]!, Number(tcp[2] ?? 9100), job);
    return;
  }
  const spooler = /^lp(?::(.+))?$/.exec(destination);
  if (spooler) {
    const answer = await sendToSpooler(job, {
      ...(spooler[1] !== undefined && { printer: spooler[1] }),
      raw: format !== 'pdf',
      title: 'nguongoc-labels',
      env: io.env,
    });
    if (answer) io.stdout(answer);
    return;
  }
  throw new LabelError('printer.destination', {
    vi: `--printer "${destination}": dùng tcp://HOST:9100, lp hoặc lp:QUEUE`,
    en: `--printer "${destination}": use tcp://HOST:9100, lp or lp:QUEUE`,
  });
}

function outputFormat(
  format: string | undefined,
  out: string | undefined,
  kind: 'sheet' | 'roll',
): OutputFormat {
  const chosen =
    format ??
    ({ '.pdf': 'pdf', '.tspl': 'tspl', '.prn': 'tspl', '.zpl': 'zpl' } as Record<string, string>)[
      extname(out ?? '').toLowerCase()
    ] ??
    (kind === 'sheet' ? 'pdf' : 'tspl');
  if (!['pdf', 'tspl', 'zpl', 'png', 'svg'].includes(chosen)) {
    throw new LabelError('option.format', {
      vi: `--format ${chosen}: dùng pdf, tspl, zpl, png hoặc svg`,
      en: `--format ${chosen}: use pdf, tspl, zpl, png or svg`,
    });
  }
  return chosen as OutputFormat;
}

function wholeNumber(text: string, option: string, minimum: number): number {
  if (!/^\d{1,7}$/.test(text) || Number(text) < minimum) {
    throw new LabelError('option.number', {
      vi: `${option} ${text}: cần số nguyên từ ${minimum}`,
      en: `${option} ${text}: a whole number of ${minimum} or more is needed`,
    });
  }
  return Number(text);
}

function parseOffset(text: string): { x: number; y: number } {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match || Math.abs(Number(match[1])) > 10 || Math.abs(Number(match[2])) > 10) {
    throw new LabelError('option.offset', {
      vi: `--offset ${text}: dạng X,Y tính bằng mm, mỗi số trong ±10`,
      en: `--offset ${text}: X,Y in mm, each within ±10`,
    });
  }
  return { x: Number(match[1]), y: Number(match[2]) };
}
