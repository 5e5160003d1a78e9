#!/usr/bin/env node
// `nguongoc-labels`: runs the CLI built in dist/. This file lives in the repository so that npm links the
// command into node_modules/.bin at install time, before anything is built.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/nguongoc-labels.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('Chưa build / not built: npm run build -w @nguongoc/label-printer');
  process.exit(1);
}
await import(cli.href);
