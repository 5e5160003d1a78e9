// @ts-check
// Bundles the trace page's verification script (app/trace/verify-in-browser.ts, with trace-core and
// noble) on its own: the trace page ships no Remix or React, only this. build-trace-script.mjs
// writes it for `npm run build`; in development the /trace-verify.js route serves it.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The script as one minified ES module (ES2020: BigInt, which Ed25519 needs; every browser since 2020). */
export async function bundleTraceScript() {
  const result = await build({
    entryPoints: [join(app, 'app/trace/verify-in-browser.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no trace script');
  return output.text;
}
