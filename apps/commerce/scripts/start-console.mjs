// The console of `npm start` (this app's and the repository's, which imports it): one line per
// phase with its time, a failure with the end of its log, and one box of addresses at the end.
// In a terminal a running phase keeps one updating line; anywhere else (CI, a pipe) only plain
// lines are written, without escape codes, so that a log file reads as the screen did.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createServer } from 'node:net';

// CI services that emulate a terminal still keep every byte of a log: no updating line there.
const terminal = Boolean(process.stdout.isTTY) && !process.env.CI;
const colours = terminal && !process.env.NO_COLOR;
const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
/** Where a phase's time starts, so that the times of all phases form one column. */
const TIME_COLUMN = 66;
const TAIL_LINES = 40;

const paint = (code, text) => (colours ? `\x1b[${code}m${text}\x1b[0m` : text);

/** Columns `text` takes: combining marks (a decomposed Vietnamese tone) take none. */
function width(text) {
  return [...text.replace(/\p{M}/gu, '')].length;
}

const padEnd = (text, columns) => text + ' '.repeat(Math.max(0, columns - width(text)));
const seconds = (milliseconds) => `${(milliseconds / 1000).toFixed(1)} s`;

let running;

/** Writes one line, below the updating line of a running phase if there is one. */
export function line(text = '', stream = process.stdout) {
  clearUpdatingLine();
  stream.write(`${text}\n`);
}

/**
 * Starts a phase: in a terminal, a line with a spinner, its seconds and `progress(…)`'s detail
 * until `done`, `skip` or `fail` replaces it with the phase's one line.
 */
export function phase(label) {
  const started = performance.now();
  let detail = '';
  let frame = 0;
  const draw = () => {
    const elapsed = Math.floor((performance.now() - started) / 1000);
    // The detail last: it is what a narrow terminal loses.
    const text = `${SPINNER[frame++ % SPINNER.length]} ${label}  ${elapsed} s${detail ? ` · ${detail}` : ''}`;
    const columns = (process.stdout.columns || 80) - 1;
    // Never wider than the terminal: a wrapped line could not be redrawn in place.
    process.stdout.write(`\r\x1b[2K${[...text].slice(0, columns).join('')}`);
  };
  const timer = terminal ? setInterval(draw, 100) : undefined;
  timer?.unref();
  const end = (mark, text, time, stream = process.stdout) => {
    clearInterval(timer);
    if (running === handle) running = undefined;
    clearUpdatingLine(true);
    const after = time
      ? `${' '.repeat(Math.max(1, TIME_COLUMN - width(text)))}${paint('2', time.padStart(6))}`
      : '';
    stream.write(`${mark} ${text}${after}\n`);
  };
  const handle = {
    progress(text) {
      detail = text;
    },
    done(note) {
      end(
        paint('32', '✓'),
        note ? `${label} (${note})` : label,
        seconds(performance.now() - started),
      );
    },
    skip(note) {
      end(paint('33', '–'), `${label}: ${note}`);
    },
    fail() {
      end(paint('31', '✗'), label, seconds(performance.now() - started), process.stderr);
    },
    stop() {
      clearInterval(timer);
      if (running === handle) running = undefined;
      clearUpdatingLine(true);
    },
  };
  running?.stop();
  running = handle;
  if (terminal) draw();
  return handle;
}

/** Ends the running phase's updating line without a verdict (the start is being stopped). */
export function stopProgress() {
  running?.stop();
}

function clearUpdatingLine(force = false) {
  if (terminal && (force || running)) process.stdout.write('\r\x1b[2K');
}

/**
 * Prints a failure to stderr: `message`, then the end of the log that `log.path` holds from
 * byte `log.offset` (Medusa's JSON lines as plain text), then where the whole log is.
 */
