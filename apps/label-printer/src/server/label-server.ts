import { readFile } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LabelError } from '../errors.js';
import { layoutLabel } from '../label-layout.js';
import { pdfBuffer } from '../label-output.js';
import type { LotInfo } from '../lot-labels.js';
import { labelPng } from '../render-bitmap.js';
import { labelSvg } from '../render-svg.js';
import {
  type CommerceApi,
  lotsFromCommerce,
  registerPrintedSerials,
} from '../sources/commerce-source.js';
import { lotsFromTraceStore, recordSerialsInTraceStore } from '../sources/trace-store-source.js';
import { builtInTemplates, loadTemplate } from '../templates.js';
import {
  AccessError,
  type AccessRules,
  accessCookie,
  allowedHosts,
  checkAccess,
  newAccessToken,
  requireJson,
} from './label-access.js';
import {
  type LabelRequest,
  checkWebJobSize,
  copiesFromRequest,
  eccFromRequest,
  labelsFromRequest,
  serialsToRegister,
} from './label-request.js';

export interface LabelServerOptions {
  port?: number;
  host?: string;
  /** Trace host for the QR codes. */
  base: string;
  /** Where lots named in `?lot=` come from. */
  store?: string;
  api?: CommerceApi;
  /** The built page (Vite's output); default `dist/web` of this package. */
  webRoot?: string;
  /** The access token the page and the API require; a new random one when not given. */
  token?: string;
  /** Host names (without port) the server answers besides its own address and localhost. */
  allowedHosts?: readonly string[];
}

/** The largest request body: the form's fields, a few hundred bytes. */
const MAX_BODY_BYTES = 64 * 1024;

const SAFE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * The web page and its API, on Node's HTTP server (the same engine as the CLI):
 * `GET /api/templates`, `GET /api/preview.svg|png?…` (one label), `GET /api/lots/:id` (a lot from
 * the configured store or commerce API), `POST /api/pdf` (the whole job, JSON, at most
 * MAX_WEB_JOB_LABELS labels). Built-in templates only: a browser cannot name a file on this
 * machine. Every request needs the access token and this server's own Host (label-access.ts);
 * `pageUrl` carries the token, for the operator to open.
 */
