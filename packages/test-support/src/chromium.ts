// Debian's chromium, driven by playwright-core: nothing is downloaded, one set of flags everywhere.
import { existsSync } from 'node:fs';
import { type Browser, type LaunchOptions, chromium } from 'playwright-core';

/** Headless, no sandbox (tests may run as root), no GPU, no calls home. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

/**
 * The browser's executable: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`.
 * @throws Error naming the missing file and the command that installs it.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Không thấy chromium ở ${path} / chromium not found at ${path}: ` +
        'sudo apt-get install chromium (or set CHROMIUM_PATH)',
    );
  }
  return path;
}

/** Launches chromium with {@link CHROMIUM_FLAGS}; `options` adds to playwright's own. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ ...options, executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}
