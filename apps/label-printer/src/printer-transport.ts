import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { LabelError } from './errors.js';

/**
 * Sends a finished job to a network printer's raw port (9100: HP JetDirect / AppSocket, which TSC,
 * Xprinter and Zebra printers all listen on) and resolves once every byte was handed over and
 * the printer closed or accepted the end of the connection.
 * @throws LabelError when the printer cannot be reached or the connection breaks.
 */
export function sendToNetworkPrinter(
  host: string,
  port: number,
  job: Buffer,
  timeoutMs = 15_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host, port });
    const fail = (error: Error) => {
      socket.destroy();
      reject(
        new LabelError('printer.network', {
          vi: `không gửi được tới máy in ${host}:${port} (${error.message})`,
          en: `cannot send to the printer at ${host}:${port} (${error.message})`,
        }),
      );
    };
    socket.setTimeout(timeoutMs, () => fail(new Error(`timeout ${timeoutMs} ms`)));
    socket.once('error', fail);
    socket.once('connect', () => {
      socket.end(job);
    });
    socket.once('close', (hadError) => {
      if (!hadError) resolve();
    });
    // A printer rarely answers; drain whatever it says so that the socket can close.
    socket.on('data', () => undefined);
  });
}

/**
 * Hands a job to the system spooler (`lp`, CUPS): raw for TSPL and ZPL, as a document for PDF.
 * @param printer a CUPS queue name; the default queue when absent.
 * @throws LabelError when `lp` is missing or refuses the job (its message is included).
 */
export function sendToSpooler(
  job: Buffer,
  options: {
    printer?: string;
    raw: boolean;
    title: string;
    command?: string;
    env?: NodeJS.ProcessEnv;
  },
): Promise<string> {
  const args = [
    ...(options.printer ? ['-d', options.printer] : []),
    '-t',
    options.title,
    ...(options.raw ? ['-o', 'raw'] : []),
    '-',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(options.command ?? 'lp', args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: options.env ?? process.env,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => {
      reject(
        new LabelError('printer.spooler', {
          vi: `không chạy được lp (${error.message}): cài CUPS hoặc dùng --printer tcp://…`,
          en: `cannot run lp (${error.message}): install CUPS or use --printer tcp://…`,
        }),
      );
    });
    child.once('close', (code) => {
      if (code === 0) resolve(output.trim());
      else
        reject(
          new LabelError('printer.spooler', {
            vi: `lp từ chối lệnh in (mã ${code}): ${output.trim()}`,
            en: `lp refused the job (exit ${code}): ${output.trim()}`,
          }),
        );
    });
    child.stdin.on('error', () => undefined); // lp exited early: its exit code says why
    child.stdin.end(job);
  });
}
