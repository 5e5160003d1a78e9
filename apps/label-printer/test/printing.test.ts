import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelRowsFromCsv, loadTemplate, thermalJob } from '../src/index.js';
import { cli } from './_cli.js';
import { BASE } from './_fixtures.js';
import { readTspl, readZpl } from './_thermal-emulator.js';

const directory = mkdtempSync(join(tmpdir(), 'labels-print-'));
const csvFile = join(directory, 'lots.csv');
const CSV = [
  'product,lot,gtin,serial,stars,produced,expires,cooperative,copies',
  'Mật ong hoa nhãn Khoái Châu,MO-2611-A,8934602000019,1,4,2026-11-24,2028-11-24,HTX Ong mật Ẩn Thi,2',
  'Mật ong hoa nhãn Khoái Châu,MO-2611-A,8934602000019,2,4,2026-11-24,2028-11-24,HTX Ong mật Ẩn Thi,1',
].join('\n');

/** The job the CLI should send for the CSV, made by the library directly. */
function expectedJob(format: 'tspl' | 'zpl'): Buffer {
  return thermalJob(labelRowsFromCsv(CSV, csvFile, BASE), format, {
    template: loadTemplate('roll-50x30'),
  }).job;
}

/** A printer on loopback port 9100's stand-in: keeps the bytes of each connection. */
function fakePrinter(): Promise<{ port: number; jobs: Buffer[]; close: () => Promise<void> }> {
  const jobs: Buffer[] = [];
  const server = createServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      jobs.push(Buffer.concat(chunks));
      socket.end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        jobs,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

beforeAll(() => writeFileSync(csvFile, CSV));

describe('printing to a network printer (raw TCP 9100)', () => {
  let printer: Awaited<ReturnType<typeof fakePrinter>>;
  beforeAll(async () => {
    printer = await fakePrinter();
  });
  afterAll(() => printer.close());

  it('sends the whole TSPL job, byte for byte, in one connection', async () => {
    const result = await cli([
      'print',
      '--csv',
      csvFile,
      '--template',
      'roll-50x30',
      '--format',
      'tspl',
      '--printer',
      `tcp://127.0.0.1:${printer.port}`,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 nhãn / labels');
    expect(printer.jobs).toHaveLength(1);
    const received = printer.jobs[0]!;
    expect(received.equals(expectedJob('tspl'))).toBe(true);
    const printed = readTspl(received);
    expect(printed.map((label) => [label.qr.data, label.copies])).toEqual([
      ['https://nguongoc.vn/01/08934602000019/10/MO-2611-A/21/1', 2],
      ['https://nguongoc.vn/01/08934602000019/10/MO-2611-A/21/2', 1],
    ]);
  });

  it('sends ZPL to a Zebra the same way', async () => {
    const result = await cli([
      'print',
      '--csv',
      csvFile,
      '--template',
      'roll-50x30',
      '--format',
      'zpl',
      '--printer',
      `tcp://127.0.0.1:${printer.port}`,
    ]);
    expect(result.code).toBe(0);
    const received = printer.jobs.at(-1)!;
    expect(received.equals(expectedJob('zpl'))).toBe(true);
    expect(readZpl(received)).toHaveLength(2);
  });

  it('a dry run writes the exact job to a file and sends nothing', async () => {
    const before = printer.jobs.length;
    const file = join(directory, 'job.tspl');
    const result = await cli([
      'print',
      '--csv',
      csvFile,
      '--template',
      'roll-50x30',
      '--printer',
      `tcp://127.0.0.1:${printer.port}`,
      '--dry-run',
      file,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/dry run: job written to/);
    expect(readFileSync(file).equals(expectedJob('tspl'))).toBe(true);
    expect(printer.jobs.length).toBe(before);
  });

  it('a printer that is not there is an error naming it', async () => {
    const closed = await fakePrinter();
    await closed.close();
    const result = await cli([
      'print',
      '--csv',
      csvFile,
      '--template',
      'roll-50x30',
      '--printer',
      `tcp://127.0.0.1:${closed.port}`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot send to the printer at 127.0.0.1:${closed.port}`);
    expect(result.stderr).toContain('không gửi được tới máy in');
  });
});

describe('printing through the system spooler (lp)', () => {
  const bin = join(directory, 'bin');
  const capture = join(directory, 'lp-job');
  beforeAll(() => {
    mkdirSync(bin, { recursive: true });
    // A stand-in for CUPS' lp: keeps its arguments and standard input, answers like lp.
    writeFileSync(
      join(bin, 'lp'),
      `#!/bin/sh\nif [ "$FAKE_LP_FAIL" = 1 ]; then echo "lp: The printer or class does not exist." >&2; exit 1; fi\nprintf '%s\\n' "$@" > "${capture}.args"\ncat > "${capture}"\necho "request id is nhan-7 (1 file(s))"\n`,
    );
    chmodSync(join(bin, 'lp'), 0o755);
  });
  const env = () => ({ PATH: `${bin}:${process.env.PATH}` });

  it('hands a raw TSPL job to a named queue', async () => {
    const result = await cli(
      ['print', '--csv', csvFile, '--template', 'roll-50x30', '--printer', 'lp:xprinter'],
      env(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('request id is nhan-7');
    expect(readFileSync(capture).equals(expectedJob('tspl'))).toBe(true);
    expect(readFileSync(`${capture}.args`, 'utf8').split('\n')).toEqual([
      '-d',
      'xprinter',
      '-t',
      'nguongoc-labels',
      '-o',
      'raw',
      '-',
      '',
    ]);
  });

  it('hands a PDF sheet job to the default queue as a document', async () => {
    const result = await cli(
      ['print', '--csv', csvFile, '--template', 'a4-3x7', '--printer', 'lp'],
      env(),
    );
    expect(result.code).toBe(0);
    expect(readFileSync(capture).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(`${capture}.args`, 'utf8')).not.toContain('raw');
  });

  it('reports what lp said when it refuses the job', async () => {
    const result = await cli(
      ['print', '--csv', csvFile, '--template', 'roll-50x30', '--printer', 'lp:none'],
      { ...env(), FAKE_LP_FAIL: '1' },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'lp refused the job (exit 1): lp: The printer or class does not exist.',
    );
  });
});

describe('files', () => {
  it('writes a PDF, or one PNG and SVG per label, and a PDF to port 9100 is refused', async () => {
    const pdf = join(directory, 'out.pdf');
    expect((await cli(['print', '--csv', csvFile, '--out', pdf])).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const images = join(directory, 'images');
    expect((await cli(['print', '--csv', csvFile, '--format', 'png', '--out', images])).code).toBe(
      0,
    );
    expect((await cli(['print', '--csv', csvFile, '--format', 'svg', '--out', images])).code).toBe(
      0,
    );
    for (const name of ['label-0001.png', 'label-0002.png', 'label-0001.svg', 'label-0002.svg'])
      expect(existsSync(join(images, name))).toBe(true);
    const refused = await cli(['print', '--csv', csvFile, '--printer', 'tcp://127.0.0.1:9']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('port 9100 takes TSPL or ZPL');
  });
});