export async function startLabelServer(
  options: LabelServerOptions,
): Promise<{ url: string; pageUrl: string; token: string; close: () => Promise<void> }> {
  const webRoot = options.webRoot ?? fileURLToPath(new URL('../../dist/web/', import.meta.url));
  const templateIds = new Set(builtInTemplates().map((template) => template.id));
  const templateOf = (id: string | undefined) => {
    const chosen = id ?? 'a4-3x7';
    if (!templateIds.has(chosen))
      throw new LabelError('request.template', {
        vi: `không có mẫu ${chosen}`,
        en: `no template ${chosen}`,
      });
    return loadTemplate(chosen);
  };

  const token = options.token ?? newAccessToken();
  if (!/^[\w.~-]{16,}$/.test(token)) {
    throw new LabelError('option.page_token', {
      vi: 'mã truy cập trang cần ít nhất 16 ký tự chữ, số, - _ . ~',
      en: 'the page access token needs at least 16 letters, digits, - _ . ~',
    });
  }

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    checkAccess(request, url, rules);
    if (!url.pathname.startsWith('/api/') && url.searchParams.has('token')) {
      // The printed address: the token becomes a cookie, and leaves the address bar and history.
      url.searchParams.delete('token');
      response.writeHead(303, {
        ...SAFE_HEADERS,
        location: `${url.pathname}${url.search}`,
        'set-cookie': accessCookie(rules),
      });
      response.end();
      return;
    }
    if (url.pathname === '/api/templates') return json(response, 200, builtInTemplates());
    const preview = /^\/api\/preview\.(svg|png)$/.exec(url.pathname);
    if (preview && request.method === 'GET') {
      const fields = Object.fromEntries(url.searchParams) as LabelRequest;
      const template = templateOf(fields.template);
      const [first] = labelsFromRequest(
        { ...fields, serials: fields.serials?.split('-')[0] ?? '' },
        options.base,
      );
      const layout = layoutLabel(first!, template, { ecc: eccFromRequest(fields) });
      response.writeHead(200, {
        ...SAFE_HEADERS,
        'content-type': TYPES[`.${preview[1]}`]!,
        'cache-control': 'no-store',
      });
      response.end(
        preview[1] === 'svg'
          ? labelSvg(layout, { outline: true })
          : labelPng(layout, 300, { outline: true }),
      );
      return;
    }
    const lot = /^\/api\/lots\/([^/]+)$/.exec(url.pathname);
    if (lot) {
      const id = decodeURIComponent(lot[1]!);
      let infos: LotInfo[];
      if (options.store) infos = await lotsFromTraceStore(options.store, [id]);
      else if (options.api) infos = await lotsFromCommerce(options.api, { lots: [id] });
      else
        throw new LabelError('request.no_source', {
          vi: 'máy chủ chưa có nguồn lô (--store hoặc --api)',
          en: 'the server has no lot source (--store or --api)',
        });
      return json(response, 200, infos[0]);
    }
    if (url.pathname === '/api/pdf' && request.method === 'POST') {
      requireJson(request);
      const fields = JSON.parse((await body(request)) || '{}') as LabelRequest;
      const template = templateOf(fields.template);
      checkWebJobSize(fields);
      const copies = copiesFromRequest(fields);
      const rows = labelsFromRequest(fields, options.base).map((data) => ({ data, copies }));
      const units = serialsToRegister(fields, Boolean(options.store ?? options.api));
      if (units) {
        // Before the PDF is made: a unit label the hub does not know scans as "could not check".
        if (options.store) await recordSerialsInTraceStore(options.store, units.lot, units.range);
        else await registerPrintedSerials(options.api!, units.lot, units.range);
      }
      const { pdf } = await pdfBuffer(rows, {
        template,
        ecc: eccFromRequest(fields),
        start: Number(fields.start ?? 1),
      });
      response.writeHead(200, {
        ...SAFE_HEADERS,
        'content-type': 'application/pdf',
        'content-disposition': 'attachment; filename="nhan-nguongoc.pdf"',
      });
      response.end(pdf);
      return;
    }
    if (url.pathname.startsWith('/api/'))
      return json(response, 404, { code: 'not_found', message: 'không có / not found' });
    const path = normalize(join(webRoot, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!path.startsWith(webRoot))
      return json(response, 404, { code: 'not_found', message: 'không có / not found' });
    try {
      const file = await readFile(path);
      response.writeHead(200, {
        ...SAFE_HEADERS,
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(file);
    } catch {
      const index = await readFile(join(webRoot, 'index.html')).catch(() => undefined);
      if (!index)
        return json(response, 500, {
          code: 'no_page',
          message: 'chưa dựng trang web (npm run build) / the page is not built (npm run build)',
        });
      response.writeHead(200, { ...SAFE_HEADERS, 'content-type': TYPES['.html']! });
      response.end(index);
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof LabelError) {
        json(response, statusOf(error), {
          code: error.code,
          message: error.message,
          messageVi: error.messageVi,
          messageEn: error.messageEn,
        });
      } else if (error instanceof SyntaxError) {
        json(response, 400, { code: 'request.json', message: 'JSON không hợp lệ / invalid JSON' });
      } else {
        json(response, 500, {
          code: 'internal',
          message: `lỗi máy chủ / server error: ${(error as Error).message}`,
        });
      }
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 5180, options.host ?? '127.0.0.1', resolve),
  );
  const { port, address } = server.address() as AddressInfo;
  // Known once listening (the port may have been 0); no request is handled before this line.
  const rules: AccessRules = {
    token,
    hosts: allowedHosts(options.host ?? '127.0.0.1', port, options.allowedHosts),
    cookieName: `nguongoc_labels_${port}`,
  };
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  return {
    url,
    pageUrl: `${url}/?token=${token}`,
    token,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}

const TOO_LARGE = new Set(['request.size', 'request.too_many_labels']);

function statusOf(error: LabelError): number {
  if (error instanceof AccessError) return error.status;
  return TOO_LARGE.has(error.code) ? 413 : 400;
}

function json(response: ServerResponse, status: number, value: unknown): void {
  if (response.headersSent) return void response.end();
  response.writeHead(status, {
    ...SAFE_HEADERS,
    'content-type': 'application/json; charset=utf-8',
  });
  response.end(JSON.stringify(value));
}

/** The body as text, refused (413) past MAX_BODY_BYTES without reading the rest. */
function body(request: IncomingMessage): Promise<string> {
  const tooLarge = () =>
    new LabelError('request.size', {
      vi: `yêu cầu quá lớn (tối đa ${MAX_BODY_BYTES / 1024} KiB)`,
      en: `request too large (at most ${MAX_BODY_BYTES / 1024} KiB)`,
    });
  if (Number(request.headers['content-length']) > MAX_BODY_BYTES) {
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.pause();
        request.removeAllListeners('data');
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
