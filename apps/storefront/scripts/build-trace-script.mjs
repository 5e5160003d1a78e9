// @ts-check
// `npm run build`, after `remix vite:build`: writes the trace page's verification script to
// dist/client/assets/trace-verify-<hash>.js and names it in dist/trace-script.json, which the
// server reads (app/trace/verify-script.server.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleTraceScript } from './trace-script.mjs';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const code = await bundleTraceScript();
const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
const name = `trace-verify-${hash}.js`;
mkdirSync(join(app, 'dist/client/assets'), { recursive: true });
writeFileSync(join(app, 'dist/client/assets', name), code);
writeFileSync(
  join(app, 'dist/trace-script.json'),
  `${JSON.stringify({ url: `/assets/${name}` })}\n`,
);
console.log(`trace script: dist/client/assets/${name} (${code.length} bytes)`);
