import { existsSync, readFileSync } from 'node:fs';

// Where the trace page loads its verification script from. `npm run build` bundles
// verify-in-browser.ts on its own (scripts/build-trace-script.mjs) into a fingerprinted file in
// dist/client/assets and names it in dist/trace-script.json; without a build (Vite's dev server,
// tests) the resource route /trace-verify.js bundles it on request.

const DEVELOPMENT_URL = '/trace-verify.js';

let url: string | undefined;

export function verifyScriptUrl(): string {
  if (url === undefined) {
    const manifest = new URL('../trace-script.json', import.meta.url);
    url = existsSync(manifest)
      ? (JSON.parse(readFileSync(manifest, 'utf8')) as { url: string }).url
      : DEVELOPMENT_URL;
  }
  return url;
}
