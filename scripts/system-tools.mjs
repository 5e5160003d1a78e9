// The programs some test suites need from the machine rather than from npm (ADR 022): Debian's
// chromium for the pages, and redis-server for the several-servers tests. Everything else
// (PostgreSQL, PDF rendering) comes from npm. `npm test` calls ensureSystemTools() first: a
// missing tool is installed with apt-get when the command runs as root on Debian or Ubuntu;
// otherwise the run stops at once, naming each missing tool and the command that installs it.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Each tool: whether the suites can find it, the Debian package that has it, and who needs it. */
const SYSTEM_TOOLS = [
  {
    name: 'chromium',
    present: () => isExecutable(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    aptPackage: 'chromium',
    neededBy: 'the browser tests of commerce, storefront and label-printer',
    otherwise: 'or set CHROMIUM_PATH to a Chromium or Chrome',
  },
  {
    name: 'redis-server',
    present: () => Boolean(process.env.NGUONGOC_TEST_REDIS_URL) || Boolean(onPath('redis-server')),
    aptPackage: 'redis-server',
    neededBy: "commerce's several-servers tests",
    otherwise: 'or set NGUONGOC_TEST_REDIS_URL to a Redis database the tests may empty',
  },
];

/** The tools that are missing now. */
function missingTools() {
  return SYSTEM_TOOLS.filter((tool) => !tool.present());
}

/**
 * Makes sure every tool is there: installs the missing ones with apt-get (as root, on Debian or
 * Ubuntu), else prints how to install them. Returns false when something is still missing.
 */
export function ensureSystemTools(log = console.log) {
  let missing = missingTools();
  if (missing.length === 0) return true;
  const packages = missing.map((tool) => tool.aptPackage);
  if (canInstall()) {
    log(`Cài / installing with apt-get: ${packages.join(' ')}`);
    for (const tool of missing) log(`  ${tool.name}: ${tool.neededBy}`);
    const apt = (args) =>
      spawnSync('apt-get', args, {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status === 0;
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', ...packages])) {
      missing = missingTools();
      if (missing.length === 0) return true;
    }
  }
  log('Thiếu công cụ hệ thống / missing system tools; install them, then run npm test again:');
  for (const tool of missing) {
    log(
      `  ${tool.name} (${tool.neededBy}): sudo apt-get install -y ${tool.aptPackage}, ${tool.otherwise}`,
    );
  }
  return false;
}

function canInstall() {
  if (process.getuid?.() !== 0 || !onPath('apt-get')) return false;
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

function onPath(command) {
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    if (directory && isExecutable(join(directory, command))) return join(directory, command);
  }
  return undefined;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
