// `npm start` of this app (scripts/start.mjs), first start on an empty data directory with the
// embedded PostgreSQL: the console holds one line per phase and the box, Medusa's output is in
// <data>/logs/commerce.log, and SIGINT (Ctrl-C) stops Medusa and PostgreSQL. Its stdout is a pipe,
// so this is also the plain-line output that CI sees.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@nguongoc/test-support/http';
import { afterAll, beforeAll, expect, it } from 'vitest';

const app = join(import.meta.dirname, '../..');
const TIME = String.raw` +\d+\.\d s`;
let data: string;
let port: number;
let start: ChildProcess;
let output = '';

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'nguongoc-start-'));
  port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NGUONGOC_DATA_DIR: data, PORT: String(port) };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  start = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: app,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ready, failed) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('╰')) ready();
    };
    start.stdout?.on('data', read);
    start.stderr?.on('data', read);
    start.once('exit', (code) => failed(new Error(`start exited (${code}):\n${output}`)));
  });
}, 300_000);

afterAll(() => {
  if (start.exitCode === null && start.signalCode === null) start.kill('SIGKILL');
  rmSync(data, { recursive: true, force: true });
});

it('prints the log path, then one line per phase with its time', () => {
  const lines = output.split('\n');
  expect(lines[0]).toBe(`Nhật ký / log: ${join(data, 'logs/commerce.log')}`);
  expect(lines.slice(1, 5)).toEqual([
    expect.stringMatching(
      new RegExp(String.raw`^✓ Cơ sở dữ liệu / database \(PostgreSQL nhúng / embedded\)${TIME}$`),
    ),
    expect.stringMatching(
      new RegExp(
        String.raw`^✓ Cập nhật lược đồ / migrations \(\d{3} migration mới / new\)${TIME}$`,
      ),
    ),
    expect.stringMatching(
      new RegExp(
        String.raw`^✓ Dữ liệu mẫu / seed \(và tài khoản quản trị / and the admin user\)${TIME}$`,
      ),
    ),
    expect.stringMatching(
      new RegExp(String.raw`^✓ Máy chủ commerce / backend \(http://localhost:${port}\)${TIME}$`),
    ),
  ]);
  // Off a terminal: no escape codes, and none of Medusa's JSON lines on the console.
  expect(output).not.toContain('\x1b');
  expect(output).not.toContain('"level"');
});

it('ends with one box: admin, its login, the store API and the publishable key', () => {
  const secrets = JSON.parse(readFileSync(join(data, 'commerce-secrets.json'), 'utf8'));
  const key = readFileSync(join(data, 'publishable-key'), 'utf8').trim();
  expect(key).toMatch(/^pk_[0-9a-f]{64}$/);
  const box = output.slice(output.indexOf('╭'), output.indexOf('╯') + 1).split('\n');
  expect(box.map((row) => row.replace(/ +/g, ' '))).toEqual([
    expect.stringMatching(/^╭─ NguonGoc commerce ─+╮$/),
    `│ Quản trị / admin http://localhost:${port}/app │`,
    `│ Đăng nhập / login ${secrets.ADMIN_EMAIL} / ${secrets.ADMIN_PASSWORD} │`,
    `│ API http://localhost:${port}/store/trace/3KX9T2M7QAH │`,
    '│ header x-publishable-api-key: │',
    `│ ${key} │`,
    '│ │',
    '│ Ctrl-C: dừng / stop │',
    expect.stringMatching(/^╰─+╯$/),
  ]);
  // Aligned: every row as wide as the top.
  expect(new Set(box.map((row) => [...row].length)).size).toBe(1);
});

it("keeps Medusa's own output in the log", () => {
  const log = readFileSync(join(data, 'logs/commerce.log'), 'utf8');
  expect(log).toContain('"message":"Running migrations..."');
  expect(log).toContain('Seed: xong / done.');
  expect(log).toContain(`Server is ready on port: ${port}`);
});

it('serves the store API with the printed key', async () => {
  const key = readFileSync(join(data, 'publishable-key'), 'utf8').trim();
  const response = await fetch(`http://localhost:${port}/store/trace/3KX9T2M7QAH`, {
    headers: { 'x-publishable-api-key': key },
  });
  expect(response.status).toBe(200);
});

it('stops Medusa, then PostgreSQL, on SIGINT', async () => {
  const exited = new Promise((done) => start.once('exit', (code) => done(code)));
  start.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(output).toMatch(/\nĐang dừng \/ stopping…\nĐã dừng \/ stopped\n$/);
  // PostgreSQL removes its pid file once shut down; Medusa's port is free again.
  expect(existsSync(join(data, 'postgres/postmaster.pid'))).toBe(false);
  await expect(fetch(`http://localhost:${port}/health`)).rejects.toThrow();
}, 60_000);