export function failure(message, log) {
  line(paint('31', message), process.stderr);
  if (!log) return;
  const tail = readLog(log.path, log.offset ?? 0)
    .split('\n')
    .flatMap((entry) => (entry.trim() ? readable(entry).split('\n') : []))
    .slice(-TAIL_LINES);
  for (const entry of tail) line(`  ${entry}`, process.stderr);
  line(`Nhật ký đầy đủ / full log: ${log.path}`, process.stderr);
}

/** The message of one of Medusa's JSON log lines (any other line as it is). */
export function logMessage(entry) {
  try {
    const parsed = JSON.parse(entry);
    if (typeof parsed?.message === 'string') return parsed.message;
  } catch {
    // not JSON: printed by something other than Medusa's logger
  }
  return entry;
}

/** One JSON log line as a person reads it: level (unless info), message, then any other fields. */
function readable(entry) {
  let parsed;
  try {
    parsed = JSON.parse(entry);
  } catch {
    return entry;
  }
  if (typeof parsed?.message !== 'string') return entry;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { level, message, timestamp, activity_id, stack, ...rest } = parsed;
  const lines = [level && level !== 'info' ? `${level}: ${message}` : message];
  // Extra fields (a duration, a config) matter only on warnings and errors.
  if (level !== 'info' && Object.keys(rest).length > 0) lines.push(JSON.stringify(rest));
  if (stack) lines.push(...[stack].flat().map((frame) => String(frame)));
  return lines.join('\n');
}

/** The log from byte `offset` (its last 256 kB at most: the end is what says what went wrong). */
function readLog(path, offset) {
  let file;
  try {
    file = openSync(path, 'r');
  } catch {
    return '';
  }
  try {
    const size = fstatSync(file).size;
    const start = Math.max(offset, size - 256 * 1024);
    const buffer = Buffer.alloc(Math.max(0, size - start));
    readSync(file, buffer, 0, buffer.length, start);
    return buffer.toString('utf8');
  } finally {
    closeSync(file);
  }
}

/**
 * Draws a box: `rows` are [label, value] pairs (the values in one column), lines of text, or ''
 * for an empty line. Box-drawing characters only, so that any UTF-8 terminal shows it.
 */
export function box(title, rows) {
  const labels = Math.max(0, ...rows.filter(Array.isArray).map(([label]) => width(label))) + 2;
  const lines = rows.map((row) => (Array.isArray(row) ? padEnd(row[0], labels) + row[1] : row));
  const inner = Math.max(width(title) + 3, ...lines.map(width)) + 2;
  line();
  line(`╭─ ${title} ${'─'.repeat(inner - width(title) - 3)}╮`);
  for (const text of lines) line(`│ ${padEnd(text, inner - 2)} │`);
  line(`╰${'─'.repeat(inner)}╯`);
  line();
}

/** The box's rows about the backend: admin, its login, the store API and its publishable key. */
export function commerceRows({ backendUrl, adminEmail, adminPassword, publishableKey }) {
  return [
    ['Quản trị / admin', `${backendUrl}/app`],
    [
      'Đăng nhập / login',
      adminEmail ? `${adminEmail} / ${adminPassword}` : 'tài khoản của bạn / your admin account',
    ],
    ['API', `${backendUrl}/store/trace/3KX9T2M7QAH`],
    '  header x-publishable-api-key:',
    `  ${publishableKey}`,
  ];
}

/**
 * Whether something listens on `port` already (another start, say). A server that finds its port
 * taken may log the error and keep running without answering, so this is checked beforehand.
 */
export function portTaken(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.listen(Number(port), () => probe.close(() => resolve(false)));
  });
}

/**
 * Whether `url` answers 2xx before `seconds` pass or `gaveUp()` says the server is gone; each
 * request is given up after 2 s (a port that accepts but is mute).
 */
export async function answersWithin(url, seconds, gaveUp) {
  const deadline = Date.now() + seconds * 1000;
  while (!gaveUp() && Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return true;
    } catch {
      // not answering yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  return false;
}
