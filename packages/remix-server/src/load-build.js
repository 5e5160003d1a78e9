// @ts-check
// The server build of a Remix app, loaded before its server listens, so that a bad setting (the
// app's env.server.ts throws an EnvironmentError while the build loads) stops the start instead
// of the first request.
import { fileURLToPath } from 'node:url';

/**
 * The build at `buildUrl` (e.g. `new URL('./dist/server/index.js', import.meta.url)`); when it
 * cannot be loaded, says why in both languages and ends the process with code 1.
 * @param {URL} buildUrl
 * @returns {Promise<import('@remix-run/node').ServerBuild>}
 */
export async function loadBuild(buildUrl) {
  try {
    return await import(buildUrl.href);
  } catch (/** @type {any} */ error) {
    // The build file itself missing, not a module the build imports.
    const notBuilt =
      error?.code === 'ERR_MODULE_NOT_FOUND' &&
      String(error.message).includes(`'${fileURLToPath(buildUrl)}'`);
    if (notBuilt) {
      console.error(
        'Chưa build: chạy `npm run build` trước / not built: run `npm run build` first',
      );
    } else {
      console.error(error?.name === 'EnvironmentError' ? error.message : error);
    }
    process.exit(1);
  }
}
